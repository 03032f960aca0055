import type { Dashboard, DashboardGroup, DashboardRow, FollowupFilters, TrackingRow } from '../../shared/contract/features/followup';
import type { Sector } from '../../shared/domain/document';
import { EFFECTIVE_STATUSES, type EffectiveStatus, type TrackingStatus } from '../../shared/followup/status';
import { catalogues } from '../../shared/i18n';
import { all, one, type ReadDb, type SqlQuery, type SqlValue } from '../sql';
import { deadlineOf, documentReferences } from './tracking';

/**
 * The read side of follow-up: one definition of "tracked clause" and of its effective status, shared
 * by the tracking table, the dashboards, the due list and the Excel export, so their numbers agree.
 *
 * Tracked = live leaf clause (no live sub-items: a clause with sub-items counts through them) of a live
 * "tasks" section of a live signed or amended document. Effective status = the stored status, or
 * "delayed" when it is still open and its due date is before today (shared/followup/status.ts).
 */
const TRACKED = `
  SELECT c.id AS clause_id, c.document_id, c.section_id, c.text_vi, c.text_lo,
    d.meeting_date, d.title_vi AS document_title_vi, d.kind,
    s.sector, s.title_vi AS section_title_vi, s.position AS section_position, c.position AS clause_position,
    COALESCE(t.status, 'not_started') AS status, t.due_date,
    t.deadline_kind, t.deadline_date, t.deadline_from_year, t.deadline_to_year,
    CASE WHEN COALESCE(t.status, 'not_started') IN ('not_started', 'in_progress') AND t.due_date < ?
         THEN 'delayed' ELSE COALESCE(t.status, 'not_started') END AS effective
  FROM clauses c
  JOIN sections s ON s.id = c.section_id AND s.archived_at IS NULL AND s.part = 'tasks'
  JOIN documents d ON d.id = c.document_id AND d.archived_at IS NULL AND d.status IN ('signed', 'amended')
  LEFT JOIN clause_tracking t ON t.id = c.id
  WHERE c.archived_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM clauses k WHERE k.parent_id = c.id AND k.parent_id IS NOT NULL AND k.archived_at IS NULL)`;

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** The tracked clauses matching the filters, as a CTE named `tracked` (text + bound values). */
export function trackedClauses(filters: FollowupFilters, today: string): SqlQuery {
  const where: string[] = [];
  const params: SqlValue[] = [today];
  const add = (clause: string, values: readonly SqlValue[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (filters.partnerProvinceIds?.length) {
    add(
      `EXISTS (SELECT 1 FROM document_parties p WHERE p.document_id = x.document_id AND p.role = 'partner' AND p.province_id IN (${placeholders(filters.partnerProvinceIds)}))`,
      filters.partnerProvinceIds,
    );
  }
  if (filters.ourProvinceIds?.length) {
    add(
      `EXISTS (SELECT 1 FROM document_parties p WHERE p.document_id = x.document_id AND p.role = 'ours' AND p.province_id IN (${placeholders(filters.ourProvinceIds)}))`,
      filters.ourProvinceIds,
    );
  }
  if (filters.sectors?.length) add(`x.sector IN (${placeholders(filters.sectors)})`, filters.sectors);
  if (filters.agencyIds?.length) {
    // '' stands for "no lead agency assigned" (the dashboard's agency grouping has such a row).
    const ids = filters.agencyIds.filter((id) => id !== '');
    const clauses: string[] = [];
    if (ids.length) clauses.push(`EXISTS (SELECT 1 FROM clause_agencies ca WHERE ca.clause_id = x.clause_id AND ca.archived_at IS NULL AND ca.agency_id IN (${placeholders(ids)}))`);
    if (ids.length < filters.agencyIds.length) clauses.push(`NOT EXISTS (SELECT 1 FROM clause_agencies ca WHERE ca.clause_id = x.clause_id AND ca.archived_at IS NULL AND ca.role = 'lead')`);
    add(`(${clauses.join(' OR ')})`, ids);
  }
  if (filters.years?.length) add(`CAST(substr(x.meeting_date, 1, 4) AS INTEGER) IN (${placeholders(filters.years)})`, filters.years);
  if (filters.documentIds?.length) add(`x.document_id IN (${placeholders(filters.documentIds)})`, filters.documentIds);
  if (filters.statuses?.length) add(`x.effective IN (${placeholders(filters.statuses)})`, filters.statuses);
  if (filters.documentKinds?.length) add(`x.kind IN (${placeholders(filters.documentKinds)})`, filters.documentKinds);
  const text = `tracked AS (SELECT * FROM (${TRACKED}) x${where.length ? ` WHERE ${where.join(' AND ')}` : ''})`;
  return { text, params };
}

const STATUS_SUMS = EFFECTIVE_STATUSES.map((s) => `SUM(tracked.effective = '${s}') AS "${s}"`).join(', ');

type CountsRow = Record<EffectiveStatus, number | null> & { key: string | null; total: number };

function toDashboardRow(r: CountsRow, labelVi: string, labelLo: string): DashboardRow {
  const counts = Object.fromEntries(EFFECTIVE_STATUSES.map((s) => [s, r[s] ?? 0])) as Record<EffectiveStatus, number>;
  const counted = r.total - counts.dropped;
  return { key: r.key ?? '', labelVi, labelLo, counts, total: r.total, completionRate: counted > 0 ? counts.done / counted : null };
}

const GROUPING: Record<DashboardGroup, { join: string; key: string }> = {
  // A document with two partner provinces counts under each of them.
  partner: { join: `JOIN document_parties g ON g.document_id = tracked.document_id AND g.role = 'partner'`, key: 'g.province_id' },
  sector: { join: '', key: 'tracked.sector' },
  // Lead agencies of either side: a clause led by one agency on each side counts under both.
  agency: { join: `LEFT JOIN clause_agencies g ON g.clause_id = tracked.clause_id AND g.archived_at IS NULL AND g.role = 'lead'`, key: "COALESCE(g.agency_id, '')" },
  year: { join: '', key: 'substr(tracked.meeting_date, 1, 4)' },
};

function labelsFor(db: ReadDb, groupBy: DashboardGroup, keys: string[]): Map<string, { vi: string; lo: string }> {
  const labels = new Map<string, { vi: string; lo: string }>();
  if (groupBy === 'sector') {
    for (const key of keys) labels.set(key, { vi: catalogues.vi.sector[key as Sector] ?? key, lo: catalogues.lo.sector[key as Sector] ?? key });
  } else if (groupBy === 'year') {
    for (const key of keys) labels.set(key, { vi: `Năm ${key}`, lo: `ປີ ${key}` });
  } else {
    const table = groupBy === 'partner' ? 'provinces' : 'agencies';
    const ids = keys.filter((k) => k !== '');
    if (ids.length) {
      const rows = all<{ id: string; name_vi: string; name_lo: string; province_vi: string | null }>(db, {
        text:
          table === 'provinces'
            ? `SELECT id, name_vi, name_lo, NULL AS province_vi FROM provinces WHERE id IN (${placeholders(ids)})`
            : `SELECT a.id, a.name_vi, a.name_lo, p.name_vi AS province_vi FROM agencies a LEFT JOIN provinces p ON p.id = a.province_id WHERE a.id IN (${placeholders(ids)})`,
        params: ids,
      });
      for (const r of rows) labels.set(r.id, { vi: r.province_vi ? `${r.name_vi} (${r.province_vi})` : r.name_vi, lo: r.name_lo || r.name_vi });
    }
    labels.set('', { vi: 'Chưa giao cơ quan chủ trì', lo: 'ຍັງບໍ່ມອບໝາຍອົງການຮັບຜິດຊອບ' });
  }
  return labels;
}

export function dashboard(db: ReadDb, filters: FollowupFilters, groupBy: DashboardGroup, today: string): Dashboard {
  const cte = trackedClauses(filters, today);
  const { join, key } = GROUPING[groupBy];
  const rows = all<CountsRow>(db, {
    text: `WITH ${cte.text} SELECT ${key} AS key, count(*) AS total, ${STATUS_SUMS} FROM tracked ${join} GROUP BY 1 ORDER BY 1`,
    params: cte.params,
  });
  const totals = one<CountsRow>(db, { text: `WITH ${cte.text} SELECT '' AS key, count(*) AS total, ${STATUS_SUMS} FROM tracked`, params: cte.params })!;
  const labels = labelsFor(db, groupBy, rows.map((r) => r.key ?? ''));
  const indicators = all<{ key: string; name_vi: string; name_lo: string; unit: string; target: number | null; actual: number | null; clauses: number }>(db, {
    text: `WITH ${cte.text}
      SELECT COALESCE(i.indicator_id, i.name_vi) AS key, min(i.name_vi) AS name_vi, min(i.name_lo) AS name_lo, i.unit,
        sum(i.target_value) AS target,
        sum((SELECT sum(v.value) FROM progress_values v JOIN progress_entries e ON e.id = v.entry_id
             WHERE v.clause_indicator_id = i.id AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id))) AS actual,
        count(DISTINCT i.clause_id) AS clauses
      FROM tracked JOIN clause_indicators i ON i.clause_id = tracked.clause_id AND i.archived_at IS NULL
      GROUP BY 1, i.unit ORDER BY clauses DESC, name_vi`,
    params: cte.params,
  });
  return {
    today,
    groupBy,
    rows: rows
      .map((r) => {
        const label = labels.get(r.key ?? '') ?? { vi: r.key ?? '', lo: r.key ?? '' };
        return toDashboardRow(r, label.vi, label.lo);
      })
      .sort((a, b) => (groupBy === 'year' ? b.key.localeCompare(a.key) : b.total - a.total || a.labelVi.localeCompare(b.labelVi, 'vi'))),
    totals: toDashboardRow(totals, 'Tổng cộng', 'ລວມ'),
    indicators: indicators.map((r) => ({
      key: r.key,
      nameVi: r.name_vi,
      nameLo: r.name_lo,
      unit: r.unit,
      target: r.target ?? 0,
      actual: r.actual ?? 0,
      clauses: r.clauses,
    })),
  };
}

interface TrackedRow {
  clause_id: string;
  document_id: string;
  document_title_vi: string;
  meeting_date: string;
  sector: Sector;
  section_title_vi: string;
  text_vi: string;
  text_lo: string;
  status: TrackingStatus;
  effective: EffectiveStatus;
  due_date: string | null;
  deadline_kind: 'date' | 'year' | 'period' | 'ongoing' | null;
  deadline_date: string | null;
  deadline_from_year: number | null;
  deadline_to_year: number | null;
}

/** Rows of the tracking table for the given page of tracked clauses (lead agencies, partners, last progress). */
function toTrackingRows(db: ReadDb, rows: TrackedRow[]): TrackingRow[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.clause_id);
  const documentIds = [...new Set(rows.map((r) => r.document_id))];
  const references = new Map(documentIds.map((id) => [id, documentReferences(db, id)]));
  const partners = all<{ document_id: string; province_id: string; name_vi: string; name_lo: string }>(db, {
    text: `SELECT dp.document_id, dp.province_id, p.name_vi, p.name_lo FROM document_parties dp JOIN provinces p ON p.id = dp.province_id
           WHERE dp.role = 'partner' AND dp.document_id IN (${placeholders(documentIds)}) ORDER BY dp.position`,
    params: documentIds,
  });
  const leads = all<{ clause_id: string; side: string; name_vi: string; name_lo: string }>(db, {
    text: `SELECT ca.clause_id, ca.side, a.name_vi, a.name_lo FROM clause_agencies ca JOIN agencies a ON a.id = ca.agency_id
           WHERE ca.archived_at IS NULL AND ca.role = 'lead' AND ca.clause_id IN (${placeholders(ids)})`,
    params: ids,
  });
  const latest = all<{ clause_id: string; entry_date: string; text_vi: string; text_lo: string }>(db, {
    text: `SELECT e.clause_id, e.entry_date, e.text_vi, e.text_lo FROM progress_entries e
           WHERE e.clause_id IN (${placeholders(ids)}) AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id)
           ORDER BY e.entry_date, e.created_at`,
    params: ids,
  });
  const lastByClause = new Map(latest.map((e) => [e.clause_id, e]));
  return rows.map((r) => {
    const vn = leads.find((l) => l.clause_id === r.clause_id && l.side === 'VN');
    const la = leads.find((l) => l.clause_id === r.clause_id && l.side === 'LA');
    const last = lastByClause.get(r.clause_id);
    return {
      clauseId: r.clause_id,
      documentId: r.document_id,
      documentTitleVi: r.document_title_vi,
      meetingDate: r.meeting_date,
      partners: partners.filter((p) => p.document_id === r.document_id).map((p) => ({ provinceId: p.province_id, nameVi: p.name_vi, nameLo: p.name_lo })),
      sector: r.sector,
      sectionTitleVi: r.section_title_vi,
      label: references.get(r.document_id)?.get(r.clause_id) ?? '',
      textVi: r.text_vi,
      textLo: r.text_lo,
      status: r.status,
      effectiveStatus: r.effective,
      dueDate: r.due_date,
      deadline: deadlineOf(r),
      leadVi: vn?.name_vi ?? null,
      leadLo: la ? la.name_lo || la.name_vi : null,
      lastProgressDate: last?.entry_date ?? null,
      lastProgressText: last ? last.text_vi || last.text_lo : null,
    };
  });
}

const ORDER = `ORDER BY tracked.due_date IS NULL, tracked.due_date, tracked.meeting_date DESC, tracked.document_id, tracked.section_position, tracked.clause_position, tracked.clause_id`;

export function trackedPage(db: ReadDb, filters: FollowupFilters, today: string, offset: number, limit: number): { total: number; rows: TrackingRow[] } {
  const cte = trackedClauses(filters, today);
  const total = one<{ n: number }>(db, { text: `WITH ${cte.text} SELECT count(*) AS n FROM tracked`, params: cte.params })!.n;
  const rows = all<TrackedRow>(db, { text: `WITH ${cte.text} SELECT * FROM tracked ${ORDER} LIMIT ? OFFSET ?`, params: [...cte.params, limit, offset] });
  return { total, rows: toTrackingRows(db, rows) };
}

/** Overdue and due-soon clauses, with counts per lead agency (either side; '' = none). */
export function dueList(db: ReadDb, today: string, soonUntil: string, agencyId: string | undefined, offset: number, limit: number) {
  const cte = trackedClauses(agencyId !== undefined ? { agencyIds: [agencyId] } : {}, today);
  const window = `(tracked.effective = 'delayed' OR (tracked.effective IN ('not_started', 'in_progress') AND tracked.due_date BETWEEN ? AND ?))`;
  const params = [...cte.params, today, soonUntil];
  const counts = one<{ overdue: number | null; soon: number | null }>(db, {
    text: `WITH ${cte.text} SELECT SUM(tracked.effective = 'delayed') AS overdue, SUM(tracked.effective <> 'delayed') AS soon FROM tracked WHERE ${window}`,
    params,
  })!;
  const byAgency = all<{ agency_id: string; name_vi: string | null; name_lo: string | null; overdue: number; soon: number }>(db, {
    text: `WITH ${cte.text}
      SELECT COALESCE(ca.agency_id, '') AS agency_id, a.name_vi, a.name_lo,
        SUM(tracked.effective = 'delayed') AS overdue, SUM(tracked.effective <> 'delayed') AS soon
      FROM tracked LEFT JOIN clause_agencies ca ON ca.clause_id = tracked.clause_id AND ca.archived_at IS NULL AND ca.role = 'lead'
      LEFT JOIN agencies a ON a.id = ca.agency_id
      WHERE ${window} GROUP BY 1 ORDER BY overdue DESC, soon DESC, a.name_vi`,
    params,
  });
  const rows = all<TrackedRow>(db, { text: `WITH ${cte.text} SELECT * FROM tracked WHERE ${window} ${ORDER} LIMIT ? OFFSET ?`, params: [...params, limit, offset] });
  return {
    overdue: counts.overdue ?? 0,
    dueSoon: counts.soon ?? 0,
    byAgency: byAgency.map((r) => ({
      agencyId: r.agency_id,
      nameVi: r.name_vi ?? 'Chưa giao cơ quan chủ trì',
      nameLo: r.name_lo || (r.name_vi ?? 'ຍັງບໍ່ມອບໝາຍອົງການຮັບຜິດຊອບ'),
      overdue: r.overdue,
      dueSoon: r.soon,
    })),
    rows: toTrackingRows(db, rows),
  };
}
