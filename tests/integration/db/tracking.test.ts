import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../../db/clock';
import type { Agency, ClauseTracking } from '../../../shared/contract/features/followup';
import type { DocumentDetail, DocumentSummary } from '../../../shared/contract/schemas';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { fakePlatform, type FakePlatform } from '../../harness/platform';
import { apiHelpers } from '../../helpers/api';
import { fingerprint, validCreateRequest } from '../../helpers/db';

/** A clock the test moves: "late" is decided from it, never from the machine's date. */
function movableClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => now, set: (next) => (now = new Date(next)) };
}

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let clock: ReturnType<typeof movableClock>;
let platform: FakePlatform;
let doc: DocumentDetail;
let tasks: string[];
let results: string[];

const { call, expectOk, expectRefused, fillAndSign } = apiHelpers(() => backend);

async function agencyOf(provinceId: string, nameVi: string): Promise<Agency> {
  const list = await expectOk<Agency[]>('agencies.list', { provinceId });
  const agency = list.find((a) => a.nameVi === nameVi);
  if (!agency) throw new Error(`no ${nameVi} in ${provinceId}`);
  return agency;
}

beforeEach(async () => {
  tmp = tempDir();
  clock = movableClock('2025-04-01T09:00:00');
  platform = fakePlatform(tmp.file('files'));
  backend = startBackend(tmp.file('hoptac.sqlite'), { clock, platform });
  const created = await expectOk<DocumentSummary>(
    'documents.create',
    validCreateRequest({ templateId: 'builtin-minutes-v1', ourProvinceId: 'vn-son-la', partnerProvinceIds: ['la-houaphanh'], meetingDate: '2025-03-21' }),
  );
  await fillAndSign(created.id, '2025-03-21');
  doc = await expectOk<DocumentDetail>('documents.get', { id: created.id });
  tasks = doc.sections.filter((s) => s.part === 'tasks').flatMap((s) => s.clauses.map((c) => c.id));
  results = doc.sections.filter((s) => s.part === 'results').flatMap((s) => s.clauses.map((c) => c.id));
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

describe('the sample agreement', () => {
  it('is signed (open as an amendment) and already followed up: agencies, deadlines, indicators, entries with an evidence file, one done, one late', async () => {
    const sample = await expectOk<DocumentSummary>('documents.createSample', {});
    expect(sample.status).toBe('amended');
    const rows = await expectOk<{ rows: { clauseId: string; effectiveStatus: string; leadVi: string | null }[] }>('followup.clauses', { filters: { documentIds: [sample.id] } });
    const statuses = rows.rows.map((r) => r.effectiveStatus);
    expect(statuses).toContain('done');
    expect(statuses).toContain('delayed');
    expect(statuses).toContain('in_progress');
    expect(rows.rows.filter((r) => r.leadVi !== null).length).toBeGreaterThanOrEqual(5);
    const details = await Promise.all(rows.rows.map((r) => expectOk<ClauseTracking>('tracking.get', { clauseId: r.clauseId })));
    expect(details.some((d) => d.indicators.some((i) => i.actual !== null && i.target !== null))).toBe(true);
    const files = details.flatMap((d) => d.progress.flatMap((e) => e.evidence));
    expect(files).toHaveLength(1);
    expect(new Set(details.map((d) => d.deadline?.kind).filter(Boolean))).toEqual(new Set(['date', 'year', 'period', 'ongoing']));
    expect(details.flatMap((d) => d.progress).every((e) => e.entryDate <= '2025-04-01')).toBe(true);
    await expectOk('evidence.open', { id: files[0]!.id });
    expect(readFileSync(platform.opened[0]!, 'latin1')).toMatch(/^%PDF-1\.4/u);
  });
});

describe('which clauses are tracked', () => {
  it('tracks clauses of the tasks part of a signed document only', async () => {
    expect(tasks.length).toBeGreaterThan(3);
    const tracking = await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0] });
    expect(tracking.label).toMatch(/^[IVX]+\.\d+\./u);
    await expectRefused('tracking.setStatus', { clauseId: results[0], status: 'done' }, 'not_trackable');

    const draft = await expectOk<DocumentSummary>('documents.create', validCreateRequest());
    const draftDetail = await expectOk<DocumentDetail>('documents.get', { id: draft.id });
    const draftTask = draftDetail.sections.find((s) => s.part === 'tasks')?.clauses[0];
    if (draftTask) await expectRefused('tracking.setStatus', { clauseId: draftTask.id, status: 'done' }, 'not_trackable');
  });
});

