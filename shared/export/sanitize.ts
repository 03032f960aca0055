import { cleanText } from '../domain/text';

/**
 * The builder's own input boundary. Text reaching the export has normally passed the contract's
 * `userText` check already, but the builder is also fed by imports, templates and tests, and docx
 * 9.15 does not protect us: it silently drops C0 controls yet writes U+FFFE into the XML, which
 * makes the file unreadable (../shared/design/toolchain.md). So every string written into a
 * document goes through `exportText` first.
 *
 * Removed: everything `cleanText` removes (C0 controls except TAB/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF, DEL and C1 controls), the bidirectional marks and embeddings (neither Vietnamese
 * nor Lao is written right to left; pasted marks only scramble punctuation in Word), and a stray
 * BOM / ZERO WIDTH NO-BREAK SPACE. Kept: emoji and their joiners (U+200D), U+200B.
 * Line ends are unified to LF, U+2028/U+2029 become LF, tabs become spaces. Result is NFC.
 */
const BIDI_AND_BOM = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

export function exportText(raw: string): string {
  const { text } = cleanText(raw);
  return text
    .replace(BIDI_AND_BOM, '')
    .replace(/\r\n?|[\u2028\u2029]/gu, '\n')
    .replace(/\t/gu, ' ');
}

/** Single-line variant for names, titles and places: line breaks become spaces, runs of spaces collapse. */
export function exportLine(raw: string): string {
  return exportText(raw).replace(/\s*\n\s*/gu, ' ').replace(/ {2,}/gu, ' ').trim();
}

/** True when the text has nothing visible to print (empty or only white space). */
export function isBlank(text: string): boolean {
  return exportText(text).trim().length === 0;
}
