/**
 * Issue 11: figures an office can sign off — indicator value modes and directions, dated status changes,
 * nothing before signing (API and CLI), "as of" views, carry-over that keeps its assignments, report settings.
 * Real SQLite file per test, through the real dispatch; refusals leave the database byte-for-byte unchanged.
 */
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../../db/clock';
import { runCli } from '../../../db/cli/main';
import type { Agency, ClauseTracking, Dashboard, DueList, TrackingRow } from '../../../shared/contract/features/followup';
import type { ReportSettings } from '../../../shared/contract/features/settings';
import type { AppInfo, DocumentDetail, DocumentSummary } from '../../../shared/contract/schemas';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { apiHelpers } from '../../helpers/api';
import { fingerprint, validCreateRequest } from '../../helpers/db';

let now = new Date('2025-12-15T09:00:00');
const clock: Clock = { now: () => now };
let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let docId: string;
let tasks: string[];
const { expectOk, expectRefused, fillAndSign } = apiHelpers(() => backend);

async function signedMinutes(meetingDate: string, partner = 'la-houaphanh'): Promise<{ id: string; tasks: string[] }> {
  const doc = await expectOk<DocumentSummary>(
    'documents.create',
    validCreateRequest({ templateId: 'builtin-minutes-v1', ourProvinceId: 'vn-son-la', partnerProvinceIds: [partner], meetingDate, titleVi: `Biên bản hội đàm ${meetingDate}` }),
  );
  await fillAndSign(doc.id, meetingDate);
  const detail = await expectOk<DocumentDetail>('documents.get', { id: doc.id });
  const all = detail.sections.filter((s) => s.part === 'tasks').flatMap((s) => s.clauses);
  return { id: doc.id, tasks: all.filter((c) => !all.some((k) => k.parentId === c.id)).map((c) => c.id) };
}

async function indicator(clauseId: string, extra: Record<string, unknown>): Promise<ClauseTracking['indicators'][number]> {
  const tracking = await expectOk<ClauseTracking>('tracking.addIndicator', { clauseId, nameVi: 'Lưu học sinh tiếp nhận', nameLo: '', unit: 'người', ...extra });
  return tracking.indicators.at(-1)!;
}

const report = (clauseId: string, entryDate: string, values: { id: string; value: number; unit?: string }[], extra: Record<string, unknown> = {}) =>
  expectOk<ClauseTracking>('progress.add', {
    clauseId,
    entryDate,
    author: '',
    textVi: `Báo cáo ngày ${entryDate}`,
    textLo: '',
    values: values.map((v) => ({ clauseIndicatorId: v.id, value: v.value, unit: v.unit ?? 'người' })),
    ...extra,
  });

beforeEach(async () => {
  now = new Date('2025-12-15T09:00:00');
  tmp = tempDir();
  backend = startBackend(tmp.file('hoptac.sqlite'), { clock });
  const doc = await signedMinutes('2025-03-10');
  docId = doc.id;
  tasks = doc.tasks;
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

describe('indicator value modes', () => {
  it('"latest": the latest report is the running total; "sum": each report adds; corrections respected; no report → null', async () => {
    const running = await indicator(tasks[0]!, { target: 120 });
    expect(running).toMatchObject({ mode: 'latest', direction: 'at_least', current: null, actual: null, ratio: null, progress: null, met: null });
    await report(tasks[0]!, '2025-04-01', [{ id: running.id, value: 45 }]);
    const second = await report(tasks[0]!, '2025-06-01', [{ id: running.id, value: 80 }]);
    expect(second.indicators[0]).toMatchObject({ current: 80, actual: 80, lastReportedOn: '2025-06-01', met: false });
    expect(second.indicators[0]!.ratio).toBeCloseTo(80 / 120);

    const perReport = await indicator(tasks[1]!, { nameVi: 'Đoàn công tác', unit: 'đoàn', target: 4, mode: 'sum' });
    await report(tasks[1]!, '2025-04-01', [{ id: perReport.id, value: 1, unit: 'đoàn' }]);
    const added = await report(tasks[1]!, '2025-05-01', [{ id: perReport.id, value: 2, unit: 'đoàn' }]);
    expect(added.indicators[0]).toMatchObject({ current: 3, met: false });
    // A correction of the first report replaces its value (1 → 2) from the correction's date on.
    const first = added.progress.find((e) => e.entryDate === '2025-04-01')!;
    const corrected = await report(tasks[1]!, '2025-05-20', [{ id: perReport.id, value: 2, unit: 'đoàn' }], { supersedes: first.id });
    expect(corrected.indicators[0]).toMatchObject({ current: 4, met: true, progress: 1 });
    const before = await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[1], asOf: '2025-05-10' });
    expect(before.indicators[0]!.current).toBe(3);

    // Switching the running-total indicator to "sum" changes how the same reports combine.
    const switched = await expectOk<ClauseTracking>('tracking.updateIndicator', { id: running.id, mode: 'sum' });
    expect(switched.indicators[0]).toMatchObject({ mode: 'sum', current: 125, met: true });
  });
});

