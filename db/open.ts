import { existsSync } from 'node:fs';
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

/**
 * Looks at an existing file read-only before anything writes to it, so a file from a newer Hợp Tác
 * (or a file that is not a database) is refused byte-for-byte untouched.
 */
function inspectExisting(path: string, options: OpenOptions, latest: number): void {
  if (path === ':memory:' || !existsSync(path)) return;
  let probe: Database.Database | undefined;
  try {
    probe = new Database(path, driverOptions(options, true));
    const version = readUserVersion(probe);
    if (version > latest) throw new DatabaseOpenError('E_DB_NEWER', version, latest);
    probe.pragma('schema_version');
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError('E_DB_UNREADABLE', undefined, undefined, (error as Error).message);
  } finally {
    probe?.close();
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
  inspectExisting(path, options, latest);

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

export { DatabaseOpenError } from './errors';