describe('status', () => {
  it('marks done in one call with a note, logged as a progress entry', async () => {
    const done = await expectOk<ClauseTracking>('tracking.setStatus', { clauseId: tasks[0], status: 'done', noteVi: 'Đã tổ chức hội nghị.' });
    expect(done.status).toBe('done');
    expect(done.effectiveStatus).toBe('done');
    expect(done.doneOn).toBe('2025-04-01');
    expect(done.progress[0]).toMatchObject({ statusAfter: 'done', textVi: 'Đã tổ chức hội nghị.', entryDate: '2025-04-01' });
  });

  it('computes "delayed" from the injected clock, never stores it, and never for done or ongoing clauses', async () => {
    await expectOk('tracking.setDeadline', { clauseId: tasks[0], deadline: { kind: 'date', date: '2025-06-30' } });
    await expectOk('tracking.setDeadline', { clauseId: tasks[1], deadline: { kind: 'ongoing' } });
    await expectOk('tracking.setDeadline', { clauseId: tasks[2], deadline: { kind: 'year', year: 2025 } });
    await expectOk('tracking.setStatus', { clauseId: tasks[2], status: 'done' });

    const before = await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0] });
    expect(before.effectiveStatus).toBe('not_started');
    clock.set('2025-06-30T23:00:00');
    expect((await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0] })).effectiveStatus).toBe('not_started');
    clock.set('2026-02-01T08:00:00');
    const late = await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0] });
    expect(late).toMatchObject({ status: 'not_started', effectiveStatus: 'delayed', dueDate: '2025-06-30' });
    expect((await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[1] })).effectiveStatus).toBe('not_started');
    expect((await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[2] })).effectiveStatus).toBe('done');
    const stored = backend.db.prepare("SELECT count(*) AS n FROM clause_tracking WHERE status = 'delayed'").get() as { n: number };
    expect(stored.n).toBe(0);
    // "delayed" cannot be set by hand.
    await expectRefused('tracking.setStatus', { clauseId: tasks[0], status: 'delayed' }, 'invalid');
  });

  it('drops a clause only with a reason; refuses a change dated in the future', async () => {
    await expectRefused('tracking.setStatus', { clauseId: tasks[0], status: 'dropped' }, 'required', 'E_INVALID_INPUT', 'reason');
    await expectRefused('tracking.setStatus', { clauseId: tasks[0], status: 'done', on: '2025-04-02' }, 'date_in_future');
    const dropped = await expectOk<ClauseTracking>('tracking.setStatus', { clauseId: tasks[0], status: 'dropped', reason: 'Hai bên thống nhất dừng.' });
    expect(dropped).toMatchObject({ status: 'dropped', dropReason: 'Hai bên thống nhất dừng.' });
  });
});

