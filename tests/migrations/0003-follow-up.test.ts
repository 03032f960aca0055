import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { LA_AGENCIES, VN_AGENCIES, INDICATOR_SEED } from '../../db/migrations/seed/followup';
import { openDatabase } from '../../db/open';
import { tempDir } from '../harness/backend';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const V2 = MIGRATIONS.slice(0, 2);
const at = '2025-01-01T00:00:00.000Z';

/** A version-2 database holding one document with a task clause whose (0001) status and deadline were set. */
function databaseAtVersion2(path: string): void {
  const db = openDatabase(path, { migrations: V2 });
  db.prepare(`INSERT INTO documents (id, kind, status, title_vi, meeting_date, created_at, updated_at) VALUES ('d1', 'minutes', 'signed', 'Biên bản', '2025-01-05', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO document_parties (id, document_id, province_id, role, position) VALUES ('p1', 'd1', 'vn-son-la', 'ours', 0)`).run();
  db.prepare(`INSERT INTO sections (id, document_id, part, sector, position, title_vi, created_at, updated_at) VALUES ('s1', 'd1', 'tasks', 'health', 0, 'Y tế', ?, ?)`).run(at, at);
  db.prepare(
    `INSERT INTO clauses (id, document_id, section_id, position, text_vi, status, deadline, created_at, updated_at) VALUES ('c1', 'd1', 's1', 0, 'Khám bệnh', 'delayed', '2025-06-30', ?, ?)`,
  ).run(at, at);
  db.prepare(`INSERT INTO clauses (id, document_id, section_id, position, text_vi, created_at, updated_at) VALUES ('c2', 'd1', 's1', 1, 'Đào tạo', ?, ?)`).run(at, at);
  db.close();
}

describe('migration 0003 (follow-up)', () => {
  it('upgrades a version-2 database: documents intact, 0001 follow-up values carried into clause_tracking, agencies and indicators seeded', () => {
    const path = tmp.file('v2.sqlite');
    databaseAtVersion2(path);
    // What 0003 itself seeds (0005 adds the agencies of before the 2025 reorganisation).
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 3) });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
    expect(db.prepare('SELECT id, text_vi FROM clauses ORDER BY id').all()).toEqual([
      { id: 'c1', text_vi: 'Khám bệnh' },
      { id: 'c2', text_vi: 'Đào tạo' },
    ]);
    // A stored "delayed" becomes in_progress: lateness is computed now, never stored.
    expect(db.prepare('SELECT id, status, deadline_kind, due_date FROM clause_tracking').all()).toEqual([{ id: 'c1', status: 'in_progress', deadline_kind: 'date', due_date: '2025-06-30' }]);
    const vnProvinces = (db.prepare("SELECT count(*) AS n FROM provinces WHERE country = 'VN' AND borders_other_country = 1").get() as { n: number }).n;
    const laProvinces = (db.prepare("SELECT count(*) AS n FROM provinces WHERE country = 'LA'").get() as { n: number }).n;
    expect((db.prepare('SELECT count(*) AS n FROM agencies').get() as { n: number }).n).toBe(vnProvinces * VN_AGENCIES.length + laProvinces * LA_AGENCIES.length);
    expect((db.prepare('SELECT count(*) AS n FROM agencies WHERE name_lo_needs_review = 0').get() as { n: number }).n).toBe(0);
    expect((db.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number }).n).toBe(INDICATOR_SEED.length);
    db.close();
  });

  it('seeds the same agency ids on every installation', () => {
    const a = openDatabase(tmp.file('a.sqlite'));
    const b = openDatabase(tmp.file('b.sqlite'));
    const ids = (db: typeof a) => (db.prepare('SELECT id FROM agencies ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a).every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u.test(id))).toBe(true);
    a.close();
    b.close();
  });

  it('refuses to rebuild a progress table that holds rows, leaving its data and version as they were', () => {
    const path = tmp.file('odd.sqlite');
    databaseAtVersion2(path);
    const db = openDatabase(path, { migrations: V2 });
    db.prepare("INSERT INTO progress_entries (id, clause_id, entry_date, text, device_id, created_at) VALUES ('e1', 'c1', '2025-02-01', 'x', 'd', ?)").run(at);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(() => openDatabase(path)).toThrow(/progress_entries/u);
    const after = openDatabase(path, { migrations: V2 });
    expect(after.pragma('user_version', { simple: true })).toBe(2);
    expect((after.prepare('SELECT count(*) AS n FROM progress_entries').get() as { n: number }).n).toBe(1);
    after.close();
  });
});
