import { TextRun } from 'docx';
import { exportText } from './sanitize';
import type { ExportLanguage } from './texts';

/**
 * Text runs with the right font, size and language for each script.
 *
 * Word picks one of four font slots per character (ascii, hAnsi, eastAsia, cs) and for complex
 * scripts such as Lao it reads the size from w:szCs, bold from w:bCs and italic from w:iCs
 * (../shared/domain/README.md §5). So a Lao run names the Lao font in all four slots, sets the
 * complex-script size and weight, and is tagged lo-LA (w:val and w:bidi); LibreOffice and Word then
 * both pick the Lao font whatever slot they route Lao to. Vietnamese runs are Times New Roman, vi-VN.
 *
 * A field is split into script runs: Lao letters become Lao runs, Latin letters (Vietnamese) become
 * Vietnamese runs; digits, spaces and punctuation follow the field's language unless they sit between
 * two letters of the other script ("Nguyễn Văn A" inside a Lao sentence stays one Vietnamese run).
 */

export const VIETNAMESE_FONT = 'Times New Roman';
/** The Lao font choices live in shared/domain/fonts (the contract and the export dialog use them too). */
export { DEFAULT_LAO_FONT, LAO_FONTS, type LaoFont } from '../domain/fonts';

export interface Typography {
  laoFont: string;
  /** Half-points added to every Lao size (Lao is set 1–2 pt larger than Times New Roman to look the same size). */
  laoIncrease: number;
  /** Insert U+200B between Lao words (export only) so that Word can break Lao lines. */
  laoLineBreakHints: boolean;
}

export interface RunStyle {
  /** Size of the Vietnamese text in half-points; Lao gets `laoIncrease` more. */
  size: number;
  bold?: boolean;
  italics?: boolean;
  /** Yellow highlight, for placeholders the officer must not miss. */
  highlight?: boolean;
  /** Vietnamese letters in capitals (Lao has no case). */
  upper?: boolean;
  /**
   * Running text (preamble, clauses, closing): Lao gets line-break hints. Headings, names and titles do
   * not: ICU's dictionary cuts unknown words such as transliterated names in odd places ("ຫງ|ວຽນ").
   */
  running?: boolean;
}

type Script = ExportLanguage | 'neutral';

const LAO = /\p{Script=Lao}/u;
const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;

function scriptOf(ch: string, previous: Script): Script {
  if (LAO.test(ch)) return 'lo';
  if (LATIN.test(ch)) return 'vi';
  if (MARK.test(ch) && previous !== 'neutral') return previous;
  return 'neutral';
}

/** Splits text into runs of one language; neutral characters follow `base` unless enclosed by the other script. */
export function splitByScript(text: string, base: ExportLanguage): { language: ExportLanguage; text: string }[] {
  if (text === '') return [];
  // Fast path: a field with no letter of the other script is one run of its own language.
  if (!(base === 'vi' ? LAO : LATIN).test(text)) return [{ language: base, text }];
  const chars = Array.from(text);
  const scripts: Script[] = [];
  let previous: Script = 'neutral';
  for (const ch of chars) {
    const s = scriptOf(ch, previous);
    scripts.push(s);
    previous = s;
  }
  // Resolve neutrals: a neutral stretch takes the script of both neighbours when they agree, else the base.
  const resolved: ExportLanguage[] = new Array<ExportLanguage>(chars.length);
  let i = 0;
  while (i < chars.length) {
    const s = scripts[i]!;
    if (s !== 'neutral') {
      resolved[i] = s;
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && scripts[j] === 'neutral') j++;
    const before = i > 0 ? resolved[i - 1] : undefined;
    const after = j < chars.length ? (scripts[j] as ExportLanguage) : undefined;
    const language = before !== undefined && before === after ? before : base;
    for (let k = i; k < j; k++) resolved[k] = language;
    i = j;
  }
  const out: { language: ExportLanguage; text: string }[] = [];
  chars.forEach((ch, index) => {
    const language = resolved[index]!;
    const last = out.at(-1);
    if (last && last.language === language) last.text += ch;
    else out.push({ language, text: ch });
  });
  return out;
}

let laoSegmenter: Intl.Segmenter | null | undefined;
function segmenter(): Intl.Segmenter | null {
  if (laoSegmenter === undefined) {
    try {
      laoSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('lo', { granularity: 'word' }) : null;
    } catch {
      laoSegmenter = null;
    }
  }
  return laoSegmenter;
}

const isLaoUnit = (code: number) => code >= 0x0e80 && code <= 0x0eff;

/**
 * Lao has no spaces between words; Word's own Lao line breaking is unreliable, so at export time only
 * (never stored) a ZERO WIDTH SPACE goes between two Lao words. Uses ICU's Lao dictionary through
 * Intl.Segmenter; without it the text is returned unchanged.
 */
export function laoBreakHints(text: string): string {
  const seg = segmenter();
  if (!seg || !LAO.test(text)) return text;
  const pieces: string[] = [];
  let start = 0;
  for (const { index } of seg.segment(text)) {
    // A boundary between two Lao letters (Lao is all in the BMP, so code units are code points).
    if (index > 0 && isLaoUnit(text.charCodeAt(index - 1)) && isLaoUnit(text.charCodeAt(index))) {
      pieces.push(text.slice(start, index));
      start = index;
    }
  }
  pieces.push(text.slice(start));
  return pieces.join('\u200B');
}

function runOptions(language: ExportLanguage, style: RunStyle, typo: Typography) {
  const size = language === 'lo' ? style.size + typo.laoIncrease : style.size;
  const font = language === 'lo' ? typo.laoFont : VIETNAMESE_FONT;
  return {
    font: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
    size,
    sizeComplexScript: size,
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.italics ? { italics: true, italicsComplexScript: true } : {}),
    ...(style.highlight ? { highlight: 'yellow' as const } : {}),
    language: language === 'lo' ? { value: 'lo-LA', bidirectional: 'lo-LA' } : { value: 'vi-VN' },
  };
}

/**
 * The runs for one field. Every string written into a document passes here, so this is where the
 * builder sanitises (./sanitize): nothing XML cannot hold ever reaches docx. Line breaks inside a
 * field become w:br.
 */
export function textRuns(raw: string, base: ExportLanguage, style: RunStyle, typo: Typography): TextRun[] {
  return cleanTextRuns(exportText(raw), base, style, typo);
}

/** textRuns for text that has just been through exportText (the builder never passes anything else). */
export function cleanTextRuns(clean: string, base: ExportLanguage, style: RunStyle, typo: Typography): TextRun[] {
  const runs: TextRun[] = [];
  clean.split('\n').forEach((line, lineIndex) => {
    const pieces = splitByScript(line, base);
    if (pieces.length === 0) {
      if (lineIndex > 0) runs.push(new TextRun({ ...runOptions(base, style, typo), text: '', break: 1 }));
      return;
    }
    pieces.forEach((piece, pieceIndex) => {
      let text = piece.text;
      if (piece.language === 'vi' && style.upper) text = text.toLocaleUpperCase('vi');
      if (piece.language === 'lo' && style.running && typo.laoLineBreakHints) text = laoBreakHints(text);
      runs.push(new TextRun({ ...runOptions(piece.language, style, typo), text, ...(lineIndex > 0 && pieceIndex === 0 ? { break: 1 } : {}) }));
    });
  });
  return runs;
}
