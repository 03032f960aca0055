import { addYears, format, parseISO } from 'date-fns';
import { LIMITS, textLength } from '../../shared/contract/fields';
import type { DocumentKind, Sector } from '../../shared/domain/document';
import { carriedTarget, valueAsOf, type ValueMode } from '../../shared/followup/indicators';
import { CARRY_OVER_PREFIX, dueDateOf, effectiveStatus, type Deadline, type TrackingStatus } from '../../shared/followup/status';
import { catalogues } from '../../shared/i18n';
import { insertRow, type WriteContext } from '../changes';
import { clauseContext } from './clause-scope';
import { setScope } from './scopes';
import { all, one, sql } from '../sql';
import { statusOn } from './followup-facts';
import { deadlineOf, indicatorsOf, reportsOf, statusFactsOf, trackingRow, type TrackingRowData } from './tracking';

interface ClauseData {
  id: string;
  section_id: string;
  parent_id: string | null;
  position: number;
  text_vi: string;
  text_lo: string;
  status: TrackingStatus | null;
  due_date: string | null;
}

interface SectionData {
  id: string;
  part: 'results' | 'tasks' | 'implementation';
  sector: Sector;
  position: number;
  title_vi: string;
  title_lo: string;
  lo_needs_review: number;
}

/** "Tiếp tục phối hợp …": the prefix, then the sentence with its first letter lowered (not for a name or an acronym). */
export function continued(text: string, prefix: string, lowerFirst: boolean): string {
  // Carried a second time: it already says "Tiếp tục …".
  if (text === '' || text.toLowerCase().startsWith(prefix.toLowerCase())) return text;
  const [first = '', second = ''] = [...text];
  const lowered = lowerFirst && first !== first.toLowerCase() && second === second.toLowerCase() ? first.toLowerCase() + text.slice(first.length) : text;
  const candidate = `${prefix}${lowered}`;
  return textLength(candidate) <= LIMITS.clauseLength ? candidate : text;
}

const shiftYear = (iso: string | null, years: number) => (iso ? format(addYears(parseISO(iso), years), 'yyyy-MM-dd') : null);

/** What carry-over does with a carried task's deadline (the officer's choice in the dialog). */
export type CarriedDeadlines = 'next_year' | 'clear';

/** The deadline one year (or `years`) later: the same day, the next year, the period moved along. */
function movedDeadline(row: TrackingRowData | undefined, years: number): Deadline | null {
  const deadline = deadlineOf(row);
  if (!deadline) return null;
  switch (deadline.kind) {
    case 'date':
      return { kind: 'date', date: shiftYear(deadline.date, years)! };
    case 'year':
      return { kind: 'year', year: deadline.year + years };
    case 'period':
      return { kind: 'period', fromYear: deadline.fromYear + years, toYear: deadline.toYear + years };
    case 'ongoing':
      return deadline;
  }
}

/**
 * The follow-up a carried task keeps: its lead and supporting agencies on both sides, its indicators (mode,
 * direction, unit; the target is what remains for an indicator whose reports add up) and its deadline moved
 * by the officer's choice.
 */
