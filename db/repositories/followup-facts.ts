import type { DashboardGroup, FollowupFilters } from '../../shared/contract/features/followup';
import type { DocumentKind, Sector } from '../../shared/domain/document';
import type { EffectiveStatus, TrackingStatus } from '../../shared/followup/status';
import { all, one, type ReadDb } from '../sql';
import { scopeResolver } from './clause-scope';

/**
 * The follow-up facts of every tracked task, held in memory for the dashboards, the due list and the
 * tracking table: one pass over the database (~0.5 s for 100,000 tasks) instead of one per view and
 * filter, then each view is a loop over plain objects (a few ms). The facts are reloaded whenever the
 * database changed: every write of the app appends to the change log, and another process writing the
 * same file moves SQLite's data_version. "Today" is never cached: lateness is computed per call.
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
    COALESCE(t.status, 'not_started') AS status, t.due_date,
    t.deadline_kind, t.deadline_date, t.deadline_from_year, t.deadline_to_year
  FROM clauses c
  JOIN sections s ON s.id = c.section_id AND s.archived_at IS NULL AND s.part = 'tasks'
  JOIN documents d ON d.id = c.document_id AND d.archived_at IS NULL AND d.status IN ('signed', 'amended')
  LEFT JOIN clause_tracking t ON t.id = c.id
  WHERE c.archived_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM clauses k WHERE k.parent_id = c.id AND k.parent_id IS NOT NULL AND k.archived_at IS NULL)`;

export interface TaskFact {
  clauseId: string;
  documentId: string;
  meetingDate: string;
  year: number;
  kind: DocumentKind;
  sector: Sector;
  sectionPosition: number;
  clausePosition: number;
  status: TrackingStatus;
  dueDate: string | null;
  ours: string[];
  /** The partners the task is for: its effective scope (db/repositories/clause-scope.ts), all partners when unscoped. */
  partners: string[];
  /** Lead agencies, either side. */
  leads: string[];
  /** Lead and supporting agencies. */
  agencies: string[];
  /** Keys under each dashboard grouping, computed once (a task with two partners counts under each). */
  keys: Record<DashboardGroup, string[]>;
  indicators: IndicatorFact[];
  /** Position in tracking-table order (a filtered list sorts by this number, not by comparing dates). */
  rank: number;
}

export interface IndicatorFact {
  clauseId: string;
  key: string;
  nameVi: string;
  nameLo: string;
  unit: string;
  target: number | null;
  actual: number | null;
}

interface Facts {
  dataVersion: number;
  /** Last change-log row the facts include. */
  seq: number;
  /** In database order: aggregation loops walk memory in allocation order (twice as fast as sorted). */
  tasks: TaskFact[];
  /** The same tasks in tracking-table order, for lists: a filtered list is then already sorted. */
  ordered: TaskFact[];
}

const cache = new WeakMap<ReadDb, Facts>();

function stampOf(db: ReadDb): { dataVersion: number; seq: number } {
  const seq = one<{ n: number | null }>(db, { text: 'SELECT max(seq) AS n FROM change_log', params: [] })?.n ?? 0;
  return { dataVersion: Number(db.pragma('data_version', { simple: true })), seq };
}

