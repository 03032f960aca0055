import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../../db/clock';
import type { Agency, Dashboard, DueList, TrackingRow } from '../../../shared/contract/features/followup';
import type { DocumentDetail, DocumentSummary } from '../../../shared/contract/schemas';
import { effectiveStatus, type TrackingStatus } from '../../../shared/followup/status';
import { openDatabase } from '../../../db/open';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { fakePlatform, type FakePlatform } from '../../harness/platform';
import { apiHelpers } from '../../helpers/api';
import { fingerprint, validCreateRequest } from '../../helpers/db';

let now = new Date('2025-06-01T09:00:00');
const clock: Clock = { now: () => now };
let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let platform: FakePlatform;

const { expectOk, expectRefused, fillAndSign } = apiHelpers(() => backend);

const NORTHERN_LAO = ['la-houaphanh', 'la-luang-prabang', 'la-oudomxay', 'la-phongsaly', 'la-luang-namtha', 'la-xiangkhouang', 'la-bokeo', 'la-sainyabuli', 'la-xaisomboun'];

/** A signed minutes of Sơn La with one partner, from the built-in template; returns its task clause ids. */
async function signedMinutes(partner: string, meetingDate: string): Promise<{ id: string; tasks: string[] }> {
  const doc = await expectOk<DocumentSummary>(
    'documents.create',
    validCreateRequest({ templateId: 'builtin-minutes-v1', ourProvinceId: 'vn-son-la', partnerProvinceIds: [partner], meetingDate, titleVi: `Biên bản hội đàm với ${partner} ${meetingDate}` }),
  );
  await fillAndSign(doc.id, meetingDate);
  const detail = await expectOk<DocumentDetail>('documents.get', { id: doc.id });
  const all = detail.sections.filter((s) => s.part === 'tasks').flatMap((s) => s.clauses);
  const leaves = all.filter((c) => !all.some((k) => k.parentId === c.id)).map((c) => c.id);
  return { id: doc.id, tasks: leaves };
}

