/**
 * The report settings form's model, independent of React: the text in each box, the request built from
 * it (one printed line per line of a box) and the contract's checks mapped to fields.
 */
import { contract } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/errors';
import type { ReportSettings } from '../../../shared/contract/features/settings';
import { toFieldIssues } from '../../../shared/contract/issues';

export const LINE_LIST_FIELDS = ['issuingBodyVi', 'issuingBodyLo', 'signerTitleVi', 'signerTitleLo', 'recipientsVi', 'recipientsLo'] as const;
export const SINGLE_LINE_FIELDS = ['numberSymbol', 'placeVi', 'placeLo', 'signerNameVi', 'signerNameLo'] as const;
export type SettingsField = (typeof LINE_LIST_FIELDS)[number] | (typeof SINGLE_LINE_FIELDS)[number];

/** What each box holds: lists as one line per printed line. */
export type SettingsFormValues = Record<SettingsField, string>;

export function toFormValues(settings: ReportSettings): SettingsFormValues {
  const values = {} as SettingsFormValues;
  for (const field of LINE_LIST_FIELDS) values[field] = settings[field].join('\n');
  for (const field of SINGLE_LINE_FIELDS) values[field] = settings[field];
  return values;
}

/** Lines of a box, trimmed; empty lines dropped. */
const linesOf = (text: string) => text.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');

export function toRequest(values: SettingsFormValues): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const field of LINE_LIST_FIELDS) request[field] = linesOf(values[field]);
  for (const field of SINGLE_LINE_FIELDS) request[field] = values[field].trim();
  return request;
}

/** The contract's own checks, before anything is sent (the backend checks again). */
export function checkRequest(request: Record<string, unknown>): FieldIssue[] {
  const parsed = contract['settings.update'].req.safeParse(request);
  return parsed.success ? [] : toFieldIssues(parsed.error);
}

/** The field an issue is about: "recipientsVi.3" is the Vietnamese recipients box. */
export function fieldOf(issue: FieldIssue): string {
  return issue.path.split('.')[0] ?? '';
}
