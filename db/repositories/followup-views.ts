import type { Dashboard, DashboardGroup, DashboardRow, FollowupFilters, TrackingRow } from '../../shared/contract/features/followup';
import type { Sector } from '../../shared/domain/document';
import { standing } from '../../shared/followup/indicators';
import { daysOverdue, daysSince, EFFECTIVE_STATUSES, isDueSoon, type EffectiveStatus } from '../../shared/followup/status';
import { catalogues } from '../../shared/i18n';
import { all, type ReadDb } from '../sql';
import { byDueThenDocument, effectiveOf, groupKeys, indicatorValueOn, matcher, ROWS_BY_ID_SQL, statusOn, type TaskFact } from './followup-facts';
import { facts, orderedTasks, taskById } from './followup-summaries';
import { carriedOverTargets, deadlineOf, latestEntriesAsOf, referencesOfDocuments } from './tracking';

/**
 * The read side of follow-up: the tracking table, the dashboards and the due list, all computed from the
 * same facts (./followup-facts.ts: one definition of a tracked task, status and lateness on the as-of
 * day), so counts, drill-downs, Excel and the report agree.
 */
/** One collator for every sort by Vietnamese name (localeCompare would build one per comparison). */
const VI_ORDER = new Intl.Collator('vi');

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Counts per status as a small array (index = STATUS_INDEX): keyed writes into records cost 10× more in the 100,000-task loop. */
interface CountsRow {
  key: string;
  total: number;
  counts: number[];
}
const STATUS_INDEX: Record<EffectiveStatus, number> = { not_started: 0, in_progress: 1, delayed: 2, done: 3, carried_over: 4, dropped: 5 };

function toDashboardRow(r: CountsRow, labelVi: string, labelLo: string): DashboardRow {
  const counts = Object.fromEntries(EFFECTIVE_STATUSES.map((s) => [s, r.counts[STATUS_INDEX[s]]!])) as Record<EffectiveStatus, number>;
  const counted = r.total - counts.dropped;
  return { key: r.key, labelVi, labelLo, counts, total: r.total, completionRate: counted > 0 ? counts.done / counted : null };
}

const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

const emptyCounts = (key: string): CountsRow => ({ key, total: 0, counts: [0, 0, 0, 0, 0, 0] });

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

type IndicatorSum = Dashboard['indicators'][number] & { lastClause: string };

