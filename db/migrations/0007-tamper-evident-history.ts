import { CHAINED_TABLES, GENESIS, linkHash, type ChainedTable } from '../integrity/chain';
import { historyGuardsSql } from '../integrity/guards';
import type { Migration } from './types';

/**
 * Tamper-evident history (issue 12).
 *
 * - change_log, progress_entries and document_versions get `chain_hash` (and the two without an integer key
 *   a `chain_seq`, their place in the chain): each row carries sha256 of the previous row's hash and its own
 *   content (db/integrity/chain.ts). Existing rows are chained here in insertion order.
 * - BEFORE INSERT triggers refuse `INSERT OR REPLACE` onto an existing history row and any history row
 *   without its link (db/integrity/guards.ts).
 *
 * The append-only UPDATE triggers are dropped for the back-fill and re-created with the same SQL.
 */
const UPDATE_GUARDS: Record<ChainedTable, string> = {
  change_log: 'the change log is append-only',
  progress_entries: 'progress entries are append-only',
  document_versions: 'signed versions are immutable',
};

const BATCH = 5000;

/** The UPDATE guards as 0001/0003 wrote them, the chain indexes and 0007's INSERT guards. */
function guardsSql(): string {
  const updates = Object.entries(UPDATE_GUARDS).map(
    ([table, message]) => `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}\nBEGIN SELECT RAISE(ABORT, '${message}'); END;`,
  );
  return [
    ...updates,
    'CREATE UNIQUE INDEX progress_entries_by_chain ON progress_entries(chain_seq);',
    'CREATE UNIQUE INDEX document_versions_by_chain ON document_versions(chain_seq);',
    historyGuardsSql(),
  ].join('\n');
}

function backfill(db: Parameters<Migration['up']>[0], table: ChainedTable): void {
  // Names come from CHAINED_TABLES (a constant), never from data.
  const select = {
    change_log: db.prepare('SELECT rowid AS rid, * FROM change_log WHERE rowid > ? ORDER BY rowid LIMIT ?'),
    progress_entries: db.prepare('SELECT rowid AS rid, * FROM progress_entries WHERE rowid > ? ORDER BY rowid LIMIT ?'),
    document_versions: db.prepare('SELECT rowid AS rid, * FROM document_versions WHERE rowid > ? ORDER BY rowid LIMIT ?'),
  }[table];
  const update = {
    change_log: db.prepare('UPDATE change_log SET chain_hash = @hash WHERE rowid = @rid'),
    progress_entries: db.prepare('UPDATE progress_entries SET chain_seq = @position, chain_hash = @hash WHERE rowid = @rid'),
    document_versions: db.prepare('UPDATE document_versions SET chain_seq = @position, chain_hash = @hash WHERE rowid = @rid'),
  }[table];
  let previous = GENESIS;
  let position = 0;
  let after = 0;
  for (;;) {
    const rows = select.all(after, BATCH) as (Record<string, unknown> & { rid: number })[];
    if (rows.length === 0) break;
    for (const row of rows) {
      position += 1;
      const linked = CHAINED_TABLES[table].order === 'chain_seq' ? { ...row, chain_seq: position } : row;
      previous = linkHash(previous, table, linked);
      update.run({ rid: row.rid, position, hash: previous });
    }
    after = rows.at(-1)!.rid;
  }
}

export const migration0007: Migration = {
  version: 7,
  name: 'tamper-evident-history',
  up(db) {
    db.exec(`
      ALTER TABLE change_log ADD COLUMN chain_hash TEXT;
      ALTER TABLE progress_entries ADD COLUMN chain_seq INTEGER;
      ALTER TABLE progress_entries ADD COLUMN chain_hash TEXT;
      ALTER TABLE document_versions ADD COLUMN chain_seq INTEGER;
      ALTER TABLE document_versions ADD COLUMN chain_hash TEXT;
      DROP TRIGGER change_log_no_update;
      DROP TRIGGER progress_entries_no_update;
      DROP TRIGGER document_versions_no_update;
    `);
    for (const table of Object.keys(UPDATE_GUARDS) as ChainedTable[]) backfill(db, table);
    db.exec(guardsSql());
  },
};
