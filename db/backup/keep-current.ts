import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openFile } from './driver';
import { damagedNameFor } from './restore';
import { backupFileName, backupFolder } from './service';
import { snapshotDatabase } from './snapshot';

/**
 * Before a restore replaces the database: a verified online backup of it in the backup folder
 * (`hoptac-before-restore-….sqlite`, never rotated; restoring it undoes the restore). If the current file
 * cannot be read (recovery), it is not copied but kept beside the restored one under a `.damaged-…` name.
 */
export async function keepCurrentDatabase(
  databasePath: string,
  now: Date,
  open?: Database.Database,
): Promise<{ keptBackup?: string; keepDamagedAs?: string }> {
  if (!existsSync(databasePath)) return {};
  let db = open;
  try {
    db ??= openFile(databasePath, { readonly: true, fileMustExist: true });
    const folder = backupFolder(db, databasePath);
    mkdirSync(folder, { recursive: true });
    const target = join(folder, backupFileName('before-restore', now));
    await snapshotDatabase(db, target);
    return { keptBackup: target };
  } catch {
    return { keepDamagedAs: damagedNameFor(databasePath, now) };
  } finally {
    if (db && db !== open) db.close();
  }
}