describe('indicator directions', () => {
  it('"at least", "at most" ("tối đa") and "exactly" decide whether the target is met; a target of 0 works', async () => {
    const floor = await indicator(tasks[0]!, { target: 10 });
    const ceiling = await indicator(tasks[0]!, { nameVi: 'Thời gian giải quyết thủ tục', unit: 'ngày', target: 3, direction: 'at_most' });
    const none = await indicator(tasks[0]!, { nameVi: 'Vụ việc phát sinh mới', unit: 'vụ', target: 0, direction: 'exactly' });
    const zeroFloor = await indicator(tasks[0]!, { nameVi: 'Hội nghị', unit: 'hội nghị', target: 0 });
    const after = await report(tasks[0]!, '2025-05-01', [
      { id: floor.id, value: 10 },
      { id: ceiling.id, value: 2, unit: 'ngày' },
      { id: none.id, value: 0, unit: 'vụ' },
      { id: zeroFloor.id, value: 0, unit: 'hội nghị' },
    ]);
    const byName = (name: string) => after.indicators.find((i) => i.nameVi === name)!;
    expect(byName('Lưu học sinh tiếp nhận')).toMatchObject({ met: true, progress: 1 });
    expect(byName('Thời gian giải quyết thủ tục')).toMatchObject({ direction: 'at_most', met: true, progress: 1 });
    expect(byName('Vụ việc phát sinh mới')).toMatchObject({ direction: 'exactly', target: 0, current: 0, met: true, ratio: null });
    expect(byName('Hội nghị')).toMatchObject({ target: 0, current: 0, met: true });

    const worse = await report(tasks[0]!, '2025-06-01', [
      { id: ceiling.id, value: 6, unit: 'ngày' },
      { id: none.id, value: 2, unit: 'vụ' },
    ]);
    expect(worse.indicators.find((i) => i.id === ceiling.id)).toMatchObject({ met: false, progress: 0.5, current: 6 });
    expect(worse.indicators.find((i) => i.id === none.id)).toMatchObject({ met: false, progress: 0 });
  });

  it('refuses an "at most" or "exactly" target without a number, a negative value and a value in another unit, changing nothing', async () => {
    await expectRefused('tracking.addIndicator', { clauseId: tasks[0], nameVi: 'Thời gian', nameLo: '', unit: 'ngày', direction: 'at_most' }, 'target_required', 'E_INVALID_INPUT', 'target');
    await expectRefused('tracking.addIndicator', { clauseId: tasks[0], nameVi: 'Vụ việc', nameLo: '', unit: 'vụ', direction: 'exactly', target: null }, 'target_required');
    const open = await indicator(tasks[0]!, { nameVi: 'Thời gian', unit: 'ngày' });
    await expectRefused('tracking.updateIndicator', { id: open.id, direction: 'at_most' }, 'target_required', 'E_INVALID_INPUT', 'target');
    const entry = (value: number, unit: string) => ({ clauseId: tasks[0], entryDate: '2025-05-01', author: '', textVi: 'x', textLo: '', values: [{ clauseIndicatorId: open.id, value, unit }] });
    await expectRefused('progress.add', entry(-2, 'ngày'), 'negative_value');
    await expectRefused('progress.add', entry(2, 'tháng'), 'unit_mismatch');
  });

  it('tells two indicators of the same name apart by their clause number', async () => {
    await indicator(tasks[0]!, { target: 10 });
    const second = await expectOk<ClauseTracking>('tracking.addIndicator', { clauseId: tasks[1], nameVi: 'Lưu học sinh tiếp nhận', nameLo: '', unit: 'người' });
    const first = await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0] });
    expect(first.indicators[0]!.labelVi).toBe(`Lưu học sinh tiếp nhận (${first.label})`);
    expect(second.indicators[0]!.labelVi).toBe(`Lưu học sinh tiếp nhận (${second.label})`);
    expect(first.label).not.toBe(second.label);
    const unique = await expectOk<ClauseTracking>('tracking.addIndicator', { clauseId: tasks[2], nameVi: 'Hội nghị', nameLo: '', unit: 'hội nghị' });
    expect(unique.indicators[0]!.labelVi).toBe('Hội nghị');
  });
});

