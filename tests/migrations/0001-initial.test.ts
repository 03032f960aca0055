import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { assertMigrationOrder } from '../../db/migrations/run';
import { PROVINCE_SEED } from '../../db/migrations/seed/provinces';
import type { Migration } from '../../db/migrations/types';
import { tempDir } from '../harness/backend';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migration 0001 on a fresh database', () => {
  it('creates the core schema, sets user_version and the pragmas', () => {
    const db = openDatabase(tmp.file('fresh.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'agencies', 'change_log', 'clause_agencies', 'clauses', 'delegates', 'document_parties', 'document_versions',
        'documents', 'indicators', 'meta', 'people', 'person_titles', 'progress_entries', 'provinces', 'sections', 'templates',
      ]),
    );
    db.close();
  });

  it('never cascades deletes (history is archived, not deleted)', () => {
    const db = openDatabase(tmp.file('fk.sqlite'));
    const schemaSql = (db.prepare('SELECT group_concat(sql, char(10)) AS s FROM sqlite_schema').get() as { s: string }).s;
    expect(schemaSql).not.toMatch(/ON\s+DELETE\s+CASCADE/iu);
    const progressFk = db.pragma('foreign_key_list(progress_entries)') as { table: string; on_delete: string }[];
    expect(progressFk.find((fk) => fk.table === 'clauses')?.on_delete).toBe('RESTRICT');
    db.close();
  });

  it('seeds every province of ../shared/domain/provinces.csv with stable ids', () => {
    const db = openDatabase(tmp.file('prov.sqlite'));
    const rows = db.prepare('SELECT id, country, name_vi, name_lo FROM provinces').all() as { id: string; country: string; name_vi: string; name_lo: string }[];
    expect(rows).toHaveLength(PROVINCE_SEED.length);
    expect(rows.filter((r) => r.country === 'VN')).toHaveLength(9);
    expect(rows.filter((r) => r.country === 'LA')).toHaveLength(18);
    expect(rows.find((r) => r.id === 'la-houaphanh')?.name_lo).toBe('ຫົວພັນ');
    expect(rows.find((r) => r.id === 'vn-son-la')?.name_vi).toBe('Sơn La');
    db.close();

    // The steering folder sits beside the repository on developer machines and in CI.
    const csvPath = resolve(import.meta.dirname, '../../../shared/domain/provinces.csv');
    if (existsSync(csvPath)) {
      const lines = readFileSync(csvPath, 'utf8').trim().split('\n').slice(1);
      expect(lines).toHaveLength(PROVINCE_SEED.length);
      for (const seed of PROVINCE_SEED) {
        expect(lines.some((line) => line.startsWith(`${seed.country},${seed.nameVi},${seed.nameLo},`)), seed.id).toBe(true);
      }
    }
  });

  it('keeps progress entries, signed versions and the change log append-only', () => {
    const db = openDatabase(tmp.file('append.sqlite'));
    db.prepare(
      // A history row needs a 64-hex chain link since 0007 (this one is not a valid link; the guard checks the shape).
      "INSERT INTO change_log (change_id, device_id, hlc, entity, entity_id, op, created_at, chain_hash) VALUES ('c1', 'd', 'h', 'documents', 'x', 'insert', 'now', ?)",
    ).run('0'.repeat(64));
    expect(() => db.prepare("UPDATE change_log SET entity = 'y'").run()).toThrow(/append-only/u);
    expect(() => db.prepare('DELETE FROM change_log').run()).toThrow(/append-only/u);
    db.close();
  });

  it('is idempotent: reopening runs nothing again', () => {
    const path = tmp.file('twice.sqlite');
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect((db.prepare('SELECT count(*) AS n FROM provinces').get() as { n: number }).n).toBe(PROVINCE_SEED.length);
    db.close();
  });
});

describe('refusing files it must not touch', () => {
  it('refuses a database from a newer Hợp Tác and leaves it byte-for-byte untouched', () => {
    const path = tmp.file('newer.sqlite');
    const future = new Database(path);
    future.pragma('journal_mode = DELETE');
    future.exec('CREATE TABLE future_things (id TEXT PRIMARY KEY)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const before = readFileSync(path);

    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    expect((caught as DatabaseOpenError).code).toBe('E_DB_NEWER');
    expect((caught as Error).message).toMatch(/newer Hợp Tác/u);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    const path = tmp.file('notes.sqlite');
    writeFileSync(path, 'Biên bản hội đàm — not a database at all\n'.repeat(200));
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(DatabaseOpenError);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('runs each migration in its own transaction: a failing step leaves the earlier version intact', () => {
    const path = tmp.file('partial.sqlite');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (id TEXT)');
        throw new Error('power cut simulation');
      },
    };
    expect(() => openDatabase(path, { migrations: [MIGRATIONS[0]!, broken] })).toThrow(/power cut/u);
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('rejects a migration list with gaps', () => {
    expect(() => assertMigrationOrder([{ ...MIGRATIONS[0]!, version: 2 }])).toThrow(/expected 1/u);
  });
});
