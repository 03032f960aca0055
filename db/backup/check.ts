import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { openFile } from './driver';
import { CHAIN_SCHEMA_VERSION, describeProblem, verifyHistory } from '../integrity/verify';
import { LATEST_SCHEMA_VERSION } from '../migrations';

/** Why a file cannot be restored (each has vi/lo/en text under backup.problem.*). */
export type BackupProblem = 'not_found' | 'not_a_database' | 'damaged' | 'foreign_keys' | 'newer' | 'history' | 'wrong_passphrase' | 'in_use';

export interface BackupCheck {
  ok: boolean;
  problem?: BackupProblem;
  detail?: string;
  schemaVersion?: number;
  documents?: number;
}

/**
 * Everything a file must pass before it may replace the officer's database: it opens as SQLite, passes
 * integrity_check and foreign_key_check, its schema is not newer than this app, and its history verifies
 * (hash chains, evidence hashes, guards). Opened read-only; a backup we wrote needs no -wal/-shm.
 */
export function checkBackupFile(path: string): BackupCheck {
  if (!existsSync(path) || !statSync(path).isFile()) return { ok: false, problem: 'not_found' };
  let db: Database.Database | undefined;
  try {
    try {
      db = openFile(path, { readonly: true, fileMustExist: true });
      db.pragma('schema_version');
    } catch (error) {
      return { ok: false, problem: 'not_a_database', detail: (error as Error).message };
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) return { ok: false, problem: 'newer', schemaVersion };
    if (schemaVersion < 1) return { ok: false, problem: 'not_a_database', detail: 'no Hợp Tác schema', schemaVersion };
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') return { ok: false, problem: 'damaged', detail: integrity.slice(0, 3).join('; '), schemaVersion };
    const violations = (db.pragma('foreign_key_check') as unknown[]).length;
    if (violations > 0) return { ok: false, problem: 'foreign_keys', detail: `${violations} violation(s)`, schemaVersion };
    if (schemaVersion >= CHAIN_SCHEMA_VERSION) {
      const history = verifyHistory(db);
      if (history.firstBroken) return { ok: false, problem: 'history', detail: describeProblem(history.firstBroken), schemaVersion };
    }
    const documents = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    return { ok: true, schemaVersion, documents };
  } catch (error) {
    return { ok: false, problem: 'damaged', detail: (error as Error).message };
  } finally {
    db?.close();
  }
}
