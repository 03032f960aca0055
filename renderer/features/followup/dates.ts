import type { IssueCode, IssueParams } from '../../../shared/contract/errors';
import { isoToDisplay } from '../../../shared/domain/dates';
import { parseTypedDate } from '../../ui';

export type DateCheck = { iso: string } | { issue: { code: IssueCode; params?: IssueParams } };

/** A required dd/mm/yyyy box's text as ISO, or the issue to show next to it. */
export function typedDate(text: string): DateCheck {
  const parsed = parseTypedDate(text, true);
  if (!parsed.ok) return { issue: { code: parsed.code } };
  return parsed.iso === null ? { issue: { code: 'required' } } : { iso: parsed.iso };
}

/**
 * The day something happened (a status change, a progress report): a real day, not after the backend's
 * today and not before the signing date. The backend checks the same; this answers before asking it.
 */
export function eventDate(text: string, today: string, signedOn: string | null): DateCheck {
  const typed = typedDate(text);
  if (!('iso' in typed)) return typed;
  if (typed.iso > today) return { issue: { code: 'date_in_future' } };
  if (signedOn !== null && typed.iso < signedOn) return { issue: { code: 'date_before_signing', params: { signedOn: isoToDisplay(signedOn) } } };
  return typed;
}

/** Refusals of a dated action that belong next to its date field. */
export const DATE_ISSUES: ReadonlySet<string> = new Set(['date_before_signing', 'date_in_future', 'status_before_last_change', 'invalid_date', 'date_out_of_range']);
