import type Database from 'better-sqlite3';
import { verifyHistory, type HistoryProblem } from '../integrity/verify';
import { checkBackupFile } from './check';
import { damagedNameFor, installRestore, prepareRestore } from './restore';
import { listBackups, type BackupEntry } from './service';

export interface StartupCheck {
  ok: boolean;
  /** SQLite's quick_check failed: the file is damaged. */
  damaged: boolean;
  /** Why, in a few words (for the dialog's details and the log). */
  problem?: string;
  /** The history was edited outside the app (chain, evidence hash or a dropped guard). */
  historyProblem: HistoryProblem | null;
}

/**
 * The check at start, before anything is written or backed up: quick_check (the page-level part of
 * integrity_check, fast enough for every start) and the history checks.
 */
export function startupCheck(db: Database.Database): StartupCheck {
  try {
    const quick = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (quick.join() !== 'ok') return { ok: false, damaged: true, problem: quick.slice(0, 3).join('; '), historyProblem: null };
    const history = verifyHistory(db);
    const first = history.firstBroken ?? null;
    return first ? { ok: false, damaged: false, problem: `${first.table} ${first.row}: ${first.reason}`, historyProblem: first } : { ok: true, damaged: false, historyProblem: null };
  } catch (error) {
    return { ok: false, damaged: true, problem: (error as Error).message, historyProblem: null };
  }
}

/** The newest backup in the folder that passes every check (unencrypted: there is no passphrase at start). */
export function latestGoodBackup(folder: string): BackupEntry | undefined {
  return listBackups(folder).find((b) => !b.encrypted && checkBackupFile(b.path).ok);
}

/**
 * Recovery at start (the database closed): the backup is checked again and installed; the damaged file is
 * never overwritten — it is kept beside the restored one as `hoptac.sqlite.damaged-…`.
 */
export async function recoverFromBackup(databasePath: string, backup: string, now: Date): Promise<{ keptDamagedAs: string }> {
  const prepared = await prepareRestore(databasePath, backup);
  if (!prepared.candidate) throw new Error(`The backup did not pass its checks: ${prepared.check.problem ?? 'unknown'}`);
  const keptDamagedAs = damagedNameFor(databasePath, now);
  installRestore(databasePath, prepared.candidate, keptDamagedAs);
  return { keptDamagedAs };
}
