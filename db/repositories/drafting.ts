import type { FieldIssue, IssueCode } from '../../shared/contract/errors';
import { fail, FailureError, invalid } from '../../shared/contract/result';
import type { Section } from '../../shared/contract/schemas';
import { LIMITS, textLength } from '../../shared/contract/fields';
import type { ClauseRow, TreeChanges, TreeResult } from '../../shared/drafting';
import { insertRow, updateRow, type WriteContext } from '../changes';
import { all, one, sql, type ReadDb } from '../sql';

/** A stored clause as the pure tree operations see it, plus the flag a split copies. */
export interface EditableClause extends ClauseRow {
  loNeedsReview: boolean;
}

function refuse(code: IssueCode, path = '', params?: Record<string, string | number>): never {
  const issue: FieldIssue = { path, code, ...(params ? { params } : {}) };
  throw new FailureError(invalid([issue], code));
}

function notFound(what: string): never {
  throw new FailureError(fail('E_NOT_FOUND', `${what} not found`));
}

/** The document of a live section or clause, or a typed E_NOT_FOUND. */
export function documentOfSection(db: ReadDb, sectionId: string): string {
  return one<{ document_id: string }>(db, sql`SELECT document_id FROM sections WHERE id = ${sectionId} AND archived_at IS NULL`)?.document_id ?? notFound('Section');
}

export function documentOfClause(db: ReadDb, clauseId: string): string {
  return one<{ document_id: string }>(db, sql`SELECT document_id FROM clauses WHERE id = ${clauseId} AND archived_at IS NULL`)?.document_id ?? notFound('Clause');
}

/** Signed versions are frozen: every edit checks this first, inside its transaction. */
export function assertEditable(db: ReadDb, documentId: string): void {
  const doc = one<{ status: string }>(db, sql`SELECT status FROM documents WHERE id = ${documentId} AND archived_at IS NULL`);
  if (!doc) notFound('Document');
  if (doc.status === 'signed') throw new FailureError(fail('E_CONFLICT', 'Document is signed', { issues: [{ path: '', code: 'document_signed' }] }));
}

export function liveClauses(db: ReadDb, documentId: string): EditableClause[] {
  return all<{ id: string; section_id: string; parent_id: string | null; position: number; text_vi: string; text_lo: string; lo_needs_review: number }>(
    db,
    sql`SELECT c.id, c.section_id, c.parent_id, c.position, c.text_vi, c.text_lo, c.lo_needs_review
        FROM clauses c JOIN sections s ON s.id = c.section_id
        WHERE c.document_id = ${documentId} AND c.archived_at IS NULL AND s.archived_at IS NULL`,
  ).map((r) => ({
    id: r.id,
    sectionId: r.section_id,
    parentId: r.parent_id,
    position: r.position,
    textVi: r.text_vi,
    textLo: r.text_lo,
    loNeedsReview: r.lo_needs_review === 1,
  }));
}

/** Turns a refused pure operation into a typed failure, or returns its changes. */
export function unwrap<C extends ClauseRow>(result: TreeResult<C>): TreeChanges<C> {
  if (result.ok) return result.changes;
  const { code, params } = result.error;
  if (code === 'clause_not_found') notFound('Clause');
  return refuse(code === 'duplicate_id' ? 'invalid' : code, '', params as Record<string, string | number> | undefined);
}

/** Writes what a pure tree operation decided: patches, new rows, archived rows — one change-log row per field. */
export function applyTreeChanges(ctx: WriteContext, documentId: string, changes: TreeChanges<EditableClause>): void {
  for (const row of changes.added) {
    checkLength(row.textVi, 'textVi');
    checkLength(row.textLo, 'textLo');
  }
  for (const patch of changes.patches) {
    if (patch.textVi !== undefined) checkLength(patch.textVi, 'textVi');
    if (patch.textLo !== undefined) checkLength(patch.textLo, 'textLo');
  }
  const now = ctx.now();
  for (const id of changes.removed) updateRow(ctx, 'clauses', id, { archived_at: now });
  for (const patch of changes.patches) {
    updateRow(ctx, 'clauses', patch.id, {
      section_id: patch.sectionId,
      parent_id: patch.parentId,
      position: patch.position,
      ...(patch.textVi !== undefined ? { text_vi: patch.textVi } : {}),
      ...(patch.textLo !== undefined ? { text_lo: patch.textLo } : {}),
    });
  }
  for (const row of changes.added) {
    insertRow(
      ctx,
      'clauses',
      {
        document_id: documentId,
        section_id: row.sectionId,
        parent_id: row.parentId,
        position: row.position,
        text_vi: row.textVi,
        text_lo: row.textLo,
        lo_needs_review: row.loNeedsReview ? 1 : 0,
      },
      row.id,
    );
  }
}

