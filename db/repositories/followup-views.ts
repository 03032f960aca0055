import type { Dashboard, DashboardGroup, DashboardRow, FollowupFilters, TrackingRow } from '../../shared/contract/features/followup';
import type { Sector } from '../../shared/domain/document';
import { EFFECTIVE_STATUSES, effectiveStatus, isDueSoon, type EffectiveStatus, type TrackingStatus } from '../../shared/followup/status';
import { catalogues } from '../../shared/i18n';
import { all, type ReadDb } from '../sql';
import { scopeResolver } from './clause-scope';
import { effectiveOf, facts, groupKeys, matcher, ROWS_BY_ID_SQL, type TaskFact } from './followup-facts';
import { deadlineOf, referencesOfDocuments } from './tracking';

/**
 * The read side of follow-up: the tracking table, the dashboards and the due list, all computed from the
 * same facts (./followup-facts.ts: one definition of a tracked task, effective status from "today"), so
 * counts, drill-downs, Excel and the report agree.
 */
/** One collator for every sort by Vietnamese name (localeCompare would build one per comparison). */
const VI_ORDER = new Intl.Collator('vi');

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

type CountsRow = Record<EffectiveStatus, number> & { key: string; total: number };

function toDashboardRow(r: CountsRow, labelVi: string, labelLo: string): DashboardRow {
  const counts = Object.fromEntries(EFFECTIVE_STATUSES.map((s) => [s, r[s]])) as Record<EffectiveStatus, number>;
  const counted = r.total - counts.dropped;
  return { key: r.key, labelVi, labelLo, counts, total: r.total, completionRate: counted > 0 ? counts.done / counted : null };
}

const emptyCounts = (key: string): CountsRow => ({ key, total: 0, ...(Object.fromEntries(EFFECTIVE_STATUSES.map((s) => [s, 0])) as Record<EffectiveStatus, number>) });

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
  const { tasks } = facts(db);
  const matches = matcher(filters, today);
  const groups = new Map<string, CountsRow>();
  const totals = emptyCounts('');
  const indicators = new Map<string, { key: string; nameVi: string; nameLo: string; unit: string; target: number; actual: number; clauses: Set<string> }>();
  for (const task of tasks) {
    if (!matches(task)) continue;
    const status = effectiveOf(task, today);
    totals.total++;
    totals[status]++;
    for (const key of groupKeys(task, groupBy)) {
      const row = groups.get(key) ?? emptyCounts(key);
      row.total++;
      row[status]++;
      groups.set(key, row);
    }
    for (const i of task.indicators) {
      const id = `${i.key}|${i.unit}`;
      const sum = indicators.get(id) ?? { key: i.key, nameVi: i.nameVi, nameLo: i.nameLo, unit: i.unit, target: 0, actual: 0, clauses: new Set<string>() };
      sum.target += i.target ?? 0;
      sum.actual += i.actual ?? 0;
      sum.clauses.add(task.clauseId);
      indicators.set(id, sum);
    }
  }
  const rows = [...groups.values()];
  const labels = labelsFor(db, groupBy, rows.map((r) => r.key));
  return {
    today,
    groupBy,
    rows: rows
      .map((r) => {
        const label = labels.get(r.key) ?? { vi: r.key, lo: r.key };
        return toDashboardRow(r, label.vi, label.lo);
      })
      .sort((a, b) => (groupBy === 'year' ? b.key.localeCompare(a.key) : b.total - a.total || VI_ORDER.compare(a.labelVi, b.labelVi))),
    totals: toDashboardRow(totals, 'Tổng cộng', 'ລວມ'),
    indicators: [...indicators.values()]
      .map(({ clauses, ...rest }) => ({ ...rest, clauses: clauses.size }))
      .sort((a, b) => b.clauses - a.clauses || VI_ORDER.compare(a.nameVi, b.nameVi)),
  };
}

