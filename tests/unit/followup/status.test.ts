import { describe, expect, it } from 'vitest';
import { clauseReferences } from '../../../shared/followup/labels';
import { deadlineBeforeSigning, dueDateOf, effectiveStatus, isDueSoon } from '../../../shared/followup/status';

describe('follow-up status rules', () => {
  it('turns each deadline form into its last day; ongoing has none', () => {
    expect(dueDateOf({ kind: 'date', date: '2025-06-30' })).toBe('2025-06-30');
    expect(dueDateOf({ kind: 'year', year: 2025 })).toBe('2025-12-31');
    expect(dueDateOf({ kind: 'period', fromYear: 2024, toYear: 2026 })).toBe('2026-12-31');
    expect(dueDateOf({ kind: 'ongoing' })).toBeNull();
    expect(dueDateOf(null)).toBeNull();
  });

  it('computes "delayed" only for open clauses past their due day', () => {
    expect(effectiveStatus('not_started', '2025-06-30', '2025-06-30')).toBe('not_started');
    expect(effectiveStatus('not_started', '2025-06-30', '2025-07-01')).toBe('delayed');
    expect(effectiveStatus('in_progress', '2025-06-30', '2026-01-01')).toBe('delayed');
    expect(effectiveStatus('done', '2025-06-30', '2026-01-01')).toBe('done');
    expect(effectiveStatus('dropped', '2025-06-30', '2026-01-01')).toBe('dropped');
    expect(effectiveStatus('carried_over', '2025-06-30', '2026-01-01')).toBe('carried_over');
    expect(effectiveStatus('in_progress', null, '2099-01-01')).toBe('in_progress');
  });

  it('lists as due soon open clauses due between today and the horizon', () => {
    expect(isDueSoon('in_progress', '2025-07-10', '2025-07-01', '2025-07-31')).toBe(true);
    expect(isDueSoon('in_progress', '2025-06-30', '2025-07-01', '2025-07-31')).toBe(false);
    expect(isDueSoon('done', '2025-07-10', '2025-07-01', '2025-07-31')).toBe(false);
    expect(isDueSoon('not_started', '2025-08-01', '2025-07-01', '2025-07-31')).toBe(false);
  });

  it('warns about deadlines that end before the signing date', () => {
    expect(deadlineBeforeSigning({ kind: 'date', date: '2025-01-04' }, '2025-01-05')).toBe(true);
    expect(deadlineBeforeSigning({ kind: 'year', year: 2025 }, '2025-01-05')).toBe(false);
    expect(deadlineBeforeSigning({ kind: 'ongoing' }, '2025-01-05')).toBe(false);
    expect(deadlineBeforeSigning({ kind: 'date', date: '2025-01-04' }, null)).toBe(false);
  });
});

describe('clause references', () => {
  it('cites section, clause and point like officers do', () => {
    const sections = [
      { id: 's1', position: 0 },
      { id: 's2', position: 1 },
    ];
    const c = (id: string, sectionId: string, parentId: string | null, position: number) => ({ id, sectionId, parentId, position, textVi: id, textLo: '' });
    const clauses = [c('a', 's1', null, 0), c('b', 's2', null, 0), c('c', 's2', null, 1), c('d', 's2', 'c', 0), c('e', 's2', 'c', 1), c('f', 's2', 'e', 0)];
    const refs = clauseReferences(sections, clauses);
    expect(refs.get('a')).toBe('I.1.');
    expect(refs.get('c')).toBe('II.2.');
    expect(refs.get('e')).toBe('II.2.b)');
    expect(refs.get('f')).toBe('II.2.b).1');
  });
});

describe('the inlined lateness rule of the follow-up facts', () => {
  it('agrees with effectiveStatus on every status, due date and day', async () => {
    const { effectiveOf } = await import('../../../db/repositories/followup-facts');
    const { TRACKING_STATUSES } = await import('../../../shared/followup/status');
    for (const status of TRACKING_STATUSES) {
      for (const due of [null, '2025-05-31', '2025-06-01', '2025-06-02']) {
        const task = { status, dueDate: due, events: [], settledOn: null } as unknown as Parameters<typeof effectiveOf>[0];
        expect(effectiveOf(task, '2025-06-01'), `${status} ${due}`).toBe(effectiveStatus(status, due, '2025-06-01'));
      }
    }
  });
});