function carryFollowUp(write: WriteContext, originId: string, successorId: string, deadlines: CarriedDeadlines, years: number, today: string): void {
  const { db } = write;
  for (const a of all<{ agency_id: string; side: string; role: string }>(
    db,
    sql`SELECT agency_id, side, role FROM clause_agencies WHERE clause_id = ${originId} AND archived_at IS NULL ORDER BY created_at, id`,
  )) {
    insertRow(write, 'clause_agencies', { clause_id: successorId, agency_id: a.agency_id, side: a.side, role: a.role, created_at: write.now() });
  }
  const indicators = all<{
    indicator_id: string | null;
    name_vi: string;
    name_lo: string;
    unit: string;
    currency: string | null;
    target_value: number | null;
    target_note: string;
    value_mode: ValueMode;
    direction: string;
    id: string;
    position: number;
  }>(
    db,
    sql`SELECT id, indicator_id, name_vi, name_lo, unit, currency, target_value, target_note, value_mode, direction, position
        FROM clause_indicators WHERE clause_id = ${originId} AND archived_at IS NULL ORDER BY position, id`,
  );
  const reports = reportsOf(db, indicators.map((i) => i.id));
  for (const i of indicators) {
    const current = valueAsOf(reports.get(i.id) ?? [], i.value_mode, today);
    insertRow(write, 'clause_indicators', {
      clause_id: successorId,
      indicator_id: i.indicator_id,
      name_vi: i.name_vi,
      name_lo: i.name_lo,
      unit: i.unit,
      currency: i.currency,
      target_value: carriedTarget(i.target_value, i.value_mode, current),
      target_note: i.target_note,
      value_mode: i.value_mode,
      direction: i.direction,
      position: i.position,
    });
  }
  const deadline = deadlines === 'next_year' ? movedDeadline(trackingRow(db, originId), years) : null;
  if (deadline) {
    insertRow(
      write,
      'clause_tracking',
      {
        status: 'not_started',
        deadline_kind: deadline.kind,
        deadline_date: deadline.kind === 'date' ? deadline.date : null,
        deadline_from_year: deadline.kind === 'period' ? deadline.fromYear : deadline.kind === 'year' ? deadline.year : null,
        deadline_to_year: deadline.kind === 'period' ? deadline.toYear : deadline.kind === 'year' ? deadline.year : null,
        due_date: dueDateOf(deadline),
      },
      successorId,
    );
  }
  // Its partner scope (its own, its parent's or its section's) becomes the new clause's own: same parties.
  const origin = clauseContext(db, originId);
  if (origin.scoped) setScope(write, 'clause_scopes', successorId, origin.scope);
}

/**
 * Next year's draft from a signed document: same parties; every unfinished task comes across as
 * "Tiếp tục …" linked to its origin, with its agencies, indicators and (moved) deadline; the review part
 * is pre-filled from the progress log. The origin keeps its own status (its document's dashboard and
 * report still show what was late or in progress), marked "carried over to …" through the link.
 * Sections keep the origin's (template's) order; a section that receives nothing is not created.
 * Runs inside the caller's transaction.
 */