interface TrackedRow {
  clause_id: string;
  document_id: string;
  section_id: string;
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
  const references = referencesOfDocuments(db, documentIds);
  const partners = all<{ document_id: string; province_id: string; name_vi: string; name_lo: string }>(db, {
    text: `SELECT dp.document_id, dp.province_id, p.name_vi, p.name_lo FROM document_parties dp JOIN provinces p ON p.id = dp.province_id
           WHERE dp.role = 'partner' AND dp.document_id IN (SELECT value FROM json_each(?)) ORDER BY dp.position`,
    params: [JSON.stringify(documentIds)],
  });
  const leads = all<{ clause_id: string; side: string; name_vi: string; name_lo: string }>(db, {
    text: `SELECT ca.clause_id, ca.side, a.name_vi, a.name_lo FROM clause_agencies ca JOIN agencies a ON a.id = ca.agency_id
           WHERE ca.archived_at IS NULL AND ca.role = 'lead' AND ca.clause_id IN (SELECT value FROM json_each(?))`,
    params: [JSON.stringify(ids)],
  });
  const latest = all<{ clause_id: string; entry_date: string; text_vi: string; text_lo: string }>(db, {
    text: `SELECT e.clause_id, e.entry_date, e.text_vi, e.text_lo FROM progress_entries e
           WHERE e.clause_id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id)
           ORDER BY e.entry_date, e.created_at`,
    params: [JSON.stringify(ids)],
  });
  const lastByClause = new Map(latest.map((e) => [e.clause_id, e]));
  const leadOf = new Map(leads.map((l) => [`${l.clause_id}|${l.side}`, l]));
  const partnersOf = new Map<string, typeof partners>();
  for (const p of partners) partnersOf.set(p.document_id, [...(partnersOf.get(p.document_id) ?? []), p]);
  const scopeOf = scopeResolver(db, documentIds);
  return rows.map((r) => {
    const all = (partnersOf.get(r.document_id) ?? []).map((p) => ({ provinceId: p.province_id, nameVi: p.name_vi, nameLo: p.name_lo }));
    const scope = scopeOf({ documentId: r.document_id, sectionId: r.section_id, clauseId: r.clause_id }, all.map((p) => p.provinceId));
    const vn = leadOf.get(`${r.clause_id}|VN`);
    const la = leadOf.get(`${r.clause_id}|LA`);
    const last = lastByClause.get(r.clause_id);
    return {
      clauseId: r.clause_id,
      documentId: r.document_id,
      documentTitleVi: r.document_title_vi,
      meetingDate: r.meeting_date,
      partners: all,
      scope: all.filter((p) => scope.provinceIds.includes(p.provinceId)),
      scoped: scope.scoped,
      sector: r.sector,
      sectionTitleVi: r.section_title_vi,
      label: references.get(r.clause_id) ?? '',
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

/** The rows of the given tracked tasks, in the given order. */
function rowsOf(db: ReadDb, ids: string[], today: string): TrackingRow[] {
  if (ids.length === 0) return [];
  const found = all<TrackedRow>(db, { text: ROWS_BY_ID_SQL, params: [JSON.stringify(ids)] });
  const byId = new Map(found.map((r) => [r.clause_id, { ...r, effective: effectiveStatus(r.status, r.due_date, today) }]));
  return toTrackingRows(db, ids.flatMap((id) => byId.get(id) ?? []));
}

export function trackedPage(db: ReadDb, filters: FollowupFilters, today: string, offset: number, limit: number): { total: number; rows: TrackingRow[] } {
  const matches = matcher(filters, today);
  // Filter in database order (memory order: fast), then sort the few by their precomputed rank.
  const selected = facts(db).tasks.filter(matches).sort((a, b) => a.rank - b.rank);
  return { total: selected.length, rows: rowsOf(db, selected.slice(offset, offset + limit).map((t) => t.clauseId), today) };
}

/** Overdue and due-soon tasks, with counts per lead agency (either side; '' = none). */
export function dueList(db: ReadDb, today: string, soonUntil: string, agencyId: string | undefined, offset: number, limit: number) {
  const matches = matcher(agencyId !== undefined ? { agencyIds: [agencyId] } : {}, today);
  let overdue = 0;
  let dueSoon = 0;
  const perAgency = new Map<string, { overdue: number; dueSoon: number }>();
  const selected: TaskFact[] = [];
  for (const task of facts(db).tasks) {
    if (!matches(task)) continue;
    const late = effectiveOf(task, today) === 'delayed';
    if (!late && !isDueSoon(task.status, task.dueDate, today, soonUntil)) continue;
    selected.push(task);
    if (late) overdue++;
    else dueSoon++;
    for (const key of task.leads.length ? task.leads : ['']) {
      const counts = perAgency.get(key) ?? { overdue: 0, dueSoon: 0 };
      if (late) counts.overdue++;
      else counts.dueSoon++;
      perAgency.set(key, counts);
    }
  }
  const ids = [...perAgency.keys()].filter((k) => k !== '');
  const names = new Map(
    ids.length
      ? all<{ id: string; name_vi: string; name_lo: string }>(db, { text: `SELECT id, name_vi, name_lo FROM agencies WHERE id IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] }).map((r) => [r.id, r])
      : [],
  );
  const byAgency = [...perAgency.entries()]
    .map(([id, counts]) => {
      const name = names.get(id);
      return {
        agencyId: id,
        nameVi: name?.name_vi ?? 'Chưa giao cơ quan chủ trì',
        nameLo: name ? name.name_lo || name.name_vi : 'ຍັງບໍ່ມອບໝາຍອົງການຮັບຜິດຊອບ',
        ...counts,
      };
    })
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || VI_ORDER.compare(a.nameVi, b.nameVi));
  selected.sort((a, b) => a.rank - b.rank);
  return { overdue, dueSoon, byAgency, rows: rowsOf(db, selected.slice(offset, offset + limit).map((t) => t.clauseId), today) };
}
