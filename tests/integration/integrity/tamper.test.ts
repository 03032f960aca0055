import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../db/cli/main';
import type { checkDatabase } from '../../../db/cli/check';
import { verifyHistory } from '../../../db/integrity/verify';
import { startBackend, tempDir } from '../../harness/backend';

/**
 * Someone edits the database file with another SQLite tool (the app closed): each attempt is either refused
 * by the file's own triggers or reported by `hoptac check`, naming the row.
 */
let tmp: ReturnType<typeof tempDir>;
let path: string;

beforeEach(async () => {
  tmp = tempDir();
  path = tmp.file('hoptac.sqlite');
  const backend = startBackend(path);
  const sample = (await backend.invoke('documents.createSample', {})) as { ok: boolean };
  expect(sample.ok).toBe(true);
  backend.close();
});
afterEach(() => tmp.remove());

/** An outside tool: a plain connection with no app code and no pragmas. */
function outsideTool(): Database.Database {
  return new Database(path);
}

function firstId(db: Database.Database, table: 'progress_entries' | 'progress_values' | 'evidence_files' | 'document_versions'): string {
  const statements = {
    progress_entries: 'SELECT id FROM progress_entries ORDER BY chain_seq LIMIT 1 OFFSET 1',
    progress_values: 'SELECT id FROM progress_values LIMIT 1',
    evidence_files: 'SELECT id FROM evidence_files LIMIT 1',
    document_versions: 'SELECT id FROM document_versions ORDER BY chain_seq LIMIT 1',
  } as const;
  return (db.prepare(statements[table]).get() as { id: string }).id;
}

async function cliCheck() {
  const out: string[] = [];
  const code = await runCli(['check', path], { out: (t) => out.push(t), err: () => undefined });
  return { code, report: JSON.parse(out.join('\n')) as ReturnType<typeof checkDatabase> };
}

describe('history written by the app', () => {
  it('passes the history checks: every chain, every evidence hash, every guard', async () => {
    const { code, report } = await cliCheck();
    expect(report.problems).toEqual([]);
    expect(code).toBe(0);
    expect(report.history?.checked.change_log).toBeGreaterThan(100);
    expect(report.history?.checked.progress_entries).toBeGreaterThan(2);
    expect(report.history?.checked.document_versions).toBeGreaterThanOrEqual(1);
    expect(report.history?.checked.evidence_files).toBe(1);
  });
});

describe('refused by the file itself (any SQLite client)', () => {
  const replaceStatements: [string, (db: Database.Database) => string][] = [
    ['progress_entries', (db) => `INSERT OR REPLACE INTO progress_entries SELECT * FROM progress_entries WHERE id = '${firstId(db, 'progress_entries')}'`],
    ['progress_values', (db) => `INSERT OR REPLACE INTO progress_values (id, entry_id, clause_indicator_id, value, unit, note, created_at)
       SELECT id, entry_id, clause_indicator_id, 0, unit, 'rewritten', created_at FROM progress_values WHERE id = '${firstId(db, 'progress_values')}'`],
    ['evidence_files', (db) => `REPLACE INTO evidence_files (id, entry_id, file_name, media_type, size, sha256, content, created_at)
       SELECT id, entry_id, file_name, media_type, 1, sha256, x'00', created_at FROM evidence_files WHERE id = '${firstId(db, 'evidence_files')}'`],
    ['document_versions', (db) => `INSERT OR REPLACE INTO document_versions SELECT * FROM document_versions WHERE id = '${firstId(db, 'document_versions')}'`],
    ['change_log', () => `INSERT OR REPLACE INTO change_log SELECT * FROM change_log WHERE seq = 3`],
    ['change_log (INSERT … ON CONFLICT DO NOTHING)', () => `INSERT INTO change_log SELECT * FROM change_log WHERE seq = 3 ON CONFLICT DO NOTHING`],
  ];
  it.each(replaceStatements)('INSERT OR REPLACE on %s', (_table, statement) => {
    const db = outsideTool();
    const before = db.serialize();
    expect(() => db.exec(statement(db))).toThrow(/cannot be replaced/u);
    expect(Buffer.compare(db.serialize(), before)).toBe(0);
    db.close();
  });

  it('UPDATE and DELETE of history rows, and a history row without its chain link', () => {
    const db = outsideTool();
    const entry = firstId(db, 'progress_entries');
    expect(() => db.prepare("UPDATE progress_entries SET text_vi = 'sửa' WHERE id = ?").run(entry)).toThrow(/append-only/u);
    expect(() => db.prepare('DELETE FROM progress_entries WHERE id = ?').run(entry)).toThrow(/append-only/u);
    expect(() => db.prepare('DELETE FROM change_log WHERE seq = 5').run()).toThrow(/append-only/u);
    expect(() => db.prepare("UPDATE document_versions SET label = 'x'").run()).toThrow(/immutable/u);
    expect(() => db.prepare("UPDATE evidence_files SET content = x'00'").run()).toThrow(/append-only/u);
    expect(() =>
      db.prepare("INSERT INTO change_log (change_id, device_id, hlc, entity, entity_id, op, created_at) VALUES ('x', 'd', 'h', 'documents', 'e', 'insert', 'now')").run(),
    ).toThrow(/hash chain/u);
    db.close();
  });

  it('recursive_triggers would also refuse REPLACE, but only on a connection that sets it — hence the BEFORE INSERT guard', () => {
    const db = outsideTool();
    db.exec('DROP TRIGGER progress_values_no_replace');
    const id = firstId(db, 'progress_values');
    const replace = `INSERT OR REPLACE INTO progress_values SELECT * FROM progress_values WHERE id = '${id}'`;
    db.pragma('recursive_triggers = ON');
    expect(() => db.exec(replace)).toThrow(/append-only/u);
    db.pragma('recursive_triggers = OFF');
    expect(() => db.exec(replace)).not.toThrow(); // the hole 0007 closes
    db.close();
  });
});

