import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentCheck, VersionSummary } from '../../../shared/contract/features/versions';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call, type CallFailure } from '../../bridge';
import { failureMessage, issueMessage, useUiLanguage } from '../../i18n';
import { useToday } from '../../today';
import { Badge, Button, DateInput, FormField, Notice, parseTypedDate, useLoad, useMounted } from '../../ui';
import { CheckPanel } from './CheckPanel';
import { isSignedRefusal, reloadDocument, type DocumentPanelProps } from './shared';
import { versionLabel } from './versionLabel';

export interface SigningBarProps extends DocumentPanelProps {
  /** The history screen of this document. */
  historyHref: string;
}

type Step = 'idle' | 'check' | 'sign' | 'amend';

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
  /** The latest signing check ("Kiểm tra văn bản"), run on demand and before every signature. */
  const [check, setCheck] = useState<DocumentCheck | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [ackError, setAckError] = useState<string | undefined>(undefined);
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

  /** Runs the signing check; answers it, or null when the call failed (the failure is shown). */
  async function runCheck(): Promise<DocumentCheck | null> {
    const answer = await call('documents.check', { id: doc.id });
    if (!mounted.current) return null;
    if (!answer.ok) {
      setFailure(answer);
      return null;
    }
    setCheck(answer.value);
    return answer.value;
  }

  async function startCheck() {
    if (busy) return;
    setFailure(null);
    setDone(null);
    setBusy(true);
    const result = await runCheck();
    if (!mounted.current) return;
    setBusy(false);
    if (!result) return;
    setStep('check');
    setFocusAfter('check-heading');
  }

  async function startSigning() {
    if (busy) return;
    setFailure(null);
    setDone(null);
    setDateError(undefined);
    setAckError(undefined);
    setAcknowledged(false);
    setBusy(true);
    const result = await runCheck();
    if (!mounted.current) return;
    setBusy(false);
    if (!result) return;
    // Blocking problems: nothing to sign yet, the check says what to fix.
    if (result.blocking > 0) {
      setStep('check');
      setFocusAfter('check-heading');
      return;
    }
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
    if (busy) return;
    const parsed = parseTypedDate(signedOn, true);
    if (!parsed.ok || parsed.iso === null) {
      setDateError(issueMessage(t, { code: parsed.ok ? 'required' : parsed.code }, locale));
      root.current?.querySelector<HTMLElement>('[data-testid="sign-date"]')?.focus();
      return;
    }
    setDateError(undefined);
    const mustConfirm = (check?.confirm ?? 0) > 0;
    if (mustConfirm && !acknowledged) {
      setAckError(t('check.acknowledgeRequired'));
      root.current?.querySelector<HTMLElement>('[data-testid="sign-acknowledge"]')?.focus();
      return;
    }
    setFailure(null);
    setBusy(true);
    const answer = await call('documents.sign', { id: doc.id, signedOn: parsed.iso, confirmWarnings: mustConfirm });
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
      // The text changed since the check (another window): show the check as it is now.
      if ((answer.issues ?? []).some((issue) => issue.code === 'check_blocking' || issue.code === 'check_needs_confirmation')) {
        const fresh = await runCheck();
        if (mounted.current && fresh && fresh.blocking > 0) setStep('check');
        return;
      }
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
          {status !== 'signed' && (step === 'idle' || step === 'check') ? (
            <Button size="small" onClick={() => void startCheck()} disabled={busy} data-testid="check-start">
              {step === 'check' ? t('check.recheck') : t('check.run')}
            </Button>
          ) : null}
          {status !== 'signed' && (step === 'idle' || step === 'check') ? (
            <Button variant="primary" size="small" onClick={() => void startSigning()} disabled={busy} data-testid="sign-start">
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
        </Notice>
      ) : null}

      {step === 'check' && check ? (
        <div className="vs-signing__panel" role="group" aria-labelledby="vs-check-title" data-testid="check-panel">
          <h2 className="vs-signing__title" id="vs-check-title" tabIndex={-1} data-testid="check-heading">
            {t('check.title')}
          </h2>
          {check.blocking > 0 ? (
            <Notice tone="warning" testId="check-cannot-sign">
              {t('check.cannotSign')}
            </Notice>
          ) : null}
          <p className="vs-signing__explain">{t('check.intro')}</p>
          <CheckPanel check={check} headingId="vs-check" />
          <div className="form__actions">
            <Button variant="ghost" onClick={() => cancel('check-start')} data-testid="check-close">
              {t('check.close')}
            </Button>
          </div>
        </div>
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
          {check && check.confirm > 0 ? (
            <div className="vs-signing__check" data-testid="sign-check">
              <CheckPanel check={check} headingId="vs-sign-check" />
              <label className="vs-check vs-signing__ack">
                <input
                  type="checkbox"
                  checked={acknowledged}
                  onChange={(event) => {
                    setAcknowledged(event.currentTarget.checked);
                    setAckError(undefined);
                  }}
                  aria-invalid={ackError ? true : undefined}
                  aria-describedby={ackError ? 'vs-sign-ack-error' : undefined}
                  disabled={busy}
                  data-testid="sign-acknowledge"
                />
                {t('check.acknowledge')}
              </label>
              {ackError ? (
                <p id="vs-sign-ack-error" className="field__error" role="alert" data-testid="sign-acknowledge-error">
                  {ackError}
                </p>
              ) : null}
            </div>
          ) : null}
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
