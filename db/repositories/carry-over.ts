import { addYears, format, parseISO } from 'date-fns';
import { LIMITS, textLength } from '../../shared/contract/fields';
import type { DocumentKind, Sector } from '../../shared/domain/document';
import { CARRY_OVER_PREFIX, effectiveStatus, type TrackingStatus } from '../../shared/followup/status';
import { catalogues } from '../../shared/i18n';
import { insertRow, updateRow, type WriteContext } from '../changes';
import { all, one, sql } from '../sql';
import { indicatorsOf } from './tracking';

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

/**
 * Next year's draft from a signed document: same parties and sections; every unfinished task comes
 * across as "Tiếp tục …" linked to its origin (marked carried over, with a log entry); the review part
 * is pre-filled from the progress log. Runs inside the caller's transaction.
 */
export function carryOver(write: WriteContext, originId: string, meetingDate: string, kind: DocumentKind | undefined, today: string): string {
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
    sql`SELECT id, part, sector, position, title_vi, title_lo, lo_needs_review FROM sections WHERE document_id = ${originId} AND archived_at IS NULL ORDER BY position, id`,
  );
  const clauses = all<ClauseData>(
    db,
    sql`SELECT c.id, c.section_id, c.parent_id, c.position, c.text_vi, c.text_lo, t.status, t.due_date
        FROM clauses c JOIN sections s ON s.id = c.section_id
        LEFT JOIN clause_tracking t ON t.id = c.id
        WHERE c.document_id = ${originId} AND c.archived_at IS NULL AND s.archived_at IS NULL ORDER BY c.position, c.id`,
  );
  const children = (id: string) => clauses.filter((c) => c.parent_id === id);
  const finished = (c: ClauseData) => ['done', 'dropped'].includes(effectiveStatus(c.status ?? 'not_started', c.due_date, today));
  /** A clause comes across when it, or one of its sub-items, is unfinished. */
  const unfinished = (c: ClauseData): boolean => {
    const kids = children(c.id);
    return kids.length > 0 ? kids.some(unfinished) : !finished(c);
  };

  const newSectionIds = new Map<string, string>();
  for (const s of sections) {
    newSectionIds.set(
      s.id,
      insertRow(write, 'sections', {
        document_id: documentId,
        part: s.part,
        sector: s.sector,
        position: s.position,
        title_vi: s.title_vi,
        title_lo: s.title_lo,
        lo_needs_review: s.lo_needs_review,
      }),
    );
  }

  const carry = (c: ClauseData, parentId: string | null, position: number) => {
    const id = insertRow(write, 'clauses', {
      document_id: documentId,
      section_id: newSectionIds.get(c.section_id)!,
      parent_id: parentId,
      position,
      text_vi: continued(c.text_vi, CARRY_OVER_PREFIX.vi, true),
      // Lao has no letter case; the prefix is an unreviewed draft.
      text_lo: continued(c.text_lo, CARRY_OVER_PREFIX.lo, false),
      lo_needs_review: c.text_lo === '' ? 0 : 1,
      predecessor_clause_id: c.id,
    });
    children(c.id)
      .filter(unfinished)
      .forEach((kid, i) => carry(kid, id, i));
    if (children(c.id).length === 0) {
      if (one(db, sql`SELECT 1 FROM clause_tracking WHERE id = ${c.id}`)) {
        updateRow(write, 'clause_tracking', c.id, { status: 'carried_over', status_changed_on: today });
      } else {
        insertRow(write, 'clause_tracking', { status: 'carried_over', status_changed_on: today }, c.id);
      }
      insertRow(write, 'progress_entries', {
        clause_id: c.id,
        entry_date: today,
        author: '',
        status_after: 'carried_over',
        text_vi: `Chuyển tiếp sang dự thảo năm ${newYear}.`,
        text_lo: `ສືບຕໍ່ໄປຮ່າງປີ ${newYear}.`,
        device_id: write.deviceId,
        created_at: write.now(),
      });
    }
  };

  const taskSections = sections.filter((s) => s.part === 'tasks');
  for (const s of taskSections) {
    clauses
      .filter((c) => c.section_id === s.id && c.parent_id === null)
      .filter(unfinished)
      .forEach((c, i) => carry(c, null, i));
  }

  // Implementation arrangements (Part III) come across as they were.
  const copy = (c: ClauseData, parentId: string | null, position: number) => {
    const id = insertRow(write, 'clauses', {
      document_id: documentId,
      section_id: newSectionIds.get(c.section_id)!,
      parent_id: parentId,
      position,
      text_vi: c.text_vi,
      text_lo: c.text_lo,
      lo_needs_review: 0,
      predecessor_clause_id: c.id,
    });
    children(c.id).forEach((kid, i) => copy(kid, id, i));
  };
  for (const s of sections.filter((x) => x.part === 'implementation')) {
    clauses.filter((c) => c.section_id === s.id && c.parent_id === null).forEach((c, i) => copy(c, null, i));
  }

  // The review part of the new draft: what the log says was done, per sector, replacing last year's review.
  const resultSections = new Map(sections.filter((s) => s.part === 'results').map((s) => [s.sector, newSectionIds.get(s.id)!]));
  const resultPositions = new Map<string, number>();
  for (const s of taskSections) {
    const done = clauses.filter((c) => c.section_id === s.id && children(c.id).length === 0 && (c.status === 'done' || hasProgress(write, c.id)));
    if (done.length === 0) continue;
    let target = resultSections.get(s.sector);
    if (!target) {
      target = insertRow(write, 'sections', {
        document_id: documentId,
        part: 'results',
        sector: s.sector,
        position: -1 - resultSections.size,
        title_vi: s.sector === 'custom' ? s.title_vi : catalogues.vi.sector[s.sector],
        title_lo: s.sector === 'custom' ? s.title_lo : catalogues.lo.sector[s.sector],
        lo_needs_review: 1,
      });
      resultSections.set(s.sector, target);
    }
    for (const c of done) {
      const summary = reviewLine(write, c);
      const position = resultPositions.get(target) ?? 0;
      resultPositions.set(target, position + 1);
      insertRow(write, 'clauses', {
        document_id: documentId,
        section_id: target,
        parent_id: null,
        position,
        text_vi: summary.vi,
        text_lo: summary.lo,
        lo_needs_review: summary.lo === '' ? 0 : 1,
      });
    }
  }
  // Last year's review clauses are not this year's: the prefilled ones above replace them.
  renumberSections(write, documentId);
  return documentId;
}