/** The tasks of the given documents (all documents when null), built from five reads. */
function loadTasks(db: ReadDb, documentIds: readonly string[] | null): TaskFact[] {
  const only = documentIds === null ? null : JSON.stringify(documentIds);
  const inDocs = (column: string) => (only === null ? '' : ` AND ${column} IN (SELECT value FROM json_each(?))`);
  const params = only === null ? [] : [only];
  const rows = all<{
    clause_id: string;
    document_id: string;
    section_id: string;
    meeting_date: string;
    kind: DocumentKind;
    sector: Sector;
    section_position: number;
    clause_position: number;
    status: TrackingStatus;
    due_date: string | null;
  }>(db, { text: `SELECT clause_id, document_id, section_id, meeting_date, kind, sector, section_position, clause_position, status, due_date FROM (${TRACKED_SQL}${inDocs('c.document_id')})`, params });
  const parties = new Map<string, { ours: string[]; partners: string[] }>();
  for (const p of all<{ document_id: string; province_id: string; role: string }>(db, {
    text: `SELECT document_id, province_id, role FROM document_parties WHERE 1${inDocs('document_id')} ORDER BY document_id, position`,
    params,
  })) {
    const entry = parties.get(p.document_id) ?? { ours: [], partners: [] };
    (p.role === 'ours' ? entry.ours : entry.partners).push(p.province_id);
    parties.set(p.document_id, entry);
  }
  const assigned = new Map<string, { leads: string[]; agencies: string[] }>();
  for (const a of all<{ clause_id: string; agency_id: string; role: string }>(db, {
    text:
      only === null
        ? 'SELECT clause_id, agency_id, role FROM clause_agencies WHERE archived_at IS NULL'
        : 'SELECT ca.clause_id, ca.agency_id, ca.role FROM clause_agencies ca JOIN clauses c ON c.id = ca.clause_id WHERE ca.archived_at IS NULL AND c.document_id IN (SELECT value FROM json_each(?))',
    params,
  })) {
    const entry = assigned.get(a.clause_id) ?? { leads: [], agencies: [] };
    entry.agencies.push(a.agency_id);
    if (a.role === 'lead') entry.leads.push(a.agency_id);
    assigned.set(a.clause_id, entry);
  }
  const actuals = new Map(
    all<{ id: string; actual: number | null }>(db, {
      text: `SELECT v.clause_indicator_id AS id, sum(v.value) AS actual FROM progress_values v JOIN progress_entries e ON e.id = v.entry_id
             ${only === null ? '' : 'JOIN clauses c ON c.id = e.clause_id'}
             WHERE NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id)${inDocs('c.document_id')} GROUP BY v.clause_indicator_id`,
      params,
    }).map((r) => [r.id, r.actual]),
  );
  const indicators = new Map<string, IndicatorFact[]>();
  for (const i of all<{ id: string; clause_id: string; key: string; name_vi: string; name_lo: string; unit: string; target_value: number | null }>(db, {
    text:
      only === null
        ? 'SELECT id, clause_id, COALESCE(indicator_id, name_vi) AS key, name_vi, name_lo, unit, target_value FROM clause_indicators WHERE archived_at IS NULL'
        : `SELECT i.id, i.clause_id, COALESCE(i.indicator_id, i.name_vi) AS key, i.name_vi, i.name_lo, i.unit, i.target_value
           FROM clause_indicators i JOIN clauses c ON c.id = i.clause_id WHERE i.archived_at IS NULL AND c.document_id IN (SELECT value FROM json_each(?))`,
    params,
  })) {
    const list = indicators.get(i.clause_id) ?? [];
    list.push({ clauseId: i.clause_id, key: i.key, nameVi: i.name_vi, nameLo: i.name_lo, unit: i.unit, target: i.target_value, actual: actuals.get(i.id) ?? null });
    indicators.set(i.clause_id, list);
  }
  const scopeOf = scopeResolver(db, documentIds);
  const none = { ours: [], partners: [] };
  const noIndicators: IndicatorFact[] = [];
  const unassigned = { leads: [], agencies: [] };
  return rows.map((r): TaskFact => {
    const p = parties.get(r.document_id) ?? none;
    const a = assigned.get(r.clause_id) ?? unassigned;
    // A clause scoped to some partners counts (and filters) under those partners only.
    const partners = scopeOf({ documentId: r.document_id, sectionId: r.section_id, clauseId: r.clause_id }, p.partners).provinceIds;
    return {
      clauseId: r.clause_id,
      documentId: r.document_id,
      meetingDate: r.meeting_date,
      year: Number(r.meeting_date.slice(0, 4)),
      kind: r.kind,
      sector: r.sector,
      sectionPosition: r.section_position,
      clausePosition: r.clause_position,
      status: r.status,
      dueDate: r.due_date,
      ours: p.ours,
      partners,
      leads: a.leads,
      agencies: a.agencies,
      keys: { partner: partners, sector: [r.sector], agency: a.leads.length ? a.leads : [''], year: [r.meeting_date.slice(0, 4)] },
      indicators: indicators.get(r.clause_id) ?? noIndicators,
      rank: 0,
    };
  });
}

/**
 * Documents whose tasks the change-log rows after `seq` may have changed, or null when too much changed
 * (then everything is reloaded). Every follow-up or drafting write names its row; the row leads to a
 * clause or a section, hence to a document.
 */
