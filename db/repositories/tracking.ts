import type { ClauseTracking, ProgressEntry } from '../../shared/contract/features/followup';
import { clauseContext } from './clause-scope';
import type { Sector } from '../../shared/domain/document';
import { indicatorLabels, lastReportedOn, standing, valueAsOf, type IndicatorDirection, type ReportedValue, type ValueMode } from '../../shared/followup/indicators';
import { clauseReferences } from '../../shared/followup/labels';
import { daysOverdue, daysSince, dueDateOf, effectiveStatus, type Deadline, type StatusEvent, type TrackingStatus } from '../../shared/followup/status';
import { all, one, sql, type ReadDb } from '../sql';
import { notFound, refuse } from './drafting';
import { statusHistory, statusOn } from './followup-facts';

/** What the follow-up rules need to know about a clause before touching its tracking. */
export interface TrackableClause {
  clauseId: string;
  documentId: string;
  meetingDate: string;
  documentStatus: string;
  part: string;
  sector: Sector;
  /** The first signing: follow-up starts there (an amended version signed later does not move it). */
  signedOn: string | null;
}

export function findClause(db: ReadDb, clauseId: string): TrackableClause | undefined {
  const row = one<{ document_id: string; meeting_date: string; status: string; part: string; sector: Sector; signed_on: string | null }>(
    db,
    sql`SELECT c.document_id, d.meeting_date, d.status, s.part, s.sector,
          (SELECT v.signed_on FROM document_versions v WHERE v.document_id = d.id ORDER BY v.version_no ASC LIMIT 1) AS signed_on
        FROM clauses c JOIN sections s ON s.id = c.section_id JOIN documents d ON d.id = c.document_id
        WHERE c.id = ${clauseId} AND c.archived_at IS NULL AND s.archived_at IS NULL AND d.archived_at IS NULL`,
  );
  if (!row) return undefined;
  return { clauseId, documentId: row.document_id, meetingDate: row.meeting_date, documentStatus: row.status, part: row.part, sector: row.sector, signedOn: row.signed_on };
}

/** A clause follow-up may be written for: a live clause of the tasks part of a signed (or amended) document. */
export function trackableClause(db: ReadDb, clauseId: string, path = 'clauseId'): TrackableClause {
  const clause = findClause(db, clauseId) ?? notFound('Clause');
  if (clause.part !== 'tasks' || (clause.documentStatus !== 'signed' && clause.documentStatus !== 'amended')) refuse('not_trackable', path);
  return clause;
}

export interface TrackingRowData {
  status: TrackingStatus;
  deadline_kind: Deadline['kind'] | null;
  deadline_date: string | null;
  deadline_from_year: number | null;
  deadline_to_year: number | null;
  due_date: string | null;
  drop_reason: string;
  status_changed_on: string | null;
}

export function trackingRow(db: ReadDb, clauseId: string): TrackingRowData | undefined {
  return one<TrackingRowData>(db, sql`SELECT * FROM clause_tracking WHERE id = ${clauseId}`);
}

export function deadlineOf(row: Pick<TrackingRowData, 'deadline_kind' | 'deadline_date' | 'deadline_from_year' | 'deadline_to_year'> | undefined): Deadline | null {
  switch (row?.deadline_kind) {
    case 'date':
      return { kind: 'date', date: row.deadline_date ?? '' };
    case 'year':
      return { kind: 'year', year: row.deadline_to_year ?? 0 };
    case 'period':
      return { kind: 'period', fromYear: row.deadline_from_year ?? 0, toYear: row.deadline_to_year ?? 0 };
    case 'ongoing':
      return { kind: 'ongoing' };
    default:
      return null;
  }
}

/** References of every live clause of several documents, read in two queries (tracking-table pages). */
export function referencesOfDocuments(db: ReadDb, documentIds: readonly string[]): Map<string, string> {
  const ids = JSON.stringify(documentIds);
  const sections = all<{ id: string; document_id: string; position: number }>(db, {
    text: 'SELECT id, document_id, position FROM sections WHERE archived_at IS NULL AND document_id IN (SELECT value FROM json_each(?))',
    params: [ids],
  });
  const clauses = all<{ id: string; document_id: string; section_id: string; parent_id: string | null; position: number }>(db, {
    text: 'SELECT id, document_id, section_id, parent_id, position FROM clauses WHERE archived_at IS NULL AND document_id IN (SELECT value FROM json_each(?))',
    params: [ids],
  });
  const group = <T extends { document_id: string }>(rows: T[]) => {
    const byDocument = new Map<string, T[]>();
    for (const row of rows) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), row]);
    return byDocument;
  };
  const sectionsOf = group(sections);
  const clausesOf = group(clauses);
  const references = new Map<string, string>();
  for (const documentId of documentIds) {
    const own = (clausesOf.get(documentId) ?? []).map((c) => ({ id: c.id, sectionId: c.section_id, parentId: c.parent_id, position: c.position, textVi: '', textLo: '' }));
    for (const [id, ref] of clauseReferences(sectionsOf.get(documentId) ?? [], own)) references.set(id, ref);
  }
  return references;
}

