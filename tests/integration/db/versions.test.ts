import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseEditResult } from '../../../shared/contract/features/drafting';
import type { DocumentDiffView, VersionSummary } from '../../../shared/contract/features/versions';
import type { DocumentDetail, DocumentSummary } from '../../../shared/contract/schemas';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { apiHelpers } from '../../helpers/api';
import { validCreateRequest } from '../../helpers/db';


let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let sample: DocumentSummary;

const { expectOk, expectRefused } = apiHelpers(() => backend);

beforeEach(async () => {
  tmp = tempDir();
  backend = startBackend(tmp.file('hoptac.sqlite'));
  // The sample is created signed (version 1, 21/03/2025), followed up, and open as an amendment.
  sample = await expectOk<DocumentSummary>('documents.createSample', {});
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

describe('document metadata', () => {
  it('updates title, place, date and period; refuses an inverted period or a date that does not exist', async () => {
    const updated = await expectOk<DocumentSummary>('documents.update', { id: sample.id, placeVi: 'Thị xã Sầm Nưa', meetingDate: '2025-03-22', titleLoNeedsReview: false });
    expect(updated).toMatchObject({ placeVi: 'Thị xã Sầm Nưa', meetingDate: '2025-03-22', titleLoNeedsReview: false });
    await expectRefused('documents.update', { id: sample.id, periodStart: '2026-01-01', periodEnd: '2024-12-31' }, 'period_order');
    await expectRefused('documents.update', { id: sample.id, periodStart: '2027-01-01' }, 'period_order');
    await expectRefused('documents.update', { id: sample.id, meetingDate: '2025-02-30' }, 'invalid_date');
    await expectRefused('documents.update', { id: sample.id, titleVi: '' }, 'required');
  });
});

describe('delegations', () => {
  it('adds, reorders, edits and removes delegates with titles as data, in a named delegation; refuses a delegate without a delegation', async () => {
    const start = await expectOk<DocumentDetail>('documents.get', { id: sample.id });
    const lao = start.delegations.find((d) => d.provinceId === 'la-houaphanh')!;
    let detail = await expectOk<DocumentDetail>('delegates.add', {
      delegationId: lao.id,
      role: 'signatory',
      nameVi: 'Người ký phía Lào',
      nameLo: 'ຜູ້ລົງນາມ',
      titleVi: 'Phó Tỉnh trưởng tỉnh Hủa Phăn',
      titleLo: 'ຮອງເຈົ້າແຂວງຫົວພັນ',
      index: 0,
    });
    const ofLao = () => detail.delegates.filter((d) => d.delegationId === lao.id);
    expect(ofLao()[0]).toMatchObject({ role: 'signatory', titleVi: 'Phó Tỉnh trưởng tỉnh Hủa Phăn', position: 0 });
    const id = ofLao()[0]!.id;
    detail = await expectOk<DocumentDetail>('delegates.move', { id, index: 99 });
    expect(ofLao().at(-1)!.id).toBe(id);
    detail = await expectOk<DocumentDetail>('delegates.update', { id, titleVi: 'Tỉnh trưởng tỉnh Hủa Phăn' });
    expect(detail.delegates.find((d) => d.id === id)!.titleVi).toBe('Tỉnh trưởng tỉnh Hủa Phăn');
    detail = await expectOk<DocumentDetail>('delegates.remove', { id });
    expect(detail.delegates.some((d) => d.id === id)).toBe(false);
    expect(backend.db.prepare('SELECT archived_at FROM delegates WHERE id = ?').get(id)).toEqual({ archived_at: expect.any(String) });

    await expectRefused('delegates.add', { role: 'signatory', nameVi: 'X', nameLo: '', titleVi: '', titleLo: '' }, 'delegation_required', 'E_INVALID_INPUT', 'delegationId');
    await expectRefused(
      'delegates.add',
      { delegationId: '00000000-0000-4000-8000-000000000000', role: 'member', nameVi: 'X', nameLo: '', titleVi: '', titleLo: '' },
      'unknown_delegation',
    );
    await expectRefused('delegates.add', { delegationId: lao.id, role: 'member', nameVi: '', nameLo: '', titleVi: '', titleLo: '' }, 'required');
  });
});

describe('signing, amending and the diff', () => {
  it('freezes a signed version, refuses edits, and shows a clause-level diff of an amendment in both languages', async () => {
    expect(sample.status).toBe('amended');
    const signed = await expectOk<DocumentSummary>('documents.sign', { id: sample.id, signedOn: '2025-04-02', confirmWarnings: true });
    expect(signed.status).toBe('signed');
    const before = await expectOk<DocumentDetail>('documents.get', { id: sample.id });
    const clause = before.sections.find((s) => s.part === 'tasks' && s.sector === 'defence_security')!.clauses[1]!;
    await expectRefused('clauses.update', { id: clause.id, textVi: 'Sửa' }, 'document_signed', 'E_CONFLICT');
    await expectRefused('documents.sign', { id: sample.id, signedOn: '2025-03-22' }, 'document_signed', 'E_CONFLICT');

    expect((await expectOk<DocumentSummary>('documents.amend', { id: sample.id })).status).toBe('amended');
    await expectOk('clauses.update', {
      id: clause.id,
      textVi: clause.textVi.replace('vào khoảng giữa năm 2025', 'trong quý III năm 2025'),
      textLo: clause.textLo.replace('ໃນກາງປີ 2025', 'ໃນໄຕມາດທີ III ປີ 2025'),
    });
    const removed = before.sections[0]!.clauses[0]!.id;
    await expectOk<ClauseEditResult>('clauses.delete', { id: removed });

    const diff = await expectOk<DocumentDiffView>('documents.diff', { id: sample.id, from: 2, to: null });
    const changed = diff.sections.flatMap((s) => s.clauses).find((c) => c.id === clause.id)!;
    expect(changed.kind).toBe('changed');
    expect(changed.textVi).toEqual(expect.arrayContaining([{ op: 'delete', text: expect.stringContaining('khoảng giữa') }, { op: 'insert', text: expect.stringContaining('quý III') }]));
    expect(changed.textLo.some((r) => r.op === 'insert' && r.text.includes('ໄຕມາດ'))).toBe(true);
    expect(diff.sections.flatMap((s) => s.clauses).find((c) => c.id === removed)!.kind).toBe('removed');
    expect(diff.summary.clauses['changed']).toBe(1);
    expect(diff.summary.clauses['removed']).toBe(1);

    await expectOk('documents.sign', { id: sample.id, signedOn: '2025-06-01', confirmWarnings: true });
    const versions = await expectOk<VersionSummary[]>('documents.versions', { id: sample.id });
    expect(versions.map((v) => [v.versionNo, v.signedOn])).toEqual([[1, '2025-03-21'], [2, '2025-04-02'], [3, '2025-06-01']]);
    const between = await expectOk<DocumentDiffView>('documents.diff', { id: sample.id, from: 2, to: 3 });
    expect(between.summary.clauses['changed']).toBe(1);

    // The first signed snapshot is untouched by the amendment, and the database refuses to alter it.
    const snapshot = backend.db.prepare('SELECT snapshot_json FROM document_versions WHERE version_no = 1').get() as { snapshot_json: string };
    expect(snapshot.snapshot_json).toContain('vào khoảng giữa năm 2025');
    expect(() => backend.db.prepare("UPDATE document_versions SET label = 'x'").run()).toThrow(/immutable/u);
    await expectRefused('documents.diff', { id: sample.id, from: 7, to: null }, 'unknown_version');
  });

  it('refuses to amend a document that is not signed', async () => {
    const draft = await expectOk<DocumentSummary>('documents.create', validCreateRequest());
    await expectRefused('documents.amend', { id: draft.id }, 'not_signed');
    await expectRefused('documents.amend', { id: sample.id }, 'not_signed');
  });
});
