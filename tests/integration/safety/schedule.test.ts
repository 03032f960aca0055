import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleAutomaticBackups } from '../../../db/backup/schedule';
import { startBackend, tempDir, type Backend } from '../../harness/backend';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
beforeEach(() => {
  tmp = tempDir();
  backend = startBackend(tmp.file('hoptac.sqlite'));
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

const autos = () => (existsSync(tmp.file('backups')) ? readdirSync(tmp.file('backups')).filter((n) => n.startsWith('hoptac-auto-')) : []);

describe('automatic backups while the app runs', () => {
  it('backs up at start, then only when the newest is a day old; a failure is logged, never thrown', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = new Date(2025, 5, 1, 8, 0, 0);
    const log = vi.fn();
    const schedule = scheduleAutomaticBackups({ db: () => backend.db, databasePath: backend.dbPath, now: () => now, checkEveryMs: 1000, log });
    try {
      await schedule.idle();
      expect(autos()).toEqual(['hoptac-auto-20250601-080000.sqlite']);
      now = new Date(2025, 5, 1, 20, 0, 0);
      vi.advanceTimersByTime(1000);
      await schedule.idle();
      expect(autos()).toHaveLength(1);
      now = new Date(2025, 5, 2, 8, 30, 0);
      vi.advanceTimersByTime(1000);
      await schedule.idle();
      expect(autos()).toEqual(['hoptac-auto-20250601-080000.sqlite', 'hoptac-auto-20250602-083000.sqlite']);

      // The folder becomes a file: the backup fails, the app goes on.
      backend.db.prepare("INSERT INTO meta (key, value) VALUES ('backup_folder', ?)").run(backend.dbPath);
      now = new Date(2025, 5, 3, 9, 0, 0);
      vi.advanceTimersByTime(1000);
      await schedule.idle();
      expect(log).toHaveBeenLastCalledWith('Automatic backup failed', expect.anything());
    } finally {
      schedule.stop();
      vi.useRealTimers();
    }
  });
});
