import { z } from 'zod';
import { COUNTRIES, DOCUMENT_KINDS, SECTORS } from '../../domain/document';
import { INDICATOR_DIRECTIONS, VALUE_MODES } from '../../followup/indicators';
import { DEADLINE_KINDS, EFFECTIVE_STATUSES, SETTABLE_STATUSES, TRACKING_STATUSES } from '../../followup/status';
import { EntityId, IsoDate, LIMITS, ProvinceId, userText } from '../fields';
import { DocumentSummarySchema } from '../schemas';
import type { ContractSection } from '../section';

/**
 * Follow-up (issue 6): every clause of the "tasks" part of a signed document is a tracked task with
 * agencies on each side, a deadline, indicators, a status and an append-only progress log with
 * evidence files; views of what is due, late or stuck; Excel and Word reports; carry-over into next
 * year's draft. Rules live in shared/followup/status.ts ("delayed" is computed from an injected clock
 * and is never stored or set).
 *
 * Trackable clauses: live clauses of live sections with part "tasks" of a document whose status is
 * "signed" or "amended". Dashboards count leaf clauses (a clause with sub-items counts through them).
 *
 * Issue 11 — figures an office can sign off:
 * - Indicators have a value mode (`latest`: the latest report is the running total, default; `sum`: each
 *   report adds) and a direction (`at_least` default, `at_most` "(tối đa)", `exactly`); figures and
 *   "met" come from shared/followup/indicators.ts. No report → null (show "—", never 0).
 * - Every status change is dated (`on`, default today): not before the signing date, not in the future,
 *   not before the clause's last status change. Progress entries likewise: nothing before signing.
 * - Views take `asOf` (ISO date, default the backend's today): statuses are replayed from the dated log,
 *   lateness and figures are computed on that day and entries after it are ignored. Responses say which
 *   day they used (`asOf`) next to the backend's `today`. An as-of date before the date of a document
 *   named in the request is refused (`as_of_before_document`).
 * - Rows carry `daysOverdue` and `daysSinceLastReport` (catalogue: followup.daysOverdue,
 *   followup.daysSinceLastReport) and `carriedOverTo` (the origin keeps its own status, with this mark).
 */
const line = (max: number, required = false) => userText({ max, singleLine: true, required });
const noteText = userText({ max: LIMITS.clauseLength });
const year = z.number().int().min(1950).max(2100);
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) };
/** The day the figures are computed for ("tính đến ngày …"); the backend's today when omitted. */
const asOf = { asOf: IsoDate.optional() };

/** What carry-over does with a carried task's deadline: the same day one year later, or none. */
export const CARRY_OVER_DEADLINES = ['next_year', 'clear'] as const;

export const FOLLOWUP_LIMITS = {
  agencyName: 300,
  indicatorName: 300,
  unit: 60,
  author: 200,
  reason: 2000,
  evidencePerEntry: 20,
  valuesPerEntry: 50,
} as const;

// ---------------------------------------------------------------- agencies (editable, dated data)

export const AgencySchema = z.object({
  id: EntityId,
  provinceId: ProvinceId.nullable(),
  /** The province's bare names, so a picker never shows "Sở Y tế" three times without its province. */
  provinceNameVi: z.string().nullable(),
  provinceNameLo: z.string().nullable(),
  country: z.enum(COUNTRIES),
  nameVi: z.string(),
  nameLo: z.string(),
  nameEn: z.string(),
  nameLoNeedsReview: z.boolean(),
  abbreviation: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  /** The agency that took over after a merge; assignments moved to it. */
  successorId: EntityId.nullable(),
  archived: z.boolean(),
  /** Live clause assignments (an agency with any cannot be removed). */
  clauseCount: z.number().int(),
});
export type Agency = z.infer<typeof AgencySchema>;

export const AgencyListInput = z.strictObject({
  provinceId: ProvinceId.optional(),
  /** Agencies of any of these provinces (e.g. a document's parties); combined with provinceId by AND. */
  provinceIds: z.array(ProvinceId).max(60).optional(),
  country: z.enum(COUNTRIES).optional(),
  /** Only agencies that existed on this date (valid_from ≤ date ≤ valid_to, open ends allowed). */
  validOn: IsoDate.optional(),
  includeArchived: z.boolean().default(false),
});

