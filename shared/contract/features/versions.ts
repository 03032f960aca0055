import { z } from 'zod';
import { DELEGATE_ROLES, DOCUMENT_KINDS } from '../../domain/document';
import { EntityId, IsoDate, LIMITS, ProvinceId, userText } from '../fields';
import { DocumentDetailSchema, DocumentSummarySchema } from '../schemas';
import type { ContractSection } from '../section';

/**
 * The document around its clauses: metadata, delegations (people and their titles as data), signing
 * (a signed version is an immutable snapshot), amended versions and the clause-level diff between
 * any two versions.
 */
const line = (max: number, required = false) => userText({ max, singleLine: true, required });

export const DocumentUpdateInput = z
  .strictObject({
    id: EntityId,
    kind: z.enum(DOCUMENT_KINDS).optional(),
    titleVi: line(LIMITS.titleLength, true).optional(),
    titleLo: line(LIMITS.titleLength).optional(),
    placeVi: line(LIMITS.placeLength).optional(),
    placeLo: line(LIMITS.placeLength).optional(),
    meetingDate: IsoDate.optional(),
    periodStart: IsoDate.nullable().optional(),
    periodEnd: IsoDate.nullable().optional(),
    /** The officer has checked the Lao title (false) or flags it for review (true). */
    titleLoNeedsReview: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.periodStart && input.periodEnd && input.periodStart > input.periodEnd) {
      ctx.addIssue({ code: 'custom', message: 'period_order', path: ['periodEnd'] });
    }
  });

const delegateFields = {
  role: z.enum(DELEGATE_ROLES),
  nameVi: line(LIMITS.personName),
  nameLo: line(LIMITS.personName),
  titleVi: userText({ max: LIMITS.personTitle }),
  titleLo: userText({ max: LIMITS.personTitle }),
};

export const DelegateAddInput = z
  .strictObject({ documentId: EntityId, provinceId: ProvinceId, index: z.number().int().min(0).optional(), ...delegateFields })
  .superRefine((input, ctx) => {
    if (input.nameVi === '' && input.nameLo === '') ctx.addIssue({ code: 'custom', message: 'required', path: ['nameVi'] });
  });

export const DelegateUpdateInput = z.strictObject({
  id: EntityId,
  role: delegateFields.role.optional(),
  nameVi: delegateFields.nameVi.optional(),
  nameLo: delegateFields.nameLo.optional(),
  titleVi: delegateFields.titleVi.optional(),
  titleLo: delegateFields.titleLo.optional(),
  loNeedsReview: z.boolean().optional(),
});

export const VersionSummarySchema = z.object({
  versionNo: z.number().int(),
  signedOn: z.string().nullable(),
  createdAt: z.string(),
  label: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

const TextRunSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

export const ClauseDiffSchema = z.object({
  id: z.string(),
  kind: z.enum(['added', 'removed', 'changed', 'unchanged', 'moved']),
  moved: z.boolean(),
  level: z.number().int(),
  sectionId: z.string(),
  labelBefore: z.string().nullable(),
  labelAfter: z.string().nullable(),
  textVi: z.array(TextRunSchema),
  textLo: z.array(TextRunSchema),
});

export const DocumentDiffSchema = z.object({
  from: z.number().int(),
  /** null: the current working text. */
  to: z.number().int().nullable(),
  sections: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['added', 'removed', 'renamed', 'changed', 'unchanged']),
      moved: z.boolean(),
      labelBefore: z.string().nullable(),
      labelAfter: z.string().nullable(),
      titleVi: z.array(TextRunSchema),
      titleLo: z.array(TextRunSchema),
      clauses: z.array(ClauseDiffSchema),
    }),
  ),
  summary: z.object({
    clauses: z.record(z.string(), z.number().int()),
    sections: z.record(z.string(), z.number().int()),
  }),
});
export type DocumentDiffView = z.infer<typeof DocumentDiffSchema>;

const versionNo = z.number().int().min(1);

export const versionsContract = {
  'documents.update': { req: DocumentUpdateInput, res: DocumentSummarySchema },
  'delegates.add': { req: DelegateAddInput, res: DocumentDetailSchema },
  'delegates.update': { req: DelegateUpdateInput, res: DocumentDetailSchema },
  'delegates.move': { req: z.strictObject({ id: EntityId, index: z.number().int().min(0) }), res: DocumentDetailSchema },
  'delegates.remove': { req: z.strictObject({ id: EntityId }), res: DocumentDetailSchema },
  /** Freezes the current text as the next signed version (an immutable snapshot). */
  'documents.sign': { req: z.strictObject({ id: EntityId, signedOn: IsoDate }), res: DocumentSummarySchema },
  /** Opens a signed document for an amended version; the signed snapshot stays as it was. */
  'documents.amend': { req: z.strictObject({ id: EntityId }), res: DocumentSummarySchema },
  'documents.versions': { req: z.strictObject({ id: EntityId }), res: z.array(VersionSummarySchema) },
  'documents.diff': {
    req: z.strictObject({ id: EntityId, from: versionNo, to: versionNo.nullable() }),
    res: DocumentDiffSchema,
  },
} as const satisfies ContractSection;