/** Reference ("II.3.a)") of every live clause of a document. */
export function documentReferences(db: ReadDb, documentId: string): Map<string, string> {
  return referencesOfDocuments(db, [documentId]);
}

interface EntryRow {
  id: string;
  entry_date: string;
  author: string;
  agency_id: string | null;
  agency_name_vi: string | null;
  text_vi: string;
  text_lo: string;
  status_after: TrackingStatus | null;
  supersedes_id: string | null;
  superseded_by: string | null;
  created_at: string;
}

/** The progress log of a clause up to `asOf` (all of it when null), newest first. */
export function progressOf(db: ReadDb, clauseId: string, asOf: string | null = null): ProgressEntry[] {
  const entries = all<EntryRow>(
    db,
    sql`SELECT e.id, e.entry_date, e.author, e.agency_id, a.name_vi AS agency_name_vi, e.text_vi, e.text_lo, e.status_after,
          e.supersedes_id, (SELECT n.id FROM progress_entries n WHERE n.supersedes_id = e.id) AS superseded_by, e.created_at
        FROM progress_entries e LEFT JOIN agencies a ON a.id = e.agency_id
        WHERE e.clause_id = ${clauseId} AND e.entry_date <= ${asOf ?? '9999-12-31'} ORDER BY e.entry_date DESC, e.created_at DESC, e.id`,
  );
  const values = all<{ entry_id: string; clause_indicator_id: string; value: number | null; unit: string; note: string }>(
    db,
    sql`SELECT v.entry_id, v.clause_indicator_id, v.value, v.unit, v.note FROM progress_values v
        JOIN progress_entries e ON e.id = v.entry_id WHERE e.clause_id = ${clauseId} ORDER BY v.rowid`,
  );
  const files = all<{ id: string; entry_id: string; file_name: string; media_type: string; size: number }>(
    db,
    sql`SELECT f.id, f.entry_id, f.file_name, f.media_type, f.size FROM evidence_files f
        JOIN progress_entries e ON e.id = f.entry_id WHERE e.clause_id = ${clauseId} ORDER BY f.rowid`,
  );
  return entries.map((e) => ({
    id: e.id,
    entryDate: e.entry_date,
    author: e.author,
    agencyId: e.agency_id,
    agencyNameVi: e.agency_name_vi,
    textVi: e.text_vi,
    textLo: e.text_lo,
    statusAfter: e.status_after,
    values: values
      .filter((v) => v.entry_id === e.id)
      .map((v) => ({ clauseIndicatorId: v.clause_indicator_id, value: v.value, unit: v.unit, note: v.note })),
    evidence: files.filter((f) => f.entry_id === e.id).map((f) => ({ id: f.id, fileName: f.file_name, mediaType: f.media_type, size: f.size })),
    supersedes: e.supersedes_id,
    supersededBy: e.superseded_by,
    createdAt: e.created_at,
  }));
}

/** Reported values of the given clause indicators, with the date of the correction that replaced each, if any. */
export function reportsOf(db: ReadDb, clauseIndicatorIds: readonly string[]): Map<string, (ReportedValue & { note: string })[]> {
  const rows = all<{ clause_indicator_id: string; entry_date: string; created_at: string; value: number | null; note: string; superseded_on: string | null }>(db, {
    text: `SELECT v.clause_indicator_id, e.entry_date, e.created_at, v.value, v.note,
             (SELECT n.entry_date FROM progress_entries n WHERE n.supersedes_id = e.id) AS superseded_on
           FROM progress_values v JOIN progress_entries e ON e.id = v.entry_id
           WHERE v.clause_indicator_id IN (SELECT value FROM json_each(?)) ORDER BY e.entry_date DESC, e.created_at DESC`,
    params: [JSON.stringify(clauseIndicatorIds)],
  });
  const byIndicator = new Map<string, (ReportedValue & { note: string })[]>();
  for (const r of rows) {
    const list = byIndicator.get(r.clause_indicator_id) ?? [];
    list.push({ entryDate: r.entry_date, createdAt: r.created_at, value: r.value, note: r.note, supersededOn: r.superseded_on });
    byIndicator.set(r.clause_indicator_id, list);
  }
  return byIndicator;
}