describe('dated status changes and nothing before signing', () => {
  it('records "done" on the day it happened (back-dated), replays the history as of any day', async () => {
    await expectOk('tracking.setStatus', { clauseId: tasks[0], status: 'in_progress', on: '2025-04-02' });
    const done = await expectOk<ClauseTracking>('tracking.setStatus', { clauseId: tasks[0], status: 'done', on: '2025-08-20', noteVi: 'Đã hoàn thành.' });
    expect(done).toMatchObject({ status: 'done', doneOn: '2025-08-20', statusChangedOn: '2025-08-20' });
    expect(await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0], asOf: '2025-06-01' })).toMatchObject({ status: 'in_progress', doneOn: null, asOf: '2025-06-01' });
    expect(await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0], asOf: '2025-03-20' })).toMatchObject({ status: 'not_started' });
    // A change dated before the last one is refused: the log replays in date order.
    await expectRefused('tracking.setStatus', { clauseId: tasks[0], status: 'in_progress', on: '2025-08-01' }, 'status_before_last_change', 'E_INVALID_INPUT', 'on');
  });

  it('refuses a status change or a progress entry dated before signing or in the future, changing nothing', async () => {
    const before = await expectRefused('tracking.setStatus', { clauseId: tasks[0], status: 'done', on: '2025-03-09' }, 'date_before_signing', 'E_INVALID_INPUT', 'on');
    expect(before.issues?.[0]?.params).toEqual({ signedOn: '10/03/2025' });
    await expectRefused('tracking.setStatus', { clauseId: tasks[0], status: 'done', on: '2025-12-16' }, 'date_in_future');
    const entry = (entryDate: string) => ({ clauseId: tasks[0], entryDate, author: '', textVi: 'Báo cáo', textLo: '' });
    await expectRefused('progress.add', entry('2025-01-31'), 'date_before_signing', 'E_INVALID_INPUT', 'entryDate');
    await expectRefused('progress.add', entry('2026-01-01'), 'date_in_future');
    await expectOk('progress.add', entry('2025-03-10'));
  });

  it('refuses the same from the command line, in the UI language, with the file unchanged', async () => {
    backend.close();
    const file = tmp.file('hoptac.sqlite');
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const untouched = startBackend(file, { clock });
    const before = fingerprint(untouched.db);
    untouched.close();
    const payload = JSON.stringify({ clauseId: tasks[0], entryDate: '2025-02-01', author: '', textVi: 'Trước khi ký', textLo: '' });
    expect(await runCli(['call', 'progress.add', payload, '--db', file], io)).toBe(1);
    expect(err.join('\n')).toContain('Ngày này trước ngày ký văn kiện (10/03/2025)');
    expect(await runCli(['call', 'tracking.setStatus', JSON.stringify({ clauseId: tasks[0], status: 'done', on: '2025-01-01' }), '--db', file, '--lang', 'en'], io)).toBe(1);
    expect(err.join('\n')).toContain('before the document was signed (10/03/2025)');
    backend = startBackend(file, { clock });
    expect(fingerprint(backend.db)).toBe(before);
  });

  it('attaches evidence files from the command line with the app’s limits', async () => {
    backend.close();
    const file = tmp.file('hoptac.sqlite');
    writeFileSync(tmp.file('bien-ban.pdf'), '%PDF-1.4 test');
    const io = { out: () => undefined, err: () => undefined };
    const payload = { clauseId: tasks[0], entryDate: '2025-05-01', author: 'CLI', textVi: 'Có biên bản.', textLo: '', evidenceFiles: [tmp.file('bien-ban.pdf')] };
    expect(await runCli(['call', 'progress.add', JSON.stringify(payload), '--db', file], io)).toBe(0);
    expect(await runCli(['call', 'progress.add', JSON.stringify({ ...payload, evidenceFiles: [tmp.dir] }), '--db', file], io)).toBe(1);
    backend = startBackend(file, { clock });
    const tracking = await expectOk<ClauseTracking>('tracking.get', { clauseId: tasks[0] });
    expect(tracking.progress.flatMap((e) => e.evidence.map((f) => f.fileName))).toEqual(['bien-ban.pdf']);
  });
});

