import type { TFunction } from 'i18next';
import type { CallFailure } from '../../bridge';
import { issueMessage } from '../../i18n';
import type { Loaded } from '../../ui';
import { withDisplayDates } from './useAction';

/** A view refused for its "as of" day (e.g. before the document's date): the message for the as-of field. */
export function asOfRefusal(t: TFunction, locale: string, state: Loaded<unknown>): string | undefined {
  if (state.status !== 'failed') return undefined;
  const issue = asOfIssue(state.failure);
  return issue ? issueMessage(t, withDisplayDates(issue), locale) : undefined;
}

export function asOfIssue(failure: CallFailure) {
  return failure.issues?.find((i) => i.path === 'asOf' || i.code === 'as_of_before_document');
}