describe('deadlines', () => {
  it('stores the forms officers write and their due dates', async () => {
    const period = await expectOk<ClauseTracking>('tracking.setDeadline', { clauseId: tasks[0], deadline: { kind: 'period', fromYear: 2025, toYear: 2027 } });
    expect(period.deadline).toMatchObject({ kind: 'period', fromYear: 2025, toYear: 2027 });
    expect(period.dueDate).toBe('2027-12-31');
    await expectRefused('tracking.setDeadline', { clauseId: tasks[0], deadline: { kind: 'period', fromYear: 2027, toYear: 2025 } }, 'period_order');
    await expectRefused('tracking.setDeadline', { clauseId: tasks[0], deadline: { kind: 'date', date: '2025-02-30' } }, 'invalid_date');
    const cleared = await expectOk<ClauseTracking>('tracking.setDeadline', { clauseId: tasks[0], deadline: null });
    expect(cleared.deadline).toBeNull();
  });

  it('asks for confirmation of a deadline before the signing date, then allows it', async () => {
    const refused = await expectRefused('tracking.setDeadline', { clauseId: tasks[0], deadline: { kind: 'date', date: '2025-01-31' } }, 'deadline_before_signing');
    expect(refused.issues?.[0]?.params).toMatchObject({ signedOn: '21/03/2025' });
    const confirmed = await expectOk<ClauseTracking>('tracking.setDeadline', {
      clauseId: tasks[0],
      deadline: { kind: 'date', date: '2025-01-31' },
      confirmBeforeSigning: true,
    });
    expect(confirmed.dueDate).toBe('2025-01-31');
    expect(confirmed.effectiveStatus).toBe('delayed');
  });
});

describe('agencies on a clause', () => {
  it('assigns one lead and supporting agencies per side; a new lead replaces the old one, history kept', async () => {
    const vnForeign = await agencyOf('vn-son-la', 'Sở Ngoại vụ');
    const vnTrade = await agencyOf('vn-son-la', 'Sở Công Thương');
    const laForeign = await agencyOf('la-houaphanh', 'Sở Ngoại vụ');
    await expectOk('tracking.assign', { clauseId: tasks[0], side: 'VN', agencyId: vnForeign.id, role: 'lead' });
    await expectOk('tracking.assign', { clauseId: tasks[0], side: 'LA', agencyId: laForeign.id, role: 'lead' });
    const swapped = await expectOk<ClauseTracking>('tracking.assign', { clauseId: tasks[0], side: 'VN', agencyId: vnTrade.id, role: 'lead' });
    expect(swapped.agencies.filter((a) => a.role === 'lead').map((a) => a.nameVi).sort()).toEqual(['Sở Công Thương', 'Sở Ngoại vụ']);
    expect(swapped.agencies.find((a) => a.side === 'VN')!.agencyId).toBe(vnTrade.id);
    const archived = backend.db.prepare('SELECT count(*) AS n FROM clause_agencies WHERE archived_at IS NOT NULL').get() as { n: number };
    expect(archived.n).toBe(1);

    const withSupport = await expectOk<ClauseTracking>('tracking.assign', { clauseId: tasks[0], side: 'VN', agencyId: vnForeign.id, role: 'support' });
    expect(withSupport.agencies.filter((a) => a.side === 'VN')).toHaveLength(2);
    const unassigned = await expectOk<ClauseTracking>('tracking.unassign', { id: withSupport.agencies.find((a) => a.role === 'support')!.id });
    expect(unassigned.agencies.filter((a) => a.side === 'VN')).toHaveLength(1);
  });

  it('refuses an agency of the other side, of a province not party to the document, or merged away', async () => {
    const laForeign = await agencyOf('la-houaphanh', 'Sở Ngoại vụ');
    const otherProvince = await agencyOf('vn-thanh-hoa', 'Sở Ngoại vụ');
    await expectRefused('tracking.assign', { clauseId: tasks[0], side: 'VN', agencyId: laForeign.id, role: 'lead' }, 'agency_wrong_side');
    await expectRefused('tracking.assign', { clauseId: tasks[0], side: 'VN', agencyId: otherProvince.id, role: 'lead' }, 'agency_not_party');
    const merged = await expectOk<Agency>('agencies.merge', {
      sourceIds: [(await agencyOf('vn-son-la', 'Sở Y tế')).id],
      into: { nameVi: 'Sở Y tế và Dân số', nameLo: '' },
      on: '2025-03-01',
    });
    expect(merged.nameVi).toBe('Sở Y tế và Dân số');
    const old = (await expectOk<Agency[]>('agencies.list', { provinceId: 'vn-son-la', includeArchived: true })).find((a) => a.nameVi === 'Sở Y tế')!;
    await expectRefused('tracking.assign', { clauseId: tasks[0], side: 'VN', agencyId: old.id, role: 'lead' }, 'agency_archived');
  });
});