export function dashboard(db: ReadDb, filters: FollowupFilters, groupBy: DashboardGroup, asOf: string, today: string): Dashboard {
  const { tasks } = facts(db);
  const matches = matcher(filters, asOf);
  const groups = new Map<string, CountsRow>();
  const totals = emptyCounts('');
  const indicators = new Map<string, IndicatorSum>();
  for (const task of tasks) {
    if (!matches(task)) continue;
    const status = STATUS_INDEX[effectiveOf(task, asOf)];
    totals.total++;
    totals.counts[status]!++;
    for (const key of groupKeys(task, groupBy)) {
      let row = groups.get(key);
      if (!row) groups.set(key, (row = emptyCounts(key)));
      row.total++;
      row.counts[status]!++;
    }
    for (const i of task.indicators) {
      const id = `${i.key}|${i.unit}|${i.direction}`;
      let sum = indicators.get(id);
      if (!sum) {
        sum = { key: i.key, nameVi: i.nameVi, nameLo: i.nameLo, unit: i.unit, direction: i.direction, target: 0, actual: 0, clauses: 0, reported: 0, met: 0, lastClause: '' };
        indicators.set(id, sum);
      }
      const current = indicatorValueOn(i, asOf);
      sum.target += i.target ?? 0;
      if (current !== null) {
        sum.actual += current;
        sum.reported++;
        if (standing(i.target, i.direction, current).met) sum.met++;
      }
      // A clause with two indicators of the same key counts once.
      if (sum.lastClause !== task.clauseId) {
        sum.clauses++;
        sum.lastClause = task.clauseId;
      }
    }
  }
  const rows = [...groups.values()];
  const labels = labelsFor(db, groupBy, rows.map((r) => r.key));
  return {
    today,
    asOf,
    groupBy,
    rows: rows
      .map((r) => {
        const label = labels.get(r.key) ?? { vi: r.key, lo: r.key };
        return toDashboardRow(r, label.vi, label.lo);
      })
      .sort((a, b) => (groupBy === 'year' ? b.key.localeCompare(a.key) : b.total - a.total || VI_ORDER.compare(a.labelVi, b.labelVi))),
    totals: toDashboardRow(totals, 'Tổng cộng', 'ລວມ'),
    indicators: [...indicators.values()]
      .map(({ lastClause: _, ...rest }) => ({ ...rest, target: tidy(rest.target), actual: tidy(rest.actual) }))
      .sort((a, b) => b.clauses - a.clauses || VI_ORDER.compare(a.nameVi, b.nameVi)),
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
  due_date: string | null;
  deadline_kind: 'date' | 'year' | 'period' | 'ongoing' | null;
  deadline_date: string | null;
  deadline_from_year: number | null;
  deadline_to_year: number | null;
}

/** Rows of the tracking table for a page of tracked tasks, on `asOf` (status, lateness, last report, carry-over mark). */
function rowsOf(db: ReadDb, tasks: readonly TaskFact[], asOf: string): TrackingRow[] {
  if (tasks.length === 0) return [];
  const ids = tasks.map((t) => t.clauseId);
  const found = new Map(all<TrackedRow>(db, { text: ROWS_BY_ID_SQL, params: [JSON.stringify(ids)] }).map((r) => [r.clause_id, r]));
  const documentIds = [...new Set(tasks.map((t) => t.documentId))];
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
  const lastByClause = latestEntriesAsOf(db, ids, asOf);
  const carriedTo = carriedOverTargets(db, tasks.filter((t) => t.carried).map((t) => t.clauseId));
  const leadOf = new Map(leads.map((l) => [`${l.clause_id}|${l.side}`, l]));
  const partnersOf = new Map<string, typeof partners>();
  for (const p of partners) partnersOf.set(p.document_id, [...(partnersOf.get(p.document_id) ?? []), p]);
  return tasks.flatMap((task): TrackingRow[] => {
    const r = found.get(task.clauseId);
    if (!r) return [];
    const vn = leadOf.get(`${r.clause_id}|VN`);
    const la = leadOf.get(`${r.clause_id}|LA`);
    const last = lastByClause.get(r.clause_id);
    const status = statusOn(task, asOf);
    const documentPartners = (partnersOf.get(r.document_id) ?? []).map((p) => ({ provinceId: p.province_id, nameVi: p.name_vi, nameLo: p.name_lo }));
    return [
      {
        clauseId: r.clause_id,
        documentId: r.document_id,
        documentTitleVi: r.document_title_vi,
        meetingDate: r.meeting_date,
        partners: documentPartners,
        // The partners the task is for (its scope), every partner when unscoped.
        scope: task.scope ? documentPartners.filter((p) => task.scope!.includes(p.provinceId)) : documentPartners,
        scoped: task.scope !== null,
        sector: r.sector,
        sectionTitleVi: r.section_title_vi,
        label: references.get(r.clause_id) ?? '',
        textVi: r.text_vi,
        textLo: r.text_lo,
        status,
        effectiveStatus: effectiveOf(task, asOf),
        dueDate: r.due_date,
        deadline: deadlineOf(r),
        daysOverdue: daysOverdue(status, r.due_date, asOf),
        leadVi: vn?.name_vi ?? null,
        leadLo: la ? la.name_lo || la.name_vi : null,
        lastProgressDate: last?.entryDate ?? null,
        lastProgressText: last ? last.textVi || last.textLo : null,
        daysSinceLastReport: daysSince(last?.entryDate ?? null, asOf),
        carriedOverTo: carriedTo.get(r.clause_id) ?? null,
      },
    ];
  });
}

export function trackedPage(db: ReadDb, filters: FollowupFilters, asOf: string, offset: number, limit: number): { total: number; rows: TrackingRow[] } {
  const matches = matcher(filters, asOf);
  const selected = orderedTasks(facts(db)).filter(matches);
  return { total: selected.length, rows: rowsOf(db, selected.slice(offset, offset + limit), asOf) };
}

/** The rows of the given tracked tasks (clause ids), in the given order, on `asOf`. */
export function rowsByClause(db: ReadDb, clauseIds: readonly string[], asOf: string): TrackingRow[] {
  const current = facts(db);
  return rowsOf(db, clauseIds.flatMap((id) => taskById(current, id) ?? []), asOf);
}

/**
 * Overdue and due-soon tasks on `asOf`, with counts per lead agency (either side; '' = none). Tasks carried
 * over into a later document are left out: their follow-up continues there.
 */
export function dueList(db: ReadDb, asOf: string, soonUntil: string, agencyId: string | undefined, offset: number, limit: number) {
  const matches = matcher(agencyId !== undefined ? { agencyIds: [agencyId] } : {}, asOf);
  let overdue = 0;
  let dueSoon = 0;
  const perAgency = new Map<string, { overdue: number; dueSoon: number }>();
  const selected: TaskFact[] = [];
  for (const task of facts(db).tasks) {
    if (task.carried || task.dueDate === null || task.dueDate > soonUntil || !matches(task)) continue;
    const late = effectiveOf(task, asOf) === 'delayed';
    if (!late && !isDueSoon(statusOn(task, asOf), task.dueDate, asOf, soonUntil)) continue;
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
  // Only the first page is needed: keep the offset + limit smallest by due date and document order instead of
  // sorting every due task (tens of thousands in a large file).
  const rows = smallest(selected, offset + limit, byDueThenDocument).slice(offset);
  return { overdue, dueSoon, byAgency, rows: rowsOf(db, rows, asOf) };
}

/** The latest meeting date among the given documents (an as-of day before it is refused), or null. */
export function latestDocumentDate(db: ReadDb, documentIds: readonly string[]): string | null {
  if (documentIds.length === 0) return null;
  return (
    all<{ d: string | null }>(db, {
      text: 'SELECT max(meeting_date) AS d FROM documents WHERE id IN (SELECT value FROM json_each(?))',
      params: [JSON.stringify(documentIds)],
    })[0]?.d ?? null
  );
}

/** The `k` smallest items in order (a sorted buffer; most items lose one comparison against its last). */
export function smallest<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items].sort(compare);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(best[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
