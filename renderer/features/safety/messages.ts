import type { TFunction } from 'i18next';
import type { CallFailure } from '../../bridge';
import { failureMessage, issueMessage } from '../../i18n';

/** A refusal in the UI language: the first field issue, else the error's own text. */
export function refusalText(t: TFunction, failure: CallFailure, locale: string): string {
  const issue = failure.issues?.[0];
  return issue ? issueMessage(t, issue, locale) : failureMessage(t, failure);
}
