import { signLikeAnOfficer } from '../helpers/api';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { verifyHistory } from '../../db/integrity/verify';
import { openDatabase } from '../../db/open';
import { startBackend } from '../harness/backend';
import { validCreateRequest } from '../helpers/db';
import type { Ack, CrashSetup } from './worker';

export type CrashMode = 'correct' | 'ack-before-commit' | 'long-transaction';

export interface CrashReport {
  cycles: number;
  acknowledged: number;
  /** Acknowledged edits missing after a kill, with the first few described. */
  lost: number;
  problems: string[];
}

/** Bundles the worker once: node starts it in ~0.1 s per cycle instead of a TypeScript loader. */
export async function bundleWorker(outDir: string): Promise<string> {
  const outfile = join(outDir, 'crash-worker.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    define: { __HOPTAC_VERSION__: '"crash"' },
    logLevel: 'error',
  });
  return outfile;
}

/** A database with a draft (clauses to edit) and a signed document (tasks to report on). */
export async function prepareCrashDatabase(dbPath: string): Promise<CrashSetup> {
  const backend = startBackend(dbPath, { clock: { now: () => new Date('2025-06-01T09:00:00Z') } });
  const invoke = async <T>(channel: string, payload: unknown) => {
    const result = (await backend.invoke(channel, payload)) as { ok: boolean; value: T };
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.value;
  };
  try {
    const request = validCreateRequest({ templateId: 'builtin-minutes-v1', ourProvinceId: 'vn-son-la', partnerProvinceIds: ['la-houaphanh'], meetingDate: '2025-03-21' });
    type Detail = { id: string; sections: { part: string; clauses: { id: string }[] }[] };
    const draft = await invoke<{ id: string }>('documents.create', request);
    const signed = await invoke<{ id: string }>('documents.create', request);
    await signLikeAnOfficer(backend.invoke, signed.id, '2025-03-21');
    const clausesOf = async (id: string, part?: string) =>
      (await invoke<Detail>('documents.get', { id })).sections.filter((s) => part === undefined || s.part === part).flatMap((s) => s.clauses.map((c) => c.id));
    return { draftClauses: (await clausesOf(draft.id)).slice(0, 8), trackedClauses: (await clausesOf(signed.id, 'tasks')).slice(0, 6), signedDocument: signed.id };
  } finally {
    backend.close();
  }
}

function readAcks(path: string): Ack[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}')) // a line cut by the kill was never acknowledged
    .map((line) => JSON.parse(line) as Ack);
}

/** Opens the database after a kill and checks it: integrity, history, and every acknowledged edit present. */
export function checkAfterKill(dbPath: string, acks: readonly Ack[]): string[] {
  const problems: string[] = [];
  const db = openDatabase(dbPath);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) problems.push('foreign_key_check failed');
    const history = verifyHistory(db);
    if (history.firstBroken) problems.push(`history: ${JSON.stringify(history.firstBroken)}`);
    const lastEdit = new Map<string, number>();
    for (const a of acks) if (a.kind === 'clause') lastEdit.set(a.id, Math.max(a.n, lastEdit.get(a.id) ?? 0));
    const clauseText = db.prepare('SELECT text_vi FROM clauses WHERE id = ?');
    for (const [id, n] of lastEdit) {
      // The text is the last acknowledged edit, or a later one that committed before its ack was written.
      const text = (clauseText.get(id) as { text_vi: string }).text_vi;
      const found = Number(/#(\d+)$/u.exec(text)?.[1] ?? -1);
      if (found < n) problems.push(`clause ${id}: acknowledged edit #${n} lost (text is "${text}")`);
    }
    const entry = db.prepare(
      `SELECT f.sha256 FROM progress_entries e JOIN evidence_files f ON f.entry_id = e.id WHERE e.clause_id = ? AND e.text_vi = ?`,
    );
    const version = db.prepare('SELECT 1 FROM document_versions WHERE document_id = ? AND version_no = ?');
    for (const a of acks) {
      if (a.kind === 'progress') {
        const row = entry.get(a.clauseId, a.marker) as { sha256: string } | undefined;
        if (!row) problems.push(`progress "${a.marker}" lost`);
        else if (row.sha256 !== a.sha256) problems.push(`progress "${a.marker}": evidence differs`);
      } else if (a.kind === 'version' && !version.get(a.documentId, a.versionNo)) {
        problems.push(`signed version ${a.versionNo} lost`);
      }
    }
  } finally {
    db.close();
  }
  return problems;
}

