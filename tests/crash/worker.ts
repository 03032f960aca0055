/**
 * The crash harness's child process (bundled by ./harness.ts, run with plain node). It performs edits through
 * `dispatch` as the app does — clause edits, progress entries with an evidence file, amend + sign — and appends
 * one line per acknowledged edit to the ack file *after* the call returned ok. The parent kills it with SIGKILL
 * at a random moment and checks every acknowledged edit survived.
 *
 * argv: <db> <ack file> <setup json> <seed> <mode>. Modes other than "correct" are mutants the harness must catch:
 *   ack-before-commit  the ack is written before the call (a kill in between leaves an ack for nothing)
 *   long-transaction   one transaction is held open across acknowledgements (a kill loses them all)
 */
import { createHash, randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/contract/channels';
import { HybridClock } from '../../db/clock';
import { dispatch } from '../../db/dispatch';
import { draftingHandlers } from '../../db/handlers/drafting';
import { trackingHandlers } from '../../db/handlers/tracking';
import { versionHandlers } from '../../db/handlers/versions';
import { ensureDeviceId, lastStampOf } from '../../db/repositories/meta';
import { openDatabase } from '../../db/open';
import type { Platform } from '../../db/platform';

export interface CrashSetup {
  draftClauses: string[];
  trackedClauses: string[];
  signedDocument: string;
}

export type Ack =
  | { kind: 'clause'; id: string; n: number }
  | { kind: 'progress'; clauseId: string; marker: string; sha256: string }
  | { kind: 'version'; documentId: string; versionNo: number };

const [dbPath, ackPath, setupJson, seedText, mode = 'correct'] = process.argv.slice(2);
const setup = JSON.parse(setupJson!) as CrashSetup;
let seed = Number(seedText) >>> 0 || 1;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const folder = `${ackPath}.files`;
mkdirSync(folder, { recursive: true });
let nextFile = '';
const platform = {
  chooseFiles: async () => [nextFile],
  chooseSaveFile: async () => null,
  openPath: async () => undefined,
  privateTempFolder: () => folder,
  chooseTarget: async () => null,
  writeFileAtomic: async () => undefined,
  writeFilesAtomic: async () => undefined,
  reveal: async () => undefined,
} satisfies Platform;

let db: ReturnType<typeof openDatabase>;
let api: Handlers;
const quiet = { error: () => undefined };
const ack = (line: Ack) => appendFileSync(ackPath!, `${JSON.stringify(line)}\n`);

async function call(channel: string, payload: unknown, line: Ack): Promise<void> {
  if (mode === 'ack-before-commit') ack(line);
  const result = (await dispatch(api, channel, payload, quiet)) as { ok: boolean; code?: string };
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result)}`);
  if (mode !== 'ack-before-commit') ack(line);
}

// Increasing across runs (the check compares edit numbers), unique within one.
let counter = Date.now() * 1000;

async function step(): Promise<void> {
  counter += 1;
  const action = random();
  if (action < 0.55) {
    const id = pick(setup.draftClauses);
    await call('clauses.update', { id, textVi: `sửa #${counter}` }, { kind: 'clause', id, n: counter });
  } else if (action < 0.95) {
    const clauseId = pick(setup.trackedClauses);
    const marker = `tiến độ #${counter}`;
    nextFile = join(folder, `bang-chung-${counter}.pdf`);
    const content = `%PDF-1.4\n% ${marker}\n`;
    writeFileSync(nextFile, content);
    const picked = (await dispatch(api, 'evidence.pick', {}, quiet)) as { ok: true; value: { files: { token: string }[] } };
    await call(
      'progress.add',
      { clauseId, entryDate: '2025-05-30', author: '', textVi: marker, textLo: '', values: [], evidenceTokens: [picked.value.files[0]!.token] },
      { kind: 'progress', clauseId, marker, sha256: createHash('sha256').update(content).digest('hex') },
    );
  } else {
    // A kill between amend and sign leaves it amended: then only sign.
    const status = (db.prepare('SELECT status FROM documents WHERE id = ?').get(setup.signedDocument) as { status: string }).status;
    if (status === 'signed') {
      const amended = (await dispatch(api, 'documents.amend', { id: setup.signedDocument }, quiet)) as { ok: boolean };
      if (!amended.ok) throw new Error('amend refused');
    }
    const versionNo = (db.prepare('SELECT max(version_no) AS n FROM document_versions WHERE document_id = ?').get(setup.signedDocument) as { n: number }).n + 1;
    await call('documents.sign', { id: setup.signedDocument, signedOn: '2025-05-31', confirmWarnings: true }, { kind: 'version', documentId: setup.signedDocument, versionNo });
  }
}

/** Opens the database and builds the handlers as createApi does (only those these edits use). */
function openApp(): void {
  db = openDatabase(dbPath!);
  if (mode === 'long-transaction') db.exec('BEGIN IMMEDIATE');
  // The real dispatch and handlers without the Word and Excel writers: the child starts several times faster.
  const clock = { now: () => new Date('2025-06-01T09:00:00Z') };
  const deviceId = ensureDeviceId(db);
  const write = { db, deviceId, hlc: new HybridClock(clock, deviceId, lastStampOf(db, deviceId)), now: () => clock.now().toISOString(), newId: randomUUID };
  const context = { db, write, databasePath: dbPath!, appVersion: 'crash', clock };
  api = { ...draftingHandlers(context), ...trackingHandlers(context, platform), ...versionHandlers(context) } as unknown as Handlers;
}

/**
 * "loaded" once the code is loaded, then waits for a line on stdin before touching the database: the harness
 * starts the next child while it checks the database after a kill, so loading is off the critical path.
 */
async function main(): Promise<void> {
  process.stdout.write('loaded\n');
  for await (const _ of process.stdin) break;
  openApp();
  process.stdout.write('ready\n');
  for (;;) await step();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(3);
});
