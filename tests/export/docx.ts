/**
 * Reading an exported .docx back the strict way: unzip with JSZip, decode every XML part as UTF-8 with
 * `fatal: true`, check every character against the XML 1.0 `Char` production (xmldom does not: it
 * accepts U+FFFE and C0 controls), then parse with xmldom stopping on any warning or error.
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Anything outside XML 1.0 Char (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]); with /u a lone surrogate is outside too. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/gu;

function legalCodePoint(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export class XmlPartError extends Error {}

/** Throws XmlPartError naming the part and the first offending character or parse problem. */
export function parseStrict(name: string, bytes: Uint8Array): XmlDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new XmlPartError(`${name}: not valid UTF-8 (${(error as Error).message})`);
  }
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) {
    const cp = bad[0].codePointAt(0)!;
    throw new XmlPartError(`${name}: character U+${cp.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index} is not allowed in XML 1.0`);
  }
  for (const m of text.matchAll(CHAR_REF)) {
    const ref = m[1]!;
    const cp = ref.startsWith('x') ? Number.parseInt(ref.slice(1), 16) : Number.parseInt(ref, 10);
    if (!legalCodePoint(cp)) throw new XmlPartError(`${name}: character reference ${m[0]} is not allowed in XML 1.0`);
  }
  try {
    return new DOMParser({ onError: stopOnAnythingButReplacementChar }).parseFromString(text, 'text/xml');
  } catch (error) {
    throw new XmlPartError(`${name}: ${(error as Error).message}`);
  }
}

/**
 * Every warning or error stops parsing, except xmldom's hint about U+FFFD: the bytes were already decoded
 * as strict UTF-8 above, so a replacement character is text an officer pasted, and legal XML.
 */
function stopOnAnythingButReplacementChar(level: 'warning' | 'error' | 'fatalError', message: string): void {
  if (level === 'warning' && message.includes('Unicode replacement character')) return;
  throw new Error(`[xmldom ${level}] ${message}`);
}

export interface Docx {
  parts: string[];
  xml: Map<string, XmlDocument>;
  text: Map<string, string>;
  part(name: string): XmlDocument;
}

/** Unzips and strictly parses EVERY XML part (*.xml, *.rels). */
export async function readDocx(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = new Map<string, XmlDocument>();
  const text = new Map<string, string>();
  const parts = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  for (const name of parts) {
    if (!/\.(xml|rels)$/u.test(name)) continue;
    const data = await zip.file(name)!.async('uint8array');
    xml.set(name, parseStrict(name, data));
    text.set(name, new TextDecoder().decode(data));
  }
  return {
    parts,
    xml,
    text,
    part(name) {
      const doc = xml.get(name);
      if (!doc) throw new Error(`no part ${name}; parts: ${parts.join(', ')}`);
      return doc;
    },
  };
}

export function els(root: XmlDocument | Element, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W, local));
}

export function child(el: Element, local: string): Element | undefined {
  return Array.from(el.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local);
}

export function attr(el: Element | undefined, local: string): string | null {
  return el ? el.getAttributeNS(W, local) : null;
}

export interface RunInfo {
  text: string;
  fonts: { ascii: string | null; hAnsi: string | null; eastAsia: string | null; cs: string | null };
  sz: number | null;
  szCs: number | null;
  bold: boolean;
  boldCs: boolean;
  italics: boolean;
  italicsCs: boolean;
  lang: { val: string | null; bidi: string | null; eastAsia: string | null };
  highlight: string | null;
}

function onOff(el: Element | undefined): boolean {
  if (!el) return false;
  const v = attr(el, 'val');
  return v === null || v === 'true' || v === '1' || v === 'on';
}

/** Text of a run: w:t as is, w:br and w:cr as "\n", w:tab as "\t". */
export function runText(r: Element): string {
  let out = '';
  for (const n of Array.from(r.childNodes)) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === 't') out += e.textContent ?? '';
    else if (e.localName === 'br' || e.localName === 'cr') out += '\n';
    else if (e.localName === 'tab') out += '\t';
  }
  return out;
}

export function runInfo(r: Element): RunInfo {
  const rPr = child(r, 'rPr');
  const fonts = rPr ? child(rPr, 'rFonts') : undefined;
  const num = (e: Element | undefined) => (e ? Number(attr(e, 'val')) : null);
  const lang = rPr ? child(rPr, 'lang') : undefined;
  return {
    text: runText(r),
    fonts: { ascii: attr(fonts, 'ascii'), hAnsi: attr(fonts, 'hAnsi'), eastAsia: attr(fonts, 'eastAsia'), cs: attr(fonts, 'cs') },
    sz: num(rPr && child(rPr, 'sz')),
    szCs: num(rPr && child(rPr, 'szCs')),
    bold: onOff(rPr && child(rPr, 'b')),
    boldCs: onOff(rPr && child(rPr, 'bCs')),
    italics: onOff(rPr && child(rPr, 'i')),
    italicsCs: onOff(rPr && child(rPr, 'iCs')),
    lang: { val: attr(lang, 'val'), bidi: attr(lang, 'bidi'), eastAsia: attr(lang, 'eastAsia') },
    highlight: attr(rPr && child(rPr, 'highlight'), 'val'),
  };
}

const ZWSP = /\u200B/gu;

/** Paragraph text with line breaks as spaces and the export-only U+200B removed: what a reader sees on one line. */
export function paragraphText(p: Element): string {
  return els(p, 'r')
    .map(runText)
    .join('')
    .replace(ZWSP, '')
    .replace(/\n/gu, ' ');
}

/** Direct children paragraphs/tables of the body, in order. */
export function bodyBlocks(doc: XmlDocument): Element[] {
  const body = els(doc, 'body')[0]!;
  return Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1 && (n.localName === 'p' || n.localName === 'tbl'));
}

export const LAO_LETTER = /\p{Script=Lao}/u;
export const LATIN_LETTER = /\p{Script=Latin}/u;
