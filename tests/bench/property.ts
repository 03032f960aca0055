/**
 * The export property test at benchmark scale: the same fast-check property as tests/export/property.test.ts
 * (random texts with control characters, U+FFFE/U+FFFF, lone surrogates, bidi marks, emoji, 20,000-character
 * clauses → strictly valid XML and the sanitised text verbatim), run 10,000 times instead of 1,000.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';

export const PROPERTY_RUNS = 10_000;

export function benchProperty(): { name: string; value: string; target: string; pass: boolean } {
  const started = performance.now();
  const result = spawnSync('npx', ['vitest', 'run', 'tests/export/property.test.ts', '--testTimeout=3600000'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, HOPTAC_PROPERTY_RUNS: String(PROPERTY_RUNS) },
    encoding: 'utf8',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const pass = result.status === 0;
  return {
    name: `export property: ${PROPERTY_RUNS.toLocaleString('en')} random documents, strictly valid XML each time`,
    value: pass ? `passed, ${seconds} s` : 'FAILED',
    target: '≥ 10,000 runs, all valid',
    pass,
  };
}
