import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToDisplay } from '../../../shared/domain/dates';
import { issueMessage, useUiLanguage } from '../../i18n';
import { Button, DateInput, FormField, Notice, parseTypedDate } from '../../ui';
import type { AsOfControl } from './asOf';

export interface AsOfFieldProps {
  control: AsOfControl;
  /** The backend's refusal of the day (e.g. before the document's date), in the UI language. */
  refusal?: string | undefined;
  /** Distinguishes the field when a screen has two (ids must be unique). */
  idSuffix?: string;
}

/**
 * "Tính đến ngày …" (default today): a dd/mm/yyyy field that applies as soon as it holds a real day, a
 * button back to today, and a notice when the figures are not today's.
 */
export function AsOfField({ control, refusal, idSuffix = '' }: AsOfFieldProps) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const { asOf, today, isToday, setAsOf } = control;
  const [text, setText] = useState(isoToDisplay(asOf));
  const [typedError, setTypedError] = useState<string | undefined>();

  // Follow changes made elsewhere (another screen, "back to today") unless the box already says that day.
  useEffect(() => {
    setText((current) => {
      const parsed = parseTypedDate(current, true);
      return parsed.ok && parsed.iso === asOf ? current : isoToDisplay(asOf);
    });
  }, [asOf]);

  const change = (value: string) => {
    setText(value);
    const parsed = parseTypedDate(value, true);
    if (parsed.ok && parsed.iso !== null && /\d{4}\s*$/u.test(value)) {
      setTypedError(undefined);
      setAsOf(parsed.iso);
    }
  };
  const check = () => {
    const parsed = parseTypedDate(text, true);
    setTypedError(parsed.ok ? undefined : issueMessage(t, { code: parsed.code }, locale));
  };

  const id = `as-of${idSuffix}`;
  return (
    <div className="fu-asof" data-testid="as-of">
      <form
        className="fu-asof__form"
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
        onBlur={check}
      >
        <FormField id={id} label={t('followup.figures.asOf')} hint={t('followup.figures.asOfHint')} error={typedError ?? refusal}>
          {(field) => (
            <div className="fu-asof__row">
              <DateInput control={field} name="asOf" value={text} onChange={change} testId="as-of-date" />
              {isToday ? (
                <span className="fu-muted" data-testid="as-of-today">
                  ({t('followup.figures.asOfToday')})
                </span>
              ) : (
                <Button size="small" onClick={() => setAsOf(null)} data-testid="as-of-reset">
                  {t('followup.asOfView.backToToday', { date: isoToDisplay(today) })}
                </Button>
              )}
            </div>
          )}
        </FormField>
      </form>
      {isToday ? null : (
        <Notice tone="warning" role="status" testId="as-of-notice">
          {t('followup.asOfView.notice', { date: isoToDisplay(asOf), today: isoToDisplay(today) })}
        </Notice>
      )}
    </div>
  );
}
