/** Dates as officers type them (dd/mm/yyyy) and as the contract wants them (ISO). */
import type { IssueCode } from '../../shared/contract/errors';
import { checkIsoDate, displayToIso } from '../../shared/domain/dates';

export type TypedDate = { ok: true; iso: string | null } | { ok: false; code: IssueCode };

/** '' is "no date" (null) unless required; anything else must be a real dd/mm/yyyy day in 1950–2100. */
export function parseTypedDate(text: string, required: boolean): TypedDate {
  const trimmed = text.trim();
  if (trimmed === '') return required ? { ok: false, code: 'required' } : { ok: true, iso: null };
  const iso = displayToIso(trimmed);
  if (!iso) return { ok: false, code: 'invalid_date' };
  const problem = checkIsoDate(iso);
  return problem ? { ok: false, code: problem } : { ok: true, iso };
}

/** "Thứ Năm, 13 tháng 3, 2025" — the day in words, to catch a swapped day and month. Null if not a date. */
export function longDate(text: string, locale: string): string | null {
  const parsed = parseTypedDate(text, true);
  if (!parsed.ok || parsed.iso === null) return null;
  const [y, m, d] = parsed.iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (locale.startsWith('lo') && Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) {
    // Chromium's ICU data (and so Electron's) has no Lao: Intl would answer in another language.
    return `${LAO_WEEKDAYS[date.getUTCDay()]}, ${d} ${LAO_MONTHS[m - 1]} ${y}`;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** CLDR's Lao names (as Node's full ICU gives them), for browsers whose ICU lacks Lao. */
const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'];
const LAO_WEEKDAYS = ['ວັນອາທິດ', 'ວັນຈັນ', 'ວັນອັງຄານ', 'ວັນພຸດ', 'ວັນພະຫັດ', 'ວັນສຸກ', 'ວັນເສົາ'];
