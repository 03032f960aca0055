/**
 * Opening the officer's database file for the Electron shell: where it lives, which native binding to
 * load, and a safety copy before any migration. No `electron` import (main.ts passes the paths), so it is
 * tested under plain Node with real SQLite files (tests/unit/electron/database.test.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { readUserVersion } from '../db/migrations/run';
import type { Migration } from '../db/migrations/types';
import { openDatabase } from '../db/open';
import type { WriteDb } from '../db/sql';

export const DATABASE_FILE_NAME = 'hoptac.sqlite';

/**
 * Where electron-builder puts better-sqlite3's Electron-ABI addon in a packaged app: `.node` files are
 * unpacked from app.asar (asarUnpack in electron-builder.yml) because a native module cannot load from
 * inside an archive.
 */
export function packagedNativeBinding(resourcesPath: string): string {
  return join(resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

/** Thrown when the safety copy before a migration fails; the file is then not migrated. */
export class DatabaseBackupError extends Error {
  readonly code = 'E_DB_BACKUP';
  constructor(
    readonly backupPath: string,
    cause: unknown,
  ) {
    super(`Could not copy the database to ${backupPath} before updating it: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'DatabaseBackupError';
  }
}

export interface AppDatabaseOptions {
  /** Electron's userData folder; created if missing. */
  userDataDir: string;
  /** Electron-ABI better_sqlite3.node (packaged app); undefined → better-sqlite3 finds its own build. */
  nativeBinding?: string | undefined;
  /** Tests only: a different migration list. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface AppDatabase {
  db: WriteDb;
  path: string;
  /** Set when an older file was copied before migrating it. */
  backupPath?: string;
}

/** `hoptac.sqlite.v3.bak`, or with a timestamp when that name is taken (a backup is never overwritten). */
export function backupPathFor(databasePath: string, fromVersion: number, now: Date, exists: (path: string) => boolean = existsSync): string {
  const plain = `${databasePath}.v${fromVersion}.bak`;
  if (!exists(plain)) return plain;
  const stamp = now.toISOString().replace(/[-:]/gu, '').replace(/\..*$/u, '');
  let candidate = `${databasePath}.v${fromVersion}-${stamp}.bak`;
  for (let n = 2; exists(candidate); n += 1) candidate = `${databasePath}.v${fromVersion}-${stamp}-${n}.bak`;
  return candidate;
}

/**
 * If the file exists and its schema is older than this app's, copies it with SQLite's online backup
 * before openDatabase() migrates it. A newer or unreadable file is not copied and not touched here:
 * openDatabase() then refuses it (E_DB_NEWER / E_DB_UNREADABLE) without writing.
 */
export async function backupBeforeMigration(
  databasePath: string,
  latestVersion: number,
  options: Pick<AppDatabaseOptions, 'nativeBinding' | 'now'> = {},
): Promise<string | undefined> {
  if (!existsSync(databasePath)) return undefined;
  let probe: Database.Database;
  try {
    probe = new Database(databasePath, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch {
    return undefined; // openDatabase() reports it
  }
  try {
    let version: number;
    try {
      version = readUserVersion(probe);
    } catch {
      return undefined; // not a database: openDatabase() reports it
    }
    if (version >= latestVersion) return undefined;
    const target = backupPathFor(databasePath, version, options.now?.() ?? new Date());
    try {
      await probe.backup(target);
    } catch (error) {
      throw new DatabaseBackupError(target, error);
    }
    return target;
  } finally {
    probe.close();
  }
}

/** Opens userData/hoptac.sqlite: safety copy if it is older, then openDatabase (pragmas, migrations). */
export async function openAppDatabase(options: AppDatabaseOptions): Promise<AppDatabase> {
  mkdirSync(options.userDataDir, { recursive: true });
  const path = join(options.userDataDir, DATABASE_FILE_NAME);
  const latest = options.migrations ? options.migrations.length : LATEST_SCHEMA_VERSION;
  const backupPath = await backupBeforeMigration(path, latest, options);
  const db = openDatabase(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  return backupPath === undefined ? { db, path } : { db, path, backupPath };
}
