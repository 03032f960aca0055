/**
 * Text hygiene at the input boundary. Everything an officer types ends up in a SQLite row and,
 * later, in the XML of a .docx file, so we keep only characters that XML 1.0 allows.
 */

/** Characters XML 1.0 forbids: C0 controls except TAB/LF/CR, lone surrogates, U+FFFE and U+FFFF. */
// With the u flag a well-formed surrogate pair is one code point, so the surrogate range matches lone halves only.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
const XML_ILLEGAL_TEST = new RegExp(XML_ILLEGAL.source, 'u');

/** DEL and C1 controls are discouraged in XML and never meant in an officer's text: removed too. */
const INVISIBLE_CONTROLS = /[\u007F-\u009F]/gu;
const INVISIBLE_CONTROLS_TEST = new RegExp(INVISIBLE_CONTROLS.source, 'u');

export function countIllegalCharacters(text: string): number {
  return (text.match(XML_ILLEGAL)?.length ?? 0) + (text.match(INVISIBLE_CONTROLS)?.length ?? 0);
}

export function hasIllegalCharacters(text: string): boolean {
  return XML_ILLEGAL_TEST.test(text) || INVISIBLE_CONTROLS_TEST.test(text);
}

export interface CleanedText {
  text: string;
  /** Number of characters removed because Word/XML cannot store them. */
  removedCharacters: number;
  /** True when Unicode normalisation (NFC) changed the text, e.g. text pasted from macOS or PDFs. */
  normalised: boolean;
}

/** NFC-normalise and strip characters that cannot be stored; report what changed. */
export function cleanText(raw: string): CleanedText {
  const removedCharacters = countIllegalCharacters(raw);
  const stripped = removedCharacters > 0 ? raw.replace(XML_ILLEGAL, '').replace(INVISIBLE_CONTROLS, '') : raw;
  const text = stripped.normalize('NFC');
  return { text, removedCharacters, normalised: text !== stripped };
}

/** Single-line fields (titles, places): line breaks and tabs become spaces, runs collapse, ends trimmed. */
export function toSingleLine(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/gu, ' ').replace(/ {2,}/gu, ' ').trim();
}
