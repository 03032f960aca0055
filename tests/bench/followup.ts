/**
 * Follow-up figures (`npm run bench`, or alone: `npx tsx tests/bench/followup.ts [--small]`): a province
 * office's ten years — 28 Vietnamese × 18 Lao provinces, one signed minutes per pair and year, ≥ 100,000
 * tracked tasks and ≥ 500,000 progress entries (tests/bench/followup-data.ts) — then the dashboards, the
 * due list and the tracking table through the real dispatch, the database size, and the Word report of a
 * 300-task document.
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Clock } from '../../db/clock';
import { buildReports } from '../../db/handlers/report';
import { refreshFollowupSummaries } from '../../db/repositories/followup-summaries';
import { tx } from '../../db/sql';
import { startBackend, tempDir } from '../harness/backend';
import { FULL_SCALE, generateFollowup, type FollowupScale } from './followup-data';
import { benchSafetyOn } from './safety';

export interface FollowupFigure {
  name: string;
  value: string;
  target: string;
  pass?: boolean;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchFollowup(scale: FollowupScale = FULL_SCALE): Promise<FollowupFigure[]> {
  const figures: FollowupFigure[] = [];
  const tmp = tempDir('hoptac-bench-followup-');
  // "Today" a few months after the last year, so a realistic share of open tasks is late.
  const clock: Clock = { now: () => new Date(`${scale.firstYear + scale.years}-03-15T09:00:00`) };
  try {
    const path = tmp.file('followup.sqlite');
    const backend = startBackend(path, { clock });
    const started = performance.now();
    const generated = generateFollowup(backend.db, scale);
    figures.push({
      name: `generate ${generated.documents} documents, ${generated.clauses} tasks, ${generated.entries} progress entries`,
      value: ms(performance.now() - started),
      target: '≥ 100,000 tasks, ≥ 500,000 entries',
      pass: generated.clauses >= 100_000 && generated.entries >= 500_000,
    });
    backend.db.pragma('wal_checkpoint(TRUNCATE)');
    backend.db.exec('ANALYZE');
    figures.push({ name: 'database size on disk', value: `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`, target: '—' });

    // The generator writes rows straight into the tables (triggers mark every document dirty): build the
    // per-document summaries once, as the app does when it opens a file after an upgrade.
    const t1 = performance.now();
    const rebuilt = tx(backend.db, () => refreshFollowupSummaries(backend.db));
    figures.push({ name: `build the follow-up summaries of ${rebuilt} documents (once, after generation)`, value: ms(performance.now() - t1), target: '—' });
    backend.db.pragma('wal_checkpoint(TRUNCATE)');
    backend.close();

    // A fresh connection: "the first dashboard after opening the file".
    const t2 = performance.now();
    const opened = startBackend(path, { clock });
    const openMs = performance.now() - t2;
    const time = async (channel: string, payload: unknown, runs = 5) => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const answer = (await opened.invoke(channel, payload)) as { ok: boolean };
        samples.push(performance.now() - t0);
        if (!answer.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer)}`);
      }
      return median(samples);
    };
    const first = await time('followup.dashboard', { groupBy: 'partner' }, 1);
    figures.push({ name: `open the file (${ms(openMs)}), then the first dashboard`, value: ms(first), target: '< 500 ms', pass: first < 500 });
    await opened.invoke('tracking.setStatus', { clauseId: generated.someTaskId, status: 'in_progress' });
    const afterWrite = await time('followup.dashboard', { groupBy: 'partner' }, 1);
    figures.push({ name: 'dashboard right after a status change (one summary rebuilt)', value: ms(afterWrite), target: '—' });

    const today = `${scale.firstYear + scale.years}-03-15`;
    const pastDay = `${scale.firstYear + scale.years - 2}-06-30`;
    for (const [label, asOf] of [[`today ${today}`, undefined], [`as of ${pastDay}`, pastDay]] as const) {
      const day = asOf ? { asOf } : {};
      for (const groupBy of ['partner', 'sector', 'agency', 'year'] as const) {
        const t = await time('followup.dashboard', { groupBy, ...day });
        figures.push({ name: `dashboard by ${groupBy}, all documents, ${label} (median of 5)`, value: ms(t), target: '< 50 ms', pass: t < 50 });
      }
      const partner = await time('followup.dashboard', { groupBy: 'sector', filters: { partnerProvinceIds: ['la-houaphanh'], years: [scale.firstYear + scale.years - 2] }, ...day });
      figures.push({ name: `dashboard by sector, one partner and one year, ${label}`, value: ms(partner), target: '< 50 ms', pass: partner < 50 });
      const due = await time('followup.due', { withinDays: 30, limit: 200, ...day });
      figures.push({ name: `due and overdue list (counts, per agency, first 200 rows), ${label}`, value: ms(due), target: '< 50 ms', pass: due < 50 });
      const table = await time('followup.clauses', { filters: { statuses: ['delayed'] }, limit: 200, ...day });
      figures.push({ name: `tracking table, late tasks, first page of 200, ${label}`, value: ms(table), target: '< 50 ms', pass: table < 50 });
      const all = await time('followup.clauses', { limit: 200, offset: 1000, ...day });
      figures.push({ name: `tracking table, all tasks, page 6 of 200, ${label}`, value: ms(all), target: '< 50 ms', pass: all < 50 });
    }

    const t0 = performance.now();
    await buildReports(opened.db, { documentId: generated.bigDocumentId }, today, ['vi']);
    figures.push({ name: 'progress report in Word, 300-task document (vi)', value: ms(performance.now() - t0), target: '—' });
    // Data safety on the same database: history verification, backup while reading, restore (./safety.ts).
    figures.push(...(await benchSafetyOn(opened, tmp.dir)));
    opened.close();
  } finally {
    tmp.remove();
  }
  return figures;
}

if (process.argv[1]?.endsWith('followup.ts')) {
  const small = process.argv.includes('--small');
  const figures = await benchFollowup(small ? { ...FULL_SCALE, vn: 3, la: 3, years: 2 } : FULL_SCALE);
  for (const f of figures) console.log(`${f.name.padEnd(70)} ${f.value.padStart(12)}  ${f.target}${f.pass === undefined ? '' : f.pass ? '  ok' : '  MISSED'}`);
}