/**
 * The agency picker of one clause: live agencies of our province and of the clause's partner provinces
 * (its scope; all partners when unscoped), valid on the document's meeting date, each with its province.
 */
export const AgencyForClauseInput = z.strictObject({
  clauseId: EntityId,
  side: z.enum(COUNTRIES).optional(),
});

export const AgencyAddInput = z.strictObject({
  provinceId: ProvinceId,
  nameVi: line(FOLLOWUP_LIMITS.agencyName, true),
  nameLo: line(FOLLOWUP_LIMITS.agencyName),
  nameEn: line(FOLLOWUP_LIMITS.agencyName).default(''),
  abbreviation: line(40).default(''),
  validFrom: IsoDate.nullable().default(null),
});

/** Renames keep history: the change log holds every old name with its date. */
export const AgencyUpdateInput = z.strictObject({
  id: EntityId,
  nameVi: line(FOLLOWUP_LIMITS.agencyName, true).optional(),
  nameLo: line(FOLLOWUP_LIMITS.agencyName).optional(),
  nameEn: line(FOLLOWUP_LIMITS.agencyName).optional(),
  abbreviation: line(40).optional(),
  nameLoNeedsReview: z.boolean().optional(),
});

/**
 * Merge: the sources end on `on` (valid_to, successor, archived); their live clause assignments move to
 * the target (old rows archived, new rows inserted — history kept). The target is an existing agency of
 * the same province, or a new one.
 */
export const AgencyMergeInput = z.strictObject({
  sourceIds: z.array(EntityId).min(1).max(50),
  into: z.union([
    z.strictObject({ agencyId: EntityId }),
    z.strictObject({ nameVi: line(FOLLOWUP_LIMITS.agencyName, true), nameLo: line(FOLLOWUP_LIMITS.agencyName) }),
  ]),
  on: IsoDate,
});

// ---------------------------------------------------------------- tracking a clause

export const DeadlineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: IsoDate }),
  z.strictObject({ kind: z.literal('year'), year }),
  z
    .strictObject({ kind: z.literal('period'), fromYear: year, toYear: year })
    .refine((p) => p.fromYear <= p.toYear, { message: 'period_order', path: ['toYear'] }),
  z.strictObject({ kind: z.literal('ongoing') }),
]);
export type DeadlineInput = z.input<typeof DeadlineSchema>;

const DeadlineOutSchema = z.object({
  kind: z.enum(DEADLINE_KINDS),
  date: z.string().optional(),
  year: z.number().int().optional(),
  fromYear: z.number().int().optional(),
  toYear: z.number().int().optional(),
});

export const AGENCY_ROLES = ['lead', 'support'] as const;

export const ClauseAgencySchema = z.object({
  /** clause_agencies row id (to unassign). */
  id: EntityId,
  agencyId: EntityId,
  side: z.enum(COUNTRIES),
  role: z.enum(AGENCY_ROLES),
  nameVi: z.string(),
  nameLo: z.string(),
  /** The agency's province, so "Sở Y tế" of two partners are told apart; null for a national body. */
  provinceNameVi: z.string().nullable(),
  provinceNameLo: z.string().nullable(),
  /** The agency has since merged or closed (shown with its successor). */
  archived: z.boolean(),
});