describe('agency lists', () => {
  it('are seeded per province, editable, and keep history through renames and merges', async () => {
    const sonLa = await expectOk<Agency[]>('agencies.list', { provinceId: 'vn-son-la' });
    expect(sonLa.length).toBeGreaterThanOrEqual(15);
    const houaphanh = await expectOk<Agency[]>('agencies.list', { provinceId: 'la-houaphanh' });
    expect(houaphanh.every((a) => a.country === 'LA' && a.nameLoNeedsReview)).toBe(true);
    expect(houaphanh.map((a) => a.nameLo)).toContain('ພະແນກການຕ່າງປະເທດແຂວງ');

    const added = await expectOk<Agency>('agencies.add', { provinceId: 'vn-son-la', nameVi: 'Ban Dân tộc tỉnh', nameLo: '' });
    await expectRefused('agencies.add', { provinceId: 'vn-son-la', nameVi: 'ban dân tộc tỉnh', nameLo: '' }, 'duplicate_name');
    await expectRefused('agencies.add', { provinceId: 'vn-son-la', nameVi: '   ', nameLo: '' }, 'required');
    const renamed = await expectOk<Agency>('agencies.update', { id: added.id, nameVi: 'Sở Dân tộc và Tôn giáo' });
    expect(renamed.nameVi).toBe('Sở Dân tộc và Tôn giáo');
    const history = backend.db
      .prepare("SELECT old_value, new_value FROM change_log WHERE entity = 'agencies' AND entity_id = ? AND field = 'name_vi' AND op = 'update'")
      .all(added.id);
    expect(history).toEqual([{ old_value: 'Ban Dân tộc tỉnh', new_value: 'Sở Dân tộc và Tôn giáo' }]);
  });

  it('moves clause assignments to the successor on a merge and refuses to remove an agency in use', async () => {
    const trade = await agencyOf('vn-son-la', 'Sở Công Thương');
    const finance = await agencyOf('vn-son-la', 'Sở Tài chính');
    await expectOk('tracking.assign', { clauseId: tasks[0], side: 'VN', agencyId: trade.id, role: 'lead' });
    await expectRefused('agencies.remove', { id: trade.id }, 'agency_in_use');

    const merged = await expectOk<Agency>('agencies.merge', { sourceIds: [trade.id], into: { agencyId: finance.id }, on: '2025-03-15' });
    expect(merged.clauseCount).toBe(1);
    const tracking = await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0] });
    expect(tracking.agencies.map((a) => [a.agencyId, a.role])).toEqual([[finance.id, 'lead']]);
    const old = (await expectOk<Agency[]>('agencies.list', { provinceId: 'vn-son-la', includeArchived: true })).find((a) => a.id === trade.id)!;
    expect(old).toMatchObject({ archived: true, successorId: finance.id, validTo: '2025-03-15', clauseCount: 0 });

    const unused = await agencyOf('vn-son-la', 'Sở Khoa học và Công nghệ');
    await expectOk('agencies.remove', { id: unused.id });
    expect((await expectOk<Agency[]>('agencies.list', { provinceId: 'vn-son-la' })).some((a) => a.id === unused.id)).toBe(false);
    expect(backend.db.prepare('SELECT archived_at FROM agencies WHERE id = ?').get(unused.id)).toMatchObject({ archived_at: expect.any(String) });
  });
});

