import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkBackupFile, type BackupCheck } from './check';
import { BackupDecryptError, decryptFile, isEncryptedBackup } from './crypto';
import { fsyncFile, fsyncFolder, removeWithSidecars, tempNameFor } from './snapshot';

export interface PreparedRestore {
  check: BackupCheck;
  /** A verified plain copy next to the database (same file system, so installing is one rename). */
  candidate?: string;
  discard(): void;
}

/**
 * Step 1 of a restore, while the current database is still open and untouched: decrypt or copy the chosen
 * file next to the database and run every check on that copy (what will be installed is what was checked;
 * the officer's backup file itself is only read).
 */
export async function prepareRestore(databasePath: string, backupPath: string, passphrase?: string): Promise<PreparedRestore> {
  const candidate = tempNameFor(`${databasePath}.restore`);
  const discard = () => removeWithSidecars(candidate);
  if (!existsSync(backupPath) || !statSync(backupPath).isFile()) return { check: { ok: false, problem: 'not_found' }, discard };
  try {
    if (isEncryptedBackup(backupPath)) {
      if (passphrase === undefined || passphrase === '') return { check: { ok: false, problem: 'wrong_passphrase' }, discard };
      await decryptFile(backupPath, candidate, passphrase);
    } else {
      copyFileSync(backupPath, candidate);
    }
  } catch (error) {
    discard();
    if (error instanceof BackupDecryptError) {
      return { check: { ok: false, problem: error.reason === 'wrong_passphrase' ? 'wrong_passphrase' : 'not_a_database' }, discard };
    }
    throw error;
  }
  const check = checkBackupFile(candidate);
  if (!check.ok) {
    discard();
    return { check, discard };
  }
  return { check, candidate, discard };
}

export class DatabaseInUseError extends Error {
  constructor() {
    super('Another program still has the database open (its -wal file remains); close it first');
    this.name = 'DatabaseInUseError';
  }
}

/**
 * Step 2, with the database closed: the verified copy replaces the database in one rename. The replaced file
 * is moved to `keepAs` if given (recovery keeps a damaged file beside the restored one), otherwise removed —
 * the caller made a verified backup of it first.
 */
export function installRestore(databasePath: string, candidate: string, keepAs?: string): void {
  const wal = `${databasePath}-wal`;
  if (keepAs === undefined && existsSync(wal) && statSync(wal).size > 0) throw new DatabaseInUseError();
  fsyncFile(candidate);
  if (existsSync(databasePath)) {
    if (keepAs !== undefined) {
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${databasePath}${suffix}`)) renameSync(`${databasePath}${suffix}`, `${keepAs}${suffix}`);
    } else {
      for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    }
  }
  renameSync(candidate, databasePath);
  fsyncFolder(dirname(databasePath));
}

/** Where recovery keeps a damaged database: beside it, never overwritten. */
export function damagedNameFor(databasePath: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/gu, '').replace(/\..*$/u, '');
  let candidate = `${databasePath}.damaged-${stamp}`;
  for (let n = 2; existsSync(candidate); n += 1) candidate = `${databasePath}.damaged-${stamp}-${n}`;
  return candidate;
}
