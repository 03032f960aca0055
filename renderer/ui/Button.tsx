import type { ButtonHTMLAttributes } from 'react';
import { cx } from './classNames';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
}

/** A button; `type` defaults to "button" so it never submits a form by accident. */
export function Button({ variant = 'secondary', size = 'normal', type = 'button', className, ...rest }: ButtonProps) {
  return <button type={type} className={cx('btn', `btn--${variant}`, size === 'small' && 'btn--small', className)} {...rest} />;
}