describe('detected by hoptac check after DROP TRIGGER (naming the row)', () => {
  it('an edited progress entry', async () => {
    const db = outsideTool();
    const entry = firstId(db, 'progress_entries');
    db.exec("DROP TRIGGER progress_entries_no_update; UPDATE progress_entries SET text_vi = 'Đã hoàn thành vượt mức' WHERE rowid = (SELECT rowid FROM progress_entries ORDER BY chain_seq LIMIT 1 OFFSET 1)");
    db.close();
    const { code, report } = await cliCheck();
    expect(code).toBe(1);
    expect(report.history?.firstBroken).toEqual({ table: 'progress_entries', row: `id ${entry}`, reason: 'hash_mismatch' });
    expect(report.history?.problems).toContainEqual({ table: 'progress_entries', row: 'trigger progress_entries_no_update', reason: 'guard_missing' });
    expect(report.problems[0]).toBe(`history: progress_entries id ${entry}: hash mismatch`);
  });

  it('a deleted change-log row: the row after it no longer links', async () => {
    const db = outsideTool();
    db.exec('DROP TRIGGER change_log_no_delete; DELETE FROM change_log WHERE seq = 40');
    db.close();
    const { code, report } = await cliCheck();
    expect(code).toBe(1);
    expect(report.history?.firstBroken).toEqual({ table: 'change_log', row: 'seq 41', reason: 'hash_mismatch' });
  });

  it('a signed version rewritten with its hash column left as it was, and a row smuggled in without a link', () => {
    const db = outsideTool();
    const version = firstId(db, 'document_versions');
    db.exec('DROP TRIGGER document_versions_no_update');
    db.prepare("UPDATE document_versions SET signed_on = '2024-01-01' WHERE id = ?").run(version);
    db.exec(`DROP TRIGGER change_log_chain_required;
      INSERT INTO change_log (change_id, device_id, hlc, entity, entity_id, op, created_at) VALUES ('x', 'd', 'h', 'documents', 'e', 'insert', 'now')`);
    const seq = (db.prepare('SELECT max(seq) AS n FROM change_log').get() as { n: number }).n;
    const report = verifyHistory(db);
    db.close();
    expect(report.problems).toContainEqual({ table: 'document_versions', row: `id ${version}`, reason: 'hash_mismatch' });
    expect(report.problems).toContainEqual({ table: 'change_log', row: `seq ${seq}`, reason: 'missing_link' });
  });

  it('evidence bytes swapped (and with their sha256 column rewritten to match)', async () => {
    const db = outsideTool();
    const id = firstId(db, 'evidence_files');
    db.exec('DROP TRIGGER evidence_files_no_update');
    db.prepare("UPDATE evidence_files SET content = CAST('%PDF-1.4 forged' AS BLOB) WHERE id = ?").run(id);
    expect(verifyHistory(db).firstBroken).toEqual({ table: 'evidence_files', row: `id ${id}`, reason: 'evidence_changed' });
    const forged = Buffer.from('%PDF-1.4 forged');
    const { createHash } = await import('node:crypto');
    db.prepare('UPDATE evidence_files SET sha256 = ?, size = ? WHERE id = ?').run(createHash('sha256').update(forged).digest('hex'), forged.length, id);
    db.close();
    const { code, report } = await cliCheck();
    expect(code).toBe(1);
    expect(report.history?.firstBroken).toEqual({ table: 'evidence_files', row: `id ${id}`, reason: 'evidence_not_logged' });
  });
});
