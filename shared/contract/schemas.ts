import { z } from 'zod';
import {
  COUNTRIES,
  DELEGATE_ROLES,
  DOCUMENT_KINDS,
  DOCUMENT_PARTS,
  DOCUMENT_STATUSES,
  SECTORS,
} from '../domain/document';
import { TRACKING_STATUSES } from '../followup/status';
import { EntityId, IsoDate, LIMITS, ProvinceId, userText } from './fields';

/** Requests with no parameters still must be an empty object: anything else is refused. */
export const Empty = z.strictObject({});

export const ProvinceSchema = z.object({
  id: ProvinceId,
  country: z.enum(COUNTRIES),
  nameVi: z.string(),
  nameLo: z.string(),
  nameEn: z.string(),
  bordersOtherCountry: z.boolean(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  successorId: z.string().nullable(),
  /**
   * Other spellings officers type ("Bô-ly-khăm-xay", "Luông-Pha-Bang"), for search and matching only:
   * the app always prints nameVi / nameLo. Match with shared/domain/places.ts (matchProvinces).
   */
  aliases: z.array(z.string()),
});
export type Province = z.infer<typeof ProvinceSchema>;

export const ProvinceRefSchema = z.object({
  provinceId: ProvinceId,
  country: z.enum(COUNTRIES),
  nameVi: z.string(),
  nameLo: z.string(),
  nameEn: z.string(),
});
export type ProvinceRef = z.infer<typeof ProvinceRefSchema>;

export const DocumentSummarySchema = z.object({
  id: EntityId,
  kind: z.enum(DOCUMENT_KINDS),
  status: z.enum(DOCUMENT_STATUSES),
  titleVi: z.string(),
  titleLo: z.string(),
  titleLoNeedsReview: z.boolean(),
  meetingDate: z.string(),
  /** The meeting place as written in the preamble ("xã …, tỉnh …"): an address, not the date line. */
  placeVi: z.string(),
  placeLo: z.string(),
  /**
   * The địa danh of the Decree 30 date line ("Sầm Nưa, ngày 21 tháng 3 năm 2025"): a short place name,
   * at most 60 characters. Empty = the export uses shared/domain/places.ts defaultDatelinePlace.
   */
  datelinePlaceVi: z.string(),
  datelinePlaceLo: z.string(),
  ourProvince: ProvinceRefSchema,
  partners: z.array(ProvinceRefSchema),
  isSample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/**
 * A named delegation at the meeting: "Đoàn đại biểu cấp cao tỉnh Điện Biên", "Đoàn đại biểu Quốc hội
 * nước CHDCND Lào". It is on one side (VN / LA) and may come from a party province of the document or
 * from no province at all (a ministry, the National Assembly, a party committee, a mass organisation).
 * Its name is printed as written: in the opening paragraphs and in "TM. <name>" over its signatories.
 */
export const DelegationSchema = z.object({
  id: EntityId,
  side: z.enum(COUNTRIES),
  nameVi: z.string(),
  nameLo: z.string(),
  loNeedsReview: z.boolean(),
  /** A party province of the document, or null for a national body. */
  provinceId: ProvinceId.nullable(),
  /** Order among the document's delegations (the export still puts the version's own side first). */
  position: z.number().int(),
});
export type Delegation = z.infer<typeof DelegationSchema>;

/** A person of a delegation: head, member, signatory or witness (the signer is not always the head). */
export const DelegateSchema = z.object({
  id: EntityId,
  delegationId: EntityId,
  role: z.enum(DELEGATE_ROLES),
  /** Order within the delegation. */
  position: z.number().int(),
  nameVi: z.string(),
  nameLo: z.string(),
  titleVi: z.string(),
  titleLo: z.string(),
  loNeedsReview: z.boolean(),
});
export type Delegate = z.infer<typeof DelegateSchema>;

export const ClauseSchema = z.object({
  id: EntityId,
  sectionId: EntityId,
  parentId: EntityId.nullable(),
  position: z.number().int(),
  textVi: z.string(),
  textLo: z.string(),
  loNeedsReview: z.boolean(),
  /** Follow-up status set by the officer (clause_tracking); "delayed" is computed in follow-up views. */
  status: z.enum(TRACKING_STATUSES),
  /** Due date of the clause's deadline (ISO), if any. */
  deadline: z.string().nullable(),
  /**
   * Partner provinces this clause is for; empty = no scope of its own (it inherits its parent clause's,
   * then its section's, and by default is for all partners). See shared/drafting/scope.ts.
   */
  scopeProvinceIds: z.array(ProvinceId),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const SectionSchema = z.object({
  id: EntityId,
  part: z.enum(DOCUMENT_PARTS),
  sector: z.enum(SECTORS),
  position: z.number().int(),
  titleVi: z.string(),
  titleLo: z.string(),
  loNeedsReview: z.boolean(),
  /** Partner provinces the whole section is for; empty = all partners. */
  scopeProvinceIds: z.array(ProvinceId),
  clauses: z.array(ClauseSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  /** Live delegations in stored order. */
  delegations: z.array(DelegationSchema),
  /** Live delegates of every delegation, by delegation then position. */
  delegates: z.array(DelegateSchema),
  sections: z.array(SectionSchema),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const DocumentCreateInput = z
  .strictObject({
    kind: z.enum(DOCUMENT_KINDS),
    ourProvinceId: ProvinceId,
    partnerProvinceIds: z.array(ProvinceId).min(1).max(LIMITS.partnersPerDocument),
    meetingDate: IsoDate,
    placeVi: userText({ max: LIMITS.placeLength, singleLine: true }),
    placeLo: userText({ max: LIMITS.placeLength, singleLine: true }),
    /** Date-line địa danh; when omitted, defaultDatelinePlace (the host province's bare name). */
    datelinePlaceVi: userText({ max: LIMITS.datelinePlace, singleLine: true }).optional(),
    datelinePlaceLo: userText({ max: LIMITS.datelinePlace, singleLine: true }).optional(),
    titleVi: userText({ max: LIMITS.titleLength, required: true, singleLine: true }),
    titleLo: userText({ max: LIMITS.titleLength, singleLine: true }),
    /** Start from this template (sections and clauses, placeholders filled); no sections when omitted. */
    templateId: z.string().regex(/^[A-Za-z0-9-]{1,100}$/u).optional(),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<unknown>();
    input.partnerProvinceIds.forEach((id: unknown, index) => {
      if (id === input.ourProvinceId) {
        ctx.addIssue({ code: 'custom', message: 'partner_is_ours', path: ['partnerProvinceIds', index] });
      } else if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', message: 'partner_duplicate', path: ['partnerProvinceIds', index] });
      }
      seen.add(id);
    });
  }, {
    // Check the partner list even when other fields are wrong, so the form shows every problem at once.
    when: ({ value }) => {
      const v = value as { ourProvinceId?: unknown; partnerProvinceIds?: unknown } | null;
      return typeof v?.ourProvinceId === 'string' && Array.isArray(v.partnerProvinceIds);
    },
  });
export type DocumentCreateRequest = z.input<typeof DocumentCreateInput>;

/** The list comes in pages so the first screen paints at once even with thousands of documents. */
export const DocumentListInput = z.strictObject({
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(LIMITS.listPage).default(LIMITS.listPage),
});
export type DocumentListRequest = z.input<typeof DocumentListInput>;

export const DocumentListSchema = z.object({
  items: z.array(DocumentSummarySchema),
  /** Number of live documents in the whole database. */
  total: z.number().int(),
  /** Documents per meeting year, newest year first (for the group headings before every page arrived). */
  years: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type DocumentList = z.infer<typeof DocumentListSchema>;

export const AppInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  deviceId: z.string(),
  databasePath: z.string(),
  /**
   * "Today" for the whole UI, from the backend's clock (issue 11): due dates, "late", default dates of
   * forms and the as-of date all start from it, never from the machine clock of the page (the preview
   * harness sets it with --as-of).
   */
  today: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const ById = z.strictObject({ id: EntityId });
