import { z } from 'zod';
import { DOCUMENT_PARTS, SECTORS } from '../../domain/document';
import { EntityId, LIMITS, ProvinceId, userText } from '../fields';
import { ClauseSchema, DocumentDetailSchema, SectionSchema } from '../schemas';
import type { ContractSection } from '../section';

/**
 * Drafting: sections and the bilingual clause tree of a document. Each edit is one transaction and is
 * saved at once (no Save button). Structural edits answer with the whole document, so the editor
 * always shows what is stored; text edits answer with the clause.
 */
const clauseText = userText({ max: LIMITS.clauseLength });
const sectionTitle = userText({ max: LIMITS.titleLength, singleLine: true });
const index = z.number().int().min(0).max(100_000);

export const SectionAddInput = z.strictObject({
  documentId: EntityId,
  part: z.enum(DOCUMENT_PARTS),
  sector: z.enum(SECTORS),
  titleVi: userText({ max: LIMITS.titleLength, singleLine: true, required: true }),
  titleLo: sectionTitle,
  /**
   * Position among the document's sections. When omitted: at the end for an implementation section,
   * otherwise just before the first implementation section (Tổ chức thực hiện stays last).
   */
  index: index.optional(),
});

export const SectionUpdateInput = z.strictObject({
  id: EntityId,
  titleVi: userText({ max: LIMITS.titleLength, singleLine: true, required: true }).optional(),
  titleLo: sectionTitle.optional(),
  sector: z.enum(SECTORS).optional(),
  part: z.enum(DOCUMENT_PARTS).optional(),
});

export const SectionMoveInput = z.strictObject({ id: EntityId, index });

export const ClauseAddInput = z.strictObject({
  documentId: EntityId,
  sectionId: EntityId,
  parentId: EntityId.nullable(),
  /** Position among its siblings; at the end when omitted. */
  index: index.optional(),
  textVi: clauseText,
  textLo: clauseText,
  /** Lao not yet checked (a clause inserted from the library keeps its flag). */
  loNeedsReview: z.boolean().optional(),
});

export const ClauseUpdateInput = z.strictObject({
  id: EntityId,
  textVi: clauseText.optional(),
  textLo: clauseText.optional(),
  /** The officer marks a Lao text as reviewed (false) or flags it (true). */
  loNeedsReview: z.boolean().optional(),
});

export const ClauseMoveInput = z.strictObject({
  id: EntityId,
  sectionId: EntityId,
  parentId: EntityId.nullable(),
  index,
});

export const ClauseSplitInput = z.strictObject({
  id: EntityId,
  /** Caret positions (UTF-16 offsets, as a textarea reports them) in each language. */
  offsetVi: z.number().int().min(0).max(LIMITS.clauseLength * 2),
  offsetLo: z.number().int().min(0).max(LIMITS.clauseLength * 2),
});

export const ClauseMergeInput = z.strictObject({ firstId: EntityId, secondId: EntityId });

export const ClauseIdsInput = z.strictObject({ ids: z.array(EntityId).min(1).max(10_000) });

/**
 * Which partner provinces a clause or a section is for. `provinceIds` empty clears the scope: a section
 * is then for all partners, a clause inherits its parent's or section's. Every id must be a partner of
 * the document (`scope_not_partner`, path "provinceIds.<i>"). Follow-up counts a clause only under its
 * partners (shared/drafting/scope.ts effectiveScope).
 */
const scopeIds = z.array(ProvinceId).max(LIMITS.partnersPerDocument);
export const SectionScopeInput = z.strictObject({ sectionId: EntityId, provinceIds: scopeIds });
export const ClauseScopeInput = z.strictObject({ clauseId: EntityId, provinceIds: scopeIds });

export const ClauseEditResultSchema = z.object({
  document: DocumentDetailSchema,
  /** Ids of clauses this edit created (split, add) or removed (delete, merge), for focus and undo. */
  created: z.array(EntityId),
  removed: z.array(EntityId),
});
export type ClauseEditResult = z.infer<typeof ClauseEditResultSchema>;

export const draftingContract = {
  'sections.add': { req: SectionAddInput, res: DocumentDetailSchema },
  'sections.update': { req: SectionUpdateInput, res: SectionSchema.omit({ clauses: true }) },
  'sections.move': { req: SectionMoveInput, res: DocumentDetailSchema },
  'sections.remove': { req: z.strictObject({ id: EntityId }), res: DocumentDetailSchema },
  'sections.restore': { req: z.strictObject({ id: EntityId }), res: DocumentDetailSchema },
  'sections.setScope': { req: SectionScopeInput, res: DocumentDetailSchema },
  'clauses.setScope': { req: ClauseScopeInput, res: DocumentDetailSchema },
  'clauses.add': { req: ClauseAddInput, res: ClauseEditResultSchema },
  'clauses.update': { req: ClauseUpdateInput, res: ClauseSchema },
  'clauses.move': { req: ClauseMoveInput, res: ClauseEditResultSchema },
  'clauses.indent': { req: z.strictObject({ id: EntityId }), res: ClauseEditResultSchema },
  'clauses.outdent': { req: z.strictObject({ id: EntityId }), res: ClauseEditResultSchema },
  'clauses.split': { req: ClauseSplitInput, res: ClauseEditResultSchema },
  'clauses.merge': { req: ClauseMergeInput, res: ClauseEditResultSchema },
  'clauses.delete': { req: z.strictObject({ id: EntityId }), res: ClauseEditResultSchema },
  /** Undo of a delete or merge: brings archived clauses back where they were. */
  'clauses.restore': { req: ClauseIdsInput, res: ClauseEditResultSchema },
} as const satisfies ContractSection;
