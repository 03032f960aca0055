import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract/errors';
import { isoToDisplay } from '../../../shared/domain/dates';
import type { CallResult } from '../../bridge';
import { failureMessage, issueMessage, useUiLanguage } from '../../i18n';
import { useMounted } from '../../ui';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Dates in a refusal's parameters ("before the signing date ({{signedOn}})") read as officers write them. */
export function withDisplayDates(issue: Pick<FieldIssue, 'code' | 'params'>): Pick<FieldIssue, 'code' | 'params'> {
  if (!issue.params) return issue;
  const params = Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, typeof v === 'string' && ISO_DATE.test(v) ? isoToDisplay(v) : v]));
  return { ...issue, params };
}

/**
 * One backend action of a form: runs it, keeps "busy", and turns a refusal into one message in the
 * UI language (the first field issue, else the error's own text). Returns the value on success.
 * `issue` tells which field the refusal is about, so the form can show it next to that field.
 */
export function useAction() {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const mounted = useMounted();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issue, setIssue] = useState<FieldIssue | null>(null);

  async function run<T>(action: () => Promise<CallResult<T>>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    setIssue(null);
    const result = await action();
    if (!mounted.current) return undefined;
    setBusy(false);
    if (result.ok) return result.value;
    const first = result.issues?.[0];
    setIssue(first ?? null);
    setError(first ? issueMessage(t, withDisplayDates(first), locale) : failureMessage(t, result));
    return undefined;
  }

  const clear = () => {
    setError(null);
    setIssue(null);
  };
  return { run, busy, error, issue, issueCode: issue?.code ?? null, clear, setError };
}
