import type { DocumentKind } from '../domain/document';
import { LAO_DRAFT_TEXTS, VI_TEXTS } from '../export/texts';

/**
 * Title block (Decree 30): the kind stands alone in capitals ("BIÊN BẢN HỘI ĐÀM"), the subject
 * (trích yếu) below it, and the subject never repeats the kind. A document stores one title per
 * language; its subject is the title without the kind. `subjectOf` strips; `subjectRepeatsKind` is the
 * form's warning ("Biên bản Hội nghị …" under "BIÊN BẢN HỘI ĐÀM").
 */
export type TitleLanguage = 'vi' | 'lo';

/** Kind phrases officers put at the head of a title, longest first so the longest match wins. */
const VI_KIND_PHRASES = [
  'Biên bản thỏa thuận hợp tác',
  'Văn kiện thỏa thuận hợp tác',
  'Bản thỏa thuận hợp tác',
  'Biên bản hội đàm',
  'Biên bản ghi nhớ',
  'Bản ghi nhớ',
  'Biên bản thỏa thuận',
  'Thỏa thuận hợp tác',
  'Bản thỏa thuận',
  'Thỏa thuận',
  'Biên bản',
];

/** Lao kind phrases (drafts, unverified like every Lao kind name; see shared/export/texts.ts). */
const LO_KIND_PHRASES = [
  'ບົດບັນທຶກການເຈລະຈາ',
  'ບົດບັນທຶກກອງປະຊຸມ',
  'ບົດບັນທຶກຄວາມເຂົ້າໃຈ',
  'ບົດບັນທຶກຄວາມຕົກລົງ',
  'ສັນຍາຮ່ວມມື',
  'ຂໍ້ຕົກລົງຮ່ວມມື',
  'ບົດບັນທຶກ',
  'ສັນຍາ',
  'ຂໍ້ຕົກລົງ',
];

export function kindName(kind: DocumentKind, language: TitleLanguage): string {
  return language === 'vi' ? VI_TEXTS.kind[kind] : LAO_DRAFT_TEXTS.kind[kind];
}

/** Lower case, no tone marks, đ → d, no spaces: "Thoả  thuận" and "Thỏa thuận" compare equal. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Script=Latin}\p{M}*/gu, (letter) => letter.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/[đĐ]/gu, 'd')
    .toLocaleLowerCase('vi');
}

const SEPARATORS = /^[\s:–—,.-]+/u;

/**
 * The length of `text`'s head that spells `phrase` (folded, spaces ignored), or 0. Vietnamese needs a
 * word boundary after it ("Biên bản" does not match "Biên bảnh"); Lao has no spaces between words.
 */
function headLength(text: string, phrase: string, language: TitleLanguage): number {
  const want = fold(phrase).replace(/\s+/gu, '');
  let got = '';
  let i = 0;
  const chars = [...text];
  while (i < chars.length && got.length < want.length) {
    const folded = fold(chars[i]!).replace(/\s+/gu, '');
    got += folded;
    i++;
    if (!want.startsWith(got)) return 0;
  }
  if (got !== want) return 0;
  const length = chars.slice(0, i).join('').length;
  if (language === 'vi' && /^[\p{L}\p{M}\p{N}]/u.test(text.slice(length))) return 0;
  return length;
}

function stripPhrase(text: string, phrases: readonly string[], language: TitleLanguage): string | null {
  for (const phrase of phrases) {
    const length = headLength(text, phrase, language);
    if (length > 0) return text.slice(length).replace(SEPARATORS, '');
  }
  return null;
}

const phrasesOf = (language: TitleLanguage) => (language === 'vi' ? VI_KIND_PHRASES : LO_KIND_PHRASES);

/**
 * The subject (trích yếu) of a stored title: the title without the document's kind, and without any
 * other kind phrase heading it ("Biên bản Hội nghị hội đàm …" → "Hội nghị hội đàm …"; "Biên bản hội đàm
 * Biên bản …" → "…"). A title with no kind phrase at its head is the subject as it is.
 */
export function subjectOf(title: string, kind: DocumentKind, language: TitleLanguage): string {
  let text = title.trim().replace(/\s+/gu, ' ');
  const own = stripPhrase(text, [kindName(kind, language)], language);
  if (own !== null) text = own;
  for (let guard = 0; guard < 5; guard++) {
    const next = stripPhrase(text, phrasesOf(language), language);
    if (next === null) break;
    text = next;
  }
  return text;
}

/**
 * True when the subject would repeat a document kind: once the kind itself is taken off the head of the
 * title, what remains still starts with a kind phrase ("Biên bản Hội nghị …" for minutes of talks,
 * "Biên bản thỏa thuận hợp tác …" for an agreement). The export strips it anyway (`subjectOf`).
 */
export function subjectRepeatsKind(title: string, kind: DocumentKind, language: TitleLanguage): boolean {
  const text = title.trim().replace(/\s+/gu, ' ');
  const rest = stripPhrase(text, [kindName(kind, language)], language) ?? text;
  return stripPhrase(rest, phrasesOf(language), language) !== null;
}
