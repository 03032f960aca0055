/**
 * Text pasted from Word (or a web page, a PDF) into a clause. What is kept and what goes:
 *
 * Kept as typed: typographic quotes “ ” ‘ ’ « » (Vietnamese documents use them), dashes – —, the
 * ellipsis …, letter case, both Lao spellings of AM (ຳ vs ໍ+າ) and ຫຼ/ຫລ (store as typed; search folds).
 *
 * Replaced by an ordinary space: no-break spaces U+00A0, U+2007, U+202F and the other Unicode spaces
 * (U+1680, U+2000–U+200A, U+205F, U+3000).
 * Replaced by '-': non-breaking hyphens (U+2011, and U+001E, Word's own code for it).
 * Replaced by 'đ'/'Đ': the look-alikes ð U+00F0 / Ð U+00D0 (not letters of Vietnamese or Lao).
 * Replaced by a line break: CR LF, CR, U+2028, U+2029, and U+000B / U+000C (Word's manual line break and
 * page break in plain text; left alone they would be dropped as controls and glue two lines together).
 * Removed: soft hyphens U+00AD (and U+001F, Word's optional hyphen); zero-width characters U+200B,
 * U+FEFF, U+2060, U+200C (ZWNJ) and U+200D (ZWJ) — they carry no meaning in Lao or Vietnamese text and
 * break search and comparison; only a ZWJ between two emoji is kept, since it is part of the emoji;
 * direction marks and embeddings (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), meaningless in two
 * left-to-right scripts; then whatever cleanText removes (controls Word/XML cannot store), and NFC.
 * Spacing: tabs become spaces, runs of spaces collapse to one, spaces at the start and end of each line
 * and blank lines at the start and end of the text are dropped. Line breaks inside the text are kept.
 */
import { cleanText } from '../domain/text';

export const PASTE_CHANGE_KINDS = [
  'non_breaking_spaces',
  'other_spaces',
  'non_breaking_hyphens',
  'soft_hyphens',
  'zero_width_characters',
  'direction_marks',
  'lookalike_letters',
  'control_characters',
  'unicode_normalised',
  'tabs',
  'spaces_collapsed',
  'list_markers',
] as const;
export type PasteChangeKind = (typeof PASTE_CHANGE_KINDS)[number];

export interface PasteChange {
  kind: PasteChangeKind;
  /** How many characters (or runs, for spaces_collapsed; markers, for list_markers) were affected; 1 for unicode_normalised. */
  count: number;
}

export interface NormalisedPaste {
  text: string;
  /** Only kinds that happened, in PASTE_CHANGE_KINDS order. */
  changes: PasteChange[];
}

// eslint-disable-next-line no-control-regex -- Word's manual line break (VT) and page break (FF) become line breaks
const LINE_BREAKS = /\r\n|[\r\u2028\u2029\u000B\u000C]/gu;
const NON_BREAKING_SPACES = /[\u00A0\u2007\u202F]/gu;
const OTHER_SPACES = /[\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000]/gu;
// eslint-disable-next-line no-control-regex -- U+001E is Word's non-breaking hyphen
const NON_BREAKING_HYPHENS = /[\u2011\u001E]/gu;
// eslint-disable-next-line no-control-regex -- U+001F is Word's optional hyphen
const SOFT_HYPHENS = /[\u00AD\u001F]/gu;
const ZERO_WIDTH = /[\u200B\uFEFF\u2060\u200C\u200D]/gu;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const LOOKALIKES: Readonly<Record<string, string>> = { '\u00F0': 'đ', '\u00D0': 'Đ' };
const LOOKALIKE = /[\u00F0\u00D0]/gu;
const TABS = /\t/gu;