/** A merge may join two long clauses: the stored limit holds after every operation. */
function checkLength(text: string, path: string): void {
  const length = textLength(text);
  if (length > LIMITS.clauseLength) refuse('too_long', path, { max: LIMITS.clauseLength, actual: length });
}

export interface SectionRowData {
  id: string;
  part: Section['part'];
  position: number;
  title_vi: string;
}

export function liveSections(db: ReadDb, documentId: string): SectionRowData[] {
  return all<SectionRowData>(
    db,
    sql`SELECT id, part, position, title_vi FROM sections WHERE document_id = ${documentId} AND archived_at IS NULL ORDER BY position, id`,
  );
}

const titleKey = (title: string) => title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();

/**
 * Section titles are unique within one part of a document (the same sector may appear in the
 * review of results and in the tasks ahead).
 */
export function assertUniqueTitle(db: ReadDb, documentId: string, part: string, titleVi: string, exceptId?: string): void {
  const clash = liveSections(db, documentId).some((s) => s.id !== exceptId && s.part === part && titleKey(s.title_vi) === titleKey(titleVi));
  if (clash) refuse('duplicate_title', 'titleVi');
}

/**
 * Where a new section goes when no index is given: an implementation section at the end; any other
 * just before the first implementation section (Tổ chức thực hiện stays last), or at the end.
 */
export function defaultSectionIndex(db: ReadDb, documentId: string, part: Section['part']): number | undefined {
  if (part === 'implementation') return undefined;
  const at = liveSections(db, documentId).findIndex((s) => s.part === 'implementation');
  return at < 0 ? undefined : at;
}

/** Puts a section at `index` among the live sections and renumbers them 0..n-1. */
export function placeSection(ctx: WriteContext, documentId: string, sectionId: string, index: number | undefined): void {
  const others = liveSections(ctx.db, documentId).filter((s) => s.id !== sectionId);
  const at = Math.min(index ?? others.length, others.length);
  const ordered = [...others.slice(0, at).map((s) => s.id), sectionId, ...others.slice(at).map((s) => s.id)];
  ordered.forEach((id, position) => updateRow(ctx, 'sections', id, { position }));
}

export function renumberSections(ctx: WriteContext, documentId: string): void {
  liveSections(ctx.db, documentId).forEach((s, position) => updateRow(ctx, 'sections', s.id, { position }));
}

interface ArchivedClause {
  id: string;
  document_id: string;
  section_id: string;
  parent_id: string | null;
  position: number;
  archived_at: string | null;
}

/**
 * Undo of a delete or merge: brings archived clauses back at their former place among the live
 * siblings (their sub-items were archived with them and come back in order). Returns the document id.
 */
export function restoreClauses(ctx: WriteContext, ids: readonly string[]): string {
  const rows = all<ArchivedClause>(
    ctx.db,
    sql`SELECT id, document_id, section_id, parent_id, position, archived_at FROM clauses
        WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  if (rows.length !== new Set(ids).size) notFound('Clause');
  const documentIds = new Set(rows.map((r) => r.document_id));
  if (documentIds.size !== 1) refuse('not_in_document', 'ids');
  const documentId = rows[0]!.document_id;
  assertEditable(ctx.db, documentId);

  const restoring = new Set(rows.filter((r) => r.archived_at !== null).map((r) => r.id));
  const roots = rows.filter((r) => restoring.has(r.id) && !(r.parent_id && restoring.has(r.parent_id))).sort((a, b) => a.position - b.position);
  for (const root of roots) {
    const section = one<{ id: string }>(ctx.db, sql`SELECT id FROM sections WHERE id = ${root.section_id} AND archived_at IS NULL`);
    const parentLive = root.parent_id === null || one<{ id: string }>(ctx.db, sql`SELECT id FROM clauses WHERE id = ${root.parent_id} AND archived_at IS NULL`);
    if (!section || !parentLive) refuse('invalid_position', 'ids');
    const siblings = all<{ id: string }>(
      ctx.db,
      sql`SELECT id FROM clauses WHERE section_id = ${root.section_id} AND parent_id IS ${root.parent_id}
          AND archived_at IS NULL ORDER BY position, id`,
    ).map((r) => r.id);
    const at = Math.min(root.position, siblings.length);
    const ordered = [...siblings.slice(0, at), root.id, ...siblings.slice(at)];
    updateRow(ctx, 'clauses', root.id, { archived_at: null });
    ordered.forEach((id, position) => updateRow(ctx, 'clauses', id, { position }));
  }
  for (const id of restoring) updateRow(ctx, 'clauses', id, { archived_at: null });
  return documentId;
}

export { notFound, refuse };
