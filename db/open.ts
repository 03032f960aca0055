import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { migrate, readUserVersion } from './migrations/run';
import type { Migration } from './migrations/types';
import { asWriteDb, type WriteDb } from './sql';

export interface OpenOptions {
  /** Path to an Electron-ABI better_sqlite3.node for the packaged app; tests use the Node build. */
  nativeBinding?: string;
  /** Override the migration list (migration tests build a database at an older version). */
  migrations?: readonly Migration[];
  now?: () => string;
  busyTimeoutMs?: number;
  /**
   * true: open for reading only (every write fails with SQLITE_READONLY → E_READ_ONLY). 'auto' (default): when
   * the file or its folder cannot be written (a CD, a locked USB stick, a permissions mistake).
   */
  readOnly?: boolean | 'auto';
}

const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  // better-sqlite3 builds SQLite with WAL + synchronous=NORMAL; officers lose power, so FULL (2).
  synchronous: 2,
  foreign_keys: 1,
} as const;

function driverOptions(options: OpenOptions, readonly: boolean): Database.Options {
  return {
    readonly,
    fileMustExist: readonly,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
}

/** Runs fn and then removes the -wal / -shm files it created beside `path` (a read-only probe leaves them). */
function withoutStraySidecars<T>(path: string, fn: () => T): T {
  const sidecars = [`${path}-wal`, `${path}-shm`].filter((p) => !existsSync(p));
  try {
    return fn();
  } finally {
    const wal = `${path}-wal`;
    const walEmpty = !existsSync(wal) || statSync(wal).size === 0;
    if (walEmpty) for (const p of sidecars) rmSync(p, { force: true });
  }
}

/**
 * Looks at an existing file read-only before anything writes to it, so a file from a newer Hợp Tác, a file
 * that is not a database or an empty file is refused byte-for-byte untouched, with no -wal/-shm left beside it.
 */
function inspectExisting(path: string, options: OpenOptions, latest: number): number | undefined {
  if (path === ':memory:' || !existsSync(path)) return undefined;
  if (statSync(path).isFile() && statSync(path).size === 0) throw new DatabaseOpenError('E_DB_EMPTY');
  return withoutStraySidecars(path, () => {
    let probe: Database.Database | undefined;
    try {
      probe = new Database(path, driverOptions(options, true));
      const version = readUserVersion(probe);
      if (version > latest) throw new DatabaseOpenError('E_DB_NEWER', version, latest);
      probe.pragma('schema_version');
      return version;
    } catch (error) {
      if (error instanceof DatabaseOpenError) throw error;
      throw new DatabaseOpenError('E_DB_UNREADABLE', undefined, undefined, (error as Error).message);
    } finally {
      probe?.close();
    }
  });
}

function writable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function assertPragmas(db: Database.Database): void {
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new DatabaseOpenError('E_DB_PRAGMA', undefined, undefined, `${name} is ${String(actual)}, expected ${expected}`);
    }
  }
}

/** Opens (creating if needed) the Hợp Tác database, sets and checks the pragmas, runs migrations. */
export function openDatabase(path: string, options: OpenOptions = {}): WriteDb {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = options.migrations ? migrations.length : LATEST_SCHEMA_VERSION;
  const version = inspectExisting(path, options, latest);
  const readOnly = path !== ':memory:' && (options.readOnly === true || ((options.readOnly ?? 'auto') === 'auto' && !writable(path)));
  if (readOnly) return openReadOnly(path, options, version ?? 0, latest);

  const db = new Database(path, driverOptions(options, false));
  try {
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (path !== ':memory:') assertPragmas(db);
    migrate(db, migrations, options.now ?? (() => new Date().toISOString()));
    return asWriteDb(db);
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A database that cannot be written: opened as it is (never migrated); db.readonly tells the UI to say so. */
function openReadOnly(path: string, options: OpenOptions, version: number, latest: number): WriteDb {
  if (!existsSync(path)) throw new DatabaseOpenError('E_DB_UNREADABLE', undefined, undefined, 'file does not exist');
  if (version < latest) throw new DatabaseOpenError('E_DB_READ_ONLY_OLD', version, latest);
  const db = new Database(path, driverOptions(options, true));
  db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
  db.pragma('foreign_keys = ON');
  return asWriteDb(db);
}

export { DatabaseOpenError } from './errors';