export const ClauseIndicatorSchema = z.object({
  id: EntityId,
  /** Catalogue indicator this one follows, if any. */
  indicatorId: EntityId.nullable(),
  nameVi: z.string(),
  nameLo: z.string(),
  /** The name, followed by the clause reference when another clause of the document has an indicator of the same name: "Số lưu học sinh (II.3)". */
  labelVi: z.string(),
  labelLo: z.string(),
  unit: z.string(),
  currency: z.enum(['VND', 'USD', 'LAK']).nullable(),
  /** How reports combine: `latest` = the latest report is the total so far; `sum` = each report adds to the total. */
  mode: z.enum(VALUE_MODES),
  /** `at_least` the target (default), `at_most` ("(tối đa)" after the unit), `exactly`. */
  direction: z.enum(INDICATOR_DIRECTIONS),
  target: z.number().nullable(),
  targetNote: z.string(),
  /** The figure on the as-of day (corrections respected); null when nothing reported — show "—", not 0. */
  current: z.number().nullable(),
  /** Same as `current` (name kept from issue 6). */
  actual: z.number().nullable(),
  /** current / target for a percentage; null without a figure or with a target of 0. */
  ratio: z.number().nullable(),
  /** 0..1 for a progress bar, following the direction (a ceiling not exceeded is a full bar). */
  progress: z.number().nullable(),
  /** Target met on the as-of day in its direction; null without a figure or a target. */
  met: z.boolean().nullable(),
  /** Date of the latest numeric report counted. */
  lastReportedOn: z.string().nullable(),
  /** Notes of qualitative reports ("hàng trăm lượt"), newest first. */
  actualNotes: z.array(z.string()),
});
export type ClauseIndicator = z.infer<typeof ClauseIndicatorSchema>;

export const EvidenceSchema = z.object({
  id: EntityId,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
});