/**
 * Indicators of a clause with their figures on `asOf` (shared/followup/indicators.ts: value mode,
 * corrections, direction), labelled apart from same-named indicators of other clauses of the document.
 */
export function indicatorsOf(db: ReadDb, clauseId: string, asOf: string): ClauseTracking['indicators'] {
  const rows = all<{
    id: string;
    indicator_id: string | null;
    name_vi: string;
    name_lo: string;
    unit: string;
    currency: 'VND' | 'USD' | 'LAK' | null;
    target_value: number | null;
    target_note: string;
    value_mode: ValueMode;
    direction: IndicatorDirection;
  }>(
    db,
    sql`SELECT i.id, i.indicator_id, i.name_vi, i.name_lo, i.unit, i.currency, i.target_value, i.target_note, i.value_mode, i.direction
        FROM clause_indicators i WHERE i.clause_id = ${clauseId} AND i.archived_at IS NULL ORDER BY i.position, i.id`,
  );
  if (rows.length === 0) return [];
  const reports = reportsOf(db, rows.map((r) => r.id));
  const labels = documentIndicatorLabels(db, clauseId);
  return rows.map((r) => {
    const reported = reports.get(r.id) ?? [];
    const current = valueAsOf(reported, r.value_mode, asOf);
    const label = labels.get(r.id) ?? { vi: r.name_vi, lo: r.name_lo || r.name_vi };
    return {
      id: r.id,
      indicatorId: r.indicator_id,
      nameVi: r.name_vi,
      nameLo: r.name_lo,
      labelVi: label.vi,
      labelLo: label.lo,
      unit: r.unit,
      currency: r.currency,
      mode: r.value_mode,
      direction: r.direction,
      target: r.target_value,
      targetNote: r.target_note,
      ...standing(r.target_value, r.direction, current),
      actual: current,
      lastReportedOn: lastReportedOn(reported, asOf),
      actualNotes: reported
        .filter((v) => v.note !== '' && v.entryDate <= asOf && (v.supersededOn === null || v.supersededOn > asOf))
        .map((v) => v.note),
    };
  });
}

/** Labels of every indicator of the clause's document (same names told apart by clause reference). */
function documentIndicatorLabels(db: ReadDb, clauseId: string): Map<string, { vi: string; lo: string }> {
  const documentId = one<{ document_id: string }>(db, sql`SELECT document_id FROM clauses WHERE id = ${clauseId}`)?.document_id;
  if (!documentId) return new Map();
  const all_ = all<{ id: string; clause_id: string; name_vi: string; name_lo: string }>(
    db,
    sql`SELECT i.id, i.clause_id, i.name_vi, i.name_lo FROM clause_indicators i JOIN clauses c ON c.id = i.clause_id
        WHERE c.document_id = ${documentId} AND i.archived_at IS NULL AND c.archived_at IS NULL`,
  );
  const references = documentReferences(db, documentId);
  return indicatorLabels(all_.map((i) => ({ id: i.id, nameVi: i.name_vi, nameLo: i.name_lo, clauseLabel: references.get(i.clause_id) ?? '' })));
}

/** The dated status history of one clause (the same rule the views use). */
export function statusFactsOf(db: ReadDb, clauseId: string, meetingDate: string): { status: TrackingStatus; events: StatusEvent[]; settledOn: string | null } {
  const row = trackingRow(db, clauseId);
  const changes = all<{ entry_date: string; created_at: string; status_after: TrackingStatus }>(
    db,
    sql`SELECT entry_date, created_at, status_after FROM progress_entries WHERE clause_id = ${clauseId} AND status_after IS NOT NULL`,
  ).map((e) => ({ date: e.entry_date, order: e.created_at, status: e.status_after }));
  const status = row?.status ?? 'not_started';
  return { status, ...statusHistory({ status, status_changed_on: row?.status_changed_on ?? null }, changes, meetingDate) };
}

/** Date of the last status change other than a carry-over mark (new changes may not be dated before it). */
export function lastStatusChangeOn(db: ReadDb, clauseId: string): string | null {
  return (
    one<{ d: string | null }>(
      db,
      sql`SELECT max(entry_date) AS d FROM progress_entries WHERE clause_id = ${clauseId} AND status_after IS NOT NULL AND status_after <> 'carried_over'`,
    )?.d ?? null
  );
}

