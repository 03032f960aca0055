import { z } from 'zod';
import { COUNTRIES, DELEGATE_ROLES, DOCUMENT_KINDS } from '../../domain/document';
import { CHECK_CODES, CHECK_SEVERITIES, CHECK_TARGETS } from '../../drafting/check-codes';
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
    /** The date line's địa danh (its own field, at most 60 characters; '' = the default from the host province). */
    datelinePlaceVi: line(LIMITS.datelinePlace).optional(),
    datelinePlaceLo: line(LIMITS.datelinePlace).optional(),
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

// ---------------------------------------------------------------- delegations (named bodies at the meeting)

const delegationFields = {
  /** "VN" or "LA": which side of the table the delegation sits on. */
  side: z.enum(COUNTRIES, { error: (issue) => (issue.input === undefined ? 'required' : undefined) }),
  /** Printed as written: "Đoàn đại biểu cấp cao Quốc hội nước CHDCND Lào". */
  nameVi: line(LIMITS.delegationName, true),
  nameLo: line(LIMITS.delegationName),
  /** A party province of the document on the same side, or null (a ministry, the National Assembly, …). */
  provinceId: ProvinceId.nullable(),
};

/**
 * Adds a delegation. Refused: empty name or no side (`required`), a province that is not a party of the
 * document (`not_a_party`) or is on the other side (`delegation_wrong_side`). A suggested name for a
 * province's delegation: shared/drafting/delegations.ts suggestedDelegationName.
 */
export const DelegationAddInput = z.strictObject({
  documentId: EntityId,
  side: delegationFields.side,
  nameVi: delegationFields.nameVi,
  nameLo: delegationFields.nameLo.default(''),
  provinceId: delegationFields.provinceId.default(null),
  /** The Lao name is a draft (e.g. typed by the team, not the officer). Default false. */
  loNeedsReview: z.boolean().default(false),
  /** Position among the document's delegations; at the end when omitted. */
  index: z.number().int().min(0).optional(),
});

export const DelegationUpdateInput = z.strictObject({
  id: EntityId,
  side: delegationFields.side.optional(),
  nameVi: delegationFields.nameVi.optional(),
  nameLo: delegationFields.nameLo.optional(),
  provinceId: delegationFields.provinceId.optional(),
  loNeedsReview: z.boolean().optional(),
});

const delegateFields = {
  role: z.enum(DELEGATE_ROLES),
  nameVi: line(LIMITS.personName),
  nameLo: line(LIMITS.personName),
  titleVi: userText({ max: LIMITS.personTitle }),
  titleLo: userText({ max: LIMITS.personTitle }),
};

/**
 * A person joins a delegation. Without `delegationId` the request is refused with
 * `delegation_required` (a signatory signs for a delegation); an id that is not a live delegation:
 * `unknown_delegation`.
 */
export const DelegateAddInput = z
  .strictObject({
    delegationId: z.uuid({ error: (issue) => (issue.input === undefined ? 'delegation_required' : 'unknown_delegation') }),
    /** Position within the delegation; at the end when omitted. */
    index: z.number().int().min(0).optional(),
    ...delegateFields,
  })
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

/** Reorders a delegate within its delegation, or moves it to another delegation of the same document. */
export const DelegateMoveInput = z.strictObject({
  id: EntityId,
  /** Position within the (target) delegation. */
  index: z.number().int().min(0),
  delegationId: EntityId.optional(),
});

// ---------------------------------------------------------------- signing check

/**
 * One problem found by the signing check (shared/drafting/check.ts). `target`/`targetId` say where it
 * is; `label` is the clause or section number as printed ("II.3", "II.3.a)", "II."), empty otherwise.
 * `params` feed the message `check.<code>` (e.g. { name: "so_luong", language: "vi" }).
 */
export const CheckProblemSchema = z.object({
  code: z.enum(CHECK_CODES),
  severity: z.enum(CHECK_SEVERITIES),
  target: z.enum(CHECK_TARGETS),
  /** Clause, section, delegation or delegate id; province id for "party"; "VN"/"LA" for "side"; '' for "document". */
  targetId: z.string(),
  label: z.string(),
  /** For clause and section targets: the section, so the editor can open it. */
  sectionId: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type CheckProblem = z.infer<typeof CheckProblemSchema>;

export const DocumentCheckSchema = z.object({
  problems: z.array(CheckProblemSchema),
  blocking: z.number().int(),
  confirm: z.number().int(),
});
export type DocumentCheck = z.infer<typeof DocumentCheckSchema>;

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
  'delegations.add': { req: DelegationAddInput, res: DocumentDetailSchema },
  /** Changing side or province is refused while it would put the delegation's province on the other side. */
  'delegations.update': { req: DelegationUpdateInput, res: DocumentDetailSchema },
  'delegations.move': { req: z.strictObject({ id: EntityId, index: z.number().int().min(0) }), res: DocumentDetailSchema },
  /**
   * Archives an empty delegation. Refused (`delegation_has_delegates`, params { count }) while it has live
   * delegates: removing people silently would drop signatories from the signature page, so the officer
   * moves (delegates.move with delegationId) or removes them first.
   */
  'delegations.remove': { req: z.strictObject({ id: EntityId }), res: DocumentDetailSchema },
  'delegates.add': { req: DelegateAddInput, res: DocumentDetailSchema },
  'delegates.update': { req: DelegateUpdateInput, res: DocumentDetailSchema },
  'delegates.move': { req: DelegateMoveInput, res: DocumentDetailSchema },
  'delegates.remove': { req: z.strictObject({ id: EntityId }), res: DocumentDetailSchema },
  /** "Kiểm tra văn bản": the signing check, at any time (read only). */
  'documents.check': { req: z.strictObject({ id: EntityId }), res: DocumentCheckSchema },
  /**
   * Freezes the current text as the next signed version (an immutable snapshot). Runs the signing check
   * first: blocking problems → refused (`check_blocking` on path "id", params { count }); confirm-only
   * problems → refused (`check_needs_confirmation` on "confirmWarnings") unless `confirmWarnings: true`.
   */
  'documents.sign': {
    req: z.strictObject({ id: EntityId, signedOn: IsoDate, confirmWarnings: z.boolean().default(false) }),
    res: DocumentSummarySchema,
  },
  /** Opens a signed document for an amended version; the signed snapshot stays as it was. */
  'documents.amend': { req: z.strictObject({ id: EntityId }), res: DocumentSummarySchema },
  'documents.versions': { req: z.strictObject({ id: EntityId }), res: z.array(VersionSummarySchema) },
  'documents.diff': {
    req: z.strictObject({ id: EntityId, from: versionNo, to: versionNo.nullable() }),
    res: DocumentDiffSchema,
  },
} as const satisfies ContractSection;
