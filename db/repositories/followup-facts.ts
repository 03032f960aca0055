import type { DashboardGroup, FollowupFilters } from '../../shared/contract/features/followup';
import type { DocumentKind, Sector } from '../../shared/domain/document';
import { valueAsOf, type IndicatorDirection, type ReportedValue, type ValueMode } from '../../shared/followup/indicators';
import { statusAsOf, type EffectiveStatus, type StatusEvent, type TrackingStatus } from '../../shared/followup/status';
import type { EffectiveScope } from '../../shared/drafting/scope';
import { all, type ReadDb } from '../sql';
import { scopeResolver } from './clause-scope';

/**
 * What the follow-up views know about each tracked task: its place, parties, agencies, due date, dated
 * status history and indicator reports. Computed per document from its rows (loadDocumentFacts), kept as
 * per-document summaries in the database and in memory by ./followup-summaries.ts, then every dashboard,
 * due list and table page is a loop over plain objects for a given "as of" day (never cached).
 *
 * Tracked = live leaf task (no live sub-items) of a live "tasks" section of a live signed or amended
 * document — the same definition as TRACKED_SQL, which loads the facts and the rows of a page.
 */
/** Columns of a tracking-table row, for tasks already known to be tracked (a page of ids). */
export const ROWS_BY_ID_SQL = `
  SELECT c.id AS clause_id, c.document_id, c.section_id, c.text_vi, c.text_lo,
    d.meeting_date, d.title_vi AS document_title_vi, d.kind,
    s.sector, s.title_vi AS section_title_vi, s.position AS section_position, c.position AS clause_position,
    COALESCE(t.status, 'not_started') AS status, t.due_date,
    t.deadline_kind, t.deadline_date, t.deadline_from_year, t.deadline_to_year
  FROM json_each(?) j
  CROSS JOIN clauses c ON c.id = j.value
  JOIN sections s ON s.id = c.section_id
  JOIN documents d ON d.id = c.document_id
  LEFT JOIN clause_tracking t ON t.id = c.id`;

export const TRACKED_SQL = `
  SELECT c.id AS clause_id, c.document_id, c.section_id, c.text_vi, c.text_lo,
    d.meeting_date, d.title_vi AS document_title_vi, d.kind,
    s.sector, s.title_vi AS section_title_vi, s.position AS section_position, c.position AS clause_position,
    COALESCE(t.status, 'not_started') AS status, t.due_date, t.status_changed_on,
    t.deadline_kind, t.deadline_date, t.deadline_from_year, t.deadline_to_year
  FROM clauses c
  JOIN sections s ON s.id = c.section_id AND s.archived_at IS NULL AND s.part = 'tasks'
  JOIN documents d ON d.id = c.document_id AND d.archived_at IS NULL AND d.status IN ('signed', 'amended')
  LEFT JOIN clause_tracking t ON t.id = c.id
  WHERE c.archived_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM clauses k WHERE k.parent_id = c.id AND k.parent_id IS NOT NULL AND k.archived_at IS NULL)`;

/** The follow-up facts of one tracked task, as a document's summary keeps them (JSON). */
export interface StoredTask {
  clauseId: string;
  sector: Sector;
  sectionPosition: number;
  clausePosition: number;
  /** Stored status (the status from `settledOn` on); earlier days replay `events`. */
  status: TrackingStatus;
  dueDate: string | null;
  /** Lead agencies, either side. */
  leads: string[];
  /** Lead and supporting agencies. */
  agencies: string[];
  /** Dated status changes (shared/followup/status.ts statusAsOf); empty when never changed. */
  events: StatusEvent[];
  /** Date of the last status change: from this day on the status is `status` (no replay). */
  settledOn: string | null;
  /** Carried over into a later document (it continues there; not in "Cần xử lý"). */
  carried: boolean;
  indicators: IndicatorFact[];
  /** The partners the task is for when scoped to some of them (db/repositories/clause-scope.ts); null = every partner. */
  scope: string[] | null;
}

/** A document's follow-up summary: its tracked tasks (none unless signed or amended) and what they share. */
export interface DocumentFacts {
  documentId: string;
  meetingDate: string;
  kind: DocumentKind;
  ours: string[];
  partners: string[];
  tasks: StoredTask[];
}

export interface TaskFact extends StoredTask {
  documentId: string;
  meetingDate: string;
  year: number;
  kind: DocumentKind;
  ours: string[];
  partners: string[];
  /** Keys under each dashboard grouping, computed once (a task with two partners counts under each). */
  keys: Record<DashboardGroup, string[]>;
}

