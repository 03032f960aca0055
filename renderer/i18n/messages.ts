import type { TFunction } from 'i18next';
import type { FieldIssue, IssueParams } from '../../shared/contract/errors';
import type { CheckProblem } from '../../shared/contract/features/versions';
import type { UiLanguage } from '../../shared/i18n';
import type { CallFailure } from '../bridge';

/** The UI text for a failed call: never the backend's English developer message. */
export function failureMessage(t: TFunction, failure: CallFailure): string {
  return t(failure.messageKey ?? `errors.${failure.code}`);
}

/** Numbers in messages use the UI locale's digit grouping (100.000 in Vietnamese, 100,000 in English). */
export function formatParams(params: IssueParams | undefined, locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!params) return out;
  const numbers = new Intl.NumberFormat(locale);
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'number' ? numbers.format(value) : value;
  }
  return out;
}

/** The UI text for one field issue, e.g. issues.too_long with {max, actual}. */
export function issueMessage(t: TFunction, issue: Pick<FieldIssue, 'code' | 'params'>, locale: string): string {
  return t(`issues.${issue.code}`, formatParams(issue.params, locale));
}

/**
 * The UI text of one signing-check problem (`check.<code>`): languages and sides named in the UI language,
 * a party by its name in the UI language.
 */
export function checkProblemMessage(t: TFunction, problem: Pick<CheckProblem, 'code' | 'params'>, language: UiLanguage, locale: string): string {
  const params = formatParams(problem.params, locale);
  const { language: textLanguage, side, nameVi, nameLo } = problem.params;
  if (typeof textLanguage === 'string') params['language'] = t(`check.language.${textLanguage}`);
  if (typeof side === 'string') params['side'] = t(`check.side.${side}`);
  if (language === 'lo' && typeof nameLo === 'string' && nameLo !== '') params['nameVi'] = nameLo;
  else if (typeof nameVi === 'string') params['nameVi'] = nameVi;
  return t(`check.${problem.code}`, params);
}