export function carryOver(
  write: WriteContext,
  originId: string,
  meetingDate: string,
  kind: DocumentKind | undefined,
  today: string,
  deadlines: CarriedDeadlines = 'next_year',
): string {
  const { db } = write;
  const origin = one<{ kind: DocumentKind; title_vi: string; title_lo: string; meeting_date: string; place_vi: string; place_lo: string; period_start: string | null; period_end: string | null }>(
    db,
    sql`SELECT kind, title_vi, title_lo, meeting_date, place_vi, place_lo, period_start, period_end FROM documents WHERE id = ${originId}`,
  )!;
  const oldYear = origin.meeting_date.slice(0, 4);
  const newYear = meetingDate.slice(0, 4);
  const years = Number(newYear) - Number(oldYear);
  const retitle = (title: string) => title.split(oldYear).join(newYear);

  const documentId = insertRow(write, 'documents', {
    kind: kind ?? origin.kind,
    status: 'draft',
    title_vi: retitle(origin.title_vi),
    title_lo: retitle(origin.title_lo),
    title_lo_needs_review: 1,
    meeting_date: meetingDate,
    place_vi: origin.place_vi,
    place_lo: origin.place_lo,
    period_start: shiftYear(origin.period_start, years),
    period_end: shiftYear(origin.period_end, years),
    predecessor_id: originId,
  });
  for (const party of all<{ province_id: string; role: string; position: number }>(db, sql`SELECT province_id, role, position FROM document_parties WHERE document_id = ${originId} ORDER BY position`)) {
    insertRow(write, 'document_parties', { document_id: documentId, province_id: party.province_id, role: party.role, position: party.position });
  }

  const sections = all<SectionData>(
    db,
    sql`SELECT id, part, sector, position, title_vi, title_lo, lo_needs_review FROM sections WHERE document_id = ${originId} AND archived_at IS NULL
        ORDER BY CASE part WHEN 'results' THEN 0 WHEN 'tasks' THEN 1 ELSE 2 END, position, id`,
  );
  const clauses = all<ClauseData>(
    db,
    sql`SELECT c.id, c.section_id, c.parent_id, c.position, c.text_vi, c.text_lo, t.status, t.due_date
        FROM clauses c JOIN sections s ON s.id = c.section_id
        LEFT JOIN clause_tracking t ON t.id = c.id
        WHERE c.document_id = ${originId} AND c.archived_at IS NULL AND s.archived_at IS NULL ORDER BY c.position, c.id`,
  );
  const children = (id: string) => clauses.filter((c) => c.parent_id === id);
  const statusOf = (c: ClauseData) => statusOn(statusFactsOf(db, c.id, origin.meeting_date), today);
  const finished = (c: ClauseData) => ['done', 'dropped'].includes(effectiveStatus(statusOf(c), c.due_date, today));
  /** A clause comes across when it, or one of its sub-items, is unfinished. */
  const unfinished = (c: ClauseData): boolean => {
    const kids = children(c.id);
    return kids.length > 0 ? kids.some(unfinished) : !finished(c);
  };
  const roots = (s: SectionData) => clauses.filter((c) => c.section_id === s.id && c.parent_id === null);
  const taskSections = sections.filter((s) => s.part === 'tasks');

  // Review lines per sector: what the log says was done or is under way.
  const reviewed = new Map<Sector | string, { vi: string; lo: string }[]>();
  const reviewKey = (s: SectionData) => (s.sector === 'custom' ? `custom:${s.title_vi}` : s.sector);
  for (const s of taskSections) {
    const done = clauses.filter((c) => c.section_id === s.id && children(c.id).length === 0 && (statusOf(c) === 'done' || hasProgress(write, c.id)));
    if (done.length) reviewed.set(reviewKey(s), [...(reviewed.get(reviewKey(s)) ?? []), ...done.map((c) => reviewLine(write, c, statusOf(c), today))]);
  }

  let position = 0;
  const newSection = (s: Pick<SectionData, 'part' | 'sector' | 'title_vi' | 'title_lo' | 'lo_needs_review'>) =>
    insertRow(write, 'sections', {
      document_id: documentId,
      part: s.part,
      sector: s.sector,
      position: position++,
      title_vi: s.title_vi,
      title_lo: s.title_lo,
      lo_needs_review: s.lo_needs_review,
    });
  const addReview = (sectionId: string, lines: { vi: string; lo: string }[]) =>
    lines.forEach((line, i) =>
      insertRow(write, 'clauses', { document_id: documentId, section_id: sectionId, parent_id: null, position: i, text_vi: line.vi, text_lo: line.lo, lo_needs_review: line.lo === '' ? 0 : 1 }),
    );

  // I. Review: the origin's results sections that have something to say, then sectors that had no such section (in task order).
  const resultSections = sections.filter((s) => s.part === 'results');
  for (const s of resultSections) {
    const lines = reviewed.get(reviewKey(s));
    if (!lines) continue;
    addReview(newSection(s), lines);
    reviewed.delete(reviewKey(s));
  }
  for (const s of taskSections) {
    const lines = reviewed.get(reviewKey(s));
    if (!lines) continue;
    const title = s.sector === 'custom' ? { vi: s.title_vi, lo: s.title_lo } : { vi: catalogues.vi.sector[s.sector], lo: catalogues.lo.sector[s.sector] };
    addReview(newSection({ part: 'results', sector: s.sector, title_vi: title.vi, title_lo: title.lo, lo_needs_review: 1 }), lines);
    reviewed.delete(reviewKey(s));
  }

  // II. Tasks: unfinished ones, as "Tiếp tục …", with their follow-up.
  const carry = (c: ClauseData, sectionId: string, parentId: string | null, at: number) => {
    const id = insertRow(write, 'clauses', {
      document_id: documentId,
      section_id: sectionId,
      parent_id: parentId,
      position: at,
      text_vi: continued(c.text_vi, CARRY_OVER_PREFIX.vi, true),
      // Lao has no letter case; the prefix is an unreviewed draft.
      text_lo: continued(c.text_lo, CARRY_OVER_PREFIX.lo, false),
      lo_needs_review: c.text_lo === '' ? 0 : 1,
      predecessor_clause_id: c.id,
    });
    children(c.id)
      .filter(unfinished)
      .forEach((kid, i) => carry(kid, sectionId, id, i));
    if (children(c.id).length === 0) carryFollowUp(write, c.id, id, deadlines, Math.max(1, years), today);
  };
  for (const s of taskSections) {
    const open = roots(s).filter(unfinished);
    if (open.length === 0) continue;
    const sectionId = newSection(s);
    open.forEach((c, i) => carry(c, sectionId, null, i));
  }

  // III. Implementation arrangements come across as they were.
  const copy = (c: ClauseData, sectionId: string, parentId: string | null, at: number) => {
    const id = insertRow(write, 'clauses', {
      document_id: documentId,
      section_id: sectionId,
      parent_id: parentId,
      position: at,
      text_vi: c.text_vi,
      text_lo: c.text_lo,
      lo_needs_review: 0,
      predecessor_clause_id: c.id,
    });
    children(c.id).forEach((kid, i) => copy(kid, sectionId, id, i));
  };
  for (const s of sections.filter((x) => x.part === 'implementation')) {
    const top = roots(s);
    if (top.length === 0) continue;
    const sectionId = newSection(s);
    top.forEach((c, i) => copy(c, sectionId, null, i));
  }
  return documentId;
}

