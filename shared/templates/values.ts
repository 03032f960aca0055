import { decreeMonth } from '../domain/dates';
import type { Country } from '../domain/document';
import type { BilingualValues } from './fill';

/** The province fields placeholders need (a ProvinceRef of the contract fits). */
export interface PlaceholderProvince {
  country: Country;
  nameVi: string;
  nameLo: string;
  nameEn: string;
}

/** What a document contributes to its placeholders. */
export interface PlaceholderSource {
  ourProvince: PlaceholderProvince;
  partners: readonly PlaceholderProvince[];
  /** ISO date of the meeting / signing, yyyy-mm-dd. */
  meetingDate: string;
  placeVi: string;
  placeLo: string;
}

/** Lao month names (../shared/domain/README.md §5; 7 of 12 verified in Lao press, the rest unverified). */
export const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'] as const;

/**
 * A province as the running text names it. Names are stored bare (provinces.csv), so the template adds
 * the unit: "tỉnh Thanh Hóa" / "ແຂວງແທງຮວາ"; a centrally-run city is "thành phố Huế" / "ນະຄອນເຫ້ວ"
 * (Lao wording unverified); Vientiane Capital's stored names already say what it is.
 */
export function provinceInText(p: PlaceholderProvince, language: 'vi' | 'lo'): string {
  const name = language === 'vi' ? p.nameVi : p.nameLo;
  if (/capital/iu.test(p.nameEn)) return name;
  if (p.country === 'VN' && /\bcity\b/iu.test(p.nameEn)) return language === 'vi' ? `thành phố ${name}` : `ນະຄອນ${name}`;
  return language === 'vi' ? `tỉnh ${name}` : `ແຂວງ${name}`;
}

/** "A", "A và B", "A, B và C" (Lao: ແລະ, written with spaces around it). */
export function joinNames(names: readonly string[], language: 'vi' | 'lo'): string {
  const and = language === 'vi' ? 'và' : 'ແລະ';
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

const VI_UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const LO_UNITS = ['ສູນ', 'ໜຶ່ງ', 'ສອງ', 'ສາມ', 'ສີ່', 'ຫ້າ', 'ຫົກ', 'ເຈັດ', 'ແປດ', 'ເກົ້າ'] as const;

/** 0..99 in Vietnamese words: 4 → "bốn", 15 → "mười lăm", 21 → "hai mươi mốt". */
export function vietnameseNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`0..99 expected, got ${n}`);
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 0) return VI_UNITS[unit]!;
  const head = tens === 1 ? 'mười' : `${VI_UNITS[tens]} mươi`;
  if (unit === 0) return head;
  const tail = unit === 5 ? 'lăm' : unit === 1 && tens > 1 ? 'mốt' : VI_UNITS[unit]!;
  return `${head} ${tail}`;
}

/** 0..99 in Lao words: 4 → "ສີ່", 11 → "ສິບເອັດ", 20 → "ຊາວ" (unverified). */
export function laoNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`0..99 expected, got ${n}`);
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 0) return LO_UNITS[unit]!;
  const head = tens === 1 ? 'ສິບ' : tens === 2 ? 'ຊາວ' : `${LO_UNITS[tens]}ສິບ`;
  if (unit === 0) return head;
  return head + (unit === 1 ? 'ເອັດ' : LO_UNITS[unit]!);
}

const two = (n: number) => String(n).padStart(2, '0');

/** "04 (bốn)" — digits with a leading zero, as Vietnamese administrative practice writes counts. */
export function countInWords(n: number, language: 'vi' | 'lo'): string {
  return `${two(n)} (${language === 'vi' ? vietnameseNumberWords(n) : laoNumberWords(n)})`;
}

/**
 * The placeholder values a document provides, in each language: provinces, date, place and the number
 * of originals (two per party: one in Vietnamese, one in Lao). Figures, agencies and people are not
 * known from the document alone and stay unfilled.
 */
export function documentValues(doc: PlaceholderSource): BilingualValues {
  const parties = [doc.ourProvince, ...doc.partners];
  const side = (country: Country, language: 'vi' | 'lo') =>
    joinNames(parties.filter((p) => p.country === country).map((p) => provinceInText(p, language)), language);
  const [year = '', month = '', day = ''] = doc.meetingDate.split('-');
  const monthIndex = Number(month) - 1;
  const originals = parties.length * 2;
  const common = {
    nam: year,
    ngay: day,
    // Decree 30: "tháng 01", "tháng 02", then "tháng 3" … "tháng 12".
    thang: month === '' ? '' : decreeMonth(Number(month)),
    thang_lo: LAO_MONTHS[monthIndex] ?? '',
    so_ban_moi_ben: two(2),
    so_ban_moi_ngon_ngu: two(parties.length),
  };
  return {
    vi: { ...common, tinh_vn: side('VN', 'vi'), tinh_lo: side('LA', 'vi'), dia_diem: doc.placeVi, so_ban: countInWords(originals, 'vi') },
    lo: { ...common, tinh_vn: side('VN', 'lo'), tinh_lo: side('LA', 'lo'), dia_diem: doc.placeLo, so_ban: countInWords(originals, 'lo') },
  };
}