/** Cleans pasted text and says what it changed, so the UI can tell the officer. */
export function normalisePastedText(raw: string): NormalisedPaste {
  const counts = new Map<PasteChangeKind, number>();
  const bump = (kind: PasteChangeKind, by = 1): void => {
    if (by > 0) counts.set(kind, (counts.get(kind) ?? 0) + by);
  };
  const replace = (text: string, pattern: RegExp, kind: PasteChangeKind, by: string | ((match: string) => string)): string =>
    text.replace(pattern, (match) => {
      bump(kind);
      return typeof by === 'string' ? by : by(match);
    });

  let text = raw.replace(LINE_BREAKS, '\n');
  text = replace(text, NON_BREAKING_SPACES, 'non_breaking_spaces', ' ');
  text = replace(text, OTHER_SPACES, 'other_spaces', ' ');
  text = replace(text, NON_BREAKING_HYPHENS, 'non_breaking_hyphens', '-');
  text = replace(text, SOFT_HYPHENS, 'soft_hyphens', '');
  text = text.replace(ZERO_WIDTH, (match, offset: number, whole: string) => {
    if (match === '\u200D' && EMOJI_BEFORE.test(whole.slice(Math.max(0, offset - 2), offset)) && EMOJI_AFTER.test(whole.slice(offset + 1, offset + 3))) {
      return match;
    }
    bump('zero_width_characters');
    return '';
  });
  text = replace(text, DIRECTION_MARKS, 'direction_marks', '');
  text = replace(text, LOOKALIKE, 'lookalike_letters', (match) => LOOKALIKES[match] ?? match);

  const cleaned = cleanText(text);
  bump('control_characters', cleaned.removedCharacters);
  if (cleaned.normalised) bump('unicode_normalised');
  text = cleaned.text;

  text = replace(text, TABS, 'tabs', ' ');
  // Runs of 2+ spaces, and any spaces touching a line break or the ends of the text.
  text = text.replace(/ {2,}/gu, () => {
    bump('spaces_collapsed');
    return ' ';
  });
  text = text.replace(/ ?\n ?/gu, (match) => {
    if (match !== '\n') bump('spaces_collapsed');
    return '\n';
  });
  text = text.replace(/^[ \n]+|[ \n]+$/gu, (match) => {
    if (match.includes(' ')) bump('spaces_collapsed');
    return '';
  });

  const changes = PASTE_CHANGE_KINDS.flatMap((kind) => {
    const count = counts.get(kind) ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
  return { text, changes };
}

const DIGIT = '[0-9\\u0ED0-\\u0ED9]';
/**
 * Leading list markers (the app numbers clauses itself). Each must be followed by whitespace or end the
 * line (a line that is only a marker is dropped), except the typographic bullets and Word's Symbol-font private-use bullets (U+F000–U+F0FF), which never start text:
 *  - numbers with a dot or parenthesis: 1. 1) (1) 1.2. 1.2.3) — also in Lao digits ໑.
 *  - Roman numerals I–XXXIX with . or ): I. IV) — only I, V, X, so "C. Mác" stays
 *  - letters: a) đ) (b) a. and capitals with a parenthesis: A)
 *  - dashes and ASCII bullets: - – — + *
 * A number with no dot ("2024 là năm …"), a decimal ("5.000 người") or a capital with a dot (an initial)
 * is text, not a marker.
 */
const LIST_MARKER = new RegExp(
  '^(?:' +
    [
      `\\(${DIGIT}{1,3}\\)(?:\\s+|$)`,
      `${DIGIT}{1,3}(?:\\.${DIGIT}{1,3})*[.)](?:\\s+|$)`,
      '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[.)](?:\\s+|$)',
      '\\([a-zđ]\\)(?:\\s+|$)',
      '[a-zđ][.)](?:\\s+|$)',
      '[A-ZĐ]\\)(?:\\s+|$)',
      '[-\u2013\u2014+*](?:\\s+|$)',
      '[\u2022\u00B7\u25E6\u25AA\u25AB\u25A0\u25A1\u25CB\u25CF\u25BA\u25B8\u27A2\u27A4\u2713\u2714\u2756\uF000-\uF0FF]\\s*',
    ].join('|') +
    ')',
  'u',
);

/** The text of a paragraph without a leading list marker, and whether one was there. */
export function stripListMarker(paragraph: string): { text: string; stripped: boolean } {
  const match = LIST_MARKER.exec(paragraph);
  if (!match || match[0].length === 0) return { text: paragraph, stripped: false };
  return { text: paragraph.slice(match[0].length).trimStart(), stripped: true };
}

export interface PastedParagraphs {
  /** One entry per clause to create, cleaned, markers stripped, none empty. */
  paragraphs: string[];
  /** What normalisePastedText changed, plus list_markers when markers were stripped. */
  changes: PasteChange[];
}

/**
 * Pasted multi-paragraph text → one paragraph per line (blank lines and single line breaks both
 * separate paragraphs), cleaned as normalisePastedText does, empty ones dropped, and a leading list
 * marker stripped from each (reported as list_markers).
 */
export function splitPastedParagraphs(raw: string): PastedParagraphs {
  const { text, changes } = normalisePastedText(raw);
  let markers = 0;
  const paragraphs: string[] = [];
  for (const line of text.split('\n')) {
    const { text: body, stripped } = stripListMarker(line.trim());
    if (stripped) markers += 1;
    if (body !== '') paragraphs.push(body);
  }
  return { paragraphs, changes: markers > 0 ? [...changes, { kind: 'list_markers', count: markers }] : changes };
}