function hasProgress(write: WriteContext, clauseId: string): boolean {
  return one(write.db, sql`SELECT 1 FROM progress_entries WHERE clause_id = ${clauseId} AND status_after IS NULL`) !== undefined;
}

/** One review line from the log: the task, its latest report and its indicator figures on `today`. */
function reviewLine(write: WriteContext, clause: ClauseData, status: TrackingStatus, today: string): { vi: string; lo: string } {
  const latest = one<{ text_vi: string; text_lo: string; entry_date: string }>(
    write.db,
    sql`SELECT e.text_vi, e.text_lo, e.entry_date FROM progress_entries e
        WHERE e.clause_id = ${clause.id} AND (e.text_vi <> '' OR e.text_lo <> '')
          AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id)
        ORDER BY e.entry_date DESC, e.created_at DESC LIMIT 1`,
  );
  const figures = indicatorsOf(write.db, clause.id, today)
    .filter((i) => i.actual !== null)
    .map((i) => `${i.nameVi}: ${formatNumber(i.actual!)} ${i.unit}${i.target !== null ? `/${formatNumber(i.target)}` : ''}`);
  const head = status === 'done' ? 'Đã hoàn thành' : 'Đang triển khai';
  const vi = [`${head}: ${clause.text_vi}`, latest?.text_vi, figures.length ? `(${figures.join('; ')})` : ''].filter(Boolean).join(' ');
  const lo = clause.text_lo ? [`${status === 'done' ? 'ສຳເລັດ' : 'ກຳລັງປະຕິບັດ'}: ${clause.text_lo}`, latest?.text_lo].filter(Boolean).join(' ') : '';
  const cap = (text: string) => ([...text].length > LIMITS.clauseLength ? [...text].slice(0, LIMITS.clauseLength).join('') : text);
  return { vi: cap(vi), lo: cap(lo) };
}

/** 1234.5 → "1.234,5" (Vietnamese grouping). */
function formatNumber(value: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
}