describe('as of a date', () => {
  it('computes statuses, lateness, figures and the last report as of the day; entries after it are ignored', async () => {
    const [late, finished, reported] = tasks;
    await expectOk('tracking.setDeadline', { clauseId: late, deadline: { kind: 'date', date: '2025-06-30' } });
    await expectOk('tracking.setDeadline', { clauseId: finished, deadline: { kind: 'date', date: '2025-09-30' } });
    await expectOk('tracking.setStatus', { clauseId: finished, status: 'done', on: '2025-10-15' });
    const students = await indicator(reported!, { target: 100 });
    await report(reported!, '2025-05-01', [{ id: students.id, value: 40 }]);
    await report(reported!, '2025-11-01', [{ id: students.id, value: 90 }]);

    const rows = async (asOf?: string) =>
      (await expectOk<{ asOf: string; rows: TrackingRow[] }>('followup.clauses', { filters: { documentIds: [docId] }, limit: 1000, ...(asOf ? { asOf } : {}) })).rows;
    const today = await rows();
    expect(today.find((r) => r.clauseId === late)).toMatchObject({ effectiveStatus: 'delayed', daysOverdue: 168 });
    expect(today.find((r) => r.clauseId === finished)).toMatchObject({ effectiveStatus: 'done', daysOverdue: null });
    expect(today.find((r) => r.clauseId === reported)).toMatchObject({ lastProgressDate: '2025-11-01', daysSinceLastReport: 44 });

    const august = await rows('2025-08-15');
    expect(august.find((r) => r.clauseId === late)).toMatchObject({ effectiveStatus: 'delayed', daysOverdue: 46 });
    expect(august.find((r) => r.clauseId === finished)).toMatchObject({ status: 'not_started', effectiveStatus: 'not_started' });
    expect(august.find((r) => r.clauseId === reported)).toMatchObject({ lastProgressDate: '2025-05-01', daysSinceLastReport: 106, status: 'in_progress' });
    const october = await rows('2025-10-05');
    expect(october.find((r) => r.clauseId === finished)).toMatchObject({ effectiveStatus: 'delayed', daysOverdue: 5 });

    const june = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'sector', asOf: '2025-06-01', filters: { documentIds: [docId] } });
    expect(june).toMatchObject({ asOf: '2025-06-01', today: '2025-12-15' });
    expect(june.totals.counts.delayed).toBe(0);
    expect(june.totals.counts.done).toBe(0);
    expect(june.indicators[0]).toMatchObject({ actual: 40, target: 100, reported: 1, met: 0 });
    const december = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'sector', filters: { documentIds: [docId] } });
    expect(december.totals.counts).toMatchObject({ delayed: 1, done: 1 });
    expect(december.indicators[0]).toMatchObject({ actual: 90 });

    const due = await expectOk<DueList>('followup.due', { asOf: '2025-07-10' });
    expect(due).toMatchObject({ asOf: '2025-07-10', overdue: 1, dueSoon: 0 });
    expect(due.rows[0]).toMatchObject({ clauseId: late, daysOverdue: 10 });
    // Before the document was met, it is not counted at all.
    expect((await expectOk<Dashboard>('followup.dashboard', { groupBy: 'year', asOf: '2025-01-01' })).totals.total).toBe(0);
  });

  it('refuses an as-of date that is not a real date, or before the document’s date', async () => {
    await expectRefused('followup.dashboard', { groupBy: 'sector', asOf: '2025-02-30' }, 'invalid_date', 'E_INVALID_INPUT', 'asOf');
    await expectRefused('followup.due', { asOf: '15/12/2025' }, 'invalid_date');
    const refused = await expectRefused('followup.clauses', { filters: { documentIds: [docId] }, asOf: '2025-03-01' }, 'as_of_before_document', 'E_INVALID_INPUT', 'asOf');
    expect(refused.issues?.[0]?.params).toEqual({ date: '10/03/2025' });
    await expectRefused('tracking.get', { clauseId: tasks[0], asOf: '2024-12-31' }, 'as_of_before_document');
  });

  it('takes today from the backend clock (app.info)', async () => {
    expect(await expectOk<AppInfo>('app.info', {})).toMatchObject({ today: '2025-12-15' });
  });
});

