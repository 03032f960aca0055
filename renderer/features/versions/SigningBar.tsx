import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../shared/contract/features/versions';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call, type CallFailure } from '../../bridge';
import { failureMessage, issueMessage, useUiLanguage } from '../../i18n';
import { useToday } from '../../today';
import { Badge, Button, DateInput, FormField, Notice, parseTypedDate, useLoad, useMounted } from '../../ui';
import { isSignedRefusal, reloadDocument, type DocumentPanelProps } from './shared';
import { versionLabel } from './versionLabel';

export interface SigningBarProps extends DocumentPanelProps {
  /** The history screen of this document. */
  historyHref: string;
}

type Step = 'idle' | 'sign' | 'amend';

/**
 * Status of the document and its signing: "Sign this version" asks for the date (dd/mm/yyyy) and
 * explains that the version will be frozen; a signed document offers "Create an amended version"
 * (asks first) and a link to the history and changes.
 */
export function SigningBar({ doc, onDocumentChange, historyHref }: SigningBarProps) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const today = useToday();
  const [versions, reloadVersions] = useLoad(`versions:${doc.id}`, () => call('documents.versions', { id: doc.id }));
  const [step, setStep] = useState<Step>('idle');
  const [signedOn, setSignedOn] = useState('');
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const mounted = useMounted();

  // Versions change with the status (sign adds one): read them again when it moves.
  const status = doc.status;
  const firstStatus = useRef(status);
  useEffect(() => {
    if (firstStatus.current !== status) reloadVersions();
    firstStatus.current = status;
  }, [status, reloadVersions]);

  useLayoutEffect(() => {
    if (!focusAfter) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-testid="${focusAfter}"]`);
    if (!target) return;
    target.focus();
    setFocusAfter(null);
  }, [focusAfter, step, status]);

  const list: VersionSummary[] = versions.status === 'ready' ? versions.value : [];
  const latest = list.at(-1) ?? null;
  const nextVersion = (latest?.versionNo ?? 0) + 1;

  function startSigning() {
    setFailure(null);
    setDone(null);
    setDateError(undefined);
    // The first signature is usually on the day of the talks; an amendment, today.
    setSignedOn(isoToDisplay(latest ? today : doc.meetingDate));
    setStep('sign');
    setFocusAfter('sign-date');
  }

  function cancel(focus: string) {
    setStep('idle');
    setFailure(null);
    setFocusAfter(focus);
  }

  async function afterChange(message: string, focus: string) {
    const fresh = await reloadDocument(doc.id);
    if (!mounted.current) return;
    setBusy(false);
    setStep('idle');
    if (fresh.ok) onDocumentChange(fresh.value);
    else setFailure(fresh);
    setDone(message);
    setFocusAfter(focus);
  }

  async function sign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submitSign(false);
  }

  /**
   * Signs; the backend runs the signing check first. Blocking problems are shown as refused; confirm-only
   * ones are listed with a button that signs again with `confirmWarnings` (the full check view comes with
   * the delegation editor's rework).
   */
  async function submitSign(confirmWarnings: boolean) {
    if (busy) return;
    const parsed = parseTypedDate(signedOn, true);
    if (!parsed.ok || parsed.iso === null) {
      setDateError(issueMessage(t, { code: parsed.ok ? 'required' : parsed.code }, locale));
      root.current?.querySelector<HTMLElement>('[data-testid="sign-date"]')?.focus();
      return;
    }
    setDateError(undefined);
    setFailure(null);
    setBusy(true);
    const answer = await call('documents.sign', { id: doc.id, signedOn: parsed.iso, confirmWarnings });
    if (!mounted.current) return;
    if (!answer.ok) {
      setBusy(false);
      const dateIssue = answer.issues?.find((issue) => issue.path === 'signedOn');
      if (dateIssue) {
        setDateError(issueMessage(t, dateIssue, locale));
        root.current?.querySelector<HTMLElement>('[data-testid="sign-date"]')?.focus();
        return;
      }
      setFailure(answer);
      if (isSignedRefusal(answer)) {
        // Signed meanwhile in another window: show the document as it now is.
        setStep('idle');
        const fresh = await reloadDocument(doc.id);
        if (mounted.current && fresh.ok) onDocumentChange(fresh.value);
      }
      return;
    }
    await afterChange(t('versions.signing.signedDone', { version: nextVersion, date: isoToDisplay(parsed.iso) }), 'amend-start');
  }

  async function amend() {
    if (busy) return;
    setFailure(null);
    setBusy(true);
    const answer = await call('documents.amend', { id: doc.id });
    if (!mounted.current) return;
    if (!answer.ok) {
      setBusy(false);
      setFailure(answer);
      return;
    }
    await afterChange(t('versions.signing.amendedDone'), 'sign-start');
  }

  const tone = status === 'signed' ? 'success' : status === 'amended' ? 'info' : 'neutral';
  const statusNote =
    status === 'draft'
      ? t('versions.signing.draftNote')
      : latest
        ? t(status === 'signed' ? 'versions.signing.signedNote' : 'versions.signing.amendedNote', {
            version: latest.versionNo,
            label: versionLabel(t, latest),
            date: latest.signedOn ? isoToDisplay(latest.signedOn) : '…',
          })
        : '';

  return (
    <section ref={root} className={`vs-signing vs-signing--${status}`} aria-label={t('versions.signing.heading')} data-testid="signing-bar" data-status={status}>
      <div className="vs-signing__row">
        <div className="vs-signing__status">
          <Badge tone={tone} testId="signing-status">
            {status === 'signed' ? <span aria-hidden="true" className="vs-lock" /> : null}
            {t(`status.${status}`)}
          </Badge>
          <span className="vs-signing__note" data-testid="signing-note">
            {statusNote}
          </span>
        </div>
        <div className="vs-signing__actions">
          {list.length > 0 ? (
            <a className="btn btn--ghost btn--small" href={historyHref} data-testid="history-link">
              {t('versions.signing.history')}
            </a>
          ) : null}
          {status !== 'signed' && step === 'idle' ? (
            <Button variant="primary" size="small" onClick={startSigning} data-testid="sign-start">
              {t('versions.signing.sign')}
            </Button>
          ) : null}
          {status === 'signed' && step === 'idle' ? (
            <Button size="small" onClick={() => { setDone(null); setFailure(null); setStep('amend'); setFocusAfter('amend-cancel'); }} data-testid="amend-start">
              {t('versions.signing.amend')}
            </Button>
          ) : null}
        </div>
      </div>

      {done ? (
        <p className="vs-signing__done" role="status" data-testid="signing-done">
          {done}
        </p>
      ) : null}
      {failure ? (
        <Notice tone="error" role="alert" testId="signing-failure">
          {failureMessage(t, failure)}
          {(failure.issues ?? []).filter((i) => i.path !== 'signedOn').length > 0 ? (
            <ul>
              {(failure.issues ?? []).map((issue) => (
                <li key={`${issue.path}:${issue.code}`}>{issueMessage(t, issue, locale)}</li>
              ))}
            </ul>
          ) : null}
          {step === 'sign' && (failure.issues ?? []).some((i) => i.code === 'check_needs_confirmation') ? (
            <Button size="small" variant="primary" onClick={() => void submitSign(true)} disabled={busy} data-testid="sign-confirm-warnings">
              {t('check.confirmAndSign')}
            </Button>
          ) : null}
        </Notice>
      ) : null}

      {step === 'sign' ? (
        <form className="vs-signing__panel" noValidate onSubmit={(event) => void sign(event)} aria-busy={busy} data-testid="sign-panel">
          <h2 className="vs-signing__title">{t('versions.signing.signTitle', { version: nextVersion })}</h2>
          <p className="vs-signing__explain">{t('versions.signing.signExplain', { version: nextVersion })}</p>
          <FormField id="vs-sign-date" label={t('versions.signing.signDate')} required hint={t('form.dateHint')} error={dateError}>
            {(control) => (
              <DateInput
                control={control}
                name="signedOn"
                value={signedOn}
                onChange={(value) => {
                  setSignedOn(value);
                  setDateError(undefined);
                }}
                disabled={busy}
                testId="sign-date"
              />
            )}
          </FormField>
          <div className="form__actions">
            <Button type="submit" variant="primary" disabled={busy} aria-busy={busy} data-testid="sign-confirm">
              <span aria-hidden="true" className="vs-lock vs-lock--light" />
              {t('versions.signing.confirmSign', { version: nextVersion })}
            </Button>
            <Button variant="ghost" onClick={() => cancel('sign-start')} disabled={busy} data-testid="sign-cancel">
              {t('form.cancel')}
            </Button>
          </div>
        </form>
      ) : null}

      {step === 'amend' ? (
        <div className="vs-signing__panel" role="group" aria-labelledby="vs-amend-title" data-testid="amend-panel">
          <h2 className="vs-signing__title" id="vs-amend-title">
            {t('versions.signing.amendTitle')}
          </h2>
          <p className="vs-signing__explain">{t('versions.signing.amendExplain', { version: latest?.versionNo ?? 1 })}</p>
          <div className="form__actions">
            <Button variant="primary" onClick={() => void amend()} disabled={busy} aria-busy={busy} data-testid="amend-confirm">
              {t('versions.signing.confirmAmend')}
            </Button>
            <Button variant="ghost" onClick={() => cancel('amend-start')} disabled={busy} data-testid="amend-cancel">
              {t('form.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
