import { decreeDay, decreeMonth } from '../domain/dates';
import { LAO_DRAFT_TEXTS } from './texts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

interface DateParts {
  day: string;
  month: string;
  monthIndex: number;
  year: string;
}

function parts(iso: string): DateParts | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const monthIndex = Number(m[2]) - 1;
  if (monthIndex < 0 || monthIndex > 11) return null;
  return { year: m[1]!, month: m[2]!, day: m[3]!, monthIndex };
}

/**
 * "2025-01-05" → "ngày 05 tháng 01 năm 2025", "2025-03-21" → "ngày 21 tháng 3 năm 2025" (Decree 30:
 * the day always in two digits, the month with a leading zero only for January and February).
 */
export function vietnameseDate(iso: string): string {
  const p = parts(iso);
  return p ? `ngày ${decreeDay(Number(p.day))} tháng ${decreeMonth(p.monthIndex + 1)} năm ${p.year}` : iso;
}

/** The italic place-and-date line: "Thanh Hóa, ngày 05 tháng 01 năm 2025"; without a place "Ngày 05 tháng 01 năm 2025". */
export function vietnameseDateLine(place: string, iso: string): string {
  const date = vietnameseDate(iso);
  return place ? `${place}, ${date}` : capitalise(date);
}

/** "2025-01-05" → "ວັນທີ 05 ມັງກອນ 2025": day in two digits, the month by name (LAO_DRAFT_TEXTS, partly unverified). */
export function laoDate(iso: string): string {
  const p = parts(iso);
  return p ? `${LAO_DRAFT_TEXTS.date} ${p.day} ${LAO_DRAFT_TEXTS.months[p.monthIndex]} ${p.year}` : iso;
}

/** Place first, as Lao headers do: "ຊຳເໜືອ, ວັນທີ 05 ມັງກອນ 2025". */
export function laoDateLine(place: string, iso: string): string {
  const date = laoDate(iso);
  return place ? `${place}, ${date}` : date;
}

export function capitalise(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase('vi') + text.slice(head.length);
}
