/**
 * Data-safety figures (`npm run bench`): history verification, backup and restore of the generated follow-up
 * database (≥ 100,000 tasks, ≥ 500,000 entries — called from ./followup.ts), with the app's responsiveness
 * while the backup runs, and the crash harness at 1,000 kills (tests/crash/harness.ts).
 * Alone: `npx tsx tests/bench/safety.ts [--crash N]`.
 */
import { statSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { installRestore, prepareRestore } from '../../db/backup/restore';
import { automaticBackup } from '../../db/backup/service';
import { verifyHistory } from '../../db/integrity/verify';
import { bundleWorker, runCrashCycles } from '../crash/harness';
import { tempDir, type Backend } from '../harness/backend';

export interface SafetyFigure {
  name: string;
  value: string;
  target: string;
  pass?: boolean;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchSafetyOn(backend: Backend, folder: string): Promise<SafetyFigure[]> {
  const figures: SafetyFigure[] = [];
  let t0 = performance.now();
  const history = verifyHistory(backend.db);
  const verifyMs = performance.now() - t0;
  figures.push({
    name: `history verification: ${history.checked.progress_entries} entries, ${history.checked.change_log} log rows, ${history.checked.document_versions} versions`,
    value: ms(verifyMs),
    target: history.ok ? 'chain intact' : 'BROKEN',
    pass: history.ok,
  });

  // The app keeps answering while the backup runs: a read every 10 ms, and the event loop's worst delay.
  const latencies: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const reader = setInterval(() => {
    const start = performance.now();
    void backend.invoke('documents.list', { limit: 20 }).then(() => latencies.push(performance.now() - start));
  }, 10);
  t0 = performance.now();
  const backup = await automaticBackup(backend.db, `${folder}/backups`, new Date());
  const backupMs = performance.now() - t0;
  clearInterval(reader);
  loop.disable();
  figures.push({ name: `backup of the follow-up database (${mb(backup.size)})`, value: ms(backupMs), target: '< 10000 ms', pass: backupMs < 10_000 });
  const worst = Math.max(0, ...latencies);
  figures.push({
    name: `app during the backup: ${latencies.length} reads, slowest; event loop worst delay ${(loop.max / 1e6).toFixed(0)} ms`,
    value: ms(worst),
    target: '< 250 ms',
    pass: worst < 250,
  });

  t0 = performance.now();
  const target = `${folder}/restored.sqlite`;
  const prepared = await prepareRestore(target, backup.path);
  if (!prepared.candidate) throw new Error(`restore refused: ${JSON.stringify(prepared.check)}`);
  installRestore(target, prepared.candidate);
  figures.push({ name: `restore (copy, integrity, foreign keys, history checks, rename) of ${mb(statSync(target).size)}`, value: ms(performance.now() - t0), target: '—' });
  return figures;
}

export async function benchCrash(cycles = 1000): Promise<SafetyFigure[]> {
  const tmp = tempDir('hoptac-bench-crash-');
  try {
    const worker = await bundleWorker(tmp.dir);
    const t0 = performance.now();
    const report = await runCrashCycles({ dir: tmp.dir, worker, cycles });
    const perCycle = (performance.now() - t0) / cycles;
    return [
      {
        name: `crash harness: ${report.cycles} SIGKILLs, ${report.acknowledged} acknowledged edits (${perCycle.toFixed(0)} ms per cycle)`,
        value: `${report.lost} lost`,
        target: '≥ 1,000 kills, 0 lost',
        pass: report.cycles >= 1000 && report.lost === 0,
      },
    ];
  } finally {
    tmp.remove();
  }
}

if (process.argv[1]?.endsWith('safety.ts')) {
  const at = process.argv.indexOf('--crash');
  const figures = await benchCrash(at > 0 ? Number(process.argv[at + 1]) : 1000);
  for (const f of figures) console.log(`${f.name.padEnd(80)} ${f.value.padStart(12)}  ${f.target}${f.pass === undefined ? '' : f.pass ? '  ok' : '  MISSED'}`);
}