export interface IndicatorFact {
  clauseId: string;
  key: string;
  nameVi: string;
  nameLo: string;
  unit: string;
  target: number | null;
  mode: ValueMode;
  direction: IndicatorDirection;
  /** The figure with every report counted (no entry is dated in the future). */
  current: number | null;
  /** Last day a report or a correction changed the figure: from then on the figure is `current`. */
  settledOn: string | null;
  /** The reports, compact (encodeReports), read only when a day before `settledOn` is asked for. */
  reports: string;
}

const parsedReports = new WeakMap<IndicatorFact, ReportedValue[]>();

/**
 * Reports as one short text, "date,value,supersededOn;…" in (date, written) order, so that summaries hold
 * no quoted JSON inside JSON; the order stands in for created_at.
 */
export function encodeReports(reports: readonly ReportedValue[]): string {
  return [...reports]
    .sort((a, b) => (a.entryDate < b.entryDate ? -1 : a.entryDate > b.entryDate ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map((r) => `${r.entryDate},${r.value ?? ''},${r.supersededOn ?? ''}`)
    .join(';');
}

export function decodeReports(text: string): ReportedValue[] {
  if (text === '') return [];
  return text.split(';').map((part, index) => {
    const [entryDate = '', value = '', supersededOn = ''] = part.split(',');
    return { entryDate, createdAt: String(index).padStart(6, '0'), value: value === '' ? null : Number(value), supersededOn: supersededOn || null };
  });
}

/** An indicator's figure on `asOf` (shared/followup/indicators.ts valueAsOf), without replaying when nothing changed since. */
export function indicatorValueOn(indicator: IndicatorFact, asOf: string): number | null {
  if (indicator.settledOn === null || asOf >= indicator.settledOn) return indicator.current;
  let reports = parsedReports.get(indicator);
  if (!reports) {
    reports = decodeReports(indicator.reports);
    parsedReports.set(indicator, reports);
  }
  return valueAsOf(reports, indicator.mode, asOf);
}

/**
 * The dated status history of a task from its log and its tracking row. A row whose status was set
 * without a dated change (files from before issue 11, generated data) counts as changed on its
 * status_changed_on (or the meeting date).
 */
export function statusHistory(
  row: { status: TrackingStatus; status_changed_on: string | null },
  changes: StatusEvent[],
  meetingDate: string,
): { events: StatusEvent[]; settledOn: string | null } {
  const events = changes.length || row.status === 'not_started' ? changes : [{ date: row.status_changed_on ?? meetingDate, order: '', status: row.status }];
  let settledOn: string | null = null;
  for (const e of events) if (settledOn === null || e.date > settledOn) settledOn = e.date;
  return { events, settledOn };
}

/** The task's status on `asOf`: the stored one from its last change on, else replayed from the log. */
export const statusOn = (task: Pick<StoredTask, 'status' | 'events' | 'settledOn'>, asOf: string): TrackingStatus =>
  task.settledOn === null || asOf >= task.settledOn ? task.status : statusAsOf(task.events, asOf);

const inList = (column: string) => ` AND ${column} IN (SELECT value FROM json_each(?))`;

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * The follow-up facts of the given documents, computed from their rows (one document = one summary).
 * Every id gets an entry, with no tasks unless the document is signed or amended and live.
 */
export function loadDocumentFacts(db: ReadDb, documentIds: readonly string[]): DocumentFacts[] {
  if (documentIds.length === 0) return [];
  const params = [JSON.stringify(documentIds)];
  const documents = all<{ id: string; meeting_date: string; kind: DocumentKind }>(db, { text: `SELECT id, meeting_date, kind FROM documents WHERE 1${inList('id')}`, params });
  const rows = all<{
    clause_id: string;
    document_id: string;
    sector: Sector;
    section_position: number;
    clause_position: number;
    status: TrackingStatus;
    due_date: string | null;
    status_changed_on: string | null;
    section_id: string;
  }>(db, {
    text: `SELECT clause_id, document_id, sector, section_position, clause_position, status, due_date, status_changed_on, section_id FROM (${TRACKED_SQL}${inList('c.document_id')})`,
    params,
  });
  const parties = groupBy(
    all<{ document_id: string; province_id: string; role: string }>(db, {
      text: `SELECT document_id, province_id, role FROM document_parties WHERE 1${inList('document_id')} ORDER BY document_id, position`,
      params,
    }),
    (p) => p.document_id,
  );
  const assigned = groupBy(
    all<{ clause_id: string; agency_id: string; role: string }>(db, {
      text: `SELECT ca.clause_id, ca.agency_id, ca.role FROM clause_agencies ca JOIN clauses c ON c.id = ca.clause_id WHERE ca.archived_at IS NULL${inList('c.document_id')}`,
      params,
    }),
    (a) => a.clause_id,
  );
  const changes = groupBy(
    all<{ clause_id: string; entry_date: string; created_at: string; status_after: TrackingStatus }>(db, {
      text: `SELECT e.clause_id, e.entry_date, e.created_at, e.status_after FROM progress_entries e JOIN clauses c ON c.id = e.clause_id
             WHERE e.status_after IS NOT NULL${inList('c.document_id')}`,
      params,
    }),
    (e) => e.clause_id,
  );
  const reports = groupBy(
    all<{ clause_indicator_id: string; entry_date: string; created_at: string; value: number | null; superseded_on: string | null }>(db, {
      text: `SELECT v.clause_indicator_id, e.entry_date, e.created_at, v.value,
               (SELECT n.entry_date FROM progress_entries n WHERE n.supersedes_id = e.id) AS superseded_on
             FROM progress_values v JOIN progress_entries e ON e.id = v.entry_id JOIN clauses c ON c.id = e.clause_id
             WHERE 1${inList('c.document_id')}`,
      params,
    }),
    (r) => r.clause_indicator_id,
  );
  const indicators = groupBy(
    all<{ id: string; clause_id: string; key: string; name_vi: string; name_lo: string; unit: string; target_value: number | null; value_mode: ValueMode; direction: IndicatorDirection }>(db, {
      text: `SELECT i.id, i.clause_id, COALESCE(i.indicator_id, i.name_vi) AS key, i.name_vi, i.name_lo, i.unit, i.target_value, i.value_mode, i.direction
             FROM clause_indicators i JOIN clauses c ON c.id = i.clause_id WHERE i.archived_at IS NULL${inList('c.document_id')} ORDER BY i.position, i.id`,
      params,
    }),
    (i) => i.clause_id,
  );
  const carried = new Set(
    all<{ id: string }>(db, {
      text: `SELECT DISTINCT s.predecessor_clause_id AS id FROM clauses s JOIN clauses o ON o.id = s.predecessor_clause_id
             WHERE s.archived_at IS NULL${inList('o.document_id')}`,
      params,
    }).map((r) => r.id),
  );
  const tasksOf = groupBy(rows, (r) => r.document_id);
  const scopeOf = scopeResolver(db, documents.map((d) => d.id));
  return documents.map((d): DocumentFacts => {
    const p = parties.get(d.id) ?? [];
    const partnerIds = p.filter((x) => x.role === 'partner').map((x) => x.province_id);
    return {
      documentId: d.id,
      meetingDate: d.meeting_date,
      kind: d.kind,
      ours: p.filter((x) => x.role === 'ours').map((x) => x.province_id),
      partners: p.filter((x) => x.role === 'partner').map((x) => x.province_id),
      tasks: (tasksOf.get(d.id) ?? []).map((r): StoredTask => {
        const a = assigned.get(r.clause_id) ?? [];
        const history = statusHistory(
          r,
          (changes.get(r.clause_id) ?? []).map((e) => ({ date: e.entry_date, order: e.created_at, status: e.status_after })),
          d.meeting_date,
        );
        return {
          clauseId: r.clause_id,
          sector: r.sector,
          sectionPosition: r.section_position,
          clausePosition: r.clause_position,
          status: r.status,
          dueDate: r.due_date,
          leads: a.filter((x) => x.role === 'lead').map((x) => x.agency_id),
          agencies: a.map((x) => x.agency_id),
          ...history,
          carried: carried.has(r.clause_id),
          // A clause scoped to some partners counts (and filters) under those partners only.
          scope: scopedPartners(scopeOf({ documentId: d.id, sectionId: r.section_id, clauseId: r.clause_id }, partnerIds)),
          indicators: (indicators.get(r.clause_id) ?? []).map((i) => {
            const reported = (reports.get(i.id) ?? []).map((v) => ({ entryDate: v.entry_date, createdAt: v.created_at, value: v.value, supersededOn: v.superseded_on }));
            let settledOn: string | null = null;
            for (const v of reported) for (const day of [v.entryDate, v.supersededOn]) if (day !== null && (settledOn === null || day > settledOn)) settledOn = day;
            return {
              clauseId: i.clause_id,
              key: i.key,
              nameVi: i.name_vi,
              nameLo: i.name_lo,
              unit: i.unit,
              target: i.target_value,
              mode: i.value_mode,
              direction: i.direction,
              current: valueAsOf(reported, i.value_mode, '9999-12-31'),
              settledOn,
              reports: encodeReports(reported),
            };
          }),
        };
      }),
    };
  });
}

/** Stored scope: null when the task is for every partner (most tasks), else its partners. */
function scopedPartners(scope: EffectiveScope): string[] | null {
  return scope.scoped ? scope.provinceIds : null;
}

/** A document's summary as the tasks the views loop over (one object shape for every task: fast loops). */
export function toTaskFacts(document: DocumentFacts): TaskFact[] {
  const year = Number(document.meetingDate.slice(0, 4));
  const yearKey = [document.meetingDate.slice(0, 4)];
  return document.tasks.map(
    (t): TaskFact => ({
      clauseId: t.clauseId,
      sector: t.sector,
      sectionPosition: t.sectionPosition,
      clausePosition: t.clausePosition,
      status: t.status,
      dueDate: t.dueDate,
      leads: t.leads,
      agencies: t.agencies,
      events: t.events,
      settledOn: t.settledOn,
      carried: t.carried,
      indicators: t.indicators,
      documentId: document.documentId,
      meetingDate: document.meetingDate,
      year,
      kind: document.kind,
      scope: t.scope,
      ours: document.ours,
      partners: t.scope ?? document.partners,
      keys: { partner: t.scope ?? document.partners, sector: [t.sector], agency: t.leads.length ? t.leads : [''], year: yearKey },
    }),
  );
}

/** Same rule as shared/followup/status.ts effectiveStatus on the status of that day, inlined for loops over 100,000 tasks (a unit test keeps them equal). */
export function effectiveOf(task: TaskFact, asOf: string): EffectiveStatus {
  const status = statusOn(task, asOf);
  return task.dueDate !== null && task.dueDate < asOf && (status === 'not_started' || status === 'in_progress') ? 'delayed' : status;
}

const some = <T>(list: readonly T[] | undefined) => (list && list.length > 0 ? new Set(list) : null);

/**
 * A predicate for the filters of the contract (every given filter must match), on `asOf`: a document met
 * after that day did not exist yet and is left out.
 */
export function matcher(filters: FollowupFilters, asOf: string): (task: TaskFact) => boolean {
  const partners = some(filters.partnerProvinceIds);
  const ours = some(filters.ourProvinceIds);
  const sectors = some(filters.sectors);
  const agencies = some(filters.agencyIds);
  const years = some(filters.years);
  const documents = some(filters.documentIds);
  const statuses = some(filters.statuses);
  const kinds = some(filters.documentKinds);
  return (t) =>
    t.meetingDate <= asOf &&
    (!partners || t.partners.some((p) => partners.has(p))) &&
    (!ours || t.ours.some((p) => ours.has(p))) &&
    (!sectors || sectors.has(t.sector)) &&
    // '' = no lead agency assigned (the dashboard's agency grouping has such a row).
    (!agencies || t.agencies.some((a) => agencies.has(a)) || (agencies.has('') && t.leads.length === 0)) &&
    (!years || years.has(t.year)) &&
    (!documents || documents.has(t.documentId)) &&
    (!statuses || statuses.has(effectiveOf(t, asOf))) &&
    (!kinds || kinds.has(t.kind));
}

/** Keys a task counts under in a grouping: a task with two partners (or leads on both sides) counts under each. */
export function groupKeys(task: TaskFact, groupBy: DashboardGroup): string[] {
  return task.keys[groupBy];
}

/** Tracking-table order: due date (none last), newest meeting, then document order. */
export function byDueThenDocument(a: TaskFact, b: TaskFact): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  // Plain code-unit comparisons: ISO dates and ids need no locale, and this sorts tens of thousands of tasks.
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? 1 : -1;
  return (
    (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
    a.sectionPosition - b.sectionPosition ||
    a.clausePosition - b.clausePosition ||
    (a.clauseId < b.clauseId ? -1 : 1)
  );
}
