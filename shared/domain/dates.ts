import { isValid, parse, format } from 'date-fns';

/** Dates travel as ISO calendar dates (YYYY-MM-DD); officers read and type dd/mm/yyyy. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DISPLAY_DATE = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/u;

export type DateProblem = 'invalid_date' | 'date_out_of_range';

/** Checks that an ISO date names a day that exists (no 31/02) inside the supported years. */
export function checkIsoDate(iso: string): DateProblem | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return 'invalid_date';
  const parsed = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  if (!isValid(parsed) || format(parsed, 'yyyy-MM-dd') !== iso) return 'invalid_date';
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return 'date_out_of_range';
  return null;
}

/** "5/1/2025" or "05/01/2025" → "2025-01-05"; null when it is not a day/month/year triple. */
export function displayToIso(display: string): string | null {
  const m = DISPLAY_DATE.exec(display);
  if (!m) return null;
  const [, d, mo, y] = m;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** "2025-01-05" → "05/01/2025" (leading zeros, as Vietnamese administrative practice requires). */
export function isoToDisplay(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * Decree 30/2020 day and month in a date line: the day always has two digits ("05", "21"); the month
 * takes a leading zero only for January and February ("tháng 01", "tháng 02", "tháng 3" … "tháng 12"),
 * so that nobody can add a digit in front of "1" or "2" later.
 */
export function decreeDay(day: number): string {
  return String(day).padStart(2, '0');
}

export function decreeMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}
