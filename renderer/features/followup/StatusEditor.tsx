import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseTracking } from '../../../shared/contract/features/followup';
import type { SettableStatus } from '../../../shared/followup/status';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { useToday } from '../../today';
import { Button, DateInput, Dialog, FormField } from '../../ui';
import { DATE_ISSUES, eventDate } from './dates';
import { useAction, withDisplayDates } from './useAction';

export interface StatusEditorProps {
  tracking: ClauseTracking;
  onSaved(next: ClauseTracking | undefined): void;
}

/**
 * Status changes with the day they happened ("Ngày thay đổi", today by default, may be back-dated to the
 * signing date): mark done in one click, in progress, not started, or dropped with a reason. Refusals
 * about the day (before signing, in the future, before the last change) show next to the date field.
 */
export function StatusEditor({ tracking, onSaved }: StatusEditorProps) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const today = useToday();
  const action = useAction();
  const [date, setDate] = useState(isoToDisplay(today));
  const [dateError, setDateError] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [dropping, setDropping] = useState(false);
  const [reason, setReason] = useState('');
  const dateId = 'status-date';
  const backendDateError = action.issue && (DATE_ISSUES.has(action.issue.code) || action.issue.path === 'on') ? action.error : null;
  const otherError = backendDateError ? null : action.error;
  const shownDateError = dateError ?? backendDateError ?? undefined;

  const set = async (status: SettableStatus) => {
    const day = eventDate(date, today, tracking.signedOn);
    if (!('iso' in day)) {
      setDateError(issueMessage(t, withDisplayDates(day.issue), locale));
      action.clear();
      return;
    }
    setDateError(undefined);
    const next = await action.run(() =>
      call('tracking.setStatus', { clauseId: tracking.clauseId, status, noteVi: note, on: day.iso, ...(status === 'dropped' ? { reason } : {}) }),
    );
    if (next) {
      setNote('');
      setDropping(false);
      setReason('');
    }
    onSaved(next);
  };

  const hint = tracking.signedOn
    ? t('followup.figures.statusDateHint', { signedOn: isoToDisplay(tracking.signedOn) })
    : t('followup.statusDate.hintNoSigning');

  return (
    <section className="fu-block" data-testid="status-editor">
      <h3>{t('followup.status.heading')}</h3>
      <div className="fu-form__row">
        <FormField id={dateId} label={t('followup.figures.statusDate')} hint={hint} error={shownDateError} className="fu-field--date">
          {(control) => (
            <DateInput
              control={control}
              name="statusDate"
              value={date}
              onChange={(value) => {
                setDate(value);
                setDateError(undefined);
              }}
              testId="status-date"
            />
          )}
        </FormField>
        <label className="fu-field">
          <span>{t('followup.status.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="status-note" lang="vi" />
        </label>
      </div>
      <div className="fu-actions">
        <Button variant="primary" disabled={action.busy || tracking.status === 'done'} onClick={() => void set('done')} data-testid="mark-done">
          {t('followup.status.markDone')}
        </Button>
        <Button disabled={action.busy || tracking.status === 'in_progress'} onClick={() => void set('in_progress')} data-testid="mark-in-progress">
          {t('followup.status.inProgress')}
        </Button>
        <Button disabled={action.busy || tracking.status === 'not_started'} onClick={() => void set('not_started')} data-testid="mark-not-started">
          {t('followup.status.notStarted')}
        </Button>
        <Button variant="ghost" disabled={action.busy} onClick={() => setDropping(true)} data-testid="mark-dropped">
          {t('followup.status.drop')}
        </Button>
      </div>
      {otherError ? <p className="field-error" role="alert" data-testid="status-error">{otherError}</p> : null}
      {dropping ? (
        <Dialog
          title={t('followup.status.dropReason')}
          onCancel={() => setDropping(false)}
          testId="drop-dialog"
          actions={
            <>
              <Button onClick={() => setDropping(false)}>{t('followup.status.cancel')}</Button>
              <Button variant="primary" data-autofocus onClick={() => void set('dropped')} data-testid="drop-confirm">
                {t('followup.status.confirm')}
              </Button>
            </>
          }
        >
          <p>
            {t('followup.figures.statusDate')}: <strong>{date}</strong>
          </p>
          <label className="fu-field">
            <span>{t('followup.status.dropReason')}</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} data-testid="drop-reason" rows={3} />
          </label>
          {shownDateError ?? action.error ? <p className="field-error" role="alert">{shownDateError ?? action.error}</p> : null}
        </Dialog>
      ) : null}
    </section>
  );
}
