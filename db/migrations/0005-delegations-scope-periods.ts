import { defaultDatelinePlace } from '../../shared/domain/places';
import { VALID_FROM_2025, VALID_TO_BEFORE_2025, VN_AGENCIES_BEFORE_2025, VN_AGENCIES_FROM_2025 } from './seed/agencies-before-2025';
import { agencySeedId, stableUuid } from './seed/followup';
import { PROVINCE_ALIASES } from './seed/province-aliases';
import type { Migration } from './types';

/**
 * Real meetings (issue 10).
 *
 * - `delegations`: named delegations of a document (side VN/LA, names in both languages, optionally a
 *   party province — none for a ministry, the National Assembly, a party committee). Delegates belong to a
 *   delegation: `delegates` is rebuilt with `delegation_id` (NOT NULL) instead of `province_id`. Today's
 *   delegates of each (document, province) become one delegation of that province, named as the export
 *   named it ("Đoàn đại biểu cấp cao tỉnh X"; "Đoàn đại biểu tỉnh X" for a memorandum), with a stable id
 *   (same on every installation) and its Lao name flagged for review; a delegation whose people were all
 *   removed is created archived. No row is lost: archived delegates keep their delegation too.
 * - `documents.dateline_place_vi/_lo`: the Decree 30 date line's địa danh, its own field (≤ 60
 *   characters), filled for existing documents with the host province's bare name.
 * - `province_aliases`: other spellings for search and matching (seed/province-aliases.ts).
 * - `section_scopes`, `clause_scopes`: partner provinces a section or clause is for (none = all
 *   partners / inherited). Rows are archived, never deleted.
 * - Agencies by period: the pre-2025 departments of every seeded Vietnamese province end on 2025-06-30
 *   with their successor; the new merged department starts on 2025-07-01 (seed/agencies-before-2025.ts).
 */
const SCHEMA = `
CREATE TABLE delegations (
  id              TEXT PRIMARY KEY,
  document_id     TEXT NOT NULL REFERENCES documents(id),
  side            TEXT NOT NULL CHECK (side IN ('VN', 'LA')),
  name_vi         TEXT NOT NULL CHECK (length(name_vi) > 0),
  name_lo         TEXT NOT NULL DEFAULT '',
  lo_needs_review INTEGER NOT NULL DEFAULT 0 CHECK (lo_needs_review IN (0, 1)),
  province_id     TEXT REFERENCES provinces(id),
  position        INTEGER NOT NULL,
  archived_at     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX delegations_by_document ON delegations(document_id, position) WHERE archived_at IS NULL;

CREATE TABLE delegates_v5 (
  id              TEXT PRIMARY KEY,
  document_id     TEXT NOT NULL REFERENCES documents(id),
  delegation_id   TEXT NOT NULL REFERENCES delegations(id),
  person_id       TEXT REFERENCES people(id),
  role            TEXT NOT NULL CHECK (role IN ('head', 'member', 'signatory', 'witness')),
  position        INTEGER NOT NULL,
  name_vi         TEXT NOT NULL DEFAULT '',
  name_lo         TEXT NOT NULL DEFAULT '',
  title_vi        TEXT NOT NULL DEFAULT '',
  title_lo        TEXT NOT NULL DEFAULT '',
  lo_needs_review INTEGER NOT NULL DEFAULT 0 CHECK (lo_needs_review IN (0, 1)),
  archived_at     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

ALTER TABLE documents ADD COLUMN dateline_place_vi TEXT NOT NULL DEFAULT '' CHECK (length(dateline_place_vi) <= 60);
ALTER TABLE documents ADD COLUMN dateline_place_lo TEXT NOT NULL DEFAULT '' CHECK (length(dateline_place_lo) <= 60);

CREATE TABLE province_aliases (
  id          TEXT PRIMARY KEY,
  province_id TEXT NOT NULL REFERENCES provinces(id),
  alias       TEXT NOT NULL CHECK (length(alias) > 0),
  created_at  TEXT NOT NULL,
  UNIQUE (province_id, alias)
) STRICT;

CREATE TABLE section_scopes (
  id          TEXT PRIMARY KEY,
  section_id  TEXT NOT NULL REFERENCES sections(id),
  province_id TEXT NOT NULL REFERENCES provinces(id),
  archived_at TEXT,
  created_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX section_scopes_live ON section_scopes(section_id, province_id) WHERE archived_at IS NULL;

CREATE TABLE clause_scopes (
  id          TEXT PRIMARY KEY,
  clause_id   TEXT NOT NULL REFERENCES clauses(id),
  province_id TEXT NOT NULL REFERENCES provinces(id),
  archived_at TEXT,
  created_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX clause_scopes_live ON clause_scopes(clause_id, province_id) WHERE archived_at IS NULL;
`;

