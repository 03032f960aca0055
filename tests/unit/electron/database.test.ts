import { createHash } from 'node:crypto';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../../db/errors';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import type { Migration } from '../../../db/migrations/types';
import {
  backupBeforeMigration,
  backupPathFor,
  DATABASE_FILE_NAME,
  DatabaseBackupError,
  openAppDatabase,
  packagedNativeBinding,
} from '../../../electron/database';
import { tempDir } from '../../harness/backend';

const dirs: { remove(): void }[] = [];
afterEach(() => {
  while (dirs.length > 0) dirs.pop()!.remove();
});

function folder() {
  const dir = tempDir('hoptac-db-');
  dirs.push(dir);
  return dir;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function makeDb(path: string, version: number, setup = "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('kept');") {
  const db = new Database(path);
  db.exec(setup);
  db.pragma(`user_version = ${version}`);
  db.close();
}

describe('packagedNativeBinding', () => {
  it('points into app.asar.unpacked, where asarUnpack puts the .node file', () => {
    expect(packagedNativeBinding('/opt/Hợp Tác/resources')).toBe(
      join('/opt/Hợp Tác/resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    );
  });
});

describe('backupPathFor', () => {
  const now = new Date('2026-03-05T08:09:10.123Z');
  it('names the copy after the version it was taken from and never reuses a name', () => {
    expect(backupPathFor('/d/hoptac.sqlite', 3, now, () => false)).toBe('/d/hoptac.sqlite.v3.bak');
    const taken = new Set(['/d/hoptac.sqlite.v3.bak']);
    expect(backupPathFor('/d/hoptac.sqlite', 3, now, (p) => taken.has(p))).toBe('/d/hoptac.sqlite.v3-20260305T080910.bak');
    taken.add('/d/hoptac.sqlite.v3-20260305T080910.bak');
    expect(backupPathFor('/d/hoptac.sqlite', 3, now, (p) => taken.has(p))).toBe('/d/hoptac.sqlite.v3-20260305T080910-2.bak');
  });
});

describe('openAppDatabase', () => {
  it('creates userData and the database on first start, without a backup', async () => {
    const dir = folder();
    const userDataDir = dir.file('new/userData');
    const opened = await openAppDatabase({ userDataDir });
    expect(opened.path).toBe(join(userDataDir, DATABASE_FILE_NAME));
    expect(opened.backupPath).toBeUndefined();
    expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.db.pragma('synchronous', { simple: true })).toBe(2);
    opened.db.close();
  });

  it('does not copy a file that is already current', async () => {
    const dir = folder();
    (await openAppDatabase({ userDataDir: dir.dir })).db.close();
    const again = await openAppDatabase({ userDataDir: dir.dir });
    expect(again.backupPath).toBeUndefined();
    again.db.close();
  });

  it('copies an older file with its data before migrating it', async () => {
    const dir = folder();
    const path = dir.file(DATABASE_FILE_NAME);
    makeDb(path, 0);
    const opened = await openAppDatabase({ userDataDir: dir.dir });
    expect(opened.backupPath).toBe(`${path}.v0.bak`);
    const copy = new Database(opened.backupPath!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(0);
    expect(copy.prepare('SELECT x FROM notes').all()).toEqual([{ x: 'kept' }]);
    copy.close();
    expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    opened.db.close();
  });

  it('backs up every step of a multi-version upgrade under its own name', async () => {
    const dir = folder();
    const path = dir.file(DATABASE_FILE_NAME);
    const statements = ['CREATE TABLE t1 (x)', 'CREATE TABLE t2 (x)', 'CREATE TABLE t3 (x)'];
    const step = (version: number): Migration => ({ version, name: `step${version}`, up: (db) => void db.exec(statements[version - 1]!) });
    (await openAppDatabase({ userDataDir: dir.dir, migrations: [step(1)] })).db.close();
    const opened = await openAppDatabase({ userDataDir: dir.dir, migrations: [step(1), step(2), step(3)] });
    expect(opened.backupPath).toBe(`${path}.v1.bak`);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(3);
    opened.db.close();
  });

  it('refuses a newer file without copying or changing it', async () => {
    const dir = folder();
    const path = dir.file(DATABASE_FILE_NAME);
    makeDb(path, LATEST_SCHEMA_VERSION + 5);
    const before = sha256(path);
    const attempt = openAppDatabase({ userDataDir: dir.dir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(attempt).rejects.toMatchObject({ code: 'E_DB_NEWER' });
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}.v${LATEST_SCHEMA_VERSION + 5}.bak`)).toBe(false);
  });

  it('refuses a newer WAL-mode file with its content unchanged', async () => {
    const dir = folder();
    const path = dir.file(DATABASE_FILE_NAME);
    makeDb(path, LATEST_SCHEMA_VERSION + 1, "PRAGMA journal_mode = WAL; CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('kept');");
    const before = sha256(path);
    await expect(openAppDatabase({ userDataDir: dir.dir })).rejects.toMatchObject({ code: 'E_DB_NEWER' });
    expect(sha256(path)).toBe(before);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT x FROM notes').all()).toEqual([{ x: 'kept' }]);
    db.close();
  });

  it('refuses a file that is not SQLite without copying or changing it', async () => {
    const dir = folder();
    const path = dir.file(DATABASE_FILE_NAME);
    writeFileSync(path, 'PK\u0003\u0004 not a database '.repeat(200));
    const before = sha256(path);
    await expect(openAppDatabase({ userDataDir: dir.dir })).rejects.toMatchObject({ code: 'E_DB_UNREADABLE' });
    expect(sha256(path)).toBe(before);
  });

  it('never overwrites an earlier copy', async () => {
    const dir = folder();
    const path = dir.file(DATABASE_FILE_NAME);
    makeDb(path, 0);
    writeFileSync(`${path}.v0.bak`, 'an older copy');
    await expect(backupBeforeMigration(path, 1, { now: () => new Date(0) })).resolves.toBe(`${path}.v0-19700101T000000.bak`);
    expect(readFileSync(`${path}.v0.bak`, 'utf8')).toBe('an older copy');
  });

  it('does not migrate when the safety copy fails', async () => {
    const dir = folder();
    const path = dir.file(DATABASE_FILE_NAME);
    makeDb(path, 0);
    // A dangling link where the copy should go: the name looks free, writing through it fails.
    symlinkSync(dir.file('no/such/folder/copy.sqlite'), `${path}.v0.bak`);
    const attempt = openAppDatabase({ userDataDir: dir.dir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseBackupError);
    await expect(attempt).rejects.toMatchObject({ code: 'E_DB_BACKUP', backupPath: `${path}.v0.bak` });
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });
});
