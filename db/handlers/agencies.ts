import type { HandlersOf } from '../../shared/contract/channels';
import type { Agency, followupContract } from '../../shared/contract/features/followup';
import { ok } from '../../shared/contract/result';
import { insertRow, updateRow } from '../changes';
import { notFound, refuse } from '../repositories/drafting';
import { clauseContext } from '../repositories/clause-scope';
import { all, one, sql, type ReadDb } from '../sql';
import { inTransaction, type HandlerContext } from './context';

type Channels = Pick<typeof followupContract, 'agencies.list' | 'agencies.forClause' | 'agencies.add' | 'agencies.update' | 'agencies.merge' | 'agencies.remove' | 'indicators.list'>;

interface AgencyRow {
  id: string;
  province_id: string | null;
  country: 'VN' | 'LA';
  name_vi: string;
  name_lo: string;
  name_en: string;
  name_lo_needs_review: number;
  abbreviation: string;
  valid_from: string | null;
  valid_to: string | null;
  successor_id: string | null;
  archived_at: string | null;
  clause_count: number;
  province_name_vi: string | null;
  province_name_lo: string | null;
}

const AGENCY_COLUMNS = sql`SELECT a.*, p.name_vi AS province_name_vi, p.name_lo AS province_name_lo,
  (SELECT count(*) FROM clause_agencies ca WHERE ca.agency_id = a.id AND ca.archived_at IS NULL) AS clause_count
  FROM agencies a LEFT JOIN provinces p ON p.id = a.province_id`;

/** Open ends count as "always": valid_from ≤ date ≤ valid_to. */
const VALID_ON = 'AND (? IS NULL OR ((a.valid_from IS NULL OR a.valid_from <= ?) AND (a.valid_to IS NULL OR a.valid_to >= ?)))';

function toAgency(r: AgencyRow): Agency {
  return {
    id: r.id,
    provinceId: r.province_id,
    provinceNameVi: r.province_name_vi,
    provinceNameLo: r.province_name_lo,
    country: r.country,
    nameVi: r.name_vi,
    nameLo: r.name_lo,
    nameEn: r.name_en,
    nameLoNeedsReview: r.name_lo_needs_review === 1,
    abbreviation: r.abbreviation,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    successorId: r.successor_id,
    archived: r.archived_at !== null,
    clauseCount: r.clause_count,
  };
}

const VI_ORDER = new Intl.Collator('vi');

export function getAgency(db: ReadDb, id: string): Agency | undefined {
  const row = one<AgencyRow>(db, { text: `${AGENCY_COLUMNS.text} WHERE a.id = ?`, params: [id] });
  return row ? toAgency(row) : undefined;
}

/** Names are unique among the live agencies of a province (folded case, NFC text). */
function assertUniqueName(db: ReadDb, provinceId: string, nameVi: string, exceptId: string | null, path: string): void {
  const clash = one(
    db,
    sql`SELECT id FROM agencies WHERE province_id = ${provinceId} AND archived_at IS NULL AND lower(name_vi) = lower(${nameVi})
          AND id IS NOT ${exceptId}`,
  );
  if (clash) refuse('duplicate_name', path);
}

/**
 * Agencies are dated data per province: renames keep their history in the change log; a merge ends
 * the sources (valid_to, successor, archived) and moves their live clause assignments to the successor,
 * archiving the old assignment rows rather than rewriting them.
 */
