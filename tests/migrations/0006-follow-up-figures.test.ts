import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import type { ClauseTracking, Dashboard } from '../../shared/contract/features/followup';
import { startBackend, tempDir } from '../harness/backend';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const V5 = MIGRATIONS.slice(0, 5);
const at = '2025-01-01T00:00:00.000Z';

/**
 * A version-5 file as issue 6 left it: a signed 2024 document whose task c1 was carried over (status
 * "carried_over", a log entry) into a 2025 draft, after an earlier "in_progress" change; an indicator with two reports.
 */
function databaseAtVersion5(path: string): void {
  const db = openDatabase(path, { migrations: V5 });
  const doc = (id: string, status: string, date: string) =>
    db.prepare(`INSERT INTO documents (id, kind, status, title_vi, meeting_date, created_at, updated_at) VALUES (?, 'minutes', ?, ?, ?, ?, ?)`).run(id, status, `Biên bản ${date}`, date, at, at);
  doc('d1', 'signed', '2024-03-01');
  doc('22222222-2222-4222-8222-222222222222', 'draft', '2025-03-01');
  for (const d of ['d1', '22222222-2222-4222-8222-222222222222']) {
    db.prepare(`INSERT INTO document_parties (id, document_id, province_id, role, position) VALUES (?, ?, 'vn-son-la', 'ours', 0)`).run(`${d}-ours`, d);
    db.prepare(`INSERT INTO document_parties (id, document_id, province_id, role, position) VALUES (?, ?, 'la-houaphanh', 'partner', 1)`).run(`${d}-partner`, d);
  }
  db.prepare(`INSERT INTO document_versions (id, document_id, version_no, label, snapshot_json, signed_on, created_at) VALUES ('v1', 'd1', 1, 'signed', '{}', '2024-03-01', ?)`).run(at);
  for (const [id, d] of [['s1', 'd1'], ['s2', '22222222-2222-4222-8222-222222222222']]) {
    db.prepare(`INSERT INTO sections (id, document_id, part, sector, position, title_vi, created_at, updated_at) VALUES (?, ?, 'tasks', 'health', 0, 'Y tế', ?, ?)`).run(id, d, at, at);
  }
  db.prepare(`INSERT INTO clauses (id, document_id, section_id, position, text_vi, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'd1', 's1', 0, 'Khám bệnh', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO clauses (id, document_id, section_id, position, text_vi, predecessor_clause_id, created_at, updated_at) VALUES ('c2', '22222222-2222-4222-8222-222222222222', 's2', 0, 'Tiếp tục khám bệnh', '11111111-1111-4111-8111-111111111111', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO clause_tracking (id, status, status_changed_on, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'carried_over', '2025-01-10', ?, ?)`).run(at, at);
  const entry = (id: string, date: string, status: string | null) =>
    db.prepare(`INSERT INTO progress_entries (id, clause_id, entry_date, status_after, text_vi, device_id, created_at) VALUES (?, '11111111-1111-4111-8111-111111111111', ?, ?, 'x', 'dev', ?)`).run(id, date, status, `${date}T00:00:00Z`);
  entry('e1', '2024-04-01', 'in_progress');
  entry('e2', '2024-06-01', null);
  entry('e3', '2025-01-10', 'carried_over');
  db.prepare(`INSERT INTO clause_indicators (id, clause_id, name_vi, unit, target_value, position, created_at, updated_at) VALUES ('i1', '11111111-1111-4111-8111-111111111111', 'Lượt khám', 'lượt', 100, 0, ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO progress_values (id, entry_id, clause_indicator_id, value, unit, created_at) VALUES ('pv1', 'e1', 'i1', 30, 'lượt', ?)`).run(at);
  db.prepare(`INSERT INTO progress_values (id, entry_id, clause_indicator_id, value, unit, created_at) VALUES ('pv2', 'e2', 'i1', 20, 'lượt', ?)`).run(at);
  db.close();
}

describe('migration 0006 (follow-up figures)', () => {
  it('keeps existing indicators summing, gives carried-over origins back their own status, and builds the summaries on opening', async () => {
    const path = tmp.file('v5.sqlite');
    databaseAtVersion5(path);
    const backend = startBackend(path, { clock: { now: () => new Date('2025-02-01T09:00:00') } });
    expect(backend.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(backend.db.prepare('SELECT value_mode, direction FROM clause_indicators').get()).toEqual({ value_mode: 'sum', direction: 'at_least' });
    expect(backend.db.prepare("SELECT status, status_changed_on FROM clause_tracking WHERE id = '11111111-1111-4111-8111-111111111111'").get()).toEqual({ status: 'in_progress', status_changed_on: '2024-04-01' });
    // The log is untouched (append-only); the dirty list was emptied by building every summary.
    expect((backend.db.prepare('SELECT count(*) AS n FROM progress_entries').get() as { n: number }).n).toBe(3);
    expect((backend.db.prepare('SELECT count(*) AS n FROM followup_dirty').get() as { n: number }).n).toBe(0);
    expect((backend.db.prepare('SELECT count(*) AS n FROM followup_document_facts').get() as { n: number }).n).toBe(2);

    const tracking = (await backend.invoke('tracking.get', { clauseId: '11111111-1111-4111-8111-111111111111' })) as { ok: true; value: ClauseTracking };
    expect(tracking.value).toMatchObject({ status: 'in_progress', carriedOverTo: { documentId: '22222222-2222-4222-8222-222222222222' } });
    expect(tracking.value.indicators[0]).toMatchObject({ mode: 'sum', current: 50 });
    const board = (await backend.invoke('followup.dashboard', { groupBy: 'sector' })) as { ok: true; value: Dashboard };
    expect(board.value.totals).toMatchObject({ total: 1, counts: { in_progress: 1, carried_over: 0 } });
    backend.close();
  });
});