/** Names as the export wrote them before delegations had names (frozen here, not imported, so they never drift). */
function delegationName(kind: string, p: { country: string; name_vi: string; name_lo: string; name_en: string }): { vi: string; lo: string } {
  const capital = /capital/iu.test(p.name_en);
  const city = p.country === 'VN' && /\bcity\b/iu.test(p.name_en);
  const vi = capital ? p.name_vi : `${city ? 'thành phố' : 'tỉnh'} ${p.name_vi}`;
  const lo = p.name_lo === '' ? '' : capital ? p.name_lo : `${city ? 'ນະຄອນ' : 'ແຂວງ'}${p.name_lo}`;
  const memorandum = kind === 'memorandum';
  return {
    vi: `${memorandum ? 'Đoàn đại biểu' : 'Đoàn đại biểu cấp cao'} ${vi}`,
    lo: lo === '' ? '' : `${memorandum ? 'ຄະນະຜູ້ແທນ' : 'ຄະນະຜູ້ແທນຂັ້ນສູງ'}${lo}`,
  };
}

interface LegacyGroup {
  document_id: string;
  province_id: string;
  kind: string;
  country: string;
  name_vi: string;
  name_lo: string;
  name_en: string;
  first_position: number;
  live: number;
  party_position: number | null;
}

