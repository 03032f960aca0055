import type { ReactNode } from 'react';
import { cx } from './classNames';

/** Accessibility wiring a FormField hands to its control. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

interface Messages {
  /** Help text shown under the label, e.g. the dd/mm/yyyy format. */
  hint?: ReactNode | undefined;
  /** What the form changed in the value (e.g. removed control characters); informative, not an error. */
  note?: string | undefined;
  /** Why the value was refused, in the UI language. */
  error?: string | undefined;
}

function describedBy(id: string, { hint, note, error }: Messages): string | undefined {
  const ids = [hint ? `${id}-hint` : null, note ? `${id}-note` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldMessages({ id, note, error }: Pick<Messages, 'note' | 'error'> & { id: string }) {
  return (
    <>
      {note ? (
        <p id={`${id}-note`} className="field__note" role="status" data-testid={`${id}-note`}>
          {note}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export interface FormFieldProps extends Messages {
  id: string;
  label: ReactNode;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * Label, hint, the control, then the note and the error right under it. The control receives `id`,
 * `aria-describedby` (hint, note, error) and `aria-invalid`, so screen readers read the message with it.
 */
export function FormField({ id, label, required = false, className, hint, note, error, children }: FormFieldProps) {
  const described = describedBy(id, { hint, note, error });
  const control: ControlProps = {
    id,
    ...(described ? { 'aria-describedby': described } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
    ...(required ? { 'aria-required': true as const } : {}),
  };
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {children(control)}
      {hint ? <p id={`${id}-hint`} className="field__hint">{hint}</p> : null}
      <FieldMessages id={id} note={note} error={error} />
    </div>
  );
}

export interface FieldSetProps extends Messages {
  id: string;
  legend: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** A group of controls (radio buttons, a list of selects) with one legend and one message area. */
export function FieldSet({ id, legend, required = false, className, hint, note, error, children }: FieldSetProps) {
  const described = describedBy(id, { hint, note, error });
  return (
    <fieldset
      id={id}
      className={cx('field', 'fieldset', error && 'field--invalid', className)}
      aria-describedby={described}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      {hint ? <p id={`${id}-hint`} className="field__hint">{hint}</p> : null}
      {children}
      <FieldMessages id={id} note={note} error={error} />
    </fieldset>
  );
}

function RequiredMark() {
  return (
    <span className="field__required" aria-hidden="true">
      {' *'}
    </span>
  );
}
