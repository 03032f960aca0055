import type { z } from 'zod';
import type { FieldIssue, IssueCode } from '../../shared/contract/errors';
import { textLength, LIMITS } from '../../shared/contract/fields';
import type { TemplateSaveInput, TemplateSummary } from '../../shared/contract/features/templates';
import { fail, FailureError, invalid } from '../../shared/contract/result';
import type { Clause, Section } from '../../shared/contract/schemas';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/document';
import { compareByPosition } from '../../shared/drafting/numbering';
import { builtinTemplateOf } from '../../shared/templates/builtin';
import { fillTemplate } from '../../shared/templates/fill';
import {
  bodyLoNeedsReview,
  countClauses,
  TemplateBodySchema,
  titleKey,
  type TemplateBody,
  type TemplateClause,
  type TemplateSection,
} from '../../shared/templates/model';
import { documentValues } from '../../shared/templates/values';
import { insertRow, updateRow, type WriteContext } from '../changes';
import { all, one, sql, type ReadDb } from '../sql';
import { getDocument, getDocumentSummary } from './documents';

interface TemplateRow {
  id: string;
  kind: DocumentKind;
  name_vi: string;
  name_lo: string;
  version: number;
  body_json: string;
  builtin: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

function refuse(code: IssueCode, path: string, params?: Record<string, string | number>): never {
  const issue: FieldIssue = { path, code, ...(params ? { params } : {}) };
  throw new FailureError(invalid([issue], code));
}

function notFound(what: string): never {
  throw new FailureError(fail('E_NOT_FOUND', `${what} not found`));
}

/** A stored body, validated: a damaged row is an internal error, never half-used. */
function bodyOf(row: TemplateRow): TemplateBody {
  const parsed = TemplateBodySchema.safeParse(JSON.parse(row.body_json));
  if (!parsed.success) throw new Error(`Template ${row.id} has an invalid body: ${parsed.error.message}`);
  return parsed.data;
}

function toSummary(row: TemplateRow): TemplateSummary {
  const body = bodyOf(row);
  return {
    id: row.id,
    kind: row.kind,
    nameVi: row.name_vi,
    nameLo: row.name_lo,
    version: row.version,
    builtin: row.builtin === 1,
    loNeedsReview: bodyLoNeedsReview(body),
    sections: body.sections.map((s) => ({
      part: s.part,
      sector: s.sector,
      titleVi: s.titleVi,
      titleLo: s.titleLo,
      loNeedsReview: s.loNeedsReview,
      clauseCount: countClauses(s.clauses),
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Live templates, built-in first, then by kind and name. */
export function listTemplates(db: ReadDb, kind: DocumentKind | undefined): TemplateSummary[] {
  const rows = all<TemplateRow>(
    db,
    sql`SELECT * FROM templates WHERE archived_at IS NULL AND (${kind ?? null} IS NULL OR kind = ${kind ?? null})`,
  );
  const order = (k: DocumentKind) => DOCUMENT_KINDS.indexOf(k);
  return rows
    .sort(
      (a, b) =>
        b.builtin - a.builtin ||
        order(a.kind) - order(b.kind) ||
        a.name_vi.localeCompare(b.name_vi, 'vi') ||
        a.id.localeCompare(b.id),
    )
    .map(toSummary);
}

export function getTemplateSummary(db: ReadDb, id: string): TemplateSummary | undefined {
  const row = one<TemplateRow>(db, sql`SELECT * FROM templates WHERE id = ${id}`);
  return row ? toSummary(row) : undefined;
}

/** A document's live sections and clause trees, in display order, as a template body's sections. */
function sectionsOf(sections: readonly Section[]): TemplateSection[] {
  const tree = (clauses: readonly Clause[], parentId: string | null): TemplateClause[] =>
    clauses
      .filter((c) => c.parentId === parentId)
      .sort(compareByPosition)
      .map((c) => {
        const children = tree(clauses, c.id);
        return { vi: c.textVi, lo: c.textLo, loNeedsReview: c.loNeedsReview, ...(children.length > 0 ? { children } : {}) };
      });
  return [...sections].sort(compareByPosition).map((s) => ({
    part: s.part,
    sector: s.sector,
    titleVi: s.titleVi,
    titleLo: s.titleLo,
    loNeedsReview: s.loNeedsReview,
    clauses: tree(s.clauses, null),
  }));
}

/**
 * Saves a document's current structure as an officer's template (call inside one transaction).
 *
 * The body takes the document's sections and clauses as they are now (texts in both languages, nesting,
 * review flags). The fixed texts (title, summary, preamble, closing) come from the template the document
 * was made from, or from the built-in template of its kind. Names are unique among the live templates of
 * a kind (compared without case or extra spaces): the name of a built-in template is refused with
 * `duplicate_title`; the name of one of the officer's own templates makes a new version of it (version + 1,
 * the previous version archived but kept, since documents may point at it).
 */
export function saveTemplateFromDocument(ctx: WriteContext, input: z.output<typeof TemplateSaveInput>): TemplateSummary {
  const doc = getDocument(ctx.db, input.documentId) ?? notFound('Document');
  const source = one<{ template_id: string | null }>(ctx.db, sql`SELECT template_id FROM documents WHERE id = ${doc.id}`);
  const origin = source?.template_id ? one<TemplateRow>(ctx.db, sql`SELECT * FROM templates WHERE id = ${source.template_id}`) : undefined;
  const fixed = origin && origin.kind === doc.kind ? bodyOf(origin) : builtinTemplateOf(doc.kind).body;

  const parsed = TemplateBodySchema.safeParse({ ...fixed, sections: sectionsOf(doc.sections) } satisfies TemplateBody);
  if (!parsed.success) refuse('invalid', 'documentId', { detail: parsed.error.issues[0]?.message ?? 'invalid structure' });

  const key = titleKey(input.nameVi);
  const sameName = all<TemplateRow>(ctx.db, sql`SELECT * FROM templates WHERE kind = ${doc.kind}`).filter((t) => titleKey(t.name_vi) === key);
  const live = sameName.filter((t) => t.archived_at === null);
  if (live.some((t) => t.builtin === 1)) refuse('duplicate_title', 'nameVi');
  const now = ctx.now();
  for (const previous of live) updateRow(ctx, 'templates', previous.id, { archived_at: now });
  const version = 1 + Math.max(0, ...sameName.map((t) => t.version));

  const id = insertRow(ctx, 'templates', {
    kind: doc.kind,
    name_vi: input.nameVi,
    name_lo: input.nameLo,
    version,
    body_json: JSON.stringify(parsed.data),
    builtin: 0,
  });
  return getTemplateSummary(ctx.db, id)!;
}

/**
 * Gives a newly created document the sections and clauses of a live template of its kind (call inside
 * the transaction that created the document). Placeholders are filled from the document (provinces in
 * each language, year, day, month, place, number of originals); unknown ones such as `{so_luong}` stay
 * visible for the officer. Sections and clauses whose Lao the template marks as draft are stored with
 * lo_needs_review = 1. Clauses of Part I (results) record what was done and start as 'done', like the
 * sample document.
 */
export function applyTemplate(ctx: WriteContext, documentId: string, templateId: string): void {
  const row = one<TemplateRow>(ctx.db, sql`SELECT * FROM templates WHERE id = ${templateId} AND archived_at IS NULL`);
  if (!row) refuse('unknown_template', 'templateId');
  const doc = getDocumentSummary(ctx.db, documentId) ?? notFound('Document');
  if (row.kind !== doc.kind) refuse('template_kind_mismatch', 'templateId', { kind: row.kind });

  const { body } = fillTemplate(bodyOf(row), documentValues(doc));
  updateRow(ctx, 'documents', documentId, { template_id: row.id });

  const insertClauses = (clauses: readonly TemplateClause[], sectionId: string, parentId: string | null) => {
    clauses.forEach((c, position) => {
      // Filling can lengthen a text that was within the limit; the stored limit holds regardless.
      const length = Math.max(textLength(c.vi), textLength(c.lo));
      if (length > LIMITS.clauseLength) refuse('too_long', 'templateId', { max: LIMITS.clauseLength, actual: length });
      const id = insertRow(ctx, 'clauses', {
        document_id: documentId,
        section_id: sectionId,
        parent_id: parentId,
        position,
        text_vi: c.vi,
        text_lo: c.lo,
        lo_needs_review: c.loNeedsReview ? 1 : 0,
      });
      insertClauses(c.children ?? [], sectionId, id);
    });
  };

  body.sections.forEach((s, position) => {
    const sectionId = insertRow(ctx, 'sections', {
      document_id: documentId,
      part: s.part,
      sector: s.sector,
      position,
      title_vi: s.titleVi,
      title_lo: s.titleLo,
      lo_needs_review: s.loNeedsReview ? 1 : 0,
    });
    insertClauses(s.clauses, sectionId, null);
  });
}