describe('indicators and the progress log', () => {
  async function withIndicator(mode: 'latest' | 'sum' = 'sum'): Promise<ClauseTracking> {
    const catalogue = await expectOk<{ id: string; code: string; unitVi: string; nameVi: string }[]>('indicators.list', {});
    const students = catalogue.find((i) => i.code === 'students')!;
    return expectOk<ClauseTracking>('tracking.addIndicator', {
      clauseId: tasks[0],
      indicatorId: students.id,
      nameVi: students.nameVi,
      nameLo: '',
      unit: students.unitVi,
      target: 100,
      mode,
    });
  }

  it('sums reported values into the actual of a "sum" indicator; a correction supersedes an entry and both are kept', async () => {
    const tracking = await withIndicator();
    const indicator = tracking.indicators[0]!;
    expect(indicator).toMatchObject({ target: 100, actual: null, unit: 'lưu học sinh' });
    const first = await expectOk<ClauseTracking>('progress.add', {
      clauseId: tasks[0],
      entryDate: '2025-03-30',
      author: 'Nguyễn Văn A',
      textVi: 'Tiếp nhận đợt 1.',
      textLo: '',
      values: [{ clauseIndicatorId: indicator.id, value: 40, unit: 'lưu học sinh' }],
    });
    expect(first.status).toBe('in_progress');
    await expectOk('progress.add', {
      clauseId: tasks[0],
      entryDate: '2025-03-31',
      author: '',
      textVi: 'Tiếp nhận đợt 2.',
      textLo: 'ຮັບເອົາຮອບທີ 2.',
      values: [{ clauseIndicatorId: indicator.id, value: 25, unit: 'lưu học sinh', note: '' }],
    });
    const entryToFix = first.progress[0]!.id;
    const corrected = await expectOk<ClauseTracking>('progress.add', {
      clauseId: tasks[0],
      entryDate: '2025-03-30',
      author: 'Nguyễn Văn A',
      textVi: 'Tiếp nhận đợt 1 (đính chính số liệu).',
      textLo: '',
      values: [{ clauseIndicatorId: indicator.id, value: 45, unit: 'lưu học sinh' }],
      supersedes: entryToFix,
    });
    expect(corrected.indicators[0]!.actual).toBe(70);
    expect(corrected.progress).toHaveLength(3);
    expect(corrected.progress.find((e) => e.id === entryToFix)!.supersededBy).toBe(corrected.progress.find((e) => e.supersedes === entryToFix)!.id);
    await expectRefused(
      'progress.add',
      { clauseId: tasks[0], entryDate: '2025-03-30', author: '', textVi: 'Lần hai', textLo: '', supersedes: entryToFix },
      'already_superseded',
    );
  });

  it('refuses negative, non-numeric, wrong-unit and unknown values, future dates and empty entries, changing nothing', async () => {
    const indicator = (await withIndicator()).indicators[0]!;
    const entry = (values: unknown[], extra: Record<string, unknown> = {}) => ({ clauseId: tasks[0], entryDate: '2025-03-30', author: '', textVi: 'x', textLo: '', values, ...extra });
    await expectRefused('progress.add', entry([{ clauseIndicatorId: indicator.id, value: -1, unit: 'lưu học sinh' }]), 'negative_value', 'E_INVALID_INPUT', 'values.0.value');
    await expectRefused('progress.add', entry([{ clauseIndicatorId: indicator.id, value: 'nhiều', unit: 'lưu học sinh' }]), 'not_a_number', 'E_INVALID_INPUT', 'values.0.value');
    const wrongUnit = await expectRefused('progress.add', entry([{ clauseIndicatorId: indicator.id, value: 3, unit: 'tỷ đồng' }]), 'unit_mismatch');
    expect(wrongUnit.issues?.[0]?.params).toMatchObject({ unit: 'tỷ đồng', expected: 'lưu học sinh' });
    await expectRefused('progress.add', entry([{ clauseIndicatorId: tasks[1], value: 3, unit: 'lưu học sinh' }]), 'unknown_indicator');
    await expectRefused('progress.add', entry([], { entryDate: '2025-04-02' }), 'date_in_future');
    await expectRefused('progress.add', entry([], { textVi: '' }), 'required');
    await expectRefused('progress.add', entry([], { evidenceTokens: ['00000000-0000-4000-8000-000000000000'] }), 'unknown_evidence');
  });

  it('keeps the log append-only: no channel changes an entry and the database refuses it too', async () => {
    const indicator = (await withIndicator()).indicators[0]!;
    writeFileSync(tmp.file('anh.png'), 'png');
    platform.files = [tmp.file('anh.png')];
    const picked = await expectOk<{ files: { token: string }[] }>('evidence.pick', {});
    await expectOk('progress.add', {
      clauseId: tasks[0],
      entryDate: '2025-03-30',
      author: '',
      textVi: 'Ghi nhận.',
      textLo: '',
      values: [{ clauseIndicatorId: indicator.id, value: 1, unit: indicator.unit }],
      evidenceTokens: [picked.files[0]!.token],
    });
    expect(Object.keys(backend.api).filter((c) => /^progress\.(update|delete|remove|edit)/u.test(c))).toEqual([]);
    const before = fingerprint(backend.db);
    expect(() => backend.db.prepare("UPDATE progress_entries SET text_vi = 'sửa'").run()).toThrow(/append-only/u);
    expect(() => backend.db.prepare('DELETE FROM progress_entries').run()).toThrow(/append-only/u);
    expect(() => backend.db.prepare('DELETE FROM progress_values').run()).toThrow(/append-only/u);
    expect(() => backend.db.prepare("UPDATE progress_values SET value = 2").run()).toThrow(/append-only/u);
    expect(() => backend.db.prepare('DELETE FROM evidence_files').run()).toThrow(/append-only/u);
    expect(() => backend.db.prepare("UPDATE evidence_files SET file_name = 'x'").run()).toThrow(/append-only/u);
    expect(fingerprint(backend.db)).toBe(before);
  });
});

