import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { openFile } from './driver';

export interface SnapshotOptions {
  /** Pages copied per step; between steps the app's own writes and UI keep running. */
  pagesPerStep?: number;
  /**
   * After this long, the rest is copied in one step. Each write by another process restarts SQLite's
   * online backup, so a busy writer could otherwise starve it; one step holds one read snapshot (WAL:
   * writers are not blocked) and always finishes.
   */
  softLimitMs?: number;
  /** Give up (and leave nothing behind) after this long. */
  hardLimitMs?: number;
  onProgress?: (fraction: number) => void;
}

export class SnapshotTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`The backup did not finish within ${Math.round(ms / 1000)} s`);
    this.name = 'SnapshotTimeoutError';
  }
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable (POSIX); Windows cannot open a folder and does not need it. */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export const tempNameFor = (target: string) => `${target}.${process.pid}.${Date.now().toString(36)}.partial`;

/** Removes a file and the -wal / -shm / -journal SQLite may have left beside it. */
export function removeWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * A consistent copy of the open database at `target`, through SQLite's online backup (consistent while the
 * app writes). Written to a temporary name in the target folder, switched to a single self-contained file
 * (journal_mode=DELETE: no -wal/-shm needed to read it, e.g. from a USB stick), flushed, then renamed: the
 * target is either the whole backup or absent, never a partial file.
 */
export async function snapshotDatabase(db: Database.Database, target: string, options: SnapshotOptions = {}): Promise<{ bytes: number; ms: number }> {
  const started = Date.now();
  const pagesPerStep = options.pagesPerStep ?? 256;
  const soft = options.softLimitMs ?? 2000;
  const hard = options.hardLimitMs ?? 120_000;
  const temp = tempNameFor(target);
  try {
    await db.backup(temp, {
      progress: ({ totalPages, remainingPages }) => {
        const elapsed = Date.now() - started;
        if (elapsed > hard) throw new SnapshotTimeoutError(hard);
        options.onProgress?.(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
        return elapsed > soft ? 0x7fffffff : pagesPerStep;
      },
    });
    const copy = openFile(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncFile(temp);
    renameSync(temp, target);
    fsyncFolder(dirname(target));
    options.onProgress?.(1);
    return { bytes: statSync(target).size, ms: Date.now() - started };
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  } finally {
    if (existsSync(temp)) removeWithSidecars(temp);
  }
}