export const ProgressEntrySchema = z.object({
  id: EntityId,
  entryDate: z.string(),
  author: z.string(),
  agencyId: EntityId.nullable(),
  agencyNameVi: z.string().nullable(),
  textVi: z.string(),
  textLo: z.string(),
  /** Status set by this entry (status changes are logged as entries too). */
  statusAfter: z.enum(TRACKING_STATUSES).nullable(),
  values: z.array(
    z.object({ clauseIndicatorId: EntityId, value: z.number().nullable(), unit: z.string(), note: z.string() }),
  ),
  evidence: z.array(EvidenceSchema),
  /** The entry this one corrects; the corrected entry stays, marked supersededBy. */
  supersedes: EntityId.nullable(),
  supersededBy: EntityId.nullable(),
  createdAt: z.string(),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;

export const LineageLinkSchema = z.object({
  clauseId: EntityId,
  documentId: EntityId,
  documentTitleVi: z.string(),
  meetingDate: z.string(),
  label: z.string(),
  textVi: z.string(),
  status: z.enum(EFFECTIVE_STATUSES),
});

/** Where a task was carried over to (its successor in next year's document); the origin keeps its own status. */
export const CarriedOverToSchema = z.object({
  clauseId: EntityId,
  documentId: EntityId,
  documentTitleVi: z.string(),
  documentTitleLo: z.string(),
  meetingDate: z.string(),
});

export const ClauseTrackingSchema = z.object({
  clauseId: EntityId,
  documentId: EntityId,
  /** Number label in its document, e.g. "II.3.a)". */
  label: z.string(),
  textVi: z.string(),
  textLo: z.string(),
  sector: z.enum(SECTORS),
  signedOn: z.string().nullable(),
  /** The backend's today and the day the status and figures below are computed for. */
  today: z.string(),
  asOf: z.string(),
  /** Status on the as-of day, replayed from the dated status changes. */
  status: z.enum(TRACKING_STATUSES),
  effectiveStatus: z.enum(EFFECTIVE_STATUSES),
  /** Date of the status change in force on the as-of day (null: never changed). */
  statusChangedOn: z.string().nullable(),
  deadline: DeadlineOutSchema.nullable(),
  dueDate: z.string().nullable(),
  /** Days past the due date when late on the as-of day ("quá hạn 47 ngày"), else null. */
  daysOverdue: z.number().int().nullable(),
  /** Date of the latest progress entry on or before the as-of day, and its age in days. */
  lastReportDate: z.string().nullable(),
  daysSinceLastReport: z.number().int().nullable(),
  dropReason: z.string(),
  /** The date "done" was recorded for (the status change's own date, which may be back-dated). */
  doneOn: z.string().nullable(),
  carriedOverTo: CarriedOverToSchema.nullable(),
  agencies: z.array(ClauseAgencySchema),
  indicators: z.array(ClauseIndicatorSchema),
  /** Partner provinces the clause is for (its effective scope: all partners when unscoped). */
  scope: z.array(z.object({ provinceId: ProvinceId, nameVi: z.string(), nameLo: z.string() })),
  /** True when the clause or its section names partners (not "all partners"). */
  scoped: z.boolean(),
  /** Newest first. */
  progress: z.array(ProgressEntrySchema),
  /** The same task in earlier years (oldest first), then this clause, then later carry-overs. */
  lineage: z.array(LineageLinkSchema),
});
export type ClauseTracking = z.infer<typeof ClauseTrackingSchema>;

const clauseRef = { clauseId: EntityId };

export const TrackingSetStatusInput = z
  .strictObject({
    ...clauseRef,
    /** "delayed" is computed and "carried_over" is the carry-over's mark: neither is set by hand. */
    status: z.enum(SETTABLE_STATUSES),
    /** Required for "dropped" (không thực hiện). */
    reason: line(FOLLOWUP_LIMITS.reason).default(''),
    /** Optional note logged with the change ("Marking done takes one click plus an optional note"). */
    noteVi: noteText.default(''),
    noteLo: noteText.default(''),
    /**
     * The day the change happened; today when omitted. May be back-dated, but not before the signing date
     * (`date_before_signing`), not in the future (`date_in_future`) and not before the clause's last status
     * change (`status_before_last_change`): the log replays in date order.
     */
    on: IsoDate.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.status === 'dropped' && input.reason === '') ctx.addIssue({ code: 'custom', message: 'required', path: ['reason'] });
  });

export const TrackingSetDeadlineInput = z.strictObject({
  ...clauseRef,
  deadline: DeadlineSchema.nullable(),
  /** A deadline ending before the signing date is refused with `deadline_before_signing` unless confirmed. */
  confirmBeforeSigning: z.boolean().default(false),
});

export const TrackingAssignInput = z.strictObject({
  ...clauseRef,
  side: z.enum(COUNTRIES),
  agencyId: EntityId,
  /**
   * A new lead replaces the side's current lead (the old row is archived). An agency that did not exist
   * on the document's meeting date (valid_from after it, or valid_to before it) is refused with
   * `agency_not_valid_on_date` (params { validFrom, validTo, date } as dd/mm/yyyy, '' when open).
   */
  role: z.enum(AGENCY_ROLES),
});

const indicatorFields = {
  nameVi: line(FOLLOWUP_LIMITS.indicatorName, true),
  nameLo: line(FOLLOWUP_LIMITS.indicatorName),
  unit: line(FOLLOWUP_LIMITS.unit, true),
  currency: z.enum(['VND', 'USD', 'LAK']).nullable().default(null),
  target: z.number().finite().min(0).nullable().default(null),
  targetNote: line(500).default(''),
  mode: z.enum(VALUE_MODES).default('latest'),
  direction: z.enum(INDICATOR_DIRECTIONS).default('at_least'),
};

/** A ceiling or an exact figure without a number means nothing: `target_required` on `target`. */
const needsTarget = (input: { direction?: string | undefined; target?: number | null | undefined }, ctx: z.RefinementCtx) => {
  if (input.direction !== undefined && input.direction !== 'at_least' && input.target === null) {
    ctx.addIssue({ code: 'custom', message: 'target_required', path: ['target'] });
  }
};

export const TrackingAddIndicatorInput = z
  .strictObject({
    ...clauseRef,
    /** From the catalogue (indicators.list): name and unit default to the catalogue's. */
    indicatorId: EntityId.nullable().default(null),
    ...indicatorFields,
  })
  .superRefine(needsTarget);

/** Mode and direction may change; an "at most"/"exactly" indicator left without a number is refused (`target_required`). */
export const TrackingUpdateIndicatorInput = z.strictObject({
  id: EntityId,
  nameVi: indicatorFields.nameVi.optional(),
  nameLo: indicatorFields.nameLo.optional(),
  target: z.number().finite().min(0).nullable().optional(),
  targetNote: line(500).optional(),
  mode: z.enum(VALUE_MODES).optional(),
  direction: z.enum(INDICATOR_DIRECTIONS).optional(),
});

export const ProgressAddInput = z
  .strictObject({
    ...clauseRef,
    /** Not before the signing date (`date_before_signing`), not in the future (`date_in_future`). */
    entryDate: IsoDate,
    author: line(FOLLOWUP_LIMITS.author),
    agencyId: EntityId.nullable().default(null),
    textVi: noteText,
    textLo: noteText,
    /** Values reported for the clause's indicators; the unit must be the indicator's. */
    values: z
      .array(
        z.strictObject({
          clauseIndicatorId: EntityId,
          value: z.number().finite().min(0).nullable(),
          unit: line(FOLLOWUP_LIMITS.unit, true),
          note: line(500).default(''),
        }),
      )
      .max(FOLLOWUP_LIMITS.valuesPerEntry)
      .default([]),
    /**
     * Tokens from evidence.pick of files to store with the entry. From the command line, `hoptac call
     * progress.add` also takes `"evidenceFiles": ["path", …]` and picks them first (same limits).
     */
    evidenceTokens: z.array(z.uuid()).max(FOLLOWUP_LIMITS.evidencePerEntry).default([]),
    /** A correction: the new entry supersedes this one; both are kept. */
    supersedes: EntityId.nullable().default(null),
  })
  .superRefine((input, ctx) => {
    const empty = input.textVi === '' && input.textLo === '' && input.values.length === 0 && input.evidenceTokens.length === 0;
    if (empty) ctx.addIssue({ code: 'custom', message: 'required', path: ['textVi'] });
  });

export const EvidencePickedSchema = z.object({ token: z.uuid(), fileName: z.string(), size: z.number().int(), mediaType: z.string() });

// ---------------------------------------------------------------- views

export const FollowupFiltersSchema = z.strictObject({
  partnerProvinceIds: z.array(ProvinceId).max(60).optional(),
  ourProvinceIds: z.array(ProvinceId).max(60).optional(),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).optional(),
  /** Lead or supporting agency, either side ('' = no lead assigned); a merge moves assignments to the successor. */
  agencyIds: z.array(z.union([EntityId, z.literal('')])).max(200).optional(),
  /** Year of the document's meeting date. */
  years: z.array(year).max(100).optional(),
  documentIds: z.array(EntityId).max(1000).optional(),
  statuses: z.array(z.enum(EFFECTIVE_STATUSES)).max(EFFECTIVE_STATUSES.length).optional(),
  documentKinds: z.array(z.enum(DOCUMENT_KINDS)).max(3).optional(),
});
export type FollowupFilters = z.input<typeof FollowupFiltersSchema>;