describe('evidence files', () => {
  it('stores a picked file in the database with its entry and opens it with the system viewer', async () => {
    const scan = tmp.file('cong-van.pdf');
    const content = '%PDF-1.4\n% Công văn số 12\n';
    writeFileSync(scan, content);
    const size = Buffer.byteLength(content);
    platform.files = [scan];
    const picked = await expectOk<{ canceled: boolean; files: { token: string; fileName: string; size: number; mediaType: string }[] }>('evidence.pick', {});
    expect(picked.files).toEqual([{ token: expect.any(String), fileName: 'cong-van.pdf', size, mediaType: 'application/pdf' }]);
    const tracking = await expectOk<ClauseTracking>('progress.add', {
      clauseId: tasks[0],
      entryDate: '2025-03-30',
      author: '',
      textVi: 'Đã có công văn.',
      textLo: '',
      evidenceTokens: [picked.files[0]!.token],
    });
    const evidence = tracking.progress[0]!.evidence[0]!;
    expect(evidence).toMatchObject({ fileName: 'cong-van.pdf', size });
    const logged = backend.db.prepare("SELECT group_concat(new_value, '|') AS v FROM change_log WHERE entity = 'evidence_files'").get() as { v: string };
    expect(logged.v).not.toContain('PDF-1.4');

    await expectOk('evidence.open', { id: evidence.id });
    expect(platform.opened).toHaveLength(1);
    expect(platform.opened[0]).toMatch(/cong-van\.pdf$/u);
    // A token is used once.
    await expectRefused('progress.add', { clauseId: tasks[0], entryDate: '2025-03-30', author: '', textVi: 'x', textLo: '', evidenceTokens: [picked.files[0]!.token] }, 'unknown_evidence');
  });

  it('refuses a folder, a file that is too large or unreadable, with the file named', async () => {
    const folder = tmp.file('a-folder');
    mkdirSync(folder);
    platform.files = [folder];
    const dir = await call('evidence.pick', {});
    expect(dir).toMatchObject({ ok: false, issues: [{ code: 'not_a_file', params: { fileName: 'a-folder' } }] });

    const big = tmp.file('video.mp4');
    writeFileSync(big, Buffer.alloc(25 * 1024 * 1024 + 1));
    platform.files = [big];
    const tooBig = await call('evidence.pick', {});
    expect(tooBig).toMatchObject({ ok: false, issues: [{ code: 'file_too_large', params: { fileName: 'video.mp4', max: 25 } }] });

    platform.files = [tmp.file('missing.pdf')];
    expect(await call('evidence.pick', {})).toMatchObject({ ok: false, issues: [{ code: 'file_unreadable' }] });

    platform.cancel = true;
    expect(await expectOk('evidence.pick', {})).toEqual({ canceled: true, files: [] });
  });
});
