import type { ReactNode } from 'react';
import { cx } from './classNames';

export interface NoticeProps {
  tone?: 'info' | 'warning' | 'error';
  /** "alert" for errors that appear after an action; omit for static notes. */
  role?: 'alert' | 'status';
  lang?: string;
  testId?: string;
  children: ReactNode;
  actions?: ReactNode;
}

export function Notice({ tone = 'info', role, lang, testId, children, actions }: NoticeProps) {
  return (
    <div className={cx('notice', `notice--${tone}`)} role={role} lang={lang} data-testid={testId}>
      <div className="notice__body">{children}</div>
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </div>
  );
}
