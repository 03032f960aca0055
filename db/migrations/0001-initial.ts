import type { Migration } from './types';
import { PROVINCE_SEED } from './seed/provinces';

/**
 * Core schema of the whole mission, so later issues add tables and columns rather than rewrite:
 * documents with their parties and delegations, provinces and agencies (dated, with successors),
 * people with dated titles, templates, sections and clauses (bilingual, nested, with follow-up fields),
 * append-only progress entries and signed versions, and the append-only change log.
 *
 * Ids are random UUIDs (provinces use stable slugs) so two offline offices can later exchange
 * change logs without collisions. No foreign key cascades: history is never deleted by accident;
 * rows are archived (archived_at) instead.
 */
const SCHEMA = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE provinces (
  id                    TEXT PRIMARY KEY,
  country               TEXT NOT NULL CHECK (country IN ('VN', 'LA')),
  code                  TEXT NOT NULL DEFAULT '',
  name_vi               TEXT NOT NULL,
  name_lo               TEXT NOT NULL,
  name_en               TEXT NOT NULL,
  name_lo_needs_review  INTEGER NOT NULL DEFAULT 1 CHECK (name_lo_needs_review IN (0, 1)),
  borders_other_country INTEGER NOT NULL CHECK (borders_other_country IN (0, 1)),
  valid_from            TEXT,
  valid_to              TEXT,
  successor_id          TEXT REFERENCES provinces(id),
  note                  TEXT NOT NULL DEFAULT '',
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;

CREATE TABLE agencies (
  id                   TEXT PRIMARY KEY,
  province_id          TEXT REFERENCES provinces(id),
  country              TEXT NOT NULL CHECK (country IN ('VN', 'LA')),
  name_vi              TEXT NOT NULL,
  name_lo              TEXT NOT NULL DEFAULT '',
  name_en              TEXT NOT NULL DEFAULT '',
  name_lo_needs_review INTEGER NOT NULL DEFAULT 1 CHECK (name_lo_needs_review IN (0, 1)),
  abbreviation         TEXT NOT NULL DEFAULT '',
  valid_from           TEXT,
  valid_to             TEXT,
  successor_id         TEXT REFERENCES agencies(id),
  archived_at          TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX agencies_by_province ON agencies(province_id);

CREATE TABLE people (
  id               TEXT PRIMARY KEY,
  province_id      TEXT REFERENCES provinces(id),
  name_lo          TEXT NOT NULL DEFAULT '',
  name_vi          TEXT NOT NULL DEFAULT '',
  name_vi_variants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(name_vi_variants)),
  archived_at      TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

-- Titles change: a title belongs to a person for a period, and documents copy it at signing time.
CREATE TABLE person_titles (
  id                    TEXT PRIMARY KEY,
  person_id             TEXT NOT NULL REFERENCES people(id),
  title_vi              TEXT NOT NULL,
  title_lo              TEXT NOT NULL DEFAULT '',
  title_lo_needs_review INTEGER NOT NULL DEFAULT 1 CHECK (title_lo_needs_review IN (0, 1)),
  organisation          TEXT NOT NULL DEFAULT '',
  valid_from            TEXT,
  valid_to              TEXT,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX person_titles_by_person ON person_titles(person_id);

CREATE TABLE templates (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('minutes', 'agreement', 'memorandum')),
  name_vi     TEXT NOT NULL,
  name_lo     TEXT NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1,
  body_json   TEXT NOT NULL CHECK (json_valid(body_json)),
  builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  archived_at TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
  id                    TEXT PRIMARY KEY,
  kind                  TEXT NOT NULL CHECK (kind IN ('minutes', 'agreement', 'memorandum')),
  status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'amended')),
  title_vi              TEXT NOT NULL CHECK (length(title_vi) > 0),
  title_lo              TEXT NOT NULL DEFAULT '',
  title_lo_needs_review INTEGER NOT NULL DEFAULT 0 CHECK (title_lo_needs_review IN (0, 1)),
  meeting_date          TEXT NOT NULL,
  place_vi              TEXT NOT NULL DEFAULT '',
  place_lo              TEXT NOT NULL DEFAULT '',
  period_start          TEXT,
  period_end            TEXT,
  legal_basis_vi        TEXT NOT NULL DEFAULT '',
  legal_basis_lo        TEXT NOT NULL DEFAULT '',
  template_id           TEXT REFERENCES templates(id),
  predecessor_id        TEXT REFERENCES documents(id),
  is_sample             INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
  archived_at           TEXT,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX documents_by_date ON documents(meeting_date DESC, created_at DESC, id) WHERE archived_at IS NULL;

-- Our province and one or more partner provinces of a document.
CREATE TABLE document_parties (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  province_id TEXT NOT NULL REFERENCES provinces(id),
  role        TEXT NOT NULL CHECK (role IN ('ours', 'partner')),
  position    INTEGER NOT NULL,
  UNIQUE (document_id, province_id)
) STRICT;
CREATE UNIQUE INDEX document_parties_one_own ON document_parties(document_id) WHERE role = 'ours';
CREATE INDEX document_parties_by_province ON document_parties(province_id);

-- Heads, members, signatories and witnesses: separate roles (the signer is not always the head).
-- Names and titles are copied into the document as they were at the meeting.
CREATE TABLE delegates (
  id             TEXT PRIMARY KEY,
  document_id    TEXT NOT NULL REFERENCES documents(id),
  province_id    TEXT NOT NULL REFERENCES provinces(id),
  person_id      TEXT REFERENCES people(id),
  role           TEXT NOT NULL CHECK (role IN ('head', 'member', 'signatory', 'witness')),
  position       INTEGER NOT NULL,
  name_vi        TEXT NOT NULL DEFAULT '',
  name_lo        TEXT NOT NULL DEFAULT '',
  title_vi       TEXT NOT NULL DEFAULT '',
  title_lo       TEXT NOT NULL DEFAULT '',
  lo_needs_review INTEGER NOT NULL DEFAULT 0 CHECK (lo_needs_review IN (0, 1)),
  archived_at    TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX delegates_by_document ON delegates(document_id, position);

CREATE TABLE sections (
  id              TEXT PRIMARY KEY,
  document_id     TEXT NOT NULL REFERENCES documents(id),
  part            TEXT NOT NULL CHECK (part IN ('results', 'tasks', 'implementation')),
  sector          TEXT NOT NULL CHECK (sector IN ('political', 'defence_security', 'economy', 'education', 'health', 'culture_tourism', 'custom')),
  position        INTEGER NOT NULL,
  title_vi        TEXT NOT NULL,
  title_lo        TEXT NOT NULL DEFAULT '',
  lo_needs_review INTEGER NOT NULL DEFAULT 0 CHECK (lo_needs_review IN (0, 1)),
  archived_at     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX sections_by_document ON sections(document_id, position);

CREATE TABLE indicators (
  id              TEXT PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  name_vi         TEXT NOT NULL,
  name_lo         TEXT NOT NULL DEFAULT '',
  name_en         TEXT NOT NULL DEFAULT '',
  unit_vi         TEXT NOT NULL DEFAULT '',
  unit_lo         TEXT NOT NULL DEFAULT '',
  unit_en         TEXT NOT NULL DEFAULT '',
  lo_needs_review INTEGER NOT NULL DEFAULT 1 CHECK (lo_needs_review IN (0, 1)),
  archived_at     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

-- A clause: bilingual text, order within its section, optional parent for sub-items, and the
-- follow-up fields every agreed clause carries until the next annual review.
CREATE TABLE clauses (
  id                    TEXT PRIMARY KEY,
  document_id           TEXT NOT NULL REFERENCES documents(id),
  section_id            TEXT NOT NULL REFERENCES sections(id),
  parent_id             TEXT REFERENCES clauses(id),
  position              INTEGER NOT NULL,
  text_vi               TEXT NOT NULL DEFAULT '',
  text_lo               TEXT NOT NULL DEFAULT '',
  lo_needs_review       INTEGER NOT NULL DEFAULT 0 CHECK (lo_needs_review IN (0, 1)),
  predecessor_clause_id TEXT REFERENCES clauses(id),
  status                TEXT NOT NULL DEFAULT 'not_started'
                        CHECK (status IN ('not_started', 'in_progress', 'done', 'delayed', 'carried_over')),
  deadline              TEXT,
  deadline_note         TEXT NOT NULL DEFAULT '',
  indicator_id          TEXT REFERENCES indicators(id),
  target_value          REAL,
  target_note           TEXT NOT NULL DEFAULT '',
  currency              TEXT CHECK (currency IS NULL OR currency IN ('VND', 'USD', 'LAK')),
  archived_at           TEXT,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX clauses_by_section ON clauses(section_id, position);
CREATE INDEX clauses_by_document ON clauses(document_id);
CREATE INDEX clauses_by_parent ON clauses(parent_id);

-- One lead agency per side and any number of supporting agencies.
CREATE TABLE clause_agencies (
  id          TEXT PRIMARY KEY,
  clause_id   TEXT NOT NULL REFERENCES clauses(id),
  agency_id   TEXT NOT NULL REFERENCES agencies(id),
  side        TEXT NOT NULL CHECK (side IN ('VN', 'LA')),
  role        TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  archived_at TEXT,
  created_at  TEXT NOT NULL,
  UNIQUE (clause_id, agency_id)
) STRICT;
CREATE UNIQUE INDEX clause_agencies_one_lead ON clause_agencies(clause_id, side) WHERE role = 'lead' AND archived_at IS NULL;

-- Append-only history of progress on a clause. Never updated, never deleted, never cascaded.
CREATE TABLE progress_entries (
  id              TEXT PRIMARY KEY,
  clause_id       TEXT NOT NULL REFERENCES clauses(id) ON DELETE RESTRICT,
  entry_date      TEXT NOT NULL,
  author          TEXT NOT NULL DEFAULT '',
  agency_id       TEXT REFERENCES agencies(id),
  status_after    TEXT CHECK (status_after IS NULL OR status_after IN ('not_started', 'in_progress', 'done', 'delayed', 'carried_over')),
  text            TEXT NOT NULL DEFAULT '',
  indicator_value REAL,
  value_note      TEXT NOT NULL DEFAULT '',
  currency        TEXT CHECK (currency IS NULL OR currency IN ('VND', 'USD', 'LAK')),
  device_id       TEXT NOT NULL,
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX progress_entries_by_clause ON progress_entries(clause_id, entry_date);
CREATE TRIGGER progress_entries_no_update BEFORE UPDATE ON progress_entries
BEGIN SELECT RAISE(ABORT, 'progress entries are append-only'); END;
CREATE TRIGGER progress_entries_no_delete BEFORE DELETE ON progress_entries
BEGIN SELECT RAISE(ABORT, 'progress entries are append-only'); END;

-- Frozen snapshots of signed versions.
CREATE TABLE document_versions (
  id            TEXT PRIMARY KEY,
  document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  version_no    INTEGER NOT NULL,
  label         TEXT NOT NULL DEFAULT '',
  snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json)),
  signed_on     TEXT,
  created_at    TEXT NOT NULL,
  UNIQUE (document_id, version_no)
) STRICT;
CREATE TRIGGER document_versions_no_update BEFORE UPDATE ON document_versions
BEGIN SELECT RAISE(ABORT, 'signed versions are immutable'); END;
CREATE TRIGGER document_versions_no_delete BEFORE DELETE ON document_versions
BEGIN SELECT RAISE(ABORT, 'signed versions are immutable'); END;

-- Every write: which entity and field changed, from what to what, when, on which machine.
CREATE TABLE change_log (
  seq        INTEGER PRIMARY KEY,
  change_id  TEXT NOT NULL UNIQUE,
  device_id  TEXT NOT NULL,
  hlc        TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  field      TEXT,
  old_value  TEXT,
  new_value  TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_by_entity ON change_log(entity, entity_id);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db, { now }) {
    db.exec(SCHEMA);
    const insert = db.prepare(
      `INSERT INTO provinces (id, country, code, name_vi, name_lo, name_en, name_lo_needs_review,
         borders_other_country, valid_from, valid_to, successor_id, note, created_at, updated_at)
       VALUES (@id, @country, @code, @nameVi, @nameLo, @nameEn, @nameLoNeedsReview,
         @bordersOtherCountry, NULL, NULL, NULL, @note, @now, @now)`,
    );
    for (const p of PROVINCE_SEED) {
      insert.run({
        ...p,
        nameLoNeedsReview: p.nameLoNeedsReview ? 1 : 0,
        bordersOtherCountry: p.bordersOtherCountry ? 1 : 0,
        now,
      });
    }
  },
};
