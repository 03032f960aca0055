import { describe, expect, it } from 'vitest';
import { carriedTarget, indicatorLabels, standing, valueAsOf, type ReportedValue } from '../../../shared/followup/indicators';
import { daysBetween, daysOverdue, statusAsOf } from '../../../shared/followup/status';

const r = (entryDate: string, value: number | null, supersededOn: string | null = null, createdAt = `${entryDate}T09`): ReportedValue => ({ entryDate, createdAt, value, supersededOn });

describe('indicator figures', () => {
  const reports = [r('2025-04-01', 45, '2025-04-10'), r('2025-04-10', 50), r('2025-06-01', 80), r('2025-07-01', null)];

  it('latest = the latest number counted on the day; sum = all of them; none → null', () => {
    expect(valueAsOf(reports, 'latest', '2025-03-31')).toBeNull();
    expect(valueAsOf(reports, 'latest', '2025-04-05')).toBe(45);
    expect(valueAsOf(reports, 'latest', '2025-05-01')).toBe(50);
    expect(valueAsOf(reports, 'latest', '2025-12-31')).toBe(80);
    expect(valueAsOf(reports, 'sum', '2025-04-05')).toBe(45);
    // The corrected report (45) is replaced by its correction (50) from the correction's date.
    expect(valueAsOf(reports, 'sum', '2025-12-31')).toBe(130);
    expect(valueAsOf([r('2025-01-01', 0.1), r('2025-01-02', 0.2)], 'sum', '2025-12-31')).toBe(0.3);
    expect(valueAsOf([r('2025-01-01', 1, null, 'b'), r('2025-01-01', 2, null, 'a')], 'latest', '2025-12-31')).toBe(1);
  });

  it('meets a target in its direction; a target of 0 is a target; no figure or no target → null', () => {
    expect(standing(120, 'at_least', 45)).toMatchObject({ met: false, progress: 0.375, ratio: 0.375 });
    expect(standing(120, 'at_least', 130)).toMatchObject({ met: true, progress: 1 });
    expect(standing(3, 'at_most', 2)).toMatchObject({ met: true, progress: 1 });
    expect(standing(3, 'at_most', 6)).toMatchObject({ met: false, progress: 0.5 });
    expect(standing(0, 'exactly', 0)).toMatchObject({ met: true, progress: 1, ratio: null });
    expect(standing(0, 'exactly', 2)).toMatchObject({ met: false, progress: 0 });
    expect(standing(0, 'at_most', 0)).toMatchObject({ met: true });
    expect(standing(0, 'at_least', 0)).toMatchObject({ met: true, progress: 1 });
    expect(standing(10, 'at_least', null)).toEqual({ current: null, ratio: null, progress: null, met: null });
    expect(standing(null, 'at_least', 5)).toEqual({ current: 5, ratio: null, progress: null, met: null });
  });

  it('carries the remaining amount of a summing target, the same target of a running total', () => {
    expect(carriedTarget(10, 'sum', 4)).toBe(6);
    expect(carriedTarget(10, 'sum', 12)).toBe(0);
    expect(carriedTarget(120, 'latest', 45)).toBe(120);
    expect(carriedTarget(10, 'sum', null)).toBe(10);
    expect(carriedTarget(null, 'sum', 3)).toBeNull();
  });

  it('tells same-named indicators apart by clause reference', () => {
    const labels = indicatorLabels([
      { id: 'a', nameVi: 'Lưu học sinh', nameLo: '', clauseLabel: 'II.1.' },
      { id: 'b', nameVi: 'lưu học sinh', nameLo: 'ນັກສຶກສາ', clauseLabel: 'II.3.' },
      { id: 'c', nameVi: 'Hội nghị', nameLo: '', clauseLabel: 'II.4.' },
    ]);
    expect(labels.get('a')).toEqual({ vi: 'Lưu học sinh (II.1.)', lo: 'Lưu học sinh (II.1.)' });
    expect(labels.get('b')).toEqual({ vi: 'lưu học sinh (II.3.)', lo: 'ນັກສຶກສາ (II.3.)' });
    expect(labels.get('c')).toEqual({ vi: 'Hội nghị', lo: 'Hội nghị' });
  });
});

describe('dated statuses', () => {
  it('replays the status of a day from dated changes, skipping carry-over marks', () => {
    const events = [
      { date: '2025-06-01', order: 'b', status: 'done' as const },
      { date: '2025-04-01', order: 'a', status: 'in_progress' as const },
      { date: '2025-07-01', order: 'c', status: 'carried_over' as const },
    ];
    expect(statusAsOf(events, '2025-03-31')).toBe('not_started');
    expect(statusAsOf(events, '2025-04-01')).toBe('in_progress');
    expect(statusAsOf(events, '2025-12-31')).toBe('done');
  });

  it('counts days overdue and days between dates across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-06-30', '2025-08-15')).toBe(46);
    expect(daysOverdue('in_progress', '2025-06-30', '2025-08-15')).toBe(46);
    expect(daysOverdue('done', '2025-06-30', '2025-08-15')).toBeNull();
    expect(daysOverdue('not_started', '2025-06-30', '2025-06-30')).toBeNull();
  });
});
