import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db/migrations';
import { verifyHistory } from '../../db/integrity/verify';
import { openDatabase } from '../../db/open';
import { tempDir } from '../harness/backend';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const at = '2025-01-01T00:00:00.000Z';

/** A version-6 file with history written before the chain existed. */
function databaseAtVersion6(path: string): void {
  const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 6) });
  db.prepare(`INSERT INTO documents (id, kind, status, title_vi, meeting_date, created_at, updated_at) VALUES ('d1', 'minutes', 'signed', 'Biên bản', '2025-01-05', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO sections (id, document_id, part, sector, position, title_vi, created_at, updated_at) VALUES ('s1', 'd1', 'tasks', 'health', 0, 'Y tế', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO clauses (id, document_id, section_id, position, text_vi, created_at, updated_at) VALUES ('c1', 'd1', 's1', 0, 'Khám bệnh', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO document_versions (id, document_id, version_no, snapshot_json, signed_on, created_at) VALUES ('v1', 'd1', 1, '{}', '2025-01-05', ?)`).run(at);
  for (const [id, text] of [['e1', 'Bắt đầu'], ['e2', 'Xong 50%'], ['e3', 'Hoàn thành']]) {
    db.prepare(`INSERT INTO progress_entries (id, clause_id, entry_date, text_vi, device_id, created_at) VALUES (?, 'c1', '2025-02-01', ?, 'dev', ?)`).run(id, text, at);
  }
  for (let i = 0; i < 12; i++) {
    db.prepare(`INSERT INTO change_log (change_id, device_id, hlc, entity, entity_id, op, field, new_value, created_at) VALUES (?, 'dev', ?, 'clauses', 'c1', 'update', 'text_vi', ?, ?)`).run(
      `ch${i}`, `h${i}`, `v${i}`, at,
    );
  }
  db.close();
}

describe('migration 0007 (tamper-evident history)', () => {
  it('chains the existing history in insertion order, keeps every row, and the guards are in place', () => {
    const path = tmp.file('v6.sqlite');
    databaseAtVersion6(path);
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT id, chain_seq FROM progress_entries ORDER BY chain_seq').all()).toEqual([
      { id: 'e1', chain_seq: 1 },
      { id: 'e2', chain_seq: 2 },
      { id: 'e3', chain_seq: 3 },
    ]);
    const report = verifyHistory(db);
    expect(report).toMatchObject({ ok: true, checked: { change_log: 12, progress_entries: 3, document_versions: 1, evidence_files: 0 } });
    expect(() => db.prepare("UPDATE progress_entries SET text_vi = 'x' WHERE id = 'e1'").run()).toThrow(/append-only/u);
    db.close();
  });
});