export function agencyHandlers({ db, write }: HandlerContext) {
  const liveAgency = (id: string, path: string) => {
    const agency = getAgency(db, id) ?? notFound('Agency');
    if (agency.archived) refuse('agency_archived', path);
    return agency;
  };

  return {
    'agencies.list': ({ provinceId, provinceIds, country, validOn, includeArchived }) => {
      const among = provinceIds === undefined ? null : JSON.stringify(provinceIds);
      const date = validOn ?? null;
      const rows = all<AgencyRow>(db, {
        text: `${AGENCY_COLUMNS.text} WHERE (? IS NULL OR a.province_id = ?) AND (? IS NULL OR a.province_id IN (SELECT value FROM json_each(?)))
               AND (? IS NULL OR a.country = ?) AND (? = 1 OR a.archived_at IS NULL) ${VALID_ON}
               ORDER BY a.province_id, a.archived_at IS NOT NULL, a.name_vi`,
        params: [provinceId ?? null, provinceId ?? null, among, among, country ?? null, country ?? null, includeArchived ? 1 : 0, date, date, date],
      });
      return ok(rows.map(toAgency));
    },

    'agencies.forClause': ({ clauseId, side }) =>
      inTransaction(db, () => {
        const clause = clauseContext(db, clauseId);
        const provinces = [clause.ourProvinceId, ...clause.scope];
        const rows = all<AgencyRow>(db, {
          text: `${AGENCY_COLUMNS.text} WHERE a.province_id IN (SELECT value FROM json_each(?)) AND a.archived_at IS NULL
                 AND (? IS NULL OR a.country = ?) ${VALID_ON}`,
          params: [JSON.stringify(provinces), side ?? null, side ?? null, clause.meetingDate, clause.meetingDate, clause.meetingDate],
        });
        // Our province first, then the partners in the scope's order; names sorted within a province.
        const rank = new Map(provinces.map((id, index) => [id, index]));
        return rows
          .sort((a, b) => rank.get(a.province_id!)! - rank.get(b.province_id!)! || VI_ORDER.compare(a.name_vi, b.name_vi))
          .map(toAgency);
      }),

    'agencies.add': ({ provinceId, nameVi, nameLo, nameEn, abbreviation, validFrom }) =>
      inTransaction(db, () => {
        const province = one<{ country: 'VN' | 'LA' }>(db, sql`SELECT country FROM provinces WHERE id = ${provinceId}`);
        if (!province) refuse('unknown_province', 'provinceId');
        assertUniqueName(db, provinceId, nameVi, null, 'nameVi');
        const id = insertRow(write, 'agencies', {
          province_id: provinceId,
          country: province.country,
          name_vi: nameVi,
          name_lo: nameLo,
          name_en: nameEn,
          // Lao typed by an officer is theirs to vouch for; an empty one has nothing to review.
          name_lo_needs_review: 0,
          abbreviation,
          valid_from: validFrom,
        });
        return getAgency(db, id)!;
      }),

    'agencies.update': ({ id, ...patch }) =>
      inTransaction(db, () => {
        const agency = liveAgency(id, 'id');
        if (patch.nameVi !== undefined && agency.provinceId) assertUniqueName(db, agency.provinceId, patch.nameVi, id, 'nameVi');
        updateRow(write, 'agencies', id, {
          ...(patch.nameVi !== undefined ? { name_vi: patch.nameVi } : {}),
          ...(patch.nameLo !== undefined ? { name_lo: patch.nameLo } : {}),
          ...(patch.nameEn !== undefined ? { name_en: patch.nameEn } : {}),
          ...(patch.abbreviation !== undefined ? { abbreviation: patch.abbreviation } : {}),
          ...(patch.nameLoNeedsReview !== undefined ? { name_lo_needs_review: patch.nameLoNeedsReview ? 1 : 0 } : {}),
        });
        return getAgency(db, id)!;
      }),

    'agencies.merge': ({ sourceIds, into, on }) =>
      inTransaction(db, () => {
        const sources = [...new Set(sourceIds)].map((id, i) => liveAgency(id, `sourceIds.${i}`));
        const provinceId = sources[0]!.provinceId;
        sources.forEach((s, i) => {
          if (s.provinceId !== provinceId) refuse('agency_not_party', `sourceIds.${i}`);
        });
        let targetId: string;
        if ('agencyId' in into) {
          const target = liveAgency(into.agencyId, 'into.agencyId');
          if (target.provinceId !== provinceId) refuse('agency_not_party', 'into.agencyId');
          if (sources.some((s) => s.id === target.id)) refuse('invalid', 'into.agencyId');
          targetId = target.id;
        } else {
          if (!provinceId) refuse('agency_not_party', 'sourceIds.0');
          assertUniqueName(db, provinceId, into.nameVi, null, 'into.nameVi');
          targetId = insertRow(write, 'agencies', {
            province_id: provinceId,
            country: sources[0]!.country,
            name_vi: into.nameVi,
            name_lo: into.nameLo,
            name_lo_needs_review: 0,
            valid_from: on,
          });
        }
        const now = write.now();
        for (const source of sources) {
          const assignments = all<{ id: string; clause_id: string; side: string; role: 'lead' | 'support' }>(
            db,
            sql`SELECT id, clause_id, side, role FROM clause_agencies WHERE agency_id = ${source.id} AND archived_at IS NULL`,
          );
          for (const a of assignments) {
            updateRow(write, 'clause_agencies', a.id, { archived_at: now });
            const existing = one<{ id: string; role: string }>(
              db,
              sql`SELECT id, role FROM clause_agencies WHERE clause_id = ${a.clause_id} AND agency_id = ${targetId} AND archived_at IS NULL`,
            );
            if (existing) {
              if (a.role === 'lead' && existing.role !== 'lead') updateRow(write, 'clause_agencies', existing.id, { role: 'lead' });
              continue;
            }
            // The unique (clause, agency) pair may exist as an archived row: revive it rather than duplicate.
            const archived = one<{ id: string }>(db, sql`SELECT id FROM clause_agencies WHERE clause_id = ${a.clause_id} AND agency_id = ${targetId}`);
            if (archived) updateRow(write, 'clause_agencies', archived.id, { archived_at: null, role: a.role, side: a.side });
            else insertRow(write, 'clause_agencies', { clause_id: a.clause_id, agency_id: targetId, side: a.side, role: a.role, created_at: now });
          }
          updateRow(write, 'agencies', source.id, { valid_to: on, successor_id: targetId, archived_at: now });
        }
        return getAgency(db, targetId)!;
      }),

    'agencies.remove': ({ id }) =>
      inTransaction(db, () => {
        const agency = getAgency(db, id) ?? notFound('Agency');
        const entries = one<{ n: number }>(db, sql`SELECT count(*) AS n FROM progress_entries WHERE agency_id = ${id}`)!.n;
        const uses = agency.clauseCount + entries;
        if (uses > 0) refuse('agency_in_use', 'id', { count: agency.clauseCount || entries });
        if (!agency.archived) updateRow(write, 'agencies', id, { archived_at: write.now() });
        return {};
      }),

    'indicators.list': () =>
      ok(
        all<{ id: string; code: string; name_vi: string; name_lo: string; name_en: string; unit_vi: string; unit_lo: string; lo_needs_review: number }>(
          db,
          sql`SELECT id, code, name_vi, name_lo, name_en, unit_vi, unit_lo, lo_needs_review FROM indicators WHERE archived_at IS NULL ORDER BY rowid`,
        ).map((r) => ({
          id: r.id,
          code: r.code,
          nameVi: r.name_vi,
          nameLo: r.name_lo,
          nameEn: r.name_en,
          unitVi: r.unit_vi,
          unitLo: r.unit_lo,
          loNeedsReview: r.lo_needs_review === 1,
        })),
      ),
  } satisfies HandlersOf<Channels>;
}
