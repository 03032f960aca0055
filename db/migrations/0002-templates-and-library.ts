import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';
import { LIBRARY_CLAUSES, LIBRARY_SECTORS, libraryClauseId } from '../../shared/templates/library';
import type { Migration } from './types';

const sectorList = LIBRARY_SECTORS.map((s) => `'${s}'`).join(', ');

/**
 * Templates and the clause library.
 *
 * - Seeds the three built-in templates (version 1, builtin = 1, ids `builtin-<kind>-v1`).
 * - A template name is unique among the live templates of its kind (older versions are archived).
 * - `library_clauses`: the clause library per sector, seeded with every clause of sample-clauses.md
 *   (source 'builtin', Lao unverified → lo_needs_review = 1). 'officer' rows are the officer's own
 *   library entries (not written yet; library.list also draws on clauses of live documents directly).
 *   No foreign keys, so nothing cascades; rows are archived, never deleted.
 *
 * The seed data comes from shared/templates (builtin.ts, library.ts), frozen with this migration.
 */
const SCHEMA = `
CREATE UNIQUE INDEX templates_live_name ON templates(kind, name_vi) WHERE archived_at IS NULL;

CREATE TABLE library_clauses (
  id              TEXT PRIMARY KEY,
  sector          TEXT NOT NULL CHECK (sector IN (${sectorList})),
  text_vi         TEXT NOT NULL CHECK (length(text_vi) > 0),
  text_lo         TEXT NOT NULL DEFAULT '',
  lo_needs_review INTEGER NOT NULL DEFAULT 1 CHECK (lo_needs_review IN (0, 1)),
  indicator_hint  TEXT NOT NULL DEFAULT '',
  source          TEXT NOT NULL CHECK (source IN ('builtin', 'officer')),
  archived_at     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX library_clauses_by_sector ON library_clauses(sector, updated_at DESC) WHERE archived_at IS NULL;
`;

export const migration0002: Migration = {
  version: 2,
  name: 'templates-and-library',
  up(db, { now }) {
    db.exec(SCHEMA);
    const template = db.prepare(
      `INSERT INTO templates (id, kind, name_vi, name_lo, version, body_json, builtin, archived_at, created_at, updated_at)
       VALUES (@id, @kind, @nameVi, @nameLo, @version, @body, 1, NULL, @now, @now)`,
    );
    for (const t of BUILTIN_TEMPLATES) {
      template.run({ id: t.id, kind: t.kind, nameVi: t.nameVi, nameLo: t.nameLo, version: t.version, body: JSON.stringify(t.body), now });
    }
    const clause = db.prepare(
      `INSERT INTO library_clauses (id, sector, text_vi, text_lo, lo_needs_review, indicator_hint, source, archived_at, created_at, updated_at)
       VALUES (@id, @sector, @vi, @lo, 1, @indicator, 'builtin', NULL, @now, @now)`,
    );
    for (const c of LIBRARY_CLAUSES) {
      clause.run({ id: libraryClauseId(c.ref), sector: c.sector, vi: c.vi, lo: c.lo, indicator: c.indicator, now });
    }
  },
};