/**
 * The latest progress entry of each clause on `asOf`: dated on or before it, and not replaced by a
 * correction dated on or before it.
 */
export function latestEntriesAsOf(db: ReadDb, clauseIds: readonly string[], asOf: string): Map<string, { entryDate: string; textVi: string; textLo: string }> {
  const rows = all<{ clause_id: string; entry_date: string; text_vi: string; text_lo: string }>(db, {
    text: `SELECT e.clause_id, e.entry_date, e.text_vi, e.text_lo FROM progress_entries e
           WHERE e.clause_id IN (SELECT value FROM json_each(?)) AND e.entry_date <= ?
             AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id AND n.entry_date <= ?)
           ORDER BY e.entry_date, e.created_at`,
    params: [JSON.stringify(clauseIds), asOf, asOf],
  });
  return new Map(rows.map((e) => [e.clause_id, { entryDate: e.entry_date, textVi: e.text_vi, textLo: e.text_lo }]));
}

/** Where each of the given tasks was carried over to (its live successor's document). */
export function carriedOverTargets(db: ReadDb, clauseIds: readonly string[]): Map<string, NonNullable<ClauseTracking['carriedOverTo']>> {
  if (clauseIds.length === 0) return new Map();
  const rows = all<{ origin: string; clause_id: string; document_id: string; title_vi: string; title_lo: string; meeting_date: string }>(db, {
    text: `SELECT s.predecessor_clause_id AS origin, s.id AS clause_id, d.id AS document_id, d.title_vi, d.title_lo, d.meeting_date
           FROM clauses s JOIN documents d ON d.id = s.document_id
           WHERE s.archived_at IS NULL AND d.archived_at IS NULL AND s.predecessor_clause_id IN (SELECT value FROM json_each(?))
           ORDER BY d.meeting_date`,
    params: [JSON.stringify(clauseIds)],
  });
  return new Map(
    rows.map((r) => [r.origin, { clauseId: r.clause_id, documentId: r.document_id, documentTitleVi: r.title_vi, documentTitleLo: r.title_lo, meetingDate: r.meeting_date }]),
  );
}

function agenciesOf(db: ReadDb, clauseId: string): ClauseTracking['agencies'] {
  return all<{
    id: string;
    agency_id: string;
    side: 'VN' | 'LA';
    role: 'lead' | 'support';
    name_vi: string;
    name_lo: string;
    province_vi: string | null;
    province_lo: string | null;
    archived_at: string | null;
  }>(
    db,
    sql`SELECT ca.id, ca.agency_id, ca.side, ca.role, a.name_vi, a.name_lo, p.name_vi AS province_vi, p.name_lo AS province_lo, a.archived_at
        FROM clause_agencies ca JOIN agencies a ON a.id = ca.agency_id LEFT JOIN provinces p ON p.id = a.province_id
        WHERE ca.clause_id = ${clauseId} AND ca.archived_at IS NULL
        ORDER BY ca.side DESC, CASE ca.role WHEN 'lead' THEN 0 ELSE 1 END, ca.created_at, ca.id`,
  ).map((r) => ({
    id: r.id,
    agencyId: r.agency_id,
    side: r.side,
    role: r.role,
    nameVi: r.name_vi,
    nameLo: r.name_lo,
    provinceNameVi: r.province_vi,
    provinceNameLo: r.province_lo,
    archived: r.archived_at !== null,
  }));
}

/** The same task across years: its predecessors (oldest first), itself, then the clauses carried from it. */
function lineageOf(db: ReadDb, clauseId: string, asOf: string): ClauseTracking['lineage'] {
  const chain = all<{ id: string; depth: number }>(
    db,
    sql`WITH RECURSIVE
          back(id, depth) AS (SELECT ${clauseId}, 0
            UNION ALL SELECT c.predecessor_clause_id, back.depth - 1 FROM clauses c JOIN back ON c.id = back.id
            WHERE c.predecessor_clause_id IS NOT NULL AND back.depth > -50),
          fwd(id, depth) AS (SELECT ${clauseId}, 0
            UNION ALL SELECT c.id, fwd.depth + 1 FROM clauses c JOIN fwd ON c.predecessor_clause_id = fwd.id
            WHERE c.archived_at IS NULL AND fwd.depth < 50)
        SELECT id, depth FROM back UNION SELECT id, depth FROM fwd ORDER BY depth`,
  );
  if (chain.length <= 1) return [];
  return chain.map(({ id }) => {
    const row = one<{ document_id: string; title_vi: string; meeting_date: string; text_vi: string; due_date: string | null }>(
      db,
      sql`SELECT c.document_id, d.title_vi, d.meeting_date, c.text_vi, t.due_date
          FROM clauses c JOIN documents d ON d.id = c.document_id LEFT JOIN clause_tracking t ON t.id = c.id WHERE c.id = ${id}`,
    )!;
    return {
      clauseId: id,
      documentId: row.document_id,
      documentTitleVi: row.title_vi,
      meetingDate: row.meeting_date,
      label: documentReferences(db, row.document_id).get(id) ?? '',
      textVi: row.text_vi,
      status: effectiveStatus(statusOn(statusFactsOf(db, id, row.meeting_date), asOf), row.due_date, asOf),
    };
  });
}