describe('carry-over keeps the work attached', () => {
  it('keeps agencies on both sides, indicators with the remaining target, moved deadlines; the origin keeps its figures', async () => {
    const [carried, done, cleared] = tasks;
    const agencies = async (province: string) => expectOk<Agency[]>('agencies.list', { provinceId: province });
    const vn = await agencies('vn-son-la');
    const la = await agencies('la-houaphanh');
    await expectOk('tracking.assign', { clauseId: carried, side: 'VN', agencyId: vn.find((a) => a.nameVi === 'Sở Công Thương')!.id, role: 'lead' });
    await expectOk('tracking.assign', { clauseId: carried, side: 'VN', agencyId: vn.find((a) => a.nameVi === 'Sở Ngoại vụ')!.id, role: 'support' });
    await expectOk('tracking.assign', { clauseId: carried, side: 'LA', agencyId: la[0]!.id, role: 'lead' });
    await expectOk('tracking.setDeadline', { clauseId: carried, deadline: { kind: 'date', date: '2025-09-30' } });
    const delegations = await indicator(carried!, { nameVi: 'Đoàn công tác', unit: 'đoàn', target: 10, mode: 'sum' });
    const students = await indicator(carried!, { target: 120 });
    await indicator(carried!, { nameVi: 'Thời gian', unit: 'ngày', target: 3, direction: 'at_most' });
    await report(carried!, '2025-05-01', [
      { id: delegations.id, value: 4, unit: 'đoàn' },
      { id: students.id, value: 45 },
    ]);
    await expectOk('tracking.setStatus', { clauseId: done, status: 'done', on: '2025-06-01' });
    await expectOk('tracking.setDeadline', { clauseId: cleared, deadline: { kind: 'year', year: 2025 } });
    const beforeBoard = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'sector', filters: { documentIds: [docId] } });

    const next = await expectOk<DocumentSummary>('documents.carryOver', { documentId: docId, meetingDate: '2026-03-12' });
    const detail = await expectOk<DocumentDetail>('documents.get', { id: next.id });
    const successorIn = (documentId: string, origin: string) =>
      backend.db.prepare('SELECT id FROM clauses WHERE document_id = ? AND predecessor_clause_id = ?').get(documentId, origin) as { id: string } | undefined;
    const successorOf = (origin: string) => successorIn(next.id, origin)!;
    await fillAndSign(next.id, '2026-03-12');
    now = new Date('2026-03-20T09:00:00');
    const successor = await expectOk<ClauseTracking>('tracking.get', { clauseId: successorOf(carried!).id });
    expect(successor.agencies.map((a) => [a.side, a.role, a.nameVi])).toEqual([
      ['VN', 'lead', 'Sở Công Thương'],
      ['VN', 'support', 'Sở Ngoại vụ'],
      ['LA', 'lead', la[0]!.nameVi],
    ]);
    expect(successor.indicators.map((i) => [i.nameVi, i.mode, i.direction, i.target, i.current])).toEqual([
      ['Đoàn công tác', 'sum', 'at_least', 6, null],
      ['Lưu học sinh tiếp nhận', 'latest', 'at_least', 120, null],
      ['Thời gian', 'latest', 'at_most', 3, null],
    ]);
    expect(successor.deadline).toEqual({ kind: 'date', date: '2026-09-30' });
    expect((await expectOk<ClauseTracking>('tracking.get', { clauseId: successorOf(cleared!).id })).deadline).toEqual({ kind: 'year', year: 2026 });
    expect(successorIn(next.id, done!)).toBeUndefined();
    // Sections keep the origin's order; those left empty are not copied.
    expect(detail.sections.every((s) => s.clauses.length > 0)).toBe(true);
    const positions = detail.sections.map((s) => s.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    // The origin keeps its own status and figures, with the mark.
    const origin = await expectOk<ClauseTracking>('tracking.get', { clauseId: carried });
    expect(origin).toMatchObject({ status: 'in_progress', effectiveStatus: 'delayed', carriedOverTo: { documentId: next.id } });
    now = new Date('2025-12-15T09:00:00');
    const afterBoard = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'sector', filters: { documentIds: [docId] } });
    expect(afterBoard.totals).toEqual(beforeBoard.totals);
    // …and is no longer in "Cần xử lý": it continues in the new document.
    expect((await expectOk<DueList>('followup.due', {})).rows.map((r) => r.clauseId)).not.toContain(carried);

    // The other choice clears the deadlines.
    const clearedDraft = await expectOk<DocumentSummary>('documents.carryOver', { documentId: docId, meetingDate: '2026-04-01', deadlines: 'clear' });
    const clearedTask = successorIn(clearedDraft.id, carried!)!;
    const row = backend.db.prepare('SELECT count(*) AS n FROM clause_tracking WHERE id = ?').get(clearedTask.id) as { n: number };
    expect(row.n).toBe(0);
  });
});

