import { z } from 'zod';
import { DOCUMENT_KINDS, DOCUMENT_PARTS, SECTORS } from '../../domain/document';
import { LIBRARY_SECTORS } from '../../templates/library';
import { TEMPLATE_NAME_MAX, TemplateId } from '../../templates/model';
import { EntityId, userText } from '../fields';
import type { ContractSection } from '../section';

/**
 * Templates and the clause library.
 *
 * - `templates.list`: the live templates (built-in first), each with a summary of its sections.
 * - `templates.saveFromDocument`: stores a document's current structure (sections, clause tree, both
 *   languages, review flags) as an officer's template. Names are unique among the live templates of a
 *   kind: a built-in name is refused (`duplicate_title`); saving again under the name of one of the
 *   officer's own templates makes a new version (version + 1) and archives the previous one, so documents
 *   made from the old version keep their link and the list shows each name once.
 * - `library.list`: clauses to insert, per sector — the built-in library plus the officer's own clauses
 *   from live documents, each Vietnamese text once (newest first), searched with folded Vietnamese and
 *   plain Lao substrings. Creating a document from a template is `documents.create` with `templateId`.
 */

export const TemplateSectionSummarySchema = z.object({
  part: z.enum(DOCUMENT_PARTS),
  sector: z.enum(SECTORS),
  titleVi: z.string(),
  titleLo: z.string(),
  loNeedsReview: z.boolean(),
  /** Clauses in the section, sub-items included. */
  clauseCount: z.number().int(),
});

export const TemplateSummarySchema = z.object({
  id: TemplateId,
  kind: z.enum(DOCUMENT_KINDS),
  nameVi: z.string(),
  nameLo: z.string(),
  version: z.number().int(),
  builtin: z.boolean(),
  /** Some Lao text of the template (a title, a clause, a fixed text) still needs review. */
  loNeedsReview: z.boolean(),
  sections: z.array(TemplateSectionSummarySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const TemplateListInput = z.strictObject({ kind: z.enum(DOCUMENT_KINDS).optional() });

const templateName = (required: boolean) => userText({ max: TEMPLATE_NAME_MAX, singleLine: true, required });

export const TemplateSaveInput = z.strictObject({
  documentId: EntityId,
  nameVi: templateName(true),
  nameLo: templateName(false),
});

/** Longest library search text, in code points. */
export const LIBRARY_QUERY_MAX = 200;
/** Largest page of library.list. */
export const LIBRARY_PAGE_MAX = 500;

export const LibraryListInput = z.strictObject({
  /** A sector code, or `implementation` for Part III clauses. */
  sector: z.enum(LIBRARY_SECTORS).optional(),
  /** Folded Vietnamese ("hop tac" finds "hợp tác") or a Lao substring; empty matches everything. */
  query: userText({ max: LIBRARY_QUERY_MAX, singleLine: true }).optional(),
  limit: z.number().int().min(1).max(LIBRARY_PAGE_MAX).default(100),
});
export type LibraryListRequest = z.input<typeof LibraryListInput>;

export const LIBRARY_SOURCES = ['builtin', 'officer', 'document'] as const;

export const LibraryClauseSchema = z.object({
  /** library_clauses id, or the clause id for a clause taken from a document. */
  id: z.string(),
  sector: z.enum(LIBRARY_SECTORS),
  textVi: z.string(),
  textLo: z.string(),
  /** Lao not yet checked by a Lao-speaking officer ("chưa rà soát"). */
  loNeedsReview: z.boolean(),
  /** Default follow-up indicator with its unit (built-in clauses), or ''. */
  indicatorHint: z.string(),
  /** builtin: sample-clauses.md; officer: the officer's library entry; document: a clause of a live document. */
  source: z.enum(LIBRARY_SOURCES),
  documentId: EntityId.nullable(),
  documentTitleVi: z.string().nullable(),
  updatedAt: z.string(),
});
export type LibraryClause = z.infer<typeof LibraryClauseSchema>;

export const LibraryListSchema = z.object({
  items: z.array(LibraryClauseSchema),
  /** More clauses match than `limit`. */
  truncated: z.boolean(),
});
export type LibraryList = z.infer<typeof LibraryListSchema>;

export const templatesContract = {
  'templates.list': { req: TemplateListInput, res: z.array(TemplateSummarySchema) },
  'templates.saveFromDocument': { req: TemplateSaveInput, res: TemplateSummarySchema },
  'library.list': { req: LibraryListInput, res: LibraryListSchema },
} as const satisfies ContractSection;
