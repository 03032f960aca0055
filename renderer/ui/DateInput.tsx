import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToDisplay } from '../../shared/domain/dates';
import { useUiLanguage } from '../i18n';
import type { ControlProps } from './FormField';
import { longDate, parseTypedDate } from './typedDates';

export interface DateInputProps {
  control: ControlProps;
  name: string;
  /** As typed: dd/mm/yyyy. */
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  testId: string;
}

/**
 * A dd/mm/yyyy text field (officers type dates this way, whatever the computer's locale) with a calendar
 * button that opens the browser's own date picker, and the chosen day in words underneath.
 */
export function DateInput({ control, name, value, onChange, disabled = false, testId }: DateInputProps) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const picker = useRef<HTMLInputElement>(null);
  const preview = longDate(value, locale);
  const parsed = parseTypedDate(value, true);
  const iso = parsed.ok && parsed.iso ? parsed.iso : '';

  const openPicker = () => {
    const input = picker.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      // No picker without a user gesture or in this browser: the text field still works.
    }
  };

  return (
    <div className="date-input">
      <span className="date-input__box">
        <input
          {...control}
          type="text"
          name={name}
          className="input input--date"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('form.datePlaceholder')}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          disabled={disabled}
          data-testid={testId}
        />
        <button
          type="button"
          className="btn btn--ghost btn--small date-input__button"
          onClick={openPicker}
          disabled={disabled}
          aria-label={t('versions.common.pickDate')}
          title={t('versions.common.pickDate')}
          data-testid={`${testId}-picker`}
        >
          <span aria-hidden="true" className="date-input__icon" />
        </button>
        <input
          ref={picker}
          type="date"
          className="date-input__native"
          tabIndex={-1}
          aria-hidden="true"
          min="1950-01-01"
          max="2100-12-31"
          value={iso}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (next) onChange(isoToDisplay(next));
          }}
        />
      </span>
      {preview ? (
        <span className="date-input__preview" data-testid={`${testId}-preview`}>
          {preview}
        </span>
      ) : null}
    </div>
  );
}