function hasProgress(write: WriteContext, clauseId: string): boolean {
  return one(write.db, sql`SELECT 1 FROM progress_entries WHERE clause_id = ${clauseId} AND status_after IS NULL`) !== undefined;
}

/** One review line from the log: the task, its latest report and its indicator actuals. */
function reviewLine(write: WriteContext, clause: ClauseData): { vi: string; lo: string } {
  const latest = one<{ text_vi: string; text_lo: string; entry_date: string }>(
    write.db,
    sql`SELECT e.text_vi, e.text_lo, e.entry_date FROM progress_entries e
        WHERE e.clause_id = ${clause.id} AND (e.text_vi <> '' OR e.text_lo <> '')
          AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id)
        ORDER BY e.entry_date DESC, e.created_at DESC LIMIT 1`,
  );
  const figures = indicatorsOf(write.db, clause.id)
    .filter((i) => i.actual !== null)
    .map((i) => `${i.nameVi}: ${formatNumber(i.actual!)} ${i.unit}${i.target !== null ? `/${formatNumber(i.target)}` : ''}`);
  const head = clause.status === 'done' ? 'Đã hoàn thành' : 'Đang triển khai';
  const vi = [`${head}: ${clause.text_vi}`, latest?.text_vi, figures.length ? `(${figures.join('; ')})` : ''].filter(Boolean).join(' ');
  const lo = clause.text_lo ? [`${clause.status === 'done' ? 'ສຳເລັດ' : 'ກຳລັງປະຕິບັດ'}: ${clause.text_lo}`, latest?.text_lo].filter(Boolean).join(' ') : '';
  const cap = (text: string) => ([...text].length > LIMITS.clauseLength ? [...text].slice(0, LIMITS.clauseLength).join('') : text);
  return { vi: cap(vi), lo: cap(lo) };
}

/** 1234.5 → "1.234,5" (Vietnamese grouping). */
function formatNumber(value: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
}

function renumberSections(write: WriteContext, documentId: string): void {
  const rows = all<{ id: string; position: number }>(write.db, sql`SELECT id, position FROM sections WHERE document_id = ${documentId} ORDER BY CASE part WHEN 'results' THEN 0 WHEN 'tasks' THEN 1 ELSE 2 END, position, id`);
  rows.forEach((r, i) => {
    if (r.position !== i) updateRow(write, 'sections', r.id, { position: i });
  });
}
