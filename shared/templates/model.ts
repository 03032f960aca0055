import { z } from 'zod';
import { LIMITS, textLength } from '../contract/fields';
import { DOCUMENT_PARTS, SECTORS, type DocumentKind } from '../domain/document';
import { hasIllegalCharacters } from '../domain/text';
import { MAX_CLAUSE_DEPTH } from '../drafting/numbering';

/**
 * The template model: what a document of one kind starts from. A template body is plain JSON stored
 * in `templates.body_json`; this schema validates it whenever it is read (a damaged row is refused,
 * never half-used) and when an officer saves a document's structure as a template.
 *
 * - `sections`: the body in order — Part I (results), Part II (tasks) and Part III (implementation)
 *   are sections with a `part`; each section has a sector, a title in both languages and a clause tree.
 *   Creating a document from a template copies these into the document's sections and clauses.
 * - `title`, `summary`, `preamble`, `closing`: fixed texts the Word export will need (document kind
 *   title, summary line, preamble sentences, number of originals and their languages). They are sentence
 *   patterns with placeholders (see ./fill.ts), filled at export time from the document's data.
 *
 * Every text is bilingual. `loNeedsReview` marks Lao written by the development team (or copied from
 * a document whose Lao was still unchecked): when a template is instantiated, those sections and clauses
 * are stored with `lo_needs_review = 1`. No title of a person is ever part of a template: names and
 * titles are delegation data and reach the preamble through placeholders.
 */

/** Version of the body_json format itself (not of a template's content). */
export const TEMPLATE_FORMAT = 1;

/** Longest template name (nameVi / nameLo), in code points. */
export const TEMPLATE_NAME_MAX = 300;

/** Template ids: stable slugs for built-in templates ("builtin-minutes-v1"), UUIDs for officers' ones. */
export const TemplateId = z.string().regex(/^[A-Za-z0-9-]{1,100}$/u);

/** Stored text: no characters Word cannot hold, NFC, within the limit. Validation only, no rewriting. */
function storedText(max: number, required = false) {
  return z.string().superRefine((text, ctx) => {
    if (hasIllegalCharacters(text)) ctx.addIssue({ code: 'custom', message: 'illegal_characters' });
    else if (text !== text.normalize('NFC')) ctx.addIssue({ code: 'custom', message: 'invalid', params: { detail: 'not NFC' } });
    if (required && text.trim().length === 0) ctx.addIssue({ code: 'custom', message: 'required' });
    const length = textLength(text);
    if (length > max) ctx.addIssue({ code: 'custom', message: 'too_long', params: { max, actual: length } });
  });
}

export const FixedTextSchema = z.strictObject({
  vi: storedText(LIMITS.clauseLength, true),
  lo: storedText(LIMITS.clauseLength),
  loNeedsReview: z.boolean(),
});
export type FixedText = z.infer<typeof FixedTextSchema>;

export interface TemplateClause {
  vi: string;
  lo: string;
  loNeedsReview: boolean;
  children?: TemplateClause[] | undefined;
}

export const TemplateClauseSchema: z.ZodType<TemplateClause> = z.lazy(() =>
  z.strictObject({
    vi: storedText(LIMITS.clauseLength),
    lo: storedText(LIMITS.clauseLength),
    loNeedsReview: z.boolean(),
    children: z.array(TemplateClauseSchema).optional(),
  }),
);

export const TemplateSectionSchema = z.strictObject({
  part: z.enum(DOCUMENT_PARTS),
  sector: z.enum(SECTORS),
  titleVi: storedText(LIMITS.titleLength, true),
  titleLo: storedText(LIMITS.titleLength),
  loNeedsReview: z.boolean(),
  clauses: z.array(TemplateClauseSchema),
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

/** Same comparison as the drafting handlers use for section titles (case, spaces and NFC ignored). */
export function titleKey(title: string): string {
  return title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/** Deepest nesting of a clause list: [] → 0, one level → 1. */
export function clauseDepth(clauses: readonly TemplateClause[]): number {
  let deepest = 0;
  for (const clause of clauses) deepest = Math.max(deepest, 1 + clauseDepth(clause.children ?? []));
  return deepest;
}

export function countClauses(clauses: readonly TemplateClause[]): number {
  return clauses.reduce((n, c) => n + 1 + countClauses(c.children ?? []), 0);
}

/** Largest number of clauses in one template (a 5,000-clause document can still be saved). */
export const TEMPLATE_MAX_CLAUSES = 10_000;

export const TemplateBodySchema = z
  .strictObject({
    format: z.literal(TEMPLATE_FORMAT),
    /** Document kind title, e.g. "BIÊN BẢN HỘI ĐÀM". */
    title: FixedTextSchema,
    /** Summary line (trích yếu) under the title. */
    summary: FixedTextSchema,
    /** Preamble sentences: time and place, the delegations, the purpose sentence. */
    preamble: z.array(FixedTextSchema).max(50),
    sections: z.array(TemplateSectionSchema).max(500),
    /** Closing sentences: number of originals, languages, equal validity, signing place and date. */
    closing: z.array(FixedTextSchema).max(50),
  })
  .superRefine((body, ctx) => {
    // Section titles are unique within a part, as the drafting handlers require of a document.
    const seen = new Set<string>();
    body.sections.forEach((section, index) => {
      const key = `${section.part}\u0000${titleKey(section.titleVi)}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicate_title', path: ['sections', index, 'titleVi'] });
      seen.add(key);
      const depth = clauseDepth(section.clauses);
      if (depth > MAX_CLAUSE_DEPTH) {
        ctx.addIssue({ code: 'custom', message: 'too_deep', params: { max: MAX_CLAUSE_DEPTH }, path: ['sections', index, 'clauses'] });
      }
    });
    const total = body.sections.reduce((n, s) => n + countClauses(s.clauses), 0);
    if (total > TEMPLATE_MAX_CLAUSES) ctx.addIssue({ code: 'custom', message: 'too_many', params: { max: TEMPLATE_MAX_CLAUSES }, path: ['sections'] });
  });
export type TemplateBody = z.infer<typeof TemplateBodySchema>;

/** A template as stored: kind, bilingual name, version, body. */
export interface TemplateDefinition {
  id: string;
  kind: DocumentKind;
  nameVi: string;
  nameLo: string;
  version: number;
  body: TemplateBody;
}

/** True when any Lao text of the body still needs a Lao-speaking officer's review. */
export function bodyLoNeedsReview(body: TemplateBody): boolean {
  const clauseNeeds = (clauses: readonly TemplateClause[]): boolean =>
    clauses.some((c) => c.loNeedsReview || clauseNeeds(c.children ?? []));
  return (
    [body.title, body.summary, ...body.preamble, ...body.closing].some((t) => t.loNeedsReview) ||
    body.sections.some((s) => s.loNeedsReview || clauseNeeds(s.clauses))
  );
}
