import type { ClauseTracking, ProgressEntry } from '../../shared/contract/features/followup';
import { clauseContext } from './clause-scope';
import type { Sector } from '../../shared/domain/document';
import { clauseReferences } from '../../shared/followup/labels';
import { dueDateOf, effectiveStatus, type Deadline, type TrackingStatus } from '../../shared/followup/status';
import { all, one, sql, type ReadDb } from '../sql';
import { notFound, refuse } from './drafting';

/** What the follow-up rules need to know about a clause before touching its tracking. */
export interface TrackableClause {
  clauseId: string;
  documentId: string;
  documentStatus: string;
  part: string;
  sector: Sector;
  signedOn: string | null;
}

export function findClause(db: ReadDb, clauseId: string): TrackableClause | undefined {
  const row = one<{ document_id: string; status: string; part: string; sector: Sector; signed_on: string | null }>(
    db,
    sql`SELECT c.document_id, d.status, s.part, s.sector,
          (SELECT v.signed_on FROM document_versions v WHERE v.document_id = d.id ORDER BY v.version_no DESC LIMIT 1) AS signed_on
        FROM clauses c JOIN sections s ON s.id = c.section_id JOIN documents d ON d.id = c.document_id
        WHERE c.id = ${clauseId} AND c.archived_at IS NULL AND s.archived_at IS NULL AND d.archived_at IS NULL`,
  );
  if (!row) return undefined;
  return { clauseId, documentId: row.document_id, documentStatus: row.status, part: row.part, sector: row.sector, signedOn: row.signed_on };
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

export function progressOf(db: ReadDb, clauseId: string): ProgressEntry[] {
  const entries = all<EntryRow>(
    db,
    sql`SELECT e.id, e.entry_date, e.author, e.agency_id, a.name_vi AS agency_name_vi, e.text_vi, e.text_lo, e.status_after,
          e.supersedes_id, (SELECT n.id FROM progress_entries n WHERE n.supersedes_id = e.id) AS superseded_by, e.created_at
        FROM progress_entries e LEFT JOIN agencies a ON a.id = e.agency_id
        WHERE e.clause_id = ${clauseId} ORDER BY e.entry_date DESC, e.created_at DESC, e.id`,
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

/** Indicators of a clause; actual = sum of values reported by entries that no later entry corrects. */
export function indicatorsOf(db: ReadDb, clauseId: string): ClauseTracking['indicators'] {
  const rows = all<{
    id: string;
    indicator_id: string | null;
    name_vi: string;
    name_lo: string;
    unit: string;
    currency: 'VND' | 'USD' | 'LAK' | null;
    target_value: number | null;
    target_note: string;
    actual: number | null;
    notes: string | null;
  }>(
    db,
    sql`SELECT i.id, i.indicator_id, i.name_vi, i.name_lo, i.unit, i.currency, i.target_value, i.target_note,
          (SELECT sum(v.value) FROM progress_values v JOIN progress_entries e ON e.id = v.entry_id
            WHERE v.clause_indicator_id = i.id AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id)) AS actual,
          (SELECT json_group_array(note) FROM (SELECT v.note FROM progress_values v JOIN progress_entries e ON e.id = v.entry_id
            WHERE v.clause_indicator_id = i.id AND v.note <> ''
              AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id)
            ORDER BY e.entry_date DESC, e.created_at DESC)) AS notes
        FROM clause_indicators i WHERE i.clause_id = ${clauseId} AND i.archived_at IS NULL ORDER BY i.position, i.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    indicatorId: r.indicator_id,
    nameVi: r.name_vi,
    nameLo: r.name_lo,
    unit: r.unit,
    currency: r.currency,
    target: r.target_value,
    targetNote: r.target_note,
    actual: r.actual,
    actualNotes: r.notes ? (JSON.parse(r.notes) as string[]) : [],
  }));
}

function agenciesOf(db: ReadDb, clauseId: string): ClauseTracking['agencies'] {
  return all<{ id: string; agency_id: string; side: 'VN' | 'LA'; role: 'lead' | 'support'; name_vi: string; name_lo: string; archived_at: string | null }>(
    db,
    sql`SELECT ca.id, ca.agency_id, ca.side, ca.role, a.name_vi, a.name_lo, a.archived_at
        FROM clause_agencies ca JOIN agencies a ON a.id = ca.agency_id
        WHERE ca.clause_id = ${clauseId} AND ca.archived_at IS NULL
        ORDER BY ca.side DESC, CASE ca.role WHEN 'lead' THEN 0 ELSE 1 END, ca.created_at, ca.id`,
  ).map((r) => ({ id: r.id, agencyId: r.agency_id, side: r.side, role: r.role, nameVi: r.name_vi, nameLo: r.name_lo, archived: r.archived_at !== null }));
}

/** The same task across years: its predecessors (oldest first), itself, then the clauses carried from it. */
function lineageOf(db: ReadDb, clauseId: string, today: string): ClauseTracking['lineage'] {
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
    const row = one<{ document_id: string; title_vi: string; meeting_date: string; text_vi: string; status: TrackingStatus | null; due_date: string | null }>(
      db,
      sql`SELECT c.document_id, d.title_vi, d.meeting_date, c.text_vi, t.status, t.due_date
          FROM clauses c JOIN documents d ON d.id = c.document_id LEFT JOIN clause_tracking t ON t.id = c.id WHERE c.id = ${id}`,
    )!;
    return {
      clauseId: id,
      documentId: row.document_id,
      documentTitleVi: row.title_vi,
      meetingDate: row.meeting_date,
      label: documentReferences(db, row.document_id).get(id) ?? '',
      textVi: row.text_vi,
      status: effectiveStatus(row.status ?? 'not_started', row.due_date, today),
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

export function getTracking(db: ReadDb, clauseId: string, today: string): ClauseTracking {
  const clause = findClause(db, clauseId) ?? notFound('Clause');
  const text = one<{ text_vi: string; text_lo: string }>(db, sql`SELECT text_vi, text_lo FROM clauses WHERE id = ${clauseId}`)!;
  const row = trackingRow(db, clauseId);
  const status = row?.status ?? 'not_started';
  const deadline = deadlineOf(row);
  const dueDate = dueDateOf(deadline);
  return {
    clauseId,
    documentId: clause.documentId,
    label: documentReferences(db, clause.documentId).get(clauseId) ?? '',
    textVi: text.text_vi,
    textLo: text.text_lo,
    sector: clause.sector,
    signedOn: clause.signedOn,
    status,
    effectiveStatus: effectiveStatus(status, dueDate, today),
    deadline,
    dueDate,
    dropReason: row?.drop_reason ?? '',
    doneOn: status === 'done' ? (row?.status_changed_on ?? null) : null,
    ...scopeOfClause(db, clauseId),
    agencies: agenciesOf(db, clauseId),
    indicators: indicatorsOf(db, clauseId),
    progress: progressOf(db, clauseId),
    lineage: lineageOf(db, clauseId, today),
  };
}
