import type { ReactNode } from 'react';
import { cx } from './classNames';

export type BadgeTone = 'neutral' | 'accent' | 'info' | 'warning' | 'success' | 'muted';

export interface BadgeProps {
  tone?: BadgeTone;
  lang?: string;
  title?: string;
  testId?: string;
  children: ReactNode;
}

export function Badge({ tone = 'neutral', lang, title, testId, children }: BadgeProps) {
  return (
    <span className={cx('badge', `badge--${tone}`)} lang={lang} title={title} data-testid={testId}>
      {children}
    </span>
  );
}