export const DASHBOARD_GROUPS = ['partner', 'sector', 'agency', 'year'] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];

const StatusCountsSchema = z.object(Object.fromEntries(EFFECTIVE_STATUSES.map((s) => [s, z.number().int()])) as Record<
  (typeof EFFECTIVE_STATUSES)[number],
  z.ZodNumber
>);

export const DashboardRowSchema = z.object({
  /** Province id, sector code, agency id ('' = no lead agency) or year as text: pass back as a filter to drill down. */
  key: z.string(),
  labelVi: z.string(),
  labelLo: z.string(),
  counts: StatusCountsSchema,
  total: z.number().int(),
  /** done / (total − dropped), 0..1; null when nothing counts. */
  completionRate: z.number().nullable(),
});
export type DashboardRow = z.infer<typeof DashboardRowSchema>;

export const DashboardSchema = z.object({
  today: z.string(),
  /** The day the counts are computed for. */
  asOf: z.string(),
  groupBy: z.enum(DASHBOARD_GROUPS),
  rows: z.array(DashboardRowSchema),
  totals: DashboardRowSchema,
  /**
   * Target vs figure per indicator, unit and direction (catalogue code, or name for custom ones), summed
   * over the clauses that have one; `reported` clauses have a figure on the as-of day, `met` reach their target.
   */
  indicators: z.array(
    z.object({
      key: z.string(),
      nameVi: z.string(),
      nameLo: z.string(),
      unit: z.string(),
      direction: z.enum(INDICATOR_DIRECTIONS),
      target: z.number(),
      actual: z.number(),
      clauses: z.number().int(),
      reported: z.number().int(),
      met: z.number().int(),
    }),
  ),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const TrackingRowSchema = z.object({
  clauseId: EntityId,
  documentId: EntityId,
  documentTitleVi: z.string(),
  meetingDate: z.string(),
  partners: z.array(z.object({ provinceId: ProvinceId, nameVi: z.string(), nameLo: z.string() })),
  /** Partners the clause is for: its scope (clause, parent or section), or every partner when unscoped. */
  scope: z.array(z.object({ provinceId: ProvinceId, nameVi: z.string(), nameLo: z.string() })),
  /** True when the scope names some partners rather than "all partners". */
  scoped: z.boolean(),
  sector: z.enum(SECTORS),
  sectionTitleVi: z.string(),
  label: z.string(),
  textVi: z.string(),
  textLo: z.string(),
  status: z.enum(TRACKING_STATUSES),
  effectiveStatus: z.enum(EFFECTIVE_STATUSES),
  dueDate: z.string().nullable(),
  deadline: DeadlineOutSchema.nullable(),
  /** Days past the due date when late on the as-of day ("quá hạn 47 ngày"), else null. */
  daysOverdue: z.number().int().nullable(),
  leadVi: z.string().nullable(),
  leadLo: z.string().nullable(),
  /** Latest progress entry on or before the as-of day (corrections respected). */
  lastProgressDate: z.string().nullable(),
  lastProgressText: z.string().nullable(),
  /** Its age on the as-of day ("báo cáo gần nhất cách đây 60 ngày"); null when none. */
  daysSinceLastReport: z.number().int().nullable(),
  /** Set when the task was carried over into a later document; the status above stays the origin's own. */
  carriedOverTo: CarriedOverToSchema.nullable(),
});
export type TrackingRow = z.infer<typeof TrackingRowSchema>;

export const DueListSchema = z.object({
  today: z.string(),
  /** The day "overdue" and "due soon" are measured from. Tasks carried over into a later document are not listed (they continue there). */
  asOf: z.string(),
  soonUntil: z.string(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  /** Per lead agency (either side; '' = no lead assigned). */
  byAgency: z.array(z.object({ agencyId: z.string(), nameVi: z.string(), nameLo: z.string(), overdue: z.number().int(), dueSoon: z.number().int() })),
  rows: z.array(TrackingRowSchema),
});
export type DueList = z.infer<typeof DueListSchema>;

export const ReportScopeSchema = z.union([
  z.strictObject({ documentId: EntityId }),
  z.strictObject({ partnerProvinceId: ProvinceId, fromYear: year, toYear: year }),
]);

export const followupContract = {
  'agencies.list': { req: AgencyListInput, res: z.array(AgencySchema) },
  'agencies.forClause': { req: AgencyForClauseInput, res: z.array(AgencySchema) },
  'agencies.add': { req: AgencyAddInput, res: AgencySchema },
  'agencies.update': { req: AgencyUpdateInput, res: AgencySchema },
  'agencies.merge': { req: AgencyMergeInput, res: AgencySchema },
  /** Archives an agency with no clause assignments; refused (`agency_in_use`) otherwise. */
  'agencies.remove': { req: z.strictObject({ id: EntityId }), res: z.object({}) },
  /** The starter catalogue of indicators (domain brief §9), with units. */
  'indicators.list': {
    req: z.strictObject({}),
    res: z.array(z.object({ id: EntityId, code: z.string(), nameVi: z.string(), nameLo: z.string(), nameEn: z.string(), unitVi: z.string(), unitLo: z.string(), loNeedsReview: z.boolean() })),
  },

  'tracking.get': { req: z.strictObject({ ...clauseRef, ...asOf }), res: ClauseTrackingSchema },
  'tracking.setStatus': { req: TrackingSetStatusInput, res: ClauseTrackingSchema },
  'tracking.setDeadline': { req: TrackingSetDeadlineInput, res: ClauseTrackingSchema },
  'tracking.assign': { req: TrackingAssignInput, res: ClauseTrackingSchema },
  'tracking.unassign': { req: z.strictObject({ id: EntityId }), res: ClauseTrackingSchema },
  'tracking.addIndicator': { req: TrackingAddIndicatorInput, res: ClauseTrackingSchema },
  'tracking.updateIndicator': { req: TrackingUpdateIndicatorInput, res: ClauseTrackingSchema },
  'tracking.removeIndicator': { req: z.strictObject({ id: EntityId }), res: ClauseTrackingSchema },

  /** Append-only: there is no channel to change or delete an entry. */
  'progress.add': { req: ProgressAddInput, res: ClauseTrackingSchema },
  /** Native file dialog; the chosen files are read and checked (size, readable, not a folder) and held until progress.add. */
  'evidence.pick': { req: z.strictObject({}), res: z.object({ canceled: z.boolean(), files: z.array(EvidencePickedSchema) }) },
  /** Opens a stored evidence file with the system viewer (written to a private temp folder first). */
  'evidence.open': { req: z.strictObject({ id: EntityId }), res: z.object({}) },

  /** Tracking table and every drill-down: trackable clauses matching the filters, paged. */
  'followup.clauses': {
    req: z.strictObject({ filters: FollowupFiltersSchema.default({}), ...page, ...asOf }),
    res: z.object({ today: z.string(), asOf: z.string(), total: z.number().int(), rows: z.array(TrackingRowSchema) }),
  },
  'followup.dashboard': {
    req: z.strictObject({ filters: FollowupFiltersSchema.default({}), groupBy: z.enum(DASHBOARD_GROUPS), ...asOf }),
    res: DashboardSchema,
  },
  /** "Cần xử lý": overdue clauses and those due within `withinDays` of the as-of day. */
  'followup.due': {
    req: z.strictObject({ withinDays: z.number().int().min(1).max(366).default(30), agencyId: EntityId.optional(), ...page, ...asOf }),
    res: DueListSchema,
  },
  /** The tracking table exactly as filtered, as .xlsx (native save dialog), with days overdue and the age of the last report. */
  'followup.exportXlsx': {
    req: z.strictObject({ filters: FollowupFiltersSchema.default({}), language: z.enum(['vi', 'lo', 'en']).default('vi'), ...asOf }),
    res: z.object({ canceled: z.boolean(), path: z.string().nullable(), rows: z.number().int() }),
  },
  /**
   * "Báo cáo kết quả thực hiện" in Word, a Decree 30 internal report (issuing body, number, signer and
   * "Nơi nhận" from settings.get): Vietnamese, plus a Lao version when asked; figures as of `asOf`.
   */
  'report.save': {
    req: z.strictObject({ scope: ReportScopeSchema, languages: z.enum(['vi', 'lo', 'both']).default('vi'), ...asOf }),
    res: z.object({
      canceled: z.boolean(),
      saved: z.array(z.object({ language: z.enum(['vi', 'lo']), path: z.string(), fileName: z.string() })),
    }),
  },
  /**
   * "Draft next year's document": a new draft with the same parties and the sections that receive
   * something, in the template's order; unfinished clauses come across as "Tiếp tục …" linked to their
   * origin, keeping their lead and supporting agencies on both sides and their indicators (mode,
   * direction, target — what remains for `sum` indicators); their deadline moves by `deadlines`
   * (`next_year`: same day one year later; `clear`: none). The origin keeps its own status and shows
   * "carried over to …". The review part is pre-filled from the progress log.
   */
  'documents.carryOver': {
    req: z.strictObject({
      documentId: EntityId,
      meetingDate: IsoDate,
      kind: z.enum(DOCUMENT_KINDS).optional(),
      deadlines: z.enum(CARRY_OVER_DEADLINES).default('next_year'),
    }),
    res: DocumentSummarySchema,
  },
} as const satisfies ContractSection;