export const migration0005: Migration = {
  version: 5,
  name: 'delegations-scope-periods',
  up(db, { now }) {
    db.exec(SCHEMA);

    // One delegation per (document, province) that had delegates, in the order of the parties.
    const groups = db
      .prepare(
        `SELECT d.document_id, d.province_id, doc.kind, p.country, p.name_vi, p.name_lo, p.name_en,
                min(d.position) AS first_position, sum(d.archived_at IS NULL) AS live,
                (SELECT dp.position FROM document_parties dp WHERE dp.document_id = d.document_id AND dp.province_id = d.province_id) AS party_position
         FROM delegates d JOIN documents doc ON doc.id = d.document_id JOIN provinces p ON p.id = d.province_id
         GROUP BY d.document_id, d.province_id
         ORDER BY d.document_id, party_position IS NULL, party_position, first_position`,
      )
      .all() as LegacyGroup[];
    const insertDelegation = db.prepare(
      `INSERT INTO delegations (id, document_id, side, name_vi, name_lo, lo_needs_review, province_id, position, archived_at, created_at, updated_at)
       VALUES (@id, @documentId, @side, @nameVi, @nameLo, 1, @provinceId, @position, @archivedAt, @now, @now)`,
    );
    const positions = new Map<string, number>();
    for (const g of groups) {
      const position = positions.get(g.document_id) ?? 0;
      positions.set(g.document_id, position + 1);
      const name = delegationName(g.kind, g);
      insertDelegation.run({
        id: stableUuid(`delegation:${g.document_id}:${g.province_id}`),
        documentId: g.document_id,
        side: g.country,
        nameVi: name.vi,
        nameLo: name.lo,
        provinceId: g.province_id,
        position,
        archivedAt: g.live > 0 ? null : now,
        now,
      });
    }
    // Positions become per delegation, in the old document-wide order.
    const legacy = db.prepare('SELECT * FROM delegates ORDER BY document_id, province_id, position, id').all() as {
      id: string; document_id: string; province_id: string; person_id: string | null; role: string; name_vi: string; name_lo: string;
      title_vi: string; title_lo: string; lo_needs_review: number; archived_at: string | null; created_at: string; updated_at: string;
    }[];
    const insertDelegate = db.prepare(
      `INSERT INTO delegates_v5 (id, document_id, delegation_id, person_id, role, position, name_vi, name_lo, title_vi, title_lo, lo_needs_review, archived_at, created_at, updated_at)
       VALUES (@id, @document_id, @delegation_id, @person_id, @role, @position, @name_vi, @name_lo, @title_vi, @title_lo, @lo_needs_review, @archived_at, @created_at, @updated_at)`,
    );
    const within = new Map<string, number>();
    for (const row of legacy) {
      const delegationId = stableUuid(`delegation:${row.document_id}:${row.province_id}`);
      const position = within.get(delegationId) ?? 0;
      within.set(delegationId, position + 1);
      const { province_id: _province, ...rest } = row;
      insertDelegate.run({ ...rest, delegation_id: delegationId, position });
    }
    db.exec(`
      DROP TABLE delegates;
      ALTER TABLE delegates_v5 RENAME TO delegates;
      CREATE INDEX delegates_by_delegation ON delegates(delegation_id, position);
      CREATE INDEX delegates_by_document ON delegates(document_id);
    `);

    // Date-line place of existing documents: the host province's bare name.
    const documents = db.prepare('SELECT id, place_vi, place_lo FROM documents').all() as { id: string; place_vi: string; place_lo: string }[];
    const partiesOf = db.prepare(
      `SELECT dp.role, p.name_vi AS nameVi, p.name_lo AS nameLo, p.name_en AS nameEn FROM document_parties dp
       JOIN provinces p ON p.id = dp.province_id WHERE dp.document_id = ? ORDER BY dp.position`,
    );
    const setPlace = db.prepare('UPDATE documents SET dateline_place_vi = ?, dateline_place_lo = ? WHERE id = ?');
    for (const doc of documents) {
      const parties = partiesOf.all(doc.id) as { role: string; nameVi: string; nameLo: string; nameEn: string }[];
      const ours = parties.find((p) => p.role === 'ours');
      if (!ours) continue;
      const place = defaultDatelinePlace({ ourProvince: ours, partners: parties.filter((p) => p !== ours), placeVi: doc.place_vi, placeLo: doc.place_lo });
      setPlace.run([...place.vi].slice(0, 60).join(''), [...place.lo].slice(0, 60).join(''), doc.id);
    }

    const insertAlias = db.prepare('INSERT OR IGNORE INTO province_aliases (id, province_id, alias, created_at) SELECT ?, id, ?, ? FROM provinces WHERE id = ?');
    for (const [provinceId, aliases] of Object.entries(PROVINCE_ALIASES)) {
      for (const alias of aliases) insertAlias.run(stableUuid(`province-alias:${provinceId}:${alias}`), alias.normalize('NFC'), now, provinceId);
    }

    // Agencies by period, for every Vietnamese province that 0003 seeded agencies for.
    const provinces = db
      .prepare(`SELECT id FROM provinces WHERE country = 'VN' AND borders_other_country = 1`)
      .all() as { id: string }[];
    const insertAgency = db.prepare(
      `INSERT INTO agencies (id, province_id, country, name_vi, name_lo, name_en, name_lo_needs_review, abbreviation,
         valid_from, valid_to, successor_id, archived_at, created_at, updated_at)
       VALUES (@id, @provinceId, 'VN', @nameVi, @nameLo, @nameEn, 1, @abbreviation, NULL, @validTo,
         (SELECT id FROM agencies WHERE id = @successorId), NULL, @now, @now)`,
    );
    const startNew = db.prepare('UPDATE agencies SET valid_from = ?, updated_at = ? WHERE id = ? AND valid_from IS NULL');
    for (const province of provinces) {
      for (const agency of VN_AGENCIES_BEFORE_2025) {
        insertAgency.run({
          id: agencySeedId(province.id, agency.code),
          provinceId: province.id,
          nameVi: agency.nameVi,
          nameLo: agency.nameLo,
          nameEn: agency.nameEn,
          abbreviation: agency.abbreviation,
          validTo: VALID_TO_BEFORE_2025,
          successorId: agency.successorCode === null ? null : agencySeedId(province.id, agency.successorCode),
          now,
        });
      }
      for (const code of VN_AGENCIES_FROM_2025) startNew.run(VALID_FROM_2025, now, agencySeedId(province.id, code));
    }
  },
};
