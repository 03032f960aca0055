import { hash } from 'node:crypto';
import type { ReadDb, SqlValue } from '../sql';

/**
 * The hash chain of the history tables (migration 0007). Each row's chain_hash is
 * sha256(previous row's chain_hash + '\n' + canonical JSON of the row), computed here in app code when the
 * row is written and recomputed by db/integrity/verify.ts. An edit, a deletion or a reordering made behind
 * the app's back (after dropping the append-only triggers) breaks the chain at that row.
 *
 * Every hashed column has a value at insert: a missing one is filled with its default here, so the hash
 * covers exactly what SQLite stores. Columns added to these tables later are not hashed (the list is fixed).
 */
const REQUIRED = Symbol('required');
type ColumnDefault = SqlValue | typeof REQUIRED;

export const CHAINED_TABLES = {
  change_log: {
    order: 'seq',
    columns: {
      seq: REQUIRED, change_id: REQUIRED, device_id: REQUIRED, hlc: REQUIRED, entity: REQUIRED, entity_id: REQUIRED, op: REQUIRED,
      field: null, old_value: null, new_value: null, created_at: REQUIRED,
    },
  },
  progress_entries: {
    order: 'chain_seq',
    columns: {
      id: REQUIRED, chain_seq: REQUIRED, clause_id: REQUIRED, entry_date: REQUIRED, author: '', agency_id: null, status_after: null,
      text_vi: '', text_lo: '', supersedes_id: null, device_id: REQUIRED, created_at: REQUIRED,
    },
  },
  document_versions: {
    order: 'chain_seq',
    columns: {
      id: REQUIRED, chain_seq: REQUIRED, document_id: REQUIRED, version_no: REQUIRED, label: '', snapshot_json: REQUIRED,
      signed_on: null, created_at: REQUIRED,
    },
  },
} as const satisfies Record<string, { order: string; columns: Record<string, ColumnDefault> }>;

export type ChainedTable = keyof typeof CHAINED_TABLES;

/** The chain's first link hashes on this instead of a previous hash. */
export const GENESIS = '';

export function isChainedTable(table: string): table is ChainedTable {
  return Object.hasOwn(CHAINED_TABLES, table);
}

/** The hashed columns of a table, in hashing order. */
export const HASHED_COLUMNS = Object.fromEntries(
  (Object.keys(CHAINED_TABLES) as ChainedTable[]).map((table) => [table, Object.keys(CHAINED_TABLES[table].columns)]),
) as unknown as Record<ChainedTable, readonly string[]>;

/** The link of values given in HASHED_COLUMNS order (the verifier reads rows in that order). */
export function linkHashOfValues(previous: string, table: ChainedTable, values: readonly unknown[]): string {
  const canonical = JSON.stringify([table, ...values.map((v) => (typeof v === 'bigint' ? v.toString() : v === undefined ? null : v))]);
  // One-shot crypto.hash: no Hash object per row (verification walks every history row at start).
  return hash('sha256', `${previous}\n${canonical}`, 'hex');
}

export function linkHash(previous: string, table: ChainedTable, row: Record<string, unknown>): string {
  return linkHashOfValues(previous, table, HASHED_COLUMNS[table].map((column) => row[column]));
}

/** The last link of a table's chain (GENESIS and position 0 when empty). */
export function chainHead(db: ReadDb, table: ChainedTable): { position: number; hash: string } {
  const statements: Record<ChainedTable, string> = {
    change_log: 'SELECT seq AS position, chain_hash AS hash FROM change_log ORDER BY seq DESC LIMIT 1',
    progress_entries: 'SELECT chain_seq AS position, chain_hash AS hash FROM progress_entries ORDER BY chain_seq DESC LIMIT 1',
    document_versions: 'SELECT chain_seq AS position, chain_hash AS hash FROM document_versions ORDER BY chain_seq DESC LIMIT 1',
  };
  const head = db.prepare(statements[table]).get() as { position: number; hash: string | null } | undefined;
  return head ? { position: head.position, hash: head.hash ?? GENESIS } : { position: 0, hash: GENESIS };
}

/**
 * Completes a row about to be inserted into a chained table: fills defaults of hashed columns, gives it the
 * next position (seq or chain_seq) and its chain_hash. Call inside the write transaction.
 */
export function chainRow(db: ReadDb, table: ChainedTable, row: Record<string, SqlValue>): Record<string, SqlValue> {
  const spec = CHAINED_TABLES[table];
  const head = chainHead(db, table);
  const complete: Record<string, SqlValue> = { ...row, [spec.order]: head.position + 1 };
  for (const [column, fallback] of Object.entries(spec.columns) as [string, ColumnDefault][]) {
    if (complete[column] !== undefined) continue;
    if (fallback === REQUIRED) throw new Error(`${table}.${column} is needed for the history chain`);
    complete[column] = fallback;
  }
  complete['chain_hash'] = linkHash(head.hash, table, complete);
  return complete;
}
