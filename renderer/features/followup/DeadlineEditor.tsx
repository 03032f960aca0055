import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseTracking } from '../../../shared/contract/features/followup';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { useToday } from '../../today';
import { Button, Dialog } from '../../ui';
import { typedDate } from './dates';
import { deadlineText } from './format';
import { useAction } from './useAction';

type DeadlineKind = 'none' | 'date' | 'year' | 'period' | 'ongoing';

/** A task's deadline: a day, a year, a period or "thường xuyên"; one before the signing date asks first. */
export function DeadlineEditor({ tracking, onSaved }: { tracking: ClauseTracking; onSaved(next: ClauseTracking | undefined): void }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const action = useAction();
  const thisYear = Number(useToday().slice(0, 4));
  const d = tracking.deadline;
  const [kind, setKind] = useState<DeadlineKind>(d?.kind ?? 'none');
  const [date, setDate] = useState(d?.date ? isoToDisplay(d.date) : '');
  const [year, setYear] = useState(String(d?.year ?? d?.toYear ?? thisYear));
  const [fromYear, setFromYear] = useState(String(d?.fromYear ?? thisYear));
  const [confirming, setConfirming] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  const deadline = () => {
    if (kind === 'none') return { value: null };
    if (kind === 'ongoing') return { value: { kind: 'ongoing' as const } };
    if (kind === 'date') {
      const typed = typedDate(date);
      return 'iso' in typed ? { value: { kind: 'date' as const, date: typed.iso } } : { error: issueMessage(t, typed.issue, locale) };
    }
    const to = Number(year);
    if (!Number.isInteger(to)) return { error: t('issues.invalid') };
    if (kind === 'year') return { value: { kind: 'year' as const, year: to } };
    return { value: { kind: 'period' as const, fromYear: Number(fromYear), toYear: to } };
  };

  const save = async (confirm: boolean) => {
    const built = deadline();
    if ('error' in built) {
      setLocalError(built.error ?? null);
      return;
    }
    setLocalError(null);
    const next = await action.run(() => call('tracking.setDeadline', { clauseId: tracking.clauseId, deadline: built.value, confirmBeforeSigning: confirm }));
    setConfirming(null);
    onSaved(next);
  };
  // The before-signing refusal is a question, not an error.
  const needsConfirmation = action.issueCode === 'deadline_before_signing';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <section className="fu-block" data-testid="deadline-editor">
      <h3>
        {t('followup.deadline.heading')}
        {d ? <span className="fu-block__value"> — {deadlineText(t, d, tracking.dueDate)}</span> : null}
      </h3>
      <form className="fu-inline-form" onSubmit={submit}>
        <label className="fu-field">
          <span>{t('followup.deadline.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as DeadlineKind)} data-testid="deadline-kind">
            {(['none', 'date', 'year', 'period', 'ongoing'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`followup.deadline.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'date' ? (
          <label className="fu-field">
            <span>{t('followup.deadline.dateLabel')}</span>
            <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="dd/mm/yyyy" inputMode="numeric" data-testid="deadline-date" />
          </label>
        ) : null}
        {kind === 'period' ? (
          <label className="fu-field fu-field--short">
            <span>{t('followup.deadline.fromYear')}</span>
            <input value={fromYear} onChange={(e) => setFromYear(e.target.value)} inputMode="numeric" data-testid="deadline-from-year" />
          </label>
        ) : null}
        {kind === 'year' || kind === 'period' ? (
          <label className="fu-field fu-field--short">
            <span>{kind === 'year' ? t('followup.deadline.yearLabel') : t('followup.deadline.toYear')}</span>
            <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" data-testid="deadline-year" />
          </label>
        ) : null}
        <Button type="submit" disabled={action.busy} data-testid="deadline-save">
          {t('followup.deadline.save')}
        </Button>
      </form>
      {localError ?? (!needsConfirmation && action.error) ? <p className="field-error" role="alert" data-testid="deadline-error">{localError ?? action.error}</p> : null}
      {needsConfirmation && confirming === null ? (
        <Dialog
          title={t('followup.deadline.confirmTitle')}
          onCancel={() => action.clear()}
          testId="deadline-confirm"
          actions={
            <>
              <Button onClick={() => action.clear()}>{t('followup.status.cancel')}</Button>
              <Button
                variant="primary"
                data-autofocus
                data-testid="deadline-confirm-yes"
                onClick={() => {
                  setConfirming('yes');
                  void save(true);
                }}
              >
                {t('followup.deadline.confirmYes')}
              </Button>
            </>
          }
        >
          <p>{t('followup.deadline.confirmBody', { signedOn: tracking.signedOn ? isoToDisplay(tracking.signedOn) : '' })}</p>
        </Dialog>
      ) : null}
    </section>
  );
}

