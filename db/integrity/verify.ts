import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { CHAINED_TABLES, GENESIS, HASHED_COLUMNS, linkHashOfValues, type ChainedTable } from './chain';
import { HISTORY_TRIGGERS } from './guards';

/** Why a history row is not what the app wrote. */
export type HistoryProblemReason =
  | 'hash_mismatch' // content, order or a neighbour changed since it was written
  | 'missing_link' // a row without its chain hash: inserted behind the app's back
  | 'guard_missing' // an append-only trigger was dropped
  | 'evidence_changed' // the file's bytes no longer match their sha256
  | 'evidence_not_logged'; // the sha256 differs from the one the change log recorded when it was attached

export interface HistoryProblem {
  table: string;
  /** Which row: "seq 42" for the change log, "id …" otherwise, the trigger name for a missing guard. */
  row: string;
  reason: HistoryProblemReason;
}

export interface HistoryReport {
  ok: boolean;
  /** Rows checked per table. */
  checked: Record<ChainedTable | 'evidence_files', number>;
  /** The first broken row (in chain order), the one to look at. */
  firstBroken?: HistoryProblem;
  /** Up to MAX_PROBLEMS problems. */
  problems: HistoryProblem[];
}

const MAX_PROBLEMS = 50;

/** The first schema version with the chain (migration 0007). Older files have nothing to verify yet. */
export const CHAIN_SCHEMA_VERSION = 7;

/**
 * Rows in chain order as plain arrays: the hashed columns, then chain_hash and the row's name. Column names come
 * from CHAINED_TABLES (constants), never from data. Raw arrays keep verification at a few µs per row.
 */
function chainStatement(db: Database.Database, table: ChainedTable): Database.Statement {
  const spec = CHAINED_TABLES[table];
  const name = table === 'change_log' ? "'seq ' || seq" : "'id ' || id";
  const text = 'SELECT ' + [...HASHED_COLUMNS[table], 'chain_hash', name].join(', ') + ' FROM ' + table + ' ORDER BY ' + spec.order;
  return db.prepare(text).raw(true);
}

/**
 * Re-walks the hash chain of every history table, checks each evidence file against its sha256 and against
 * the sha256 the change log recorded, and checks the append-only triggers exist. Read-only; works on a
 * connection opened read-only (hoptac check, restore) as well as on the app's own.
 */
export function verifyHistory(db: Database.Database): HistoryReport {
  const problems: HistoryProblem[] = [];
  const report = (problem: HistoryProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const checked: HistoryReport['checked'] = { change_log: 0, progress_entries: 0, document_versions: 0, evidence_files: 0 };

  const triggers = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name));
  for (const [name, table] of Object.entries(HISTORY_TRIGGERS)) {
    if (!triggers.has(name)) report({ table, row: `trigger ${name}`, reason: 'guard_missing' });
  }

  for (const table of Object.keys(CHAINED_TABLES) as ChainedTable[]) {
    const width = HASHED_COLUMNS[table].length;
    let previous = GENESIS;
    for (const row of chainStatement(db, table).iterate() as IterableIterator<unknown[]>) {
      checked[table] += 1;
      const stored = row[width];
      const name = String(row[width + 1]);
      if (typeof stored !== 'string') {
        report({ table, row: name, reason: 'missing_link' });
        continue;
      }
      if (linkHashOfValues(previous, table, row.slice(0, width)) !== stored) report({ table, row: name, reason: 'hash_mismatch' });
      // Continue from the stored hash, so one edited row is reported once and the rows after it still check.
      previous = stored;
    }
  }

  const logged = db.prepare(
    "SELECT new_value FROM change_log WHERE entity = 'evidence_files' AND entity_id = ? AND field = 'sha256' AND op = 'insert' ORDER BY seq LIMIT 1",
  );
  for (const file of db.prepare('SELECT id, size, sha256, content FROM evidence_files ORDER BY rowid').iterate() as IterableIterator<{
    id: string;
    size: number;
    sha256: string;
    content: Buffer;
  }>) {
    checked.evidence_files += 1;
    const actual = createHash('sha256').update(file.content).digest('hex');
    if (actual !== file.sha256 || file.content.length !== file.size) {
      report({ table: 'evidence_files', row: `id ${file.id}`, reason: 'evidence_changed' });
      continue;
    }
    const recorded = (logged.get(file.id) as { new_value: string | null } | undefined)?.new_value;
    if (recorded !== file.sha256) report({ table: 'evidence_files', row: `id ${file.id}`, reason: 'evidence_not_logged' });
  }

  const firstBroken = problems.find((p) => p.reason !== 'guard_missing') ?? problems[0];
  return { ok: problems.length === 0, checked, ...(firstBroken ? { firstBroken } : {}), problems };
}

/** One line per problem, for the CLI and logs (English; the UI shows catalogue text per reason). */
export function describeProblem(problem: HistoryProblem): string {
  return `${problem.table} ${problem.row}: ${problem.reason.replaceAll('_', ' ')}`;
}
