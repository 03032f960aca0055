import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseEditResult } from '../../../shared/contract/features/drafting';
import type { LibraryList, TemplateSummary } from '../../../shared/contract/features/templates';
import type { DocumentDetail, DocumentSummary, Section } from '../../../shared/contract/schemas';
import { numberDocument } from '../../../shared/drafting';
import { builtinTemplateOf, countClauses, LIBRARY_CLAUSES, STANDARD_SECTORS } from '../../../shared/templates';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { apiHelpers } from '../../helpers/api';
import { count, validCreateRequest } from '../../helpers/db';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;

const { expectOk, expectRefused } = apiHelpers(() => backend);

const createFrom = async (templateId: string, overrides: Record<string, unknown> = {}) => {
  const summary = await expectOk<DocumentSummary>('documents.create', validCreateRequest({ templateId, ...overrides }));
  return expectOk<DocumentDetail>('documents.get', { id: summary.id });
};
const allClauses = (doc: DocumentDetail) => doc.sections.flatMap((s) => s.clauses);
const row = <T>(sqlText: string, ...params: unknown[]) => backend.db.prepare(sqlText).get(...params) as T;

beforeEach(() => {
  tmp = tempDir();
  backend = startBackend(tmp.file('hoptac.sqlite'));
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

describe('templates.list', () => {
  it('lists the three built-in templates with a summary of their sections', async () => {
    const list = await expectOk<TemplateSummary[]>('templates.list', {});
    expect(list.map((t) => [t.id, t.kind, t.version, t.builtin, t.loNeedsReview])).toEqual([
      ['builtin-minutes-v1', 'minutes', 1, true, true],
      ['builtin-agreement-v1', 'agreement', 1, true, true],
      ['builtin-memorandum-v1', 'memorandum', 1, true, true],
    ]);
    const minutes = list[0]!;
    expect(minutes.nameVi).toBe('Biên bản hội đàm');
    expect(minutes.nameLo).toBe('ບົດບັນທຶກການເຈລະຈາ');
    expect(minutes.sections).toHaveLength(13);
    expect(minutes.sections[0]).toMatchObject({ part: 'results', sector: 'political', loNeedsReview: true, clauseCount: 1 });
    expect(minutes.sections.at(-1)).toMatchObject({ part: 'implementation', titleVi: 'Tổ chức thực hiện', clauseCount: 4 });
  });

  it('filters by kind', async () => {
    const list = await expectOk<TemplateSummary[]>('templates.list', { kind: 'agreement' });
    expect(list.map((t) => t.id)).toEqual(['builtin-agreement-v1']);
    const education = list[0]!.sections.find((s) => s.sector === 'education')!;
    expect(education.clauseCount).toBe(5); // one clause with three points, plus one
  });

  it('refuses an unknown kind or extra fields, changing nothing', async () => {
    await expectRefused('templates.list', { kind: 'treaty' }, 'invalid', 'E_INVALID_INPUT', 'kind');
    await expectRefused('templates.list', { kind: 'minutes', where: '1=1' }, 'invalid');
    await expectRefused('templates.list', null, '');
  });
});

describe('documents.create with a template', () => {
  it('gives the document the sections and clauses of the built-in minutes, filled from the document, Lao flagged', async () => {
    const changesBefore = count(backend.db, 'change_log');
    const doc = await createFrom('builtin-minutes-v1');
    const template = builtinTemplateOf('minutes').body;

    expect(doc.sections.map((s) => `${s.part}:${s.sector}`)).toEqual(template.sections.map((s) => `${s.part}:${s.sector}`));
    expect(doc.sections.map((s) => s.position)).toEqual(template.sections.map((_, i) => i));
    expect(doc.sections.every((s) => s.loNeedsReview)).toBe(true);
    expect(allClauses(doc).every((c) => c.loNeedsReview)).toBe(true);
    expect(allClauses(doc)).toHaveLength(template.sections.reduce((n, s) => n + countClauses(s.clauses), 0));
    expect(row<{ template_id: string }>('SELECT template_id FROM documents WHERE id = ?', doc.id).template_id).toBe('builtin-minutes-v1');
    expect(row<{ n: number }>('SELECT count(*) AS n FROM sections WHERE document_id = ? AND lo_needs_review = 1', doc.id).n).toBe(13);

    // Placeholders filled from the document: provinces in each language, the year.
    const texts = allClauses(doc).map((c) => `${c.textVi}\n${c.textLo}`).join('\n');
    expect(texts).not.toMatch(/\{(tinh_vn|tinh_lo|nam|dia_diem)\}/u);
    const education = doc.sections.find((s) => s.part === 'results' && s.sector === 'education')!.clauses[0]!;
    expect(education.textVi).toMatch(/^Tỉnh Thanh Hóa đã tiếp nhận \{so_luong\} lưu học sinh của tỉnh Hủa Phăn/u);
    expect(education.textLo).toMatch(/^ແຂວງແທງຮວາ ໄດ້ຮັບນັກສຶກສາຂອງ ແຂວງຫົວພັນ/u);
    // Figures are the officer's: they stay visible.
    expect(texts).toMatch(/\{so_luong\}/u);

    // Tasks start not started (results are a review, not tracked).
    expect(doc.sections.find((s) => s.part === 'tasks')!.clauses.every((c) => c.status === 'not_started')).toBe(true);

    // Numbered by the app like any other document; every row is in the change log.
    const numbered = numberDocument(doc.sections, allClauses(doc));
    expect(numbered).toHaveLength(allClauses(doc).length);
    expect(count(backend.db, 'change_log') - changesBefore).toBeGreaterThan(allClauses(doc).length * 4);
  });

  it('creates nested points under their clause (agreement: education)', async () => {
    const doc = await createFrom('builtin-agreement-v1', { kind: 'agreement' });
    const education = doc.sections.find((s) => s.sector === 'education')!;
    const [parent, ...rest] = education.clauses;
    expect(parent!.parentId).toBeNull();
    const children = rest.filter((c) => c.parentId === parent!.id);
    expect(children.map((c) => c.position)).toEqual([0, 1, 2]);
    const labels = numberDocument(doc.sections, allClauses(doc)).filter((n) => n.clause.sectionId === education.id).map((n) => n.label);
    expect(labels).toEqual(['1.', 'a)', 'b)', 'c)', '2.']);
    expect(doc.sections.map((s) => s.part)).toEqual([...STANDARD_SECTORS.map(() => 'tasks'), 'implementation']);
  });

  it('fills the same way when the drafting province is Lao', async () => {
    const doc = await createFrom('builtin-minutes-v1', { ourProvinceId: 'la-houaphanh', partnerProvinceIds: ['vn-thanh-hoa'] });
    const clause = doc.sections.find((s) => s.part === 'tasks' && s.sector === 'defence_security')!.clauses[2]!;
    expect(clause.textVi).toContain('các xã biên giới của tỉnh Thanh Hóa với các đơn vị, chính quyền bản, cụm bản tương ứng của tỉnh Hủa Phăn');
  });

  it('keeps the current behaviour without a template: no sections', async () => {
    const summary = await expectOk<DocumentSummary>('documents.create', validCreateRequest());
    const doc = await expectOk<DocumentDetail>('documents.get', { id: summary.id });
    expect(doc.sections).toEqual([]);
    expect(row<{ template_id: string | null }>('SELECT template_id FROM documents WHERE id = ?', doc.id).template_id).toBeNull();
  });

  it('refuses an unknown, malformed, archived or other-kind template, changing nothing', async () => {
    await expectRefused('documents.create', validCreateRequest({ templateId: 'builtin-minutes-v9' }), 'unknown_template', 'E_INVALID_INPUT', 'templateId');
    await expectRefused('documents.create', validCreateRequest({ templateId: "x'; DROP TABLE templates; --" }), 'invalid', 'E_INVALID_INPUT', 'templateId');
    await expectRefused('documents.create', validCreateRequest({ templateId: '' }), '', 'E_INVALID_INPUT', 'templateId');
    await expectRefused('documents.create', validCreateRequest({ templateId: 'builtin-agreement-v1' }), 'template_kind_mismatch', 'E_INVALID_INPUT', 'templateId');
    // Bad parties are still reported with a template.
    await expectRefused('documents.create', validCreateRequest({ templateId: 'builtin-minutes-v1', partnerProvinceIds: ['vn-son-la'] }), 'partner_same_country');

    const source = await createFrom('builtin-memorandum-v1', { kind: 'memorandum' });
    const first = await expectOk<TemplateSummary>('templates.saveFromDocument', { documentId: source.id, nameVi: 'Ghi nhớ y tế', nameLo: '' });
    await expectOk<TemplateSummary>('templates.saveFromDocument', { documentId: source.id, nameVi: 'Ghi nhớ y tế', nameLo: '' });
    await expectRefused('documents.create', validCreateRequest({ kind: 'memorandum', templateId: first.id }), 'unknown_template', 'E_INVALID_INPUT', 'templateId');
  });
});

describe('templates.saveFromDocument', () => {
  async function draftedDocument(): Promise<DocumentDetail> {
    const doc = await createFrom('builtin-agreement-v1', { kind: 'agreement' });
    // The officer edits: renames a section, adds a custom section with a clause and a point, checks one Lao text.
    const health = doc.sections.find((s) => s.sector === 'health')!;
    await expectOk('sections.update', { id: health.id, titleVi: 'Y tế và dân số' });
    const withCustom = await expectOk<DocumentDetail>('sections.add', {
      documentId: doc.id,
      part: 'tasks',
      sector: 'custom',
      titleVi: 'Tìm kiếm, hồi hương hài cốt',
      titleLo: 'ຊອກຄົ້ນ ແລະ ສົ່ງອັດຖິກະດູກກັບຄືນ',
      index: 6,
    });
    const custom = withCustom.sections.find((s) => s.sector === 'custom' && s.part === 'tasks')!;
    const added = await expectOk<ClauseEditResult>('clauses.add', { documentId: doc.id, sectionId: custom.id, parentId: null, textVi: 'Phối hợp tìm kiếm.', textLo: 'ປະສານສົມທົບຊອກຄົ້ນ.' });
    await expectOk('clauses.add', { documentId: doc.id, sectionId: custom.id, parentId: added.created[0], textVi: 'Trao đổi tư liệu.', textLo: '' });
    await expectOk('clauses.update', { id: added.created[0], loNeedsReview: false });
    return expectOk<DocumentDetail>('documents.get', { id: doc.id });
  }

  /** The structure of a document as comparable data: sections with their clause trees. */
  function structure(doc: DocumentDetail) {
    const tree = (section: Section, parentId: string | null): unknown[] =>
      section.clauses
        .filter((c) => c.parentId === parentId)
        .sort((a, b) => a.position - b.position)
        .map((c) => ({ vi: c.textVi, lo: c.textLo, review: c.loNeedsReview, children: tree(section, c.id) }));
    return doc.sections.map((s) => ({ part: s.part, sector: s.sector, titleVi: s.titleVi, titleLo: s.titleLo, review: s.loNeedsReview, clauses: tree(s, null) }));
  }

  it("stores the document's current structure as a new template, and documents made from it reproduce it", async () => {
    const doc = await draftedDocument();
    const saved = await expectOk<TemplateSummary>('templates.saveFromDocument', { documentId: doc.id, nameVi: '  Thỏa thuận  với Hủa Phăn ', nameLo: 'ຂໍ້ຕົກລົງກັບຫົວພັນ' });
    expect(saved).toMatchObject({ kind: 'agreement', nameVi: 'Thỏa thuận với Hủa Phăn', nameLo: 'ຂໍ້ຕົກລົງກັບຫົວພັນ', version: 1, builtin: false });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/u);
    expect(saved.sections.map((s) => s.titleVi)).toEqual(doc.sections.map((s) => s.titleVi));
    expect(saved.sections.find((s) => s.sector === 'custom' && s.part === 'tasks')).toMatchObject({ clauseCount: 2, loNeedsReview: false });
    expect(row<{ n: number }>("SELECT count(*) AS n FROM change_log WHERE entity = 'templates' AND entity_id = ?", saved.id).n).toBeGreaterThan(3);

    const listed = await expectOk<TemplateSummary[]>('templates.list', { kind: 'agreement' });
    expect(listed.map((t) => t.id)).toEqual(['builtin-agreement-v1', saved.id]);

    const copy = await createFrom(saved.id, { kind: 'agreement', titleVi: 'Thỏa thuận năm 2026', meetingDate: '2026-04-02' });
    expect(structure(copy)).toEqual(structure(doc));
    expect(row<{ template_id: string }>('SELECT template_id FROM documents WHERE id = ?', copy.id).template_id).toBe(saved.id);
  });

  it('saving again under the same name makes version 2 and archives version 1 (no duplicate)', async () => {
    const doc = await draftedDocument();
    const v1 = await expectOk<TemplateSummary>('templates.saveFromDocument', { documentId: doc.id, nameVi: 'Mẫu riêng', nameLo: '' });
    const custom = doc.sections.find((s) => s.sector === 'custom' && s.part === 'tasks')!;
    await expectOk('sections.remove', { id: custom.id });
    const v2 = await expectOk<TemplateSummary>('templates.saveFromDocument', { documentId: doc.id, nameVi: 'MẪU  RIÊNG', nameLo: 'ແບບຟອມ' });
    expect(v2.version).toBe(2);
    expect(v2.id).not.toBe(v1.id);
    expect(v2.sections).toHaveLength(v1.sections.length - 1);
    const listed = await expectOk<TemplateSummary[]>('templates.list', { kind: 'agreement' });
    expect(listed.map((t) => [t.id, t.version])).toEqual([['builtin-agreement-v1', 1], [v2.id, 2]]);
    expect(row<{ archived_at: string | null }>('SELECT archived_at FROM templates WHERE id = ?', v1.id).archived_at).not.toBeNull();
    // The same name for another kind is another template.
    const memo = await createFrom('builtin-memorandum-v1', { kind: 'memorandum' });
    const other = await expectOk<TemplateSummary>('templates.saveFromDocument', { documentId: memo.id, nameVi: 'Mẫu riêng', nameLo: '' });
    expect(other).toMatchObject({ kind: 'memorandum', version: 1 });
  });

  it('refuses bad names, a built-in name, an unknown document, changing nothing', async () => {
    const doc = await draftedDocument();
    const save = (fields: Record<string, unknown>) => ({ documentId: doc.id, nameVi: 'Mẫu', nameLo: '', ...fields });
    await expectRefused('templates.saveFromDocument', save({ nameVi: '   ' }), 'required', 'E_INVALID_INPUT', 'nameVi');
    const long = await expectRefused('templates.saveFromDocument', save({ nameVi: 'x'.repeat(100_000) }), 'too_long', 'E_INVALID_INPUT', 'nameVi');
    expect(long.issues?.[0]?.params).toEqual({ max: 300, actual: 100_000 });
    await expectRefused('templates.saveFromDocument', save({ nameVi: 'ạ'.repeat(301) }), 'too_long', 'E_INVALID_INPUT', 'nameVi');
    await expectRefused('templates.saveFromDocument', save({ nameLo: 'ແບບ\u0000ຟອມ\u0007' }), 'illegal_characters', 'E_INVALID_INPUT', 'nameLo');
    await expectRefused('templates.saveFromDocument', save({ nameVi: 'Mẫu\uFFFE' }), 'illegal_characters', 'E_INVALID_INPUT', 'nameVi');
    await expectRefused('templates.saveFromDocument', save({ nameVi: ' thỏa THUẬN hợp tác ' }), 'duplicate_title', 'E_INVALID_INPUT', 'nameVi');
    await expectRefused('templates.saveFromDocument', save({ documentId: '00000000-0000-4000-8000-000000000000' }), '', 'E_NOT_FOUND');
    await expectRefused('templates.saveFromDocument', save({ documentId: 'not-a-uuid' }), 'invalid', 'E_INVALID_INPUT', 'documentId');
    await expectRefused('templates.saveFromDocument', { documentId: doc.id, nameVi: 'Mẫu' }, 'required', 'E_INVALID_INPUT', 'nameLo');
    await expectRefused('templates.saveFromDocument', save({ builtin: 1 }), 'invalid');
    // Exactly 300 characters is fine.
    const saved = await expectOk<TemplateSummary>('templates.saveFromDocument', save({ nameVi: 'ạ'.repeat(300) }));
    expect(saved.nameVi).toHaveLength(300);
  });
});

describe('library.list', () => {
  const list = (payload: Record<string, unknown>) => expectOk<LibraryList>('library.list', payload);

  it('lists the built-in library, Lao marked as needing review, with its indicator', async () => {
    const { items, truncated } = await list({});
    expect(truncated).toBe(false);
    expect(items).toHaveLength(LIBRARY_CLAUSES.length);
    expect(items.every((i) => i.source === 'builtin' && i.loNeedsReview && i.documentId === null)).toBe(true);
    expect(items[0]).toMatchObject({ id: 'builtin-1.1', sector: 'political', indicatorHint: 'awareness activities held [events]; participants [persons].' });
  });

  it('filters by sector (agriculture is economy; Part III is implementation) and pages with a limit', async () => {
    expect((await list({ sector: 'economy' })).items.map((i) => i.id)).toEqual(['builtin-3.1', 'builtin-3.2', 'builtin-3.3', 'builtin-3.4', 'builtin-4.1', 'builtin-4.2', 'builtin-4.3']);
    expect((await list({ sector: 'implementation' })).items).toHaveLength(4);
    expect((await list({ sector: 'custom' })).items).toHaveLength(2);
    const page = await list({ sector: 'economy', limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.truncated).toBe(true);
  });

  it('searches folded Vietnamese (marks, đ, case, tone placement) and Lao substrings', async () => {
    const ids = async (query: string) => (await list({ query })).items.map((i) => i.id);
    expect(await ids('HOP TAC TOAN DIEN')).toEqual(['builtin-1.1']);
    expect(await ids('duong den cac cua khau')).toEqual(['builtin-3.4']);
    expect(await ids('thoả thuận')).toEqual(['builtin-9.1', 'builtin-9.3']);
    expect(await ids('hàng hoá qua cửa khẩu')).toEqual(['builtin-2.4']);
    expect(await ids('ໂຮງໝໍມິດຕະພາບ')).toEqual(['builtin-6.2']);
    expect(await ids('không có điều khoản nào như thế')).toEqual([]);
  });

  it("adds the officer's own clauses from live documents, newest first, each Vietnamese text once", async () => {
    const doc = await createFrom('builtin-memorandum-v1', { kind: 'memorandum' });
    const content = doc.sections[1]!;
    const first = await expectOk<ClauseEditResult>('clauses.add', { documentId: doc.id, sectionId: content.id, parentId: null, textVi: 'Xây dựng bệnh viện hữu nghị tại bản Xốp Hao.', textLo: 'ສ້າງໂຮງໝໍ' });
    await expectOk('clauses.add', { documentId: doc.id, sectionId: content.id, parentId: null, textVi: 'Đào tạo điều dưỡng.', textLo: '' });
    // The same text in a second document is listed once (the newest).
    const second = await createFrom('builtin-memorandum-v1', { kind: 'memorandum', titleVi: 'Ghi nhớ thứ hai' });
    const newest = await expectOk<ClauseEditResult>('clauses.add', { documentId: second.id, sectionId: second.sections[1]!.id, parentId: null, textVi: 'Xây dựng  bệnh viện hữu nghị tại bản Xốp Hao.', textLo: 'ສ້າງໂຮງໝໍ' });

    const { items } = await list({ sector: 'custom', query: 'benh vien' });
    expect(items.map((i) => [i.id, i.source, i.documentId, i.documentTitleVi])).toEqual([[newest.created[0], 'document', second.id, 'Ghi nhớ thứ hai']]);
    expect(items[0]!.loNeedsReview).toBe(false);

    const custom = await list({ sector: 'custom' });
    expect(custom.items[0]!.source).toBe('document');
    expect(custom.items.at(-1)!.source).toBe('builtin');
    // Template clauses the documents were made from appear once, though both documents hold them.
    const occurrences = custom.items.filter((i) => i.textVi.startsWith('Trao đổi thông tin, kinh nghiệm và tài liệu'));
    expect(occurrences).toHaveLength(1);

    // Archived clauses, archived sections and the sample document are not the officer's library.
    await expectOk('clauses.delete', { id: newest.created[0] });
    await expectOk('clauses.delete', { id: first.created[0] });
    expect((await list({ query: 'benh vien huu nghi tai ban' })).items).toEqual([]);
    await expectOk('documents.createSample', {});
    const sample = (await list({ query: 'Sơn La' })).items.filter((i) => i.source === 'document');
    expect(sample).toEqual([]);
    await expectOk('sections.remove', { id: content.id });
    expect((await list({ query: 'dao tao dieu duong' })).items).toEqual([]);

    // Part III clauses of documents are listed under implementation.
    const implementation = await list({ sector: 'implementation', query: 'So Ngoai vu' });
    expect(implementation.items[0]).toMatchObject({ source: 'document', sector: 'implementation' });
  });

  it('refuses an unknown sector, a bad limit, an over-long or control-character query, changing nothing', async () => {
    await expectRefused('library.list', { sector: 'space' }, 'invalid', 'E_INVALID_INPUT', 'sector');
    await expectRefused('library.list', { limit: 0 }, '', 'E_INVALID_INPUT', 'limit');
    await expectRefused('library.list', { limit: 501 }, '', 'E_INVALID_INPUT', 'limit');
    await expectRefused('library.list', { limit: 2.5 }, '', 'E_INVALID_INPUT', 'limit');
    await expectRefused('library.list', { query: 'x'.repeat(100_000) }, 'too_long', 'E_INVALID_INPUT', 'query');
    await expectRefused('library.list', { query: 'hợp\u0008tác' }, 'illegal_characters', 'E_INVALID_INPUT', 'query');
    await expectRefused('library.list', { query: 42 }, '', 'E_INVALID_INPUT', 'query');
    await expectRefused('library.list', { sql: 'DROP TABLE library_clauses' }, 'invalid');
  });
});
