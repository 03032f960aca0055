import { LA_AGENCIES, VN_AGENCIES, agencySeedId, INDICATOR_SEED, indicatorSeedId } from './seed/followup';
import type { Migration } from './types';

/**
 * Follow-up (issue 6).
 *
 * - `clause_tracking`: the follow-up state of a clause (status set by the officer, deadline in the form
 *   officers write it, its due date for lateness, drop reason). No row = not started, no deadline.
 *   "delayed" is not a stored status: it is computed from due_date and an injected clock. It supersedes
 *   clauses.status/deadline of 0001, which stay unused (a non-default value is copied across here).
 * - `clause_indicators`: indicators of a clause (catalogue or custom) with unit and target.
 * - `progress_entries` is rebuilt (nothing wrote to it yet) with both languages, the status an entry
 *   sets and `supersedes_id` for corrections; still append-only by trigger.
 * - `progress_values`, `evidence_files`: values and files reported by an entry, append-only too.
 *   Evidence lives in the database file, so one file is the whole backup.
 * - Seeds the agencies of every Vietnamese border province and every Lao province, and the indicator
 *   catalogue (db/migrations/seed/followup.ts; Lao names unverified → needs review).
 */
/** Triggers that refuse any UPDATE or DELETE of a table's rows (history is never rewritten). */
const appendOnly = (table: string, message: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${message}'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

const TRACKING_STATUS_CHECK = "('not_started', 'in_progress', 'done', 'carried_over', 'dropped')";

const SCHEMA = `
-- id is the clause's id (one tracking row per clause, written through the generic change-logged writes).
CREATE TABLE clause_tracking (
  id                 TEXT PRIMARY KEY REFERENCES clauses(id),
  status             TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ${TRACKING_STATUS_CHECK}),
  deadline_kind      TEXT CHECK (deadline_kind IS NULL OR deadline_kind IN ('date', 'year', 'period', 'ongoing')),
  deadline_date      TEXT,
  deadline_from_year INTEGER,
  deadline_to_year   INTEGER,
  due_date           TEXT,
  drop_reason        TEXT NOT NULL DEFAULT '',
  status_changed_on  TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX clause_tracking_open_by_due ON clause_tracking(due_date)
  WHERE status IN ('not_started', 'in_progress') AND due_date IS NOT NULL;

CREATE TABLE clause_indicators (
  id           TEXT PRIMARY KEY,
  clause_id    TEXT NOT NULL REFERENCES clauses(id),
  indicator_id TEXT REFERENCES indicators(id),
  name_vi      TEXT NOT NULL CHECK (length(name_vi) > 0),
  name_lo      TEXT NOT NULL DEFAULT '',
  unit         TEXT NOT NULL CHECK (length(unit) > 0),
  currency     TEXT CHECK (currency IS NULL OR currency IN ('VND', 'USD', 'LAK')),
  target_value REAL CHECK (target_value IS NULL OR target_value >= 0),
  target_note  TEXT NOT NULL DEFAULT '',
  position     INTEGER NOT NULL,
  archived_at  TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX clause_indicators_by_clause ON clause_indicators(clause_id, position);

DROP TABLE progress_entries;
CREATE TABLE progress_entries (
  id            TEXT PRIMARY KEY,
  clause_id     TEXT NOT NULL REFERENCES clauses(id) ON DELETE RESTRICT,
  entry_date    TEXT NOT NULL,
  author        TEXT NOT NULL DEFAULT '',
  agency_id     TEXT REFERENCES agencies(id),
  status_after  TEXT CHECK (status_after IS NULL OR status_after IN ${TRACKING_STATUS_CHECK}),
  text_vi       TEXT NOT NULL DEFAULT '',
  text_lo       TEXT NOT NULL DEFAULT '',
  supersedes_id TEXT REFERENCES progress_entries(id),
  device_id     TEXT NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX progress_entries_by_clause ON progress_entries(clause_id, entry_date);
CREATE UNIQUE INDEX progress_entries_one_correction ON progress_entries(supersedes_id) WHERE supersedes_id IS NOT NULL;
${appendOnly('progress_entries', 'progress entries are append-only')}

CREATE TABLE progress_values (
  id                  TEXT PRIMARY KEY,
  entry_id            TEXT NOT NULL REFERENCES progress_entries(id) ON DELETE RESTRICT,
  clause_indicator_id TEXT NOT NULL REFERENCES clause_indicators(id) ON DELETE RESTRICT,
  value               REAL CHECK (value IS NULL OR value >= 0),
  unit                TEXT NOT NULL,
  note                TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL
) STRICT;
CREATE INDEX progress_values_by_entry ON progress_values(entry_id);
CREATE INDEX progress_values_by_indicator ON progress_values(clause_indicator_id);
${appendOnly('progress_values', 'progress entries are append-only')}

CREATE TABLE evidence_files (
  id         TEXT PRIMARY KEY,
  entry_id   TEXT NOT NULL REFERENCES progress_entries(id) ON DELETE RESTRICT,
  file_name  TEXT NOT NULL,
  media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
  size       INTEGER NOT NULL CHECK (size >= 0),
  sha256     TEXT NOT NULL,
  content    BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_files_by_entry ON evidence_files(entry_id);
${appendOnly('evidence_files', 'evidence files are append-only')}

CREATE INDEX clause_agencies_by_agency ON clause_agencies(agency_id) WHERE archived_at IS NULL;
CREATE INDEX clause_agencies_by_clause ON clause_agencies(clause_id) WHERE archived_at IS NULL;
CREATE INDEX clauses_by_predecessor ON clauses(predecessor_clause_id) WHERE predecessor_clause_id IS NOT NULL;
CREATE INDEX documents_by_predecessor ON documents(predecessor_id) WHERE predecessor_id IS NOT NULL;
`;

export const migration0003: Migration = {
  version: 3,
  name: 'follow-up',
  up(db, { now }) {
    const legacyProgress = db.prepare('SELECT count(*) AS n FROM progress_entries').get() as { n: number };
    // Version 2 had no way to write progress; refuse rather than drop rows if some tool wrote any.
    if (legacyProgress.n > 0) throw new Error('progress_entries holds rows; migration 0003 cannot rebuild it');
    db.exec(SCHEMA);

    // Copy any follow-up state written through 0001's columns (a stored "delayed" becomes "in_progress").
    db.prepare(
      `INSERT INTO clause_tracking (id, status, deadline_kind, deadline_date, due_date, created_at, updated_at)
       SELECT id, CASE status WHEN 'delayed' THEN 'in_progress' ELSE status END,
              CASE WHEN deadline IS NULL THEN NULL ELSE 'date' END, deadline, deadline, @now, @now
       FROM clauses WHERE status <> 'not_started' OR deadline IS NOT NULL`,
    ).run({ now });

    const insertAgency = db.prepare(
      `INSERT INTO agencies (id, province_id, country, name_vi, name_lo, name_en, name_lo_needs_review, abbreviation,
         valid_from, valid_to, successor_id, archived_at, created_at, updated_at)
       VALUES (@id, @provinceId, @country, @nameVi, @nameLo, @nameEn, 1, @abbreviation, NULL, NULL, NULL, NULL, @now, @now)`,
    );
    const provinces = db
      .prepare(`SELECT id, country FROM provinces WHERE (country = 'VN' AND borders_other_country = 1) OR country = 'LA'`)
      .all() as { id: string; country: 'VN' | 'LA' }[];
    for (const province of provinces) {
      for (const agency of province.country === 'VN' ? VN_AGENCIES : LA_AGENCIES) {
        insertAgency.run({
          id: agencySeedId(province.id, agency.code),
          provinceId: province.id,
          country: province.country,
          nameVi: agency.nameVi,
          nameLo: agency.nameLo,
          nameEn: agency.nameEn,
          abbreviation: agency.abbreviation,
          now,
        });
      }
    }

    const insertIndicator = db.prepare(
      `INSERT INTO indicators (id, code, name_vi, name_lo, name_en, unit_vi, unit_lo, unit_en, lo_needs_review, archived_at, created_at, updated_at)
       VALUES (@id, @code, @nameVi, @nameLo, @nameEn, @unitVi, @unitLo, @unitEn, 1, NULL, @now, @now)`,
    );
    for (const indicator of INDICATOR_SEED) insertIndicator.run({ id: indicatorSeedId(indicator.code), ...indicator, now });
  },
};
