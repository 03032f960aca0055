import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { Button, Dialog } from '../../ui';
import { typedDate } from './dates';
import { useAction } from './useAction';

export interface FollowupBarProps {
  doc: DocumentDetail;
  trackingHref: string;
  onCreated(documentId: string): void;
}

/** On a signed document: open its follow-up, or draft next year's document from it. */
export function FollowupBar({ doc, trackingHref, onCreated }: FollowupBarProps) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const action = useAction();
  const [asking, setAsking] = useState(false);
  const nextYear = `${Number(doc.meetingDate.slice(0, 4)) + 1}${doc.meetingDate.slice(4)}`;
  const [date, setDate] = useState(isoToDisplay(nextYear));
  const [localError, setLocalError] = useState<string | null>(null);
  if (doc.status === 'draft') return null;

  const create = async () => {
    const typed = typedDate(date);
    if (!('iso' in typed)) {
      setLocalError(issueMessage(t, { code: typed.code }, locale));
      return;
    }
    setLocalError(null);
    const created = await action.run(() => call('documents.carryOver', { documentId: doc.id, meetingDate: typed.iso }));
    if (created) {
      setAsking(false);
      onCreated(created.id);
    }
  };

  return (
    <div className="fu-bar" data-testid="followup-bar">
      <a className="btn btn--primary" href={trackingHref} data-testid="open-tracking">
        {t('followup.tracking.open')}
      </a>
      <Button onClick={() => setAsking(true)} data-testid="carry-over">
        {t('followup.carryOver.button')}
      </Button>
      {asking ? (
        <Dialog
          title={t('followup.carryOver.title')}
          onCancel={() => setAsking(false)}
          testId="carry-over-dialog"
          actions={
            <>
              <Button onClick={() => setAsking(false)}>{t('followup.status.cancel')}</Button>
              <Button variant="primary" data-autofocus disabled={action.busy} onClick={() => void create()} data-testid="carry-over-confirm">
                {t('followup.carryOver.confirm')}
              </Button>
            </>
          }
        >
          <p>{t('followup.carryOver.body')}</p>
          <label className="fu-field">
            <span>{t('followup.carryOver.date')}</span>
            <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="dd/mm/yyyy" data-testid="carry-over-date" />
          </label>
          {localError ?? action.error ? <p className="field-error" role="alert">{localError ?? action.error}</p> : null}
        </Dialog>
      ) : null}
    </div>
  );
}