beforeEach(() => {
  now = new Date('2025-06-01T09:00:00');
  tmp = tempDir();
  platform = fakePlatform(tmp.file('out'));
  backend = startBackend(tmp.file('hoptac.sqlite'), { clock, platform });
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

describe('the provincial overview', () => {
  it('shows all nine northern partners of Sơn La at a glance, and each bar drills down to exactly its clauses', async () => {
    const known = new Set((backend.db.prepare("SELECT id FROM provinces WHERE country = 'LA'").all() as { id: string }[]).map((r) => r.id));
    const partners = NORTHERN_LAO.filter((p) => known.has(p));
    expect(partners).toHaveLength(9);
    const docs = [];
    for (const partner of partners) docs.push(await signedMinutes(partner, '2025-03-10'));
    expect(docs[0]!.tasks.length).toBeGreaterThan(0);
    await expectOk('tracking.setStatus', { clauseId: docs[0]!.tasks[0], status: 'done', on: '2025-05-01' });
    await expectOk('tracking.setDeadline', { clauseId: docs[1]!.tasks[0], deadline: { kind: 'date', date: '2025-05-31' } });

    const board = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'partner' });
    expect(board.rows.map((r) => r.key).sort()).toEqual([...partners].sort());
    expect(board.rows.every((r) => r.labelVi !== '' && r.labelLo !== '')).toBe(true);
    expect(board.totals.total).toBe(docs.reduce((n, d) => n + d.tasks.length, 0));
    expect(board.totals.counts.done).toBe(1);
    expect(board.totals.counts.delayed).toBe(1);

    for (const row of board.rows) {
      const drill = await expectOk<{ total: number; rows: TrackingRow[] }>('followup.clauses', { filters: { partnerProvinceIds: [row.key] }, limit: 1000 });
      expect(drill.total).toBe(row.total);
      for (const status of ['done', 'delayed'] as const) {
        const byStatus = await expectOk<{ total: number }>('followup.clauses', { filters: { partnerProvinceIds: [row.key], statuses: [status] } });
        expect(byStatus.total).toBe(row.counts[status]);
      }
    }
    const late = await expectOk<{ rows: TrackingRow[] }>('followup.clauses', { filters: { statuses: ['delayed'] } });
    expect(late.rows.map((r) => r.clauseId)).toEqual([docs[1]!.tasks[0]]);
    expect(late.rows[0]).toMatchObject({ effectiveStatus: 'delayed', status: 'not_started', dueDate: '2025-05-31', label: expect.stringMatching(/^[IVX]+\./u) });
  });

  it('groups by sector, agency and year; filters combine', async () => {
    const a = await signedMinutes('la-houaphanh', '2024-03-10');
    const b = await signedMinutes('la-houaphanh', '2025-03-10');
    const trade = (await expectOk<Agency[]>('agencies.list', { provinceId: 'vn-son-la' })).find((x) => x.nameVi === 'Sở Công Thương')!;
    await expectOk('tracking.assign', { clauseId: b.tasks[0], side: 'VN', agencyId: trade.id, role: 'lead' });

    const years = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'year' });
    expect(years.rows.map((r) => [r.key, r.total])).toEqual([
      ['2025', b.tasks.length],
      ['2024', a.tasks.length],
    ]);
    const agencies = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'agency' });
    expect(agencies.rows.find((r) => r.key === trade.id)?.total).toBe(1);
    expect(agencies.rows.find((r) => r.key === '')?.total).toBe(a.tasks.length + b.tasks.length - 1);
    const unassigned = await expectOk<{ total: number }>('followup.clauses', { filters: { agencyIds: [''] } });
    expect(unassigned.total).toBe(a.tasks.length + b.tasks.length - 1);

    const sectors = await expectOk<Dashboard>('followup.dashboard', { groupBy: 'sector', filters: { years: [2025] } });
    expect(sectors.rows.reduce((n, r) => n + r.total, 0)).toBe(b.tasks.length);
    const combined = await expectOk<{ total: number }>('followup.clauses', { filters: { years: [2025], agencyIds: [trade.id] } });
    expect(combined.total).toBe(1);
    const none = await expectOk<{ total: number }>('followup.clauses', { filters: { years: [2024], agencyIds: [trade.id] } });
    expect(none.total).toBe(0);
  });

  it('agrees with the pure status rule on every combination of status, due date and day', async () => {
    const doc = await signedMinutes('la-houaphanh', '2025-01-10');
    // carried_over is the carry-over's mark, not a status set by hand (issue 11).
    const statuses: TrackingStatus[] = ['not_started', 'in_progress', 'done', 'dropped'];
    const dues = [null, '2025-05-31', '2025-06-01', '2025-06-02'];
    const cases = statuses.flatMap((status) => dues.map((due) => ({ status, due })));
    const clauses = doc.tasks.slice(0, cases.length);
    for (const [i, clauseId] of clauses.entries()) {
      const { status, due } = cases[i]!;
      if (due) await expectOk('tracking.setDeadline', { clauseId, deadline: { kind: 'date', date: due } });
      if (status !== 'not_started') await expectOk('tracking.setStatus', { clauseId, status, reason: 'Không còn phù hợp', on: '2025-05-01' });
    }
    const rows = (await expectOk<{ rows: TrackingRow[] }>('followup.clauses', { filters: { documentIds: [doc.id] }, limit: 1000 })).rows;
    for (const [i, clauseId] of clauses.entries()) {
      const { status, due } = cases[i]!;
      expect(rows.find((r) => r.clauseId === clauseId)!.effectiveStatus, `${status} due ${due}`).toBe(effectiveStatus(status, due, '2025-06-01'));
    }
  });
});

describe('fresh numbers after every change', () => {
  it('sees the app’s own writes at once, and a write by another process on the same file too', async () => {
    const doc = await signedMinutes('la-houaphanh', '2025-01-10');
    const count = async () => (await expectOk<Dashboard>('followup.dashboard', { groupBy: 'sector' })).totals.counts.done;
    expect(await count()).toBe(0);
    await expectOk('tracking.setStatus', { clauseId: doc.tasks[0], status: 'done', on: '2025-05-01' });
    expect(await count()).toBe(1);
    // Another process (the CLI, a second window) marks a task done straight in the file.
    const other = openDatabase(backend.dbPath);
    other.prepare("INSERT INTO clause_tracking (id, status, created_at, updated_at) VALUES (?, 'done', 'x', 'x')").run(doc.tasks[1]);
    other.close();
    expect(await count()).toBe(2);
    // A second document signed later appears in the totals.
    const second = await signedMinutes('la-bokeo', '2025-02-10');
    expect((await expectOk<Dashboard>('followup.dashboard', { groupBy: 'partner' })).rows.find((r) => r.key === 'la-bokeo')?.total).toBe(second.tasks.length);
  });
});