interface Child {
  loaded: Promise<void>;
  /** Lets it open the database; resolves when it is editing. */
  go(): Promise<void>;
  kill(): Promise<void>;
  /** Resolves when it exits; rejects if it exits by itself (a bug in the worker, not a crash test). */
  exited: Promise<void>;
}

/** Starts a worker process that loads its code and waits for go(). The bundle finds better-sqlite3 via NODE_PATH. */
function spawnWorker(worker: string, args: string[]): Child {
  const env = { ...process.env, NODE_PATH: join(import.meta.dirname, '..', '..', 'node_modules') };
  const child = spawn(process.execPath, [worker, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let stdout = '';
  let stderr = '';
  const waiters: [string, () => void][] = [];
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const [word, resolve] of waiters) if (stdout.includes(word)) resolve();
  });
  const when = (word: string) => new Promise<void>((resolve) => (stdout.includes(word) ? resolve() : waiters.push([word, resolve])));
  let killed = false;
  const exited = new Promise<void>((resolve, reject) => {
    child.on('exit', (code, signal) => {
      if (killed && signal === 'SIGKILL') resolve();
      else reject(new Error(`worker exited by itself (${code ?? signal}): ${stderr.slice(0, 2000)}`));
    });
  });
  exited.catch(() => undefined);
  return {
    loaded: when('loaded'),
    go: () => {
      child.stdin.write('go\n');
      return when('ready');
    },
    kill: () => {
      killed = true;
      child.kill('SIGKILL');
      return exited;
    },
    exited,
  };
}

/** Starts a worker that edits without pause until stop() (for backups taken while another process writes). */
export async function startWriter(worker: string, dir: string): Promise<{ dbPath: string; stop(): Promise<void> }> {
  const dbPath = join(dir, 'busy.sqlite');
  const setup = await prepareCrashDatabase(dbPath);
  const child = spawnWorker(worker, [dbPath, join(dir, 'busy-acks.jsonl'), JSON.stringify(setup), '99', 'correct']);
  await child.loaded;
  await child.go();
  return { dbPath, stop: () => child.kill() };
}

/**
 * Kills the worker `cycles` times at random moments (0–maxKillMs after it is ready, varying by seed) and checks
 * the database after each kill against every edit acknowledged so far.
 */
export async function runCrashCycles(options: {
  dir: string;
  worker: string;
  cycles: number;
  mode?: CrashMode;
  seed?: number;
  maxKillMs?: number;
  stopOnLoss?: boolean;
}): Promise<CrashReport> {
  const dbPath = join(options.dir, 'crash.sqlite');
  const ackPath = join(options.dir, 'acks.jsonl');
  for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, ackPath]) rmSync(f, { force: true });
  const setup = await prepareCrashDatabase(dbPath);
  let seed = options.seed ?? 12;
  const report: CrashReport = { cycles: 0, acknowledged: 0, lost: 0, problems: [] };
  const nextArgs = () => {
    seed = (seed * 48271) % 2147483647;
    return { seed, args: [dbPath, ackPath, JSON.stringify(setup), String(seed), options.mode ?? 'correct'] };
  };
  let next = nextArgs();
  let child = spawnWorker(options.worker, next.args);
  for (let cycle = 0; cycle < options.cycles; cycle++) {
    const current = child;
    const killAfter = 5 + (next.seed % (options.maxKillMs ?? 250));
    await current.loaded;
    await Promise.race([current.go(), current.exited]);
    await new Promise((resolve) => setTimeout(resolve, killAfter));
    await current.kill();
    // The next child loads its code while this one's database is checked (it waits for go()).
    next = nextArgs();
    child = cycle + 1 < options.cycles ? spawnWorker(options.worker, next.args) : child;
    const acks = readAcks(ackPath);
    const problems = checkAfterKill(dbPath, acks);
    report.cycles += 1;
    report.acknowledged = acks.length;
    if (problems.length > 0) {
      report.lost += problems.length;
      report.problems.push(...problems.slice(0, 5).map((p) => `cycle ${cycle}: ${p}`));
      if (options.stopOnLoss) break;
    }
  }
  if (child !== undefined) await child.kill().catch(() => undefined);
  return report;
}