describe('report settings', () => {
  it('are filled once, kept, change-logged, and refused when too long', async () => {
    expect(await expectOk<ReportSettings>('settings.get', {})).toMatchObject({ issuingBodyVi: [], numberSymbol: '' });
    const saved = await expectOk<ReportSettings>('settings.update', { issuingBodyVi: ['UBND TỈNH SƠN LA', 'SỞ NGOẠI VỤ'], numberSymbol: 'SNgV', signerTitleVi: ['GIÁM ĐỐC'] });
    expect(saved).toMatchObject({ issuingBodyVi: ['UBND TỈNH SƠN LA', 'SỞ NGOẠI VỤ'], numberSymbol: 'SNgV', signerNameVi: '' });
    await expectOk('settings.update', { signerNameVi: 'Nguyễn Văn A' });
    expect(await expectOk<ReportSettings>('settings.get', {})).toMatchObject({ numberSymbol: 'SNgV', signerNameVi: 'Nguyễn Văn A' });
    const logged = backend.db.prepare("SELECT count(*) AS n FROM change_log WHERE entity = 'settings'").get() as { n: number };
    expect(logged.n).toBe(2);
    await expectRefused('settings.update', { numberSymbol: 'x'.repeat(41) }, 'too_long');
  });
});

describe('per-document follow-up summaries', () => {
  it('hold exactly the facts computed from the rows, after writes of every kind', async () => {
    const { loadDocumentFacts } = await import('../../../db/repositories/followup-facts');
    const { decodeDocumentFacts, encodeDocumentFacts } = await import('../../../db/repositories/followup-summaries');
    await expectOk('documents.createSample', {});
    const students = await indicator(tasks[0]!, { target: 100 });
    await report(tasks[0]!, '2025-04-01', [{ id: students.id, value: 40 }]);
    await expectOk('tracking.setStatus', { clauseId: tasks[1], status: 'done', on: '2025-05-01' });
    await expectOk('documents.carryOver', { documentId: docId, meetingDate: '2026-03-01' });
    expect((backend.db.prepare('SELECT count(*) AS n FROM followup_dirty').get() as { n: number }).n).toBe(0);
    const agencies = backend.db.prepare('SELECT rowid, id FROM agencies').raw().all() as [number, string][];
    const byRowid = new Map(agencies);
    const byId = new Map(agencies.map(([rowid, id]) => [id, rowid]));
    const stored = backend.db.prepare('SELECT document_id, facts_json FROM followup_document_facts ORDER BY document_id').raw().all() as [string, string][];
    const fresh = loadDocumentFacts(backend.db, stored.map(([id]) => id));
    expect(stored.map(([, json]) => decodeDocumentFacts(json, byRowid))).toEqual(fresh);
    for (const document of fresh) expect(decodeDocumentFacts(encodeDocumentFacts(document, byId), byRowid)).toEqual(document);
  });
});
