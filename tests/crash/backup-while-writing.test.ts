import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../db/backup/check';
import { snapshotDatabase } from '../../db/backup/snapshot';
import { tempDir } from '../harness/backend';
import { bundleWorker, startWriter } from './harness';

/**
 * ≥ 100 backups while another process writes without pause (clause edits, progress entries with evidence,
 * signing): every backup opens and passes every check, and no partial file is ever left. Small page steps
 * and a short soft limit make the writer restart SQLite's backup often, so the one-step fallback is exercised.
 */
let tmp: ReturnType<typeof tempDir>;
let worker: string;
beforeAll(async () => {
  tmp = tempDir('hoptac-busy-');
  worker = await bundleWorker(tmp.dir);
});
afterAll(() => tmp.remove());

describe('backups while another process writes', () => {
  it('takes 100 consistent backups, each passing integrity, foreign keys and the history checks', async () => {
    const writer = await startWriter(worker, tmp.dir);
    const folder = join(tmp.dir, 'backups');
    const source = new Database(writer.dbPath, { readonly: true });
    const acks = () => (existsSync(join(tmp.dir, 'busy-acks.jsonl')) ? readFileSync(join(tmp.dir, 'busy-acks.jsonl'), 'utf8').split('\n').length : 0);
    const acksAtStart = acks();
    try {
      mkdirSync(folder);
      for (let i = 0; i < 100; i++) {
        const target = join(folder, `b${i}.sqlite`);
        await snapshotDatabase(source, target, { pagesPerStep: 4, softLimitMs: 50 });
        const check = checkBackupFile(target);
        expect(check, `backup ${i}`).toMatchObject({ ok: true });
        expect(readdirSync(folder).filter((n) => !/^b\d+\.sqlite$/u.test(n))).toEqual([]);
      }
    } finally {
      source.close();
      await writer.stop();
    }
    expect(acks() - acksAtStart).toBeGreaterThan(100); // the writer really wrote during the backups
  }, 10 * 60_000);
});
