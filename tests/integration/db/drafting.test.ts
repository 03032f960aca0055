import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseEditResult } from '../../../shared/contract/features/drafting';
import type { DocumentDetail, DocumentSummary } from '../../../shared/contract/schemas';
import { numberDocument } from '../../../shared/drafting';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { apiHelpers } from '../../helpers/api';
import { validCreateRequest } from '../../helpers/db';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let doc: DocumentDetail;

const { expectOk, expectRefused } = apiHelpers(() => backend);

function labels(detail: DocumentDetail): string[] {
  const numbered = numberDocument(detail.sections, detail.sections.flatMap((s) => s.clauses));
  return numbered.map((n) => `${n.label} ${n.clause.textVi}`);
}

beforeEach(async () => {
  tmp = tempDir();
  backend = startBackend(tmp.file('hoptac.sqlite'));
  const created = await expectOk<DocumentSummary>('documents.create', validCreateRequest());
  doc = await expectOk<DocumentDetail>('sections.add', {
    documentId: created.id,
    part: 'tasks',
    sector: 'political',
    titleVi: 'Chính trị, đối ngoại',
    titleLo: 'ການເມືອງ, ການຕ່າງປະເທດ',
  });
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

const section = () => doc.sections[0]!;
async function add(textVi: string, parentId: string | null = null, index?: number): Promise<ClauseEditResult> {
  const result = await expectOk<ClauseEditResult>('clauses.add', {
    documentId: doc.id,
    sectionId: section().id,
    parentId,
    ...(index === undefined ? {} : { index }),
    textVi,
    textLo: `ລາວ ${textVi}`,
  });
  doc = result.document;
  return result;
}

describe('clauses', () => {
  it('adds clauses at the end or at an index, numbered by the app, each write in the change log', async () => {
    await add('Một');
    await add('Ba');
    const created = await add('Hai', null, 1);
    expect(labels(doc)).toEqual(['1. Một', '2. Hai', '3. Ba']);
    const logged = backend.db.prepare("SELECT field FROM change_log WHERE entity = 'clauses' AND entity_id = ?").all(created.created[0]) as { field: string }[];
    expect(logged.map((l) => l.field)).toEqual(expect.arrayContaining(['text_vi', 'text_lo', 'section_id']));
  });

  it('saves text edits (NFC) and refuses 20,001 characters or control characters, changing nothing', async () => {
    const { created } = await add('Một');
    const id = created[0]!;
    const clause = await expectOk<{ textVi: string; textLo: string }>('clauses.update', { id, textVi: 'Hợp tác'.normalize('NFD'), textLo: 'ສືບຕໍ່' });
    expect(clause.textVi).toBe('Hợp tác');
    const row = backend.db.prepare('SELECT text_vi, text_lo FROM clauses WHERE id = ?').get(id);
    expect(row).toEqual({ text_vi: 'Hợp tác', text_lo: 'ສືບຕໍ່' });
    await expectRefused('clauses.update', { id, textLo: 'ກ'.repeat(20_001) }, 'too_long');
    await expectRefused('clauses.update', { id, textVi: 'a\u0000b' }, 'illegal_characters');
    expect(await expectOk('clauses.update', { id, textLo: 'ກ'.repeat(20_000) })).toBeTruthy();
  });

  it('indents and outdents, with a) points under 1.', async () => {
    await add('Một');
    const two = (await add('Hai')).created[0]!;
    const three = (await add('Ba')).created[0]!;
    doc = (await expectOk<ClauseEditResult>('clauses.indent', { id: two })).document;
    doc = (await expectOk<ClauseEditResult>('clauses.indent', { id: three })).document;
    expect(labels(doc)).toEqual(['1. Một', 'a) Hai', 'b) Ba']);
    doc = (await expectOk<ClauseEditResult>('clauses.outdent', { id: three })).document;
    expect(labels(doc)).toEqual(['1. Một', 'a) Hai', '2. Ba']);
    const first = doc.sections[0]!.clauses.find((c) => c.textVi === 'Một')!.id;
    await expectRefused('clauses.indent', { id: first }, 'no_previous_sibling');
    await expectRefused('clauses.outdent', { id: first }, 'already_top_level');
  });

  it('refuses to move a clause into its own child, and a target in another document', async () => {
    const one = (await add('Một')).created[0]!;
    const child = (await add('Con', one)).created[0]!;
    await expectRefused('clauses.move', { id: one, sectionId: section().id, parentId: child, index: 0 }, 'move_into_own_child');

    const other = await expectOk<DocumentSummary>('documents.create', validCreateRequest({ titleVi: 'Văn kiện khác' }));
    const otherDoc = await expectOk<DocumentDetail>('sections.add', { documentId: other.id, part: 'tasks', sector: 'health', titleVi: 'Y tế', titleLo: '' });
    await expectRefused('clauses.move', { id: one, sectionId: otherDoc.sections[0]!.id, parentId: null, index: 0 }, 'not_in_document');
    doc = (await expectOk<ClauseEditResult>('clauses.move', { id: child, sectionId: section().id, parentId: null, index: 0 })).document;
    expect(labels(doc)).toEqual(['1. Con', '2. Một']);
  });

  it('splits at the caret on grapheme boundaries and merges back to the same text', async () => {
    const id = (
      await expectOk<ClauseEditResult>('clauses.add', {
        documentId: doc.id,
        sectionId: section().id,
        parentId: null,
        textVi: 'Phối hợp tuần tra. Trao đổi thông tin.',
        textLo: 'ລາດຕະເວນສອງຝ່າຍ ແລກປ່ຽນຂໍ້ມູນ',
      })
    ).created[0]!;
    const split = await expectOk<ClauseEditResult>('clauses.split', { id, offsetVi: 18, offsetLo: 16 });
    const clauses = split.document.sections[0]!.clauses;
    expect(clauses.map((c) => c.textVi)).toEqual(['Phối hợp tuần tra.', 'Trao đổi thông tin.']);
    expect(clauses.map((c) => c.textLo)).toEqual(['ລາດຕະເວນສອງຝ່າຍ', 'ແລກປ່ຽນຂໍ້ມູນ']);
    const merged = await expectOk<ClauseEditResult>('clauses.merge', { firstId: id, secondId: split.created[0] });
    expect(merged.document.sections[0]!.clauses.map((c) => [c.textVi, c.textLo])).toEqual([
      ['Phối hợp tuần tra. Trao đổi thông tin.', 'ລາດຕະເວນສອງຝ່າຍ ແລກປ່ຽນຂໍ້ມູນ'],
    ]);
    expect(merged.removed).toEqual([split.created[0]]);
  });

  it('refuses a merge whose result would exceed 20,000 characters', async () => {
    const a = (await add('a')).created[0]!;
    const b = (await add('b')).created[0]!;
    await expectOk('clauses.update', { id: a, textVi: 'x'.repeat(15_000) });
    await expectOk('clauses.update', { id: b, textVi: 'y'.repeat(15_000) });
    await expectRefused('clauses.merge', { firstId: a, secondId: b }, 'too_long');
  });

  it('archives a deleted clause with its sub-items (never deletes) and restores them in place', async () => {
    await add('Một');
    const two = (await add('Hai')).created[0]!;
    await add('Con của hai', two);
    await add('Ba');
    const deleted = await expectOk<ClauseEditResult>('clauses.delete', { id: two });
    expect(labels(deleted.document)).toEqual(['1. Một', '2. Ba']);
    expect(deleted.removed).toHaveLength(2);
    const archived = backend.db.prepare('SELECT count(*) AS n FROM clauses WHERE archived_at IS NOT NULL').get() as { n: number };
    expect(archived.n).toBe(2);
    const restored = await expectOk<ClauseEditResult>('clauses.restore', { ids: deleted.removed });
    expect(labels(restored.document)).toEqual(['1. Một', '2. Hai', 'a) Con của hai', '3. Ba']);
  });

  it('answers E_NOT_FOUND for a clause that does not exist, changing nothing', async () => {
    await expectRefused('clauses.indent', { id: '00000000-0000-4000-8000-000000000000' }, '', 'E_NOT_FOUND');
  });
});

describe('sections', () => {
  it('refuses an empty title and a duplicate title within the same part; the same title is fine in another part', async () => {
    await expectRefused('sections.add', { documentId: doc.id, part: 'tasks', sector: 'custom', titleVi: '  ', titleLo: '' }, 'required');
    await expectRefused('sections.add', { documentId: doc.id, part: 'tasks', sector: 'custom', titleVi: 'chính trị,  ĐỐI NGOẠI', titleLo: '' }, 'duplicate_title');
    const withResults = await expectOk<DocumentDetail>('sections.add', { documentId: doc.id, part: 'results', sector: 'political', titleVi: 'Chính trị, đối ngoại', titleLo: '', index: 0 });
    expect(withResults.sections.map((s) => s.part)).toEqual(['results', 'tasks']);
    await expectRefused('sections.update', { id: withResults.sections[0]!.id, part: 'tasks' }, 'duplicate_title');
  });

  it('renames, moves, removes (archived) and restores a section', async () => {
    const health = await expectOk<DocumentDetail>('sections.add', { documentId: doc.id, part: 'tasks', sector: 'health', titleVi: 'Y tế', titleLo: 'ສາທາລະນະສຸກ' });
    const healthId = health.sections[1]!.id;
    const renamed = await expectOk<{ titleVi: string }>('sections.update', { id: healthId, titleVi: 'Y tế và dân số' });
    expect(renamed.titleVi).toBe('Y tế và dân số');
    const moved = await expectOk<DocumentDetail>('sections.move', { id: healthId, index: 0 });
    expect(moved.sections.map((s) => s.titleVi)).toEqual(['Y tế và dân số', 'Chính trị, đối ngoại']);
    const removed = await expectOk<DocumentDetail>('sections.remove', { id: healthId });
    expect(removed.sections.map((s) => s.titleVi)).toEqual(['Chính trị, đối ngoại']);
    expect(backend.db.prepare('SELECT archived_at FROM sections WHERE id = ?').get(healthId)).toEqual({ archived_at: expect.any(String) });
    const restored = await expectOk<DocumentDetail>('sections.restore', { id: healthId });
    expect(restored.sections.map((s) => s.titleVi)).toEqual(['Y tế và dân số', 'Chính trị, đối ngoại']);
  });
});

describe('a signed document', () => {
  it('refuses every edit with document_signed and stays byte-identical', async () => {
    const id = (await add('Một')).created[0]!;
    backend.db.prepare("UPDATE documents SET status = 'signed' WHERE id = ?").run(doc.id);
    await expectRefused('clauses.update', { id, textVi: 'Sửa' }, 'document_signed', 'E_CONFLICT');
    await expectRefused('clauses.add', { documentId: doc.id, sectionId: section().id, parentId: null, textVi: 'Mới', textLo: '' }, 'document_signed', 'E_CONFLICT');
    await expectRefused('clauses.delete', { id }, 'document_signed', 'E_CONFLICT');
    await expectRefused('sections.update', { id: section().id, titleLo: 'ໃໝ່' }, 'document_signed', 'E_CONFLICT');
  });
});

describe('a clause from the library', () => {
  it('keeps its Lao review flag in the same transaction; an empty Lao text has nothing to review', async () => {
    const flagged = await expectOk<ClauseEditResult>('clauses.add', {
      documentId: doc.id,
      sectionId: section().id,
      parentId: null,
      textVi: 'Phối hợp tổ chức Ngày hội văn hóa vùng biên.',
      textLo: 'ປະສານສົມທົບຈັດງານບຸນວັດທະນະທຳເຂດຊາຍແດນ.',
      loNeedsReview: true,
    });
    const id = flagged.created[0]!;
    expect(flagged.document.sections.flatMap((s) => s.clauses).find((c) => c.id === id)!.loNeedsReview).toBe(true);
    const noLao = await expectOk<ClauseEditResult>('clauses.add', { documentId: doc.id, sectionId: section().id, parentId: null, textVi: 'Chỉ có tiếng Việt.', textLo: '', loNeedsReview: true });
    expect(noLao.document.sections.flatMap((s) => s.clauses).find((c) => c.id === noLao.created[0])!.loNeedsReview).toBe(false);
  });
});
