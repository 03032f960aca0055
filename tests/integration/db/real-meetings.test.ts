import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agency, ClauseTracking, Dashboard, TrackingRow } from '../../../shared/contract/features/followup';
import type { DocumentCheck } from '../../../shared/contract/features/versions';
import type { DocumentDetail, DocumentSummary, Province } from '../../../shared/contract/schemas';
import { matchPlaces } from '../../../shared/domain/places';
import { createMultiPartnerMemorandum, createTwoProvinceSummit2023, type MemorandumIds } from '../../fixtures/real-meetings';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { apiHelpers } from '../../helpers/api';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let memo: MemorandumIds;

const { call, expectOk, expectRefused } = apiHelpers(() => backend);

beforeEach(async () => {
  tmp = tempDir();
  backend = startBackend(tmp.file('hoptac.sqlite'));
  memo = await createMultiPartnerMemorandum(backend.invoke);
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

const changes = () => (backend.db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;

describe('named delegations', () => {
  it('holds a national body with no province beside a province’s delegation; the partners without one stay partners', async () => {
    const doc = await expectOk<DocumentDetail>('documents.get', { id: memo.id });
    expect(doc.delegations.map((d) => [d.side, d.provinceId, d.nameVi])).toEqual([
      ['VN', 'vn-dien-bien', 'Đoàn đại biểu tỉnh Điện Biên'],
      ['LA', null, 'Đoàn đại biểu Ủy ban Đối ngoại Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào'],
    ]);
    expect(doc.delegates.filter((p) => p.delegationId === memo.nationalBodyId).map((p) => [p.role, p.position])).toEqual([
      ['head', 0],
      ['member', 1],
      ['signatory', 2],
    ]);
    // Date line defaults to the host province's bare name, not the venue's address.
    expect([doc.datelinePlaceVi, doc.datelinePlaceLo]).toEqual(['Điện Biên', 'ດ້ຽນບຽນ']);
    // A new section without an index went before "Tổ chức thực hiện".
    expect(doc.sections.map((s) => s.titleVi)).toEqual(['Quản lý biên giới và cửa khẩu', 'Y tế', 'Thương mại', 'Tổ chức thực hiện']);
  });

  it('renames, moves and moves people between delegations, one change-log row per changed field', async () => {
    const before = changes();
    await expectOk<DocumentDetail>('delegations.update', { id: memo.nationalBodyId, nameVi: 'Đoàn đại biểu Quốc hội nước CHDCND Lào' });
    expect(changes() - before).toBe(1);
    let doc = await expectOk<DocumentDetail>('delegations.move', { id: memo.nationalBodyId, index: 0 });
    expect(doc.delegations[0]!.id).toBe(memo.nationalBodyId);
    doc = await expectOk<DocumentDetail>('delegations.add', { documentId: memo.id, side: 'LA', provinceId: 'la-phongsaly', nameVi: 'Đoàn đại biểu tỉnh Phông Sa Lỳ' });
    const phongsaly = doc.delegations.find((d) => d.provinceId === 'la-phongsaly')!;
    const member = doc.delegates.find((p) => p.role === 'member')!;
    doc = await expectOk<DocumentDetail>('delegates.move', { id: member.id, index: 0, delegationId: phongsaly.id });
    expect(doc.delegates.find((p) => p.id === member.id)).toMatchObject({ delegationId: phongsaly.id, position: 0 });
    // The national body's people are renumbered without a gap.
    expect(doc.delegates.filter((p) => p.delegationId === memo.nationalBodyId).map((p) => p.position)).toEqual([0, 1]);
  });

  it('refuses bad delegations with a field issue and changes nothing', async () => {
    const base = { documentId: memo.id, side: 'LA', nameVi: 'Đoàn X', provinceId: null };
    await expectRefused('delegations.add', { ...base, nameVi: '  ' }, 'required', 'E_INVALID_INPUT', 'nameVi');
    const { side: _side, ...noSide } = base;
    await expectRefused('delegations.add', noSide, 'required', 'E_INVALID_INPUT', 'side');
    await expectRefused('delegations.add', { ...base, provinceId: 'la-bokeo' }, 'not_a_party', 'E_INVALID_INPUT', 'provinceId');
    await expectRefused('delegations.add', { ...base, provinceId: 'vn-dien-bien' }, 'delegation_wrong_side', 'E_INVALID_INPUT', 'provinceId');
    await expectRefused('delegations.update', { id: memo.nationalBodyId, side: 'VN', provinceId: 'la-oudomxay' }, 'delegation_wrong_side');
    // Not while it has people: they would silently leave the signature page.
    const refused = await expectRefused('delegations.remove', { id: memo.nationalBodyId }, 'delegation_has_delegates', 'E_INVALID_INPUT', 'id');
    expect(refused.issues![0]!.params).toEqual({ count: 3 });
    await expectRefused('delegates.add', { role: 'signatory', nameVi: 'Không đoàn', nameLo: '', titleVi: '', titleLo: '' }, 'delegation_required', 'E_INVALID_INPUT', 'delegationId');
    await expectRefused('documents.update', { id: memo.id, datelinePlaceVi: 'x'.repeat(61) }, 'too_long', 'E_INVALID_INPUT', 'datelinePlaceVi');
  });

  it('removes an empty delegation by archiving it', async () => {
    let doc = await expectOk<DocumentDetail>('delegations.add', { documentId: memo.id, side: 'LA', provinceId: 'la-oudomxay', nameVi: 'Đoàn đại biểu tỉnh U Đôm Xay' });
    const id = doc.delegations.find((d) => d.provinceId === 'la-oudomxay')!.id;
    doc = await expectOk<DocumentDetail>('delegations.remove', { id });
    expect(doc.delegations.some((d) => d.id === id)).toBe(false);
    expect(backend.db.prepare('SELECT archived_at FROM delegations WHERE id = ?').get(id)).toEqual({ archived_at: expect.any(String) });
  });
});

describe('signing check', () => {
  it('stops on the placeholder first, then asks to confirm the warnings, then signs', async () => {
    const check = await expectOk<DocumentCheck>('documents.check', { id: memo.id });
    expect(check.blocking).toBe(2);
    const placeholder = check.problems.filter((p) => p.code === 'placeholder');
    expect(placeholder.map((p) => [p.target, p.targetId, p.label, p.params['language'], p.params['placeholders']])).toEqual([
      ['clause', memo.placeholderClauseId, 'II.1.', 'vi', '{so_luong}'],
      ['clause', memo.placeholderClauseId, 'II.1.', 'lo', '{so_luong}'],
    ]);
    expect(check.problems.filter((p) => p.code === 'party_without_delegation').map((p) => p.targetId)).toEqual(['la-phongsaly', 'la-luang-prabang', 'la-oudomxay']);
    expect(check.problems.every((p) => (p.code === 'placeholder' ? p.severity === 'blocking' : p.severity === 'confirm'))).toBe(true);

    const blocked = await expectRefused('documents.sign', { id: memo.id, signedOn: '2025-09-04', confirmWarnings: true }, 'check_blocking', 'E_INVALID_INPUT', 'id');
    expect(blocked.issues![0]!.params).toEqual({ count: 2 });
    const detail = await expectOk<DocumentDetail>('documents.get', { id: memo.id });
    const clause = detail.sections.flatMap((s) => s.clauses).find((c) => c.id === memo.placeholderClauseId)!;
    await expectOk('clauses.update', { id: clause.id, textVi: clause.textVi.replace('{so_luong}', '10'), textLo: clause.textLo.replace('{so_luong}', '10') });

    await expectRefused('documents.sign', { id: memo.id, signedOn: '2025-09-04' }, 'check_needs_confirmation', 'E_INVALID_INPUT', 'confirmWarnings');
    const signed = await expectOk<DocumentSummary>('documents.sign', { id: memo.id, signedOn: '2025-09-04', confirmWarnings: true });
    expect(signed.status).toBe('signed');
  });

  it('flags a title that repeats the kind, empty clauses and a signatory without a Lao name', async () => {
    const summit = await createTwoProvinceSummit2023(backend.invoke);
    const doc = await expectOk<DocumentDetail>('documents.get', { id: summit.id });
    const signatory = doc.delegates.find((p) => p.role === 'signatory')!;
    await expectOk('delegates.update', { id: signatory.id, nameLo: '' });
    await expectOk('clauses.add', { documentId: summit.id, sectionId: doc.sections[0]!.id, parentId: null, textVi: '', textLo: '' });
    const check = await expectOk<DocumentCheck>('documents.check', { id: summit.id });
    expect(check.problems.map((p) => p.code)).toEqual(['subject_repeats_kind', 'empty_clause', 'signatory_without_name']);
    expect(check.problems.find((p) => p.code === 'empty_clause')!.label).toBe('I.3.');
  });
});

describe('clauses scoped to partner provinces', () => {
  it('sets and clears scopes, refuses a province that is not a partner, changing nothing', async () => {
    let doc = await expectOk<DocumentDetail>('documents.get', { id: memo.id });
    const border = doc.sections[0]!.clauses[0]!;
    expect(border.scopeProvinceIds).toEqual(['la-phongsaly', 'la-luang-prabang']);
    expect(doc.sections[1]!.scopeProvinceIds).toEqual(['la-oudomxay']);
    await expectRefused('clauses.setScope', { clauseId: border.id, provinceIds: ['la-phongsaly', 'la-bokeo'] }, 'scope_not_partner', 'E_INVALID_INPUT', 'provinceIds.1');
    await expectRefused('sections.setScope', { sectionId: memo.healthSectionId, provinceIds: ['vn-dien-bien'] }, 'scope_not_partner', 'E_INVALID_INPUT', 'provinceIds.0');
    doc = await expectOk<DocumentDetail>('clauses.setScope', { clauseId: border.id, provinceIds: [] });
    expect(doc.sections[0]!.clauses[0]!.scopeProvinceIds).toEqual([]);
    // History: the cleared rows are archived, not deleted.
    expect((backend.db.prepare('SELECT count(*) AS n FROM clause_scopes WHERE clause_id = ? AND archived_at IS NOT NULL').get(border.id) as { n: number }).n).toBe(2);
  });

  it('counts a clause only under its partners on the dashboard; the tracking rows and the clause carry the scope', async () => {
    const detail = await expectOk<DocumentDetail>('documents.get', { id: memo.id });
    const clause = detail.sections.flatMap((s) => s.clauses).find((c) => c.id === memo.placeholderClauseId)!;
    await expectOk('clauses.update', { id: clause.id, textVi: clause.textVi.replace('{so_luong}', '10'), textLo: clause.textLo.replace('{so_luong}', '10') });
    await expectOk('documents.sign', { id: memo.id, signedOn: '2025-09-04', confirmWarnings: true });

    const dashboard = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'partner', filters: { documentIds: [memo.id] } });
    const totals = Object.fromEntries(dashboard.rows.map((r) => [r.key, r.total]));
    // 5 tasks: border ×2 (one scoped to Phông Sa Lỳ + Luông Pha Băng), health (U Đôm Xay), trade; implementation is not tracked.
    expect(totals).toEqual({ 'la-phongsaly': 3, 'la-luang-prabang': 3, 'la-oudomxay': 3 });
    const drill = await expectOk<{ rows: TrackingRow[] }>('followup.clauses', { filters: { documentIds: [memo.id], partnerProvinceIds: ['la-oudomxay'] } });
    expect(drill.rows.map((r) => r.clauseId)).not.toContain(memo.borderClauseId);
    expect(drill.rows.find((r) => r.clauseId === memo.placeholderClauseId)).toMatchObject({ scoped: true, scope: [{ provinceId: 'la-oudomxay', nameVi: 'U Đôm Xay' }] });
    expect(drill.rows.find((r) => r.clauseId === memo.tradeClauseId)).toMatchObject({ scoped: false });
    const tracking = await expectOk<ClauseTracking>('tracking.get', { clauseId: memo.borderClauseId });
    expect(tracking.scope.map((p) => p.provinceId)).toEqual(['la-phongsaly', 'la-luang-prabang']);

    // The clause's agency picker: Điện Biên and the two partners it is for, each agency with its province.
    const agencies = await expectOk<Agency[]>('agencies.forClause', { clauseId: memo.borderClauseId, side: 'LA' });
    expect([...new Set(agencies.map((a) => a.provinceNameVi))]).toEqual(['Phông Sa Lỳ', 'Luông Pha Băng']);
    expect(agencies.filter((a) => a.nameVi === 'Sở Y tế').map((a) => a.provinceNameVi)).toEqual(['Phông Sa Lỳ', 'Luông Pha Băng']);

    // Next year's draft: the carried task keeps its partners (inherited scopes become the clause's own).
    const next = await expectOk<DocumentSummary>('documents.carryOver', { documentId: memo.id, meetingDate: '2026-09-04' });
    const carried = (await expectOk<DocumentDetail>('documents.get', { id: next.id })).sections.flatMap((s) => s.clauses);
    const successorOf = (originId: string) =>
      backend.db.prepare('SELECT id FROM clauses WHERE predecessor_clause_id = ? AND archived_at IS NULL').get(originId) as { id: string } | undefined;
    expect(carried.find((c) => c.id === successorOf(memo.borderClauseId)?.id)?.scopeProvinceIds).toEqual(['la-phongsaly', 'la-luang-prabang']);
    expect(carried.find((c) => c.id === successorOf(memo.placeholderClauseId)?.id)?.scopeProvinceIds).toEqual(['la-oudomxay']);
    expect(carried.find((c) => c.id === successorOf(memo.tradeClauseId)?.id)?.scopeProvinceIds).toEqual([]);
  });
});

describe('agencies by period and province aliases', () => {
  it('offers the agencies valid on the document’s date and refuses one that did not exist yet', async () => {
    const summit = await createTwoProvinceSummit2023(backend.invoke);
    const doc = await expectOk<DocumentDetail>('documents.get', { id: summit.id });
    const clause = doc.sections.find((s) => s.part === 'tasks')!.clauses[0]!;
    const in2023 = await expectOk<Agency[]>('agencies.list', { provinceId: 'vn-ha-tinh', validOn: '2023-02-07' });
    expect(in2023.map((a) => a.nameVi)).toEqual(expect.arrayContaining(['Sở Giao thông vận tải', 'Sở Kế hoạch và Đầu tư', 'Ủy ban nhân dân các huyện', 'Sở Ngoại vụ']));
    expect(in2023.map((a) => a.nameVi)).not.toContain('Sở Nông nghiệp và Môi trường');
    const in2026 = await expectOk<Agency[]>('agencies.list', { provinceId: 'vn-ha-tinh', validOn: '2026-01-01' });
    expect(in2026.map((a) => a.nameVi)).not.toContain('Sở Giao thông vận tải');
    expect(in2026.map((a) => a.nameVi)).toContain('Sở Nông nghiệp và Môi trường');

    await expectOk('documents.sign', { id: summit.id, signedOn: '2023-02-07', confirmWarnings: true });
    const offered = await expectOk<Agency[]>('agencies.forClause', { clauseId: clause.id, side: 'VN' });
    expect(offered.map((a) => a.nameVi)).toContain('Sở Giao thông vận tải');
    const transport = offered.find((a) => a.nameVi === 'Sở Giao thông vận tải')!;
    expect(transport).toMatchObject({ validTo: '2025-06-30', provinceNameVi: 'Hà Tĩnh', nameLoNeedsReview: true });
    await expectOk('tracking.assign', { clauseId: clause.id, side: 'VN', agencyId: transport.id, role: 'lead' });
    const merged = in2026.find((a) => a.nameVi === 'Sở Nông nghiệp và Môi trường')!;
    const refused = await expectRefused('tracking.assign', { clauseId: clause.id, side: 'VN', agencyId: merged.id, role: 'support' }, 'agency_not_valid_on_date', 'E_INVALID_INPUT', 'agencyId');
    expect(refused.issues![0]!.params).toEqual({ date: '07/02/2023', validFrom: '01/07/2025', validTo: '…' });
  });

  it('lists aliases with the provinces, and matching finds every spelling while the official name is kept', async () => {
    const provinces = await expectOk<Province[]>('provinces.list', {});
    for (const typed of ['Bolikhămxay', 'Bô-ly-khăm-xay', 'Bô Ly Khăm Xay', 'bo ly kham xay']) expect(matchPlaces(typed, provinces)[0]!.nameVi).toBe('Bô Ly Khăm Xay');
    for (const typed of ['Luang Prabang', 'Luông Pha Băng', 'Luông-Pha-Bang']) expect(matchPlaces(typed, provinces)[0]!.id).toBe('la-luang-prabang');
    for (const typed of ['Phongsaly', 'Phông Sa Lỳ', 'Phong-Sa-Ly']) expect(matchPlaces(typed, provinces)[0]!.id).toBe('la-phongsaly');
    for (const typed of ['Oudomxay', 'U Đôm Xay', 'U-Đom-Xay']) expect(matchPlaces(typed, provinces)[0]!.id).toBe('la-oudomxay');
  });
});

it('answers unknown delegations as not found where the id is the subject, and as a field issue where it is a reference', async () => {
  const ghost = '00000000-0000-4000-8000-00000000dead';
  const result = await call('delegations.remove', { id: ghost });
  expect(result).toMatchObject({ ok: false, code: 'E_NOT_FOUND' });
  await expectRefused('delegates.add', { delegationId: ghost, role: 'member', nameVi: 'A', nameLo: '', titleVi: '', titleLo: '' }, 'unknown_delegation', 'E_INVALID_INPUT', 'delegationId');
});
