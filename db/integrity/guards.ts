/**
 * The triggers that keep history append-only. Migrations 0001 and 0003 refuse UPDATE and DELETE; migration
 * 0007 adds the two holes those left: `INSERT OR REPLACE` (REPLACE deletes the old row without firing delete
 * triggers unless recursive_triggers is on, which an outside tool does not set) and rows without a link in
 * the hash chain. A BEFORE INSERT trigger sees an existing key before conflict resolution runs, so it refuses
 * REPLACE, `ON CONFLICT DO UPDATE` and `INSERT OR IGNORE` onto an existing row from any SQLite client.
 *
 * The verifier checks every trigger listed here still exists (a DROP TRIGGER is reported, not trusted).
 */

/** Keys whose reuse would replace a history row, per table. */
const EXISTING_KEY: Record<string, string> = {
  change_log: 'seq = NEW.seq OR change_id = NEW.change_id',
  progress_entries: 'id = NEW.id OR chain_seq = NEW.chain_seq OR (NEW.supersedes_id IS NOT NULL AND supersedes_id = NEW.supersedes_id)',
  progress_values: 'id = NEW.id',
  evidence_files: 'id = NEW.id',
  document_versions: 'id = NEW.id OR chain_seq = NEW.chain_seq OR (document_id = NEW.document_id AND version_no = NEW.version_no)',
};

export const HISTORY_TABLES = Object.keys(EXISTING_KEY);

const CHAIN_REQUIRED = ['change_log', 'progress_entries', 'document_versions'];

/** Trigger name → table, for every guard the history depends on (0001, 0003 and 0007). */
export const HISTORY_TRIGGERS: Record<string, string> = Object.fromEntries([
  ...HISTORY_TABLES.flatMap((t) => [[`${t}_no_update`, t], [`${t}_no_delete`, t], [`${t}_no_replace`, t]]),
  ...CHAIN_REQUIRED.map((t) => [`${t}_chain_required`, t]),
]);

/** SQL of migration 0007's triggers. Table names and conditions come from the constants above. */
export function historyGuardsSql(): string {
  const noReplace = HISTORY_TABLES.map(
    (t) => `CREATE TRIGGER ${t}_no_replace BEFORE INSERT ON ${t}
WHEN EXISTS (SELECT 1 FROM ${t} WHERE ${EXISTING_KEY[t]})
BEGIN SELECT RAISE(ABORT, '${t}: history rows cannot be replaced'); END;`,
  );
  const chained = CHAIN_REQUIRED.map(
    (t) => `CREATE TRIGGER ${t}_chain_required BEFORE INSERT ON ${t}
WHEN NEW.chain_hash IS NULL OR length(NEW.chain_hash) <> 64
BEGIN SELECT RAISE(ABORT, '${t}: a history row needs its link in the hash chain'); END;`,
  );
  return [...noReplace, ...chained].join('\n');
}
