import type Database from 'better-sqlite3';
import { automaticBackup, automaticBackupDue, backupFolder } from './service';

export interface AutomaticBackups {
  stop(): void;
  /** Resolves when the backup in progress (if any) has finished. */
  idle(): Promise<void>;
}

/**
 * One automatic backup now (the app just started and its database passed the start-up check), then one
 * whenever the newest is a day old, checked every hour while the app runs. Failures are logged, never thrown:
 * a full disk must not stop the officer's work. The connection is asked for each time (a restore swaps it).
 */
export function scheduleAutomaticBackups(options: {
  db: () => Database.Database | undefined;
  databasePath: string;
  now?: () => Date;
  checkEveryMs?: number;
  log?: (message: string, error?: unknown) => void;
}): AutomaticBackups {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.info(message, error ?? ''));
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let stopped = false;

  const run = (force: boolean) => {
    const db = options.db();
    if (busy || stopped || !db?.open || db.readonly) return;
    let folder: string;
    try {
      folder = backupFolder(db, options.databasePath);
      if (!force && !automaticBackupDue(folder, now())) return;
    } catch (error) {
      log('Automatic backup failed', error); // e.g. the chosen folder is now a file or unreadable
      return;
    }
    busy = true;
    running = automaticBackup(db, folder, now())
      .then((made) => log(`Automatic backup ${made.path} (${made.size} bytes, ${made.ms} ms)${made.deleted.length ? `; rotated out ${made.deleted.join(', ')}` : ''}`))
      .catch((error: unknown) => log('Automatic backup failed', error))
      .finally(() => {
        busy = false;
      });
  };

  run(true);
  const timer = setInterval(() => run(false), options.checkEveryMs ?? 60 * 60 * 1000);
  timer.unref?.();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
    idle: () => running,
  };
}
