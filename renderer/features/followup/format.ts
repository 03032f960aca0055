import type { TFunction } from 'i18next';
import { isoToDisplay } from '../../../shared/domain/dates';
import type { EffectiveStatus } from '../../../shared/followup/status';
import type { BadgeTone } from '../../ui';

/** Badge colour per effective status: late stands out, done is calm. */
export const STATUS_TONE: Record<EffectiveStatus, BadgeTone> = {
  not_started: 'muted',
  in_progress: 'info',
  delayed: 'warning',
  done: 'success',
  carried_over: 'accent',
  dropped: 'neutral',
};

/** Chart colours per status (the same order as EFFECTIVE_STATUSES). */
export const STATUS_COLOUR: Record<EffectiveStatus, string> = {
  not_started: '#9aa1a9',
  in_progress: '#3b6ea8',
  delayed: '#c0392b',
  done: '#2e8b57',
  carried_over: '#8a6d3b',
  dropped: '#5d6166',
};

export interface DeadlineLike {
  kind: 'date' | 'year' | 'period' | 'ongoing';
  date?: string | undefined;
  year?: number | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
}

/** "30/06/2025", "2025", "2024–2026" or "thường xuyên", as officers write deadlines. */
export function deadlineText(t: TFunction, deadline: DeadlineLike | null, dueDate: string | null): string {
  if (!deadline) return dueDate ? isoToDisplay(dueDate) : '';
  switch (deadline.kind) {
    case 'date':
      return isoToDisplay(deadline.date ?? '');
    case 'year':
      return String(deadline.year ?? '');
    case 'period':
      return `${deadline.fromYear ?? ''}–${deadline.toYear ?? ''}`;
    case 'ongoing':
      return t('followup.deadline.ongoingText');
  }
}

/**
 * A figure as officers type it: "20", "3,2" or "1.500" (Vietnamese grouping) are numbers; anything else
 * (words such as "hàng trăm lượt") is not a number (null).
 */
export function parseFigure(text: string): number | null {
  const compact = text.replace(/\s/gu, '');
  const numeric = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/u.test(compact) ? compact.replace(/\./gu, '').replace(',', '.') : compact.replace(',', '.');
  return /^-?\d+(\.\d+)?$/u.test(numeric) ? Number(numeric) : null;
}
