import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRY_OVER_DEADLINES } from '../../../shared/contract/features/followup';
import type { DocumentDetail } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { Button, DateInput, Dialog, FieldSet, FormField } from '../../ui';
import { typedDate } from './dates';
import { useAction, withDisplayDates } from './useAction';

type CarryOverDeadlines = (typeof CARRY_OVER_DEADLINES)[number];

export interface FollowupBarProps {
  doc: DocumentDetail;
  trackingHref: string;
  onCreated(documentId: string): void;
}

/** On a signed document: open its follow-up, or draft next year's document from it. */
export function FollowupBar({ doc, trackingHref, onCreated }: FollowupBarProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (doc.status === 'draft') return null;
  return (
    <div className="fu-bar" data-testid="followup-bar">
      <a className="btn btn--primary" href={trackingHref} data-testid="open-tracking">
        {t('followup.tracking.open')}
      </a>
      <Button onClick={() => setAsking(true)} data-testid="carry-over">
        {t('followup.carryOver.button')}
      </Button>
      {asking ? <CarryOverDialog doc={doc} onCancel={() => setAsking(false)} onCreated={onCreated} /> : null}
    </div>
  );
}

/**
 * Next year's draft: the date of the next meeting, what happens to the carried tasks' deadlines (same
 * day next year, or cleared), and what they keep (agencies on both sides, indicators and targets).
 */
function CarryOverDialog({ doc, onCancel, onCreated }: { doc: DocumentDetail; onCancel(): void; onCreated(documentId: string): void }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const action = useAction();
  const nextYear = `${Number(doc.meetingDate.slice(0, 4)) + 1}${doc.meetingDate.slice(4)}`;
  const [date, setDate] = useState(isoToDisplay(nextYear));
  const [deadlines, setDeadlines] = useState<CarryOverDeadlines>('next_year');
  const [dateError, setDateError] = useState<string | undefined>();
  const backendDateError = action.issue?.path === 'meetingDate' ? (action.error ?? undefined) : undefined;

  const create = async () => {
    const typed = typedDate(date);
    if (!('iso' in typed)) {
      setDateError(issueMessage(t, withDisplayDates(typed.issue), locale));
      return;
    }
    setDateError(undefined);
    const created = await action.run(() => call('documents.carryOver', { documentId: doc.id, meetingDate: typed.iso, deadlines }));
    if (created) onCreated(created.id);
  };

  return (
    <Dialog
      title={t('followup.carryOver.title')}
      onCancel={onCancel}
      testId="carry-over-dialog"
      actions={
        <>
          <Button onClick={onCancel}>{t('followup.status.cancel')}</Button>
          <Button variant="primary" data-autofocus disabled={action.busy} onClick={() => void create()} data-testid="carry-over-confirm">
            {t('followup.carryOver.confirm')}
          </Button>
        </>
      }
    >
      <div className="fu-dialog-form">
        <p>{t('followup.carryOver.body')}</p>
        <FormField id="carry-over-date" label={t('followup.carryOver.date')} error={dateError ?? backendDateError}>
          {(control) => <DateInput control={control} name="meetingDate" value={date} onChange={setDate} testId="carry-over-date" />}
        </FormField>
        <FieldSet id="carry-over-deadlines" legend={t('followup.carryOverDeadlines.label')}>
          {CARRY_OVER_DEADLINES.map((choice) => (
            <label key={choice} className="fu-radio">
              <input
                type="radio"
                name="carry-over-deadlines"
                value={choice}
                checked={deadlines === choice}
                onChange={() => setDeadlines(choice)}
                data-testid={`carry-over-deadlines-${choice}`}
              />
              <span>{t(`followup.carryOverDeadlines.${choice}`)}</span>
            </label>
          ))}
        </FieldSet>
        <p className="fu-keeps" data-testid="carry-over-keeps">
          {t('followup.carryOverKeeps')}
        </p>
        {action.error && !backendDateError ? (
          <p className="field-error" role="alert" data-testid="carry-over-error">
            {action.error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
