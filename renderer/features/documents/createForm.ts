/**
 * The create form's model, independent of React: its values, the request built from them, and the
 * checks run before anything is sent (the contract schema, plus the date format and the border rule).
 * The backend validates again; this is for comfort, not safety.
 */
import { contract } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/errors';
import { toFieldIssues } from '../../../shared/contract/issues';
import type { DocumentCreateRequest, Province } from '../../../shared/contract/schemas';
import { displayToIso } from '../../../shared/domain/dates';
import type { DocumentKind } from '../../../shared/domain/document';

export const TEXT_FIELDS = ['placeVi', 'placeLo', 'titleVi', 'titleLo'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface CreateFormValues {
  kind: DocumentKind;
  ourProvinceId: string;
  /** One entry per select; '' while nothing is chosen. */
  partnerProvinceIds: string[];
  /** As typed: dd/mm/yyyy. */
  meetingDate: string;
  placeVi: string;
  placeLo: string;
  titleVi: string;
  titleLo: string;
}

export const EMPTY_FORM: CreateFormValues = {
  kind: 'minutes',
  ourProvinceId: '',
  partnerProvinceIds: [''],
  meetingDate: '',
  placeVi: '',
  placeLo: '',
  titleVi: '',
  titleLo: '',
};

/** Field order on screen: the first invalid one gets focus. */
export function fieldOrder(values: CreateFormValues): string[] {
  return [
    'kind',
    'ourProvinceId',
    'meetingDate',
    'partnerProvinceIds',
    ...values.partnerProvinceIds.map((_, i) => `partnerProvinceIds.${i}`),
    'placeVi',
    'placeLo',
    'titleVi',
    'titleLo',
  ];
}

/** The request as the contract expects it; empty choices are left out so they read as "required". */
export function toRequest(values: CreateFormValues): Record<string, unknown> {
  const meetingDate = values.meetingDate.trim();
  return {
    kind: values.kind,
    ...(values.ourProvinceId ? { ourProvinceId: values.ourProvinceId } : {}),
    partnerProvinceIds: values.partnerProvinceIds.map((id) => (id === '' ? undefined : id)),
    ...(meetingDate ? { meetingDate: displayToIso(meetingDate) ?? meetingDate } : {}),
    placeVi: values.placeVi,
    placeLo: values.placeLo,
    titleVi: values.titleVi,
    titleLo: values.titleLo,
  };
}

export type CheckResult = { ok: true; request: DocumentCreateRequest } | { ok: false; issues: FieldIssue[] };

/** Validates with the contract's own schema, then adds what only the form knows. One issue per field. */
export function checkCreateForm(values: CreateFormValues, provinces: readonly Province[]): CheckResult {
  const candidate = toRequest(values);
  const parsed = contract['documents.create'].req.safeParse(candidate);
  const byPath = new Map<string, FieldIssue>();
  const add = (issue: FieldIssue, replace = false) => {
    if (replace || !byPath.has(issue.path)) byPath.set(issue.path, issue);
  };
  if (!parsed.success) for (const issue of toFieldIssues(parsed.error)) add(issue);

  // The officer types dd/mm/yyyy; anything else is not a date, even if it happens to be ISO.
  const typedDate = values.meetingDate.trim();
  if (typedDate !== '' && displayToIso(typedDate) === null) add({ path: 'meetingDate', code: 'invalid_date' }, true);

  // Partners must be across the border (the backend checks too; this spares a round trip).
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const ours = byId.get(values.ourProvinceId);
  values.partnerProvinceIds.forEach((id, index) => {
    const partner = byId.get(id);
    if (ours && partner && partner.id !== ours.id && partner.country === ours.country) {
      add({ path: `partnerProvinceIds.${index}`, code: 'partner_same_country' });
    }
  });

  if (byPath.size > 0) return { ok: false, issues: [...byPath.values()] };
  return { ok: true, request: candidate as DocumentCreateRequest };
}
