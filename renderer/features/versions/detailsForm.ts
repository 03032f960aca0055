/**
 * The document details form, independent of React: values from a document, the `documents.update`
 * request built from them (only what changed), and the checks run before sending — the contract's own
 * schema plus the dd/mm/yyyy dates. The backend checks again.
 */
import { contract, type Req } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/errors';
import { toFieldIssues } from '../../../shared/contract/issues';
import type { DocumentDetail } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import type { DocumentKind } from '../../../shared/domain/document';
import { parseTypedDate } from '../../ui';

export const DETAILS_TEXT_FIELDS = ['titleVi', 'titleLo', 'placeVi', 'placeLo', 'datelinePlaceVi', 'datelinePlaceLo'] as const;
export type DetailsTextField = (typeof DETAILS_TEXT_FIELDS)[number];
export const DETAILS_DATE_FIELDS = ['meetingDate', 'periodStart', 'periodEnd'] as const;
export type DetailsDateField = (typeof DETAILS_DATE_FIELDS)[number];

/** Field order on screen: the first invalid one gets focus. */
export const DETAILS_FIELD_ORDER = ['kind', 'titleVi', 'titleLo', 'placeVi', 'placeLo', 'datelinePlaceVi', 'datelinePlaceLo', 'meetingDate', 'periodStart', 'periodEnd'] as const;
export type DetailsField = (typeof DETAILS_FIELD_ORDER)[number];

export interface DetailsValues {
  kind: DocumentKind;
  titleVi: string;
  titleLo: string;
  placeVi: string;
  placeLo: string;
  /** The date line's địa danh ('' = the default from the host province). */
  datelinePlaceVi: string;
  datelinePlaceLo: string;
  /** Dates as typed: dd/mm/yyyy ('' for no period bound). */
  meetingDate: string;
  periodStart: string;
  periodEnd: string;
}

export function valuesOf(doc: DocumentDetail): DetailsValues {
  return {
    kind: doc.kind,
    titleVi: doc.titleVi,
    titleLo: doc.titleLo,
    placeVi: doc.placeVi,
    placeLo: doc.placeLo,
    datelinePlaceVi: doc.datelinePlaceVi,
    datelinePlaceLo: doc.datelinePlaceLo,
    meetingDate: isoToDisplay(doc.meetingDate),
    periodStart: doc.periodStart ? isoToDisplay(doc.periodStart) : '',
    periodEnd: doc.periodEnd ? isoToDisplay(doc.periodEnd) : '',
  };
}

export type UpdateRequest = Req<'documents.update'>;
export type DetailsCheck = { ok: true; request: UpdateRequest; changed: DetailsField[] } | { ok: false; issues: FieldIssue[] };

/** One issue per field, dates checked as dd/mm/yyyy; the request carries only the fields that changed. */
export function checkDetails(doc: DocumentDetail, values: DetailsValues): DetailsCheck {
  const byPath = new Map<string, FieldIssue>();
  const dates: Partial<Record<DetailsDateField, string | null>> = {};
  for (const field of DETAILS_DATE_FIELDS) {
    const parsed = parseTypedDate(values[field], field === 'meetingDate');
    if (parsed.ok) dates[field] = parsed.iso;
    else byPath.set(field, { path: field, code: parsed.code });
  }

  const candidate = {
    id: doc.id,
    kind: values.kind,
    titleVi: values.titleVi,
    titleLo: values.titleLo,
    placeVi: values.placeVi,
    placeLo: values.placeLo,
    datelinePlaceVi: values.datelinePlaceVi,
    datelinePlaceLo: values.datelinePlaceLo,
    // A date already refused above is left out, so the schema does not report it a second time.
    ...('meetingDate' in dates ? { meetingDate: dates.meetingDate ?? undefined } : {}),
    ...('periodStart' in dates ? { periodStart: dates.periodStart ?? null } : {}),
    ...('periodEnd' in dates ? { periodEnd: dates.periodEnd ?? null } : {}),
  };
  const parsed = contract['documents.update'].req.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error)) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  }
  if (byPath.size > 0 || !parsed.success) return { ok: false, issues: [...byPath.values()] };

  const clean = parsed.data;
  const before: Record<DetailsField, string | null> = {
    kind: doc.kind,
    titleVi: doc.titleVi,
    titleLo: doc.titleLo,
    placeVi: doc.placeVi,
    placeLo: doc.placeLo,
    datelinePlaceVi: doc.datelinePlaceVi,
    datelinePlaceLo: doc.datelinePlaceLo,
    meetingDate: doc.meetingDate,
    periodStart: doc.periodStart,
    periodEnd: doc.periodEnd,
  };
  const after: Record<DetailsField, string | null | undefined> = {
    kind: clean.kind,
    titleVi: clean.titleVi,
    titleLo: clean.titleLo,
    placeVi: clean.placeVi,
    placeLo: clean.placeLo,
    datelinePlaceVi: clean.datelinePlaceVi,
    datelinePlaceLo: clean.datelinePlaceLo,
    meetingDate: clean.meetingDate,
    periodStart: clean.periodStart,
    periodEnd: clean.periodEnd,
  };
  const changed = DETAILS_FIELD_ORDER.filter((field) => after[field] !== undefined && after[field] !== before[field]);
  const request: Record<string, unknown> = { id: doc.id };
  for (const field of changed) request[field] = after[field];
  return { ok: true, request: request as UpdateRequest, changed };
}