/** The clause's effective partner scope, with names. */
function scopeOfClause(db: ReadDb, clauseId: string): Pick<ClauseTracking, 'scope' | 'scoped'> {
  const context = clauseContext(db, clauseId);
  const names = new Map(
    all<{ id: string; name_vi: string; name_lo: string }>(db, sql`SELECT id, name_vi, name_lo FROM provinces WHERE id IN (SELECT value FROM json_each(${JSON.stringify(context.scope)}))`).map(
      (p) => [p.id, p],
    ),
  );
  return {
    scope: context.scope.map((id) => ({ provinceId: id, nameVi: names.get(id)?.name_vi ?? id, nameLo: names.get(id)?.name_lo ?? '' })),
    scoped: context.scoped,
  };
}

/** The follow-up of one clause on `asOf` (its status replayed from the dated log, figures of that day). */
export function getTracking(db: ReadDb, clauseId: string, today: string, asOf: string = today): ClauseTracking {
  const clause = findClause(db, clauseId) ?? notFound('Clause');
  const text = one<{ text_vi: string; text_lo: string }>(db, sql`SELECT text_vi, text_lo FROM clauses WHERE id = ${clauseId}`)!;
  const row = trackingRow(db, clauseId);
  const history = statusFactsOf(db, clauseId, clause.meetingDate);
  const status = statusOn(history, asOf);
  const changedOn = history.events.filter((e) => e.date <= asOf && e.status !== 'carried_over').reduce<string | null>((last, e) => (last === null || e.date > last ? e.date : last), null);
  const deadline = deadlineOf(row);
  const dueDate = dueDateOf(deadline);
  const progress = progressOf(db, clauseId, asOf);
  const lastReport = latestEntriesAsOf(db, [clauseId], asOf).get(clauseId)?.entryDate ?? null;
  return {
    clauseId,
    documentId: clause.documentId,
    label: documentReferences(db, clause.documentId).get(clauseId) ?? '',
    textVi: text.text_vi,
    textLo: text.text_lo,
    sector: clause.sector,
    signedOn: clause.signedOn,
    today,
    asOf,
    status,
    effectiveStatus: effectiveStatus(status, dueDate, asOf),
    statusChangedOn: changedOn,
    deadline,
    dueDate,
    daysOverdue: daysOverdue(status, dueDate, asOf),
    lastReportDate: lastReport,
    daysSinceLastReport: daysSince(lastReport, asOf),
    dropReason: status === 'dropped' ? (row?.drop_reason ?? '') : '',
    doneOn: status === 'done' ? changedOn : null,
    carriedOverTo: carriedOverTargets(db, [clauseId]).get(clauseId) ?? null,
    ...scopeOfClause(db, clauseId),
    agencies: agenciesOf(db, clauseId),
    indicators: indicatorsOf(db, clauseId, asOf),
    progress,
    lineage: lineageOf(db, clauseId, asOf),
  };
}

/** The latest dated note (an entry with text) of each clause on `asOf`, corrections respected. */
export function latestNotesAsOf(db: ReadDb, clauseIds: readonly string[], asOf: string): Map<string, { entryDate: string; textVi: string; textLo: string }> {
  const rows = all<{ clause_id: string; entry_date: string; text_vi: string; text_lo: string }>(db, {
    text: `SELECT e.clause_id, e.entry_date, e.text_vi, e.text_lo FROM progress_entries e
           WHERE e.clause_id IN (SELECT value FROM json_each(?)) AND e.entry_date <= ? AND (e.text_vi <> '' OR e.text_lo <> '')
             AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id AND n.entry_date <= ?)
           ORDER BY e.entry_date, e.created_at`,
    params: [JSON.stringify(clauseIds), asOf, asOf],
  });
  return new Map(rows.map((e) => [e.clause_id, { entryDate: e.entry_date, textVi: e.text_vi, textLo: e.text_lo }]));
}
