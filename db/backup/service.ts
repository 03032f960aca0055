import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { encryptFile, isEncryptedBackup } from './crypto';
import { backupsToDelete, KEEP } from './rotation';
import { fsyncFile, fsyncFolder, removeWithSidecars, snapshotDatabase, tempNameFor, type SnapshotOptions } from './snapshot';

/** Kinds of file in the backup folder, told apart by name. */
export type BackupKind = 'auto' | 'before-restore' | 'other';

export interface BackupEntry {
  name: string;
  path: string;
  kind: BackupKind;
  /** ISO time from the name (auto, before-restore) or the file's modification time. */
  createdAt: string;
  size: number;
  encrypted: boolean;
}

const FOLDER_KEY = 'backup_folder';
const NAME = /^hoptac-(auto|before-restore)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.sqlite$/u;
const pad = (n: number) => String(n).padStart(2, '0');

/** `hoptac-auto-20250321-093000.sqlite` in local time (what the officer sees in the folder). */
export function backupFileName(kind: Exclude<BackupKind, 'other'>, at: Date): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `hoptac-${kind}-${stamp}.sqlite`;
}

function dateOfName(name: string): { kind: Exclude<BackupKind, 'other'>; at: Date } | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const [, kind, y, mo, d, h, mi, s] = m;
  return { kind: kind as Exclude<BackupKind, 'other'>, at: new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) };
}

export const defaultBackupFolder = (databasePath: string) => join(dirname(databasePath), 'backups');

/** The folder the officer chose (stored in the database's meta table), or the default next to the database. */
export function backupFolder(db: Database.Database, databasePath: string): string {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(FOLDER_KEY) as { value: string } | undefined;
  return row?.value || defaultBackupFolder(databasePath);
}

export function setBackupFolder(db: Database.Database, folder: string | null): void {
  if (folder === null) db.prepare('DELETE FROM meta WHERE key = ?').run(FOLDER_KEY);
  else db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(FOLDER_KEY, folder);
}

/** Backups in the folder, newest first. Files that are not backups are ignored. */
export function listBackups(folder: string): BackupEntry[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  const entries: BackupEntry[] = [];
  for (const name of readdirSync(folder)) {
    if (!/\.(sqlite|hoptac-backup)$/u.test(name)) continue;
    const path = join(folder, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const dated = dateOfName(name);
    entries.push({
      name,
      path,
      kind: dated?.kind ?? 'other',
      createdAt: (dated?.at ?? stat.mtime).toISOString(),
      size: stat.size,
      encrypted: isEncryptedBackup(path),
    });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** An automatic backup is due when none was made in the last `intervalMs` (a day while the app runs). */
export function automaticBackupDue(folder: string, now: Date, intervalMs = 24 * 60 * 60 * 1000): boolean {
  const newest = listBackups(folder).find((b) => b.kind === 'auto');
  return !newest || now.getTime() - new Date(newest.createdAt).getTime() >= intervalMs;
}

/** Makes an automatic backup in the folder, then rotates (7 daily, 4 weekly, 12 monthly). */
export async function automaticBackup(
  db: Database.Database,
  folder: string,
  now: Date,
  options: SnapshotOptions = {},
): Promise<BackupEntry & { ms: number; deleted: string[] }> {
  mkdirSync(folder, { recursive: true });
  const name = backupFileName('auto', now);
  const path = join(folder, name);
  const { bytes, ms } = await snapshotDatabase(db, path, options);
  const autos = listBackups(folder).filter((b) => b.kind === 'auto');
  const deleted = backupsToDelete(autos.map((b) => ({ name: b.name, at: new Date(b.createdAt) })), KEEP);
  for (const old of deleted) removeWithSidecars(join(folder, old));
  return { name, path, kind: 'auto', createdAt: now.toISOString(), size: bytes, encrypted: false, ms, deleted };
}

/** A backup to any file (e.g. a USB stick), optionally encrypted with a passphrase. All or nothing. */
export async function backupToFile(
  db: Database.Database,
  target: string,
  options: SnapshotOptions & { passphrase?: string | undefined } = {},
): Promise<{ bytes: number; ms: number; encrypted: boolean }> {
  const started = Date.now();
  if (!options.passphrase) {
    const { bytes } = await snapshotDatabase(db, target, options);
    return { bytes, ms: Date.now() - started, encrypted: false };
  }
  const plain = tempNameFor(`${target}.plain`);
  const sealed = tempNameFor(target);
  try {
    await snapshotDatabase(db, plain, { ...options, onProgress: (f) => options.onProgress?.(f * 0.8) });
    await encryptFile(plain, sealed, options.passphrase);
    fsyncFile(sealed);
    renameSync(sealed, target);
    fsyncFolder(dirname(target));
    options.onProgress?.(1);
    return { bytes: statSync(target).size, ms: Date.now() - started, encrypted: true };
  } finally {
    removeWithSidecars(plain);
    rmSync(sealed, { force: true });
  }
}
