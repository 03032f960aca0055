import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../bridge';
import { failureMessage, issueMessage, useUiLanguage } from '../../i18n';
import { useMounted } from '../../ui';

/**
 * One backend action of a form: runs it, keeps "busy", and turns a refusal into one message in the
 * UI language (the first field issue, else the error's own text). Returns the value on success.
 */
export function useAction() {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const mounted = useMounted();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issueCode, setIssueCode] = useState<string | null>(null);

  async function run<T>(action: () => Promise<CallResult<T>>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    setIssueCode(null);
    const result = await action();
    if (!mounted.current) return undefined;
    setBusy(false);
    if (result.ok) return result.value;
    const issue = result.issues?.[0];
    setIssueCode(issue?.code ?? null);
    setError(issue ? issueMessage(t, issue, locale) : failureMessage(t, result));
    return undefined;
  }

  return { run, busy, error, issueCode, clear: () => (setError(null), setIssueCode(null)), setError };
}
