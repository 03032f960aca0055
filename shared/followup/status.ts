/**
 * Follow-up of agreed clauses (issue 6): the status an officer sets, the deadline forms officers write,
 * and the one rule that turns them into what dashboards show. Pure: "today" is always passed in, so
 * lateness is decided by an injected clock, never by the machine's date at a random moment.
 */

/** Statuses an officer (or carry-over) sets. "delayed" is not among them: it is computed, never set. */
export const TRACKING_STATUSES = ['not_started', 'in_progress', 'done', 'carried_over', 'dropped'] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/**
 * Statuses an officer sets by hand (issue 11). "carried_over" is no longer a status that replaces the
 * origin's: carry-over links the task to its successor and the origin keeps its own computed status,
 * shown with a "carried over to …" mark. It stays in TRACKING_STATUSES for files written before.
 */
export const SETTABLE_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** What dashboards and lists show: the stored status, or "delayed" when an open clause is past its deadline. */
export const EFFECTIVE_STATUSES = ['not_started', 'in_progress', 'delayed', 'done', 'carried_over', 'dropped'] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];

/** Statuses still to be worked on; only these can fall late. */
export const OPEN_STATUSES: readonly TrackingStatus[] = ['not_started', 'in_progress'];

export function isOpen(status: TrackingStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/**
 * The deadline forms of the seeds: a day ("trước 30/6/2025"), a year ("năm 2025"), a period
 * ("giai đoạn 2024–2026") or ongoing ("thường xuyên"), which is never late.
 */
export const DEADLINE_KINDS = ['date', 'year', 'period', 'ongoing'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type Deadline =
  | { kind: 'date'; date: string }
  | { kind: 'year'; year: number }
  | { kind: 'period'; fromYear: number; toYear: number }
  | { kind: 'ongoing' };

/** The last day the clause may be finished on (ISO), or null when it has no end (ongoing, none). */
export function dueDateOf(deadline: Deadline | null): string | null {
  if (!deadline) return null;
  switch (deadline.kind) {
    case 'date':
      return deadline.date;
    case 'year':
      return `${String(deadline.year).padStart(4, '0')}-12-31`;
    case 'period':
      return `${String(deadline.toYear).padStart(4, '0')}-12-31`;
    case 'ongoing':
      return null;
  }
}

/** The first day of the deadline, to compare with the signing date (a period starts on 1 January). */
export function deadlineStartOf(deadline: Deadline | null): string | null {
  if (!deadline) return null;
  switch (deadline.kind) {
    case 'date':
      return deadline.date;
    case 'year':
      return `${String(deadline.year).padStart(4, '0')}-01-01`;
    case 'period':
      return `${String(deadline.fromYear).padStart(4, '0')}-01-01`;
    case 'ongoing':
      return null;
  }
}

/** Late = still open and the due date is before today (the due day itself is not late). */
export function effectiveStatus(status: TrackingStatus, dueDate: string | null, today: string): EffectiveStatus {
  if (isOpen(status) && dueDate !== null && dueDate < today) return 'delayed';
  return status;
}

/** Whole days from one ISO date to another (negative when `to` is earlier); calendar days, no time zone. */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** "quá hạn 47 ngày": days past the due date of a late task on `asOf`; null when it is not late. */
export function daysOverdue(status: TrackingStatus, dueDate: string | null, asOf: string): number | null {
  return effectiveStatus(status, dueDate, asOf) === 'delayed' ? daysBetween(dueDate!, asOf) : null;
}

/** "báo cáo gần nhất cách đây 60 ngày": days since the latest report on `asOf`; null when none yet. */
export function daysSince(lastReportDate: string | null, asOf: string): number | null {
  return lastReportDate === null ? null : daysBetween(lastReportDate, asOf);
}

/**
 * One dated status change of the progress log (progress_entries.status_after, dated entry_date). `order`
 * breaks ties between changes of the same day (the entry's created_at).
 */
export interface StatusEvent {
  date: string;
  order: string;
  status: TrackingStatus;
}

/**
 * The status on `asOf`, replayed from the dated changes: the last change dated on or before it; not started
 * before any. Carry-over marks written by earlier versions ("carried_over") are not status changes and are
 * skipped. `events` may be in any order.
 */
export function statusAsOf(events: readonly StatusEvent[], asOf: string): TrackingStatus {
  let last: StatusEvent | null = null;
  for (const e of events) {
    if (e.status === 'carried_over' || e.date > asOf) continue;
    if (last === null || e.date > last.date || (e.date === last.date && e.order >= last.order)) last = e;
  }
  return last?.status ?? 'not_started';
}

/** Within `days` from today (inclusive) and still open: shown in "Cần xử lý" next to the overdue ones. */
export function isDueSoon(status: TrackingStatus, dueDate: string | null, today: string, soonUntil: string): boolean {
  return isOpen(status) && dueDate !== null && dueDate >= today && dueDate <= soonUntil;
}

/** The deadline as one would compare it to the signing date: true when it ends before the document was signed. */
export function deadlineBeforeSigning(deadline: Deadline | null, signedOn: string | null): boolean {
  const due = dueDateOf(deadline);
  return signedOn !== null && due !== null && due < signedOn;
}

/** Largest evidence file kept in the database (the whole database is one file to back up). */
export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;
/** "Cần xử lý" default horizon. */
export const DUE_SOON_DAYS = 30;

/** The words carry-over puts before an unfinished clause (editable afterwards; Lao is an unreviewed draft). */
export const CARRY_OVER_PREFIX = { vi: 'Tiếp tục ', lo: 'ສືບຕໍ່ ' } as const;
