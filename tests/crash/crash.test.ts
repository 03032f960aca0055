import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../harness/backend';
import { bundleWorker, runCrashCycles } from './harness';

/**
 * SIGKILL at random moments while a child process edits through dispatch: after every kill the database
 * opens, passes integrity_check and the history checks, and holds every acknowledged edit. The two mutants
 * show the harness can fail. (`npm run bench` runs 1,000 cycles.)
 */
let tmp: ReturnType<typeof tempDir>;
let worker: string;
beforeAll(async () => {
  tmp = tempDir('hoptac-crash-');
  worker = await bundleWorker(tmp.dir);
});
afterAll(() => tmp.remove());

const CYCLES = Number(process.env['HOPTAC_CRASH_CYCLES'] ?? 200);

describe('crash harness', () => {
  it(`loses nothing acknowledged over ${CYCLES} kills`, async () => {
    const report = await runCrashCycles({ dir: tmp.dir, worker, cycles: CYCLES });
    expect(report.problems).toEqual([]);
    expect(report.cycles).toBe(CYCLES);
    expect(report.acknowledged).toBeGreaterThan(CYCLES);
  }, 15 * 60_000);

  it.each(['ack-before-commit', 'long-transaction'] as const)('catches the mutant "%s"', async (mode) => {
    const report = await runCrashCycles({ dir: tmp.dir, worker, cycles: 40, mode, stopOnLoss: true });
    expect(report.lost).toBeGreaterThan(0);
  }, 5 * 60_000);
});