function changedDocuments(db: ReadDb, seq: number): string[] | null {
  const rows = all<{ entity: string; entity_id: string }>(db, {
    text: 'SELECT DISTINCT entity, entity_id FROM change_log WHERE seq > ? LIMIT 2001',
    params: [seq],
  });
  if (rows.length > 2000) return null;
  const ids = (entity: string) => JSON.stringify(rows.filter((r) => r.entity === entity).map((r) => r.entity_id));
  const documents = all<{ id: string }>(db, {
    text: `SELECT value AS id FROM json_each(?)
      UNION SELECT document_id FROM document_parties WHERE id IN (SELECT value FROM json_each(?))
      UNION SELECT document_id FROM sections WHERE id IN (SELECT value FROM json_each(?))
      UNION SELECT document_id FROM clauses WHERE id IN (SELECT value FROM json_each(?)) OR id IN (SELECT value FROM json_each(?))
      UNION SELECT s.document_id FROM section_scopes x JOIN sections s ON s.id = x.section_id WHERE x.id IN (SELECT value FROM json_each(?))
      UNION SELECT c.document_id FROM clause_scopes x JOIN clauses c ON c.id = x.clause_id WHERE x.id IN (SELECT value FROM json_each(?))
      UNION SELECT c.document_id FROM clause_agencies x JOIN clauses c ON c.id = x.clause_id WHERE x.id IN (SELECT value FROM json_each(?))
      UNION SELECT c.document_id FROM clause_indicators x JOIN clauses c ON c.id = x.clause_id WHERE x.id IN (SELECT value FROM json_each(?))
      UNION SELECT c.document_id FROM progress_entries x JOIN clauses c ON c.id = x.clause_id WHERE x.id IN (SELECT value FROM json_each(?))
      UNION SELECT c.document_id FROM progress_values v JOIN progress_entries x ON x.id = v.entry_id JOIN clauses c ON c.id = x.clause_id WHERE v.id IN (SELECT value FROM json_each(?))`,
    params: [
      ids('documents'),
      ids('document_parties'),
      ids('sections'),
      ids('clauses'),
      ids('clause_tracking'),
      ids('section_scopes'),
      ids('clause_scopes'),
      ids('clause_agencies'),
      ids('clause_indicators'),
      ids('progress_entries'),
      ids('progress_values'),
    ],
  });
  return documents.map((d) => d.id);
}

function ordered(tasks: TaskFact[]): TaskFact[] {
  const sorted = [...tasks].sort(byDueThenDocument);
  sorted.forEach((task, index) => (task.rank = index));
  return sorted;
}

/**
 * The facts as the database holds them now, in tracking-table order. After a write of this app only the
 * documents it touched are read again; after a write by another process (data_version moved) or a large
 * batch, everything is.
 */
export function facts(db: ReadDb): Facts {
  const stamp = stampOf(db);
  const cached = cache.get(db);
  if (cached && cached.dataVersion === stamp.dataVersion && cached.seq === stamp.seq) return cached;
  let next: Facts;
  const changed = cached && cached.dataVersion === stamp.dataVersion ? changedDocuments(db, cached.seq) : null;
  if (cached && changed) {
    const touched = new Set(changed);
    const fresh = changed.length ? loadTasks(db, changed) : [];
    const tasks = [...cached.tasks.filter((t) => !touched.has(t.documentId)), ...fresh];
    next = { ...stamp, tasks, ordered: ordered(tasks) };
  } else {
    const tasks = loadTasks(db, null);
    next = { ...stamp, tasks, ordered: ordered(tasks) };
  }
  cache.set(db, next);
  return next;
}

/** Same rule as shared/followup/status.ts effectiveStatus, inlined for loops over 100,000 tasks (a unit test keeps them equal). */
export const effectiveOf = (task: TaskFact, today: string): EffectiveStatus =>
  task.dueDate !== null && task.dueDate < today && (task.status === 'not_started' || task.status === 'in_progress') ? 'delayed' : task.status;

const some = <T>(list: readonly T[] | undefined) => (list && list.length > 0 ? new Set(list) : null);

/** A predicate for the filters of the contract (every given filter must match). */
export function matcher(filters: FollowupFilters, today: string): (task: TaskFact) => boolean {
  const partners = some(filters.partnerProvinceIds);
  const ours = some(filters.ourProvinceIds);
  const sectors = some(filters.sectors);
  const agencies = some(filters.agencyIds);
  const years = some(filters.years);
  const documents = some(filters.documentIds);
  const statuses = some(filters.statuses);
  const kinds = some(filters.documentKinds);
  return (t) =>
    (!partners || t.partners.some((p) => partners.has(p))) &&
    (!ours || t.ours.some((p) => ours.has(p))) &&
    (!sectors || sectors.has(t.sector)) &&
    // '' = no lead agency assigned (the dashboard's agency grouping has such a row).
    (!agencies || t.agencies.some((a) => agencies.has(a)) || (agencies.has('') && t.leads.length === 0)) &&
    (!years || years.has(t.year)) &&
    (!documents || documents.has(t.documentId)) &&
    (!statuses || statuses.has(effectiveOf(t, today))) &&
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
