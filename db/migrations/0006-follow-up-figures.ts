import type { Migration } from './types';

/**
 * Follow-up figures an office can sign off (issue 11).
 *
 * - `clause_indicators.value_mode` (`latest`: the latest report is the running total, the default from now
 *   on; `sum`: each report adds) and `direction` (`at_least`, `at_most`, `exactly`). Indicators written
 *   before keep `sum`, which is how their figures were computed and shown until now.
 * - Carry-over no longer replaces the origin's status with "carried_over": an origin that has a live
 *   successor gets back the status its own log gives (its last status change other than the carry-over
 *   mark; in progress when it has reports; else not started). The log entries stay as written.
 * - `settings`: small JSON values the officer fills once (the report's issuing body, number, signer, recipients).
 * - Per-document follow-up summaries (`followup_document_facts`) kept up to date in the same transaction as
 *   every write, so opening the file does not read every task's rows: triggers mark a document dirty
 *   (`followup_dirty`) whenever a row its follow-up facts come from changes — also when another program
 *   writes the file — and db/repositories/followup-summaries.ts rebuilds the dirty documents' summaries.
 *   Every document starts dirty; the app builds them once when it next opens the file.
 */

const dirtyFromClause = (table: string, event: 'INSERT' | 'UPDATE', clauseColumn: string) => `
CREATE TRIGGER followup_dirty_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
BEGIN INSERT OR IGNORE INTO followup_dirty (document_id) SELECT document_id FROM clauses WHERE id = NEW.${clauseColumn}; END;`;

const dirtyFromDocument = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', documentColumn: string) => `
CREATE TRIGGER followup_dirty_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
BEGIN INSERT OR IGNORE INTO followup_dirty (document_id) VALUES (${event === 'DELETE' ? 'OLD' : 'NEW'}.${documentColumn}); END;`;

const SCHEMA = `
ALTER TABLE clause_indicators ADD COLUMN value_mode TEXT NOT NULL DEFAULT 'latest' CHECK (value_mode IN ('latest', 'sum'));
ALTER TABLE clause_indicators ADD COLUMN direction TEXT NOT NULL DEFAULT 'at_least' CHECK (direction IN ('at_least', 'at_most', 'exactly'));
UPDATE clause_indicators SET value_mode = 'sum';

CREATE TABLE settings (
  id         TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Status changes of a clause, for replaying its status on a past date.
CREATE INDEX progress_entries_status_changes ON progress_entries(clause_id, entry_date) WHERE status_after IS NOT NULL;

CREATE TABLE followup_document_facts (
  document_id TEXT PRIMARY KEY REFERENCES documents(id),
  -- Increases with every rebuild (any process): a reader loads only summaries newer than what it holds.
  version     INTEGER NOT NULL,
  facts_json  TEXT NOT NULL
) STRICT;
CREATE INDEX followup_document_facts_by_version ON followup_document_facts(version);

CREATE TABLE followup_dirty (document_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
${dirtyFromDocument('documents', 'INSERT', 'id')}
${dirtyFromDocument('documents', 'UPDATE', 'id')}
${dirtyFromDocument('document_parties', 'INSERT', 'document_id')}
${dirtyFromDocument('document_parties', 'UPDATE', 'document_id')}
${dirtyFromDocument('document_parties', 'DELETE', 'document_id')}
${dirtyFromDocument('sections', 'INSERT', 'document_id')}
${dirtyFromDocument('sections', 'UPDATE', 'document_id')}
${dirtyFromDocument('clauses', 'INSERT', 'document_id')}
${dirtyFromDocument('clauses', 'UPDATE', 'document_id')}
${dirtyFromClause('clause_tracking', 'INSERT', 'id')}
${dirtyFromClause('clause_tracking', 'UPDATE', 'id')}
${dirtyFromClause('clause_agencies', 'INSERT', 'clause_id')}
${dirtyFromClause('clause_agencies', 'UPDATE', 'clause_id')}
${dirtyFromClause('clause_indicators', 'INSERT', 'clause_id')}
${dirtyFromClause('clause_indicators', 'UPDATE', 'clause_id')}
${dirtyFromClause('progress_entries', 'INSERT', 'clause_id')}
${dirtyFromClause('clause_scopes', 'INSERT', 'clause_id')}
${dirtyFromClause('clause_scopes', 'UPDATE', 'clause_id')}
CREATE TRIGGER followup_dirty_section_scopes_insert AFTER INSERT ON section_scopes
BEGIN INSERT OR IGNORE INTO followup_dirty (document_id) SELECT document_id FROM sections WHERE id = NEW.section_id; END;
CREATE TRIGGER followup_dirty_section_scopes_update AFTER UPDATE ON section_scopes
BEGIN INSERT OR IGNORE INTO followup_dirty (document_id) SELECT document_id FROM sections WHERE id = NEW.section_id; END;
CREATE TRIGGER followup_dirty_progress_values_insert AFTER INSERT ON progress_values
BEGIN INSERT OR IGNORE INTO followup_dirty (document_id)
  SELECT c.document_id FROM progress_entries e JOIN clauses c ON c.id = e.clause_id WHERE e.id = NEW.entry_id; END;
-- A correction written later changes the figures of the entry it supersedes: covered by the entry insert above.
-- A task carried into another document shows "carried over to …" in its own document.
CREATE TRIGGER followup_dirty_predecessor_insert AFTER INSERT ON clauses WHEN NEW.predecessor_clause_id IS NOT NULL
BEGIN INSERT OR IGNORE INTO followup_dirty (document_id) SELECT document_id FROM clauses WHERE id = NEW.predecessor_clause_id; END;
CREATE TRIGGER followup_dirty_predecessor_update AFTER UPDATE ON clauses WHEN NEW.predecessor_clause_id IS NOT NULL
BEGIN INSERT OR IGNORE INTO followup_dirty (document_id) SELECT document_id FROM clauses WHERE id = NEW.predecessor_clause_id; END;
`;

export const migration0006: Migration = {
  version: 6,
  name: 'follow-up-figures',
  up(db, { now }) {
    db.exec(SCHEMA);

    // Origins carried over keep their own status (the carry-over is a mark, shown through the successor link).
    const origins = db
      .prepare(
        `SELECT t.id FROM clause_tracking t WHERE t.status = 'carried_over'
           AND EXISTS (SELECT 1 FROM clauses s WHERE s.predecessor_clause_id = t.id)`,
      )
      .all() as { id: string }[];
    const lastChange = db.prepare(
      `SELECT status_after, entry_date FROM progress_entries
       WHERE clause_id = ? AND status_after IS NOT NULL AND status_after <> 'carried_over'
       ORDER BY entry_date DESC, created_at DESC LIMIT 1`,
    );
    const firstReport = db.prepare(`SELECT min(entry_date) AS d FROM progress_entries WHERE clause_id = ? AND status_after IS NULL`);
    const restore = db.prepare(`UPDATE clause_tracking SET status = ?, status_changed_on = ?, updated_at = ? WHERE id = ?`);
    for (const { id } of origins) {
      const change = lastChange.get(id) as { status_after: string; entry_date: string } | undefined;
      const reported = (firstReport.get(id) as { d: string | null }).d;
      if (change) restore.run(change.status_after, change.entry_date, now, id);
      else restore.run(reported ? 'in_progress' : 'not_started', reported, now, id);
    }

    db.exec(`INSERT OR IGNORE INTO followup_dirty (document_id) SELECT id FROM documents`);
  },
};