describe('what needs attention', () => {
  it('lists overdue clauses and those due within 30 days, per lead agency, as the clock says', async () => {
    const doc = await signedMinutes('la-houaphanh', '2025-01-10');
    const [overdue, soon, later, ongoing] = doc.tasks;
    await expectOk('tracking.setDeadline', { clauseId: overdue, deadline: { kind: 'date', date: '2025-05-15' } });
    await expectOk('tracking.setDeadline', { clauseId: soon, deadline: { kind: 'date', date: '2025-06-20' } });
    await expectOk('tracking.setDeadline', { clauseId: later, deadline: { kind: 'date', date: '2025-09-30' } });
    await expectOk('tracking.setDeadline', { clauseId: ongoing, deadline: { kind: 'ongoing' } });
    const health = (await expectOk<Agency[]>('agencies.list', { provinceId: 'vn-son-la' })).find((x) => x.nameVi === 'Sở Y tế')!;
    await expectOk('tracking.assign', { clauseId: overdue, side: 'VN', agencyId: health.id, role: 'lead' });

    const due = await expectOk<DueList>('followup.due', {});
    expect(due).toMatchObject({ today: '2025-06-01', soonUntil: '2025-07-01', overdue: 1, dueSoon: 1 });
    expect(due.rows.map((r) => r.clauseId)).toEqual([overdue, soon]);
    expect(due.byAgency.find((a) => a.agencyId === health.id)).toMatchObject({ overdue: 1, dueSoon: 0 });

    now = new Date('2025-09-15T09:00:00');
    const autumn = await expectOk<DueList>('followup.due', {});
    expect(autumn).toMatchObject({ overdue: 2, dueSoon: 1 });
    await expectOk('tracking.setStatus', { clauseId: overdue, status: 'done' });
    expect(await expectOk<DueList>('followup.due', { agencyId: health.id })).toMatchObject({ overdue: 0, dueSoon: 0 });
  });

  it('refuses bad filters without touching anything', async () => {
    await expectRefused('followup.clauses', { filters: { statuses: ['late'] } }, 'invalid');
    await expectRefused('followup.dashboard', { groupBy: 'district' }, 'invalid');
    await expectRefused('followup.due', { withinDays: 400 }, 'invalid');
    await expectRefused('followup.clauses', { filters: { years: [1800] } }, 'invalid');
  });
});

describe('Excel', () => {
  it('writes the tracking table exactly as filtered, with real dates and labels in the chosen language', async () => {
    const doc = await signedMinutes('la-houaphanh', '2025-01-10');
    await signedMinutes('la-bokeo', '2025-02-10');
    await expectOk('tracking.setDeadline', { clauseId: doc.tasks[0], deadline: { kind: 'date', date: '2025-05-15' } });
    const filters = { partnerProvinceIds: ['la-houaphanh'] };
    const { total } = await expectOk<{ total: number }>('followup.clauses', { filters });
    const saved = await expectOk<{ path: string; rows: number; canceled: boolean }>('followup.exportXlsx', { filters, language: 'vi' });
    expect(saved).toMatchObject({ canceled: false, rows: total });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved.path).buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Văn kiện');
    const lateRow = sheet.getRows(2, total)!.find((r) => r.getCell(8).value === 'Chậm tiến độ')!;
    expect(lateRow.getCell(9).value).toBeInstanceOf(Date);
    expect((lateRow.getCell(9).value as Date).toISOString().slice(0, 10)).toBe('2025-05-15');
    expect(sheet.getColumn(9).numFmt).toBe('dd/mm/yyyy');
    expect(book.worksheets[1]!.getRow(2).getCell(1).value).toBe('Tính đến ngày');
    expect(book.worksheets[1]!.getRow(4).getCell(1).value).toBe('Tỉnh bạn');

    const before = fingerprint(backend.db);
    platform.cancel = true;
    expect(await expectOk('followup.exportXlsx', { filters })).toMatchObject({ canceled: true, path: null });
    expect(fingerprint(backend.db)).toBe(before);
  });
});
