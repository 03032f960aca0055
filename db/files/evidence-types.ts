import { closeSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';

/**
 * Evidence files are officers' documents and photos, never programs. Only these types are handed to the
 * system viewer, and only when the bytes are what the name says (a `.pdf` that is really a PE file stays
 * closed). Everything else — .exe, .lnk, .bat, .desktop, .js, .vbs, macro-capable legacy Office files, or a
 * lie about the type — can only be saved as a copy. Legacy .doc/.xls are left out on purpose: Office opens
 * them whatever their name and they carry macros.
 */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
/** Zip entry names appear as plain bytes in the local headers and the central directory. */
const zipHasEntry = (bytes: Uint8Array, prefix: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(prefix, 0, 'latin1');
const odf = (kind: string) => (b: Uint8Array) => startsWith(b, ZIP) && ascii(b, 30, 8) === 'mimetype' && ascii(b, 38, 39 + kind.length).startsWith(`application/vnd.oasis.opendocument.${kind}`);

interface OpenableType {
  mediaType: string;
  matches(bytes: Uint8Array): boolean;
}

export const OPENABLE_TYPES: Record<string, OpenableType> = {
  pdf: { mediaType: 'application/pdf', matches: (b) => ascii(b, 0, 5) === '%PDF-' },
  jpg: { mediaType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  jpeg: { mediaType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  png: { mediaType: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  gif: { mediaType: 'image/gif', matches: (b) => ['GIF87a', 'GIF89a'].includes(ascii(b, 0, 6)) },
  webp: { mediaType: 'image/webp', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: (b) => startsWith(b, ZIP) && zipHasEntry(b, '[Content_Types].xml') && zipHasEntry(b, 'word/') && !zipHasEntry(b, 'vbaProject.bin'),
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    matches: (b) => startsWith(b, ZIP) && zipHasEntry(b, '[Content_Types].xml') && zipHasEntry(b, 'xl/') && !zipHasEntry(b, 'vbaProject.bin'),
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    matches: (b) => startsWith(b, ZIP) && zipHasEntry(b, '[Content_Types].xml') && zipHasEntry(b, 'ppt/') && !zipHasEntry(b, 'vbaProject.bin'),
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', matches: odf('text') },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', matches: odf('spreadsheet') },
  txt: { mediaType: 'text/plain', matches: (b) => !b.includes(0) && !startsWith(b, [0x4d, 0x5a]) },
};

/** Bidi controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM) and other invisible formatting that can disguise a name. */
const BIDI_AND_INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

export function stripBidi(name: string): string {
  return name.replace(BIDI_AND_INVISIBLE, '');
}

/** A name safe to create on any system: no bidi tricks, control or reserved characters, no leading dots. */
export function safeFileName(name: string, fallback = 'evidence'): string {
  const cleaned = [...stripBidi(name).normalize('NFC')]
    .map((ch) => (ch < ' ' || ch === '\u007f' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  return (cleaned.length > 120 ? cleaned.slice(-120) : cleaned) || fallback;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The type to open the file as, or null: only allow-listed extensions whose content matches. */
export function openableType(fileName: string, bytes: Uint8Array): { extension: string; mediaType: string } | null {
  const extension = extensionOf(stripBidi(fileName));
  const type = Object.hasOwn(OPENABLE_TYPES, extension) ? OPENABLE_TYPES[extension] : undefined;
  return type && type.matches(bytes) ? { extension, mediaType: type.mediaType } : null;
}

/** Kernel pseudo-files and devices: never evidence, whatever stat says about them. */
const SPECIAL_ROOTS = ['/proc/', '/sys/', '/dev/', '/run/'];

export type PickRefusal = 'not_a_file' | 'file_too_large' | 'file_unreadable';

/**
 * Reads a picked file without trusting its path: resolves links, refuses pseudo-file systems, opens once and
 * checks that descriptor (a regular file, not over the limit), reads at most max + 1 bytes (a file that grows
 * or lies about its size is still refused).
 */
export function readPickedFile(path: string, maxBytes: number): { bytes: Buffer } | { refused: PickRefusal; size?: number } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { refused: 'file_unreadable' };
  }
  if (SPECIAL_ROOTS.some((root) => real.startsWith(root)) || /^\\\\[.?]\\/u.test(real)) return { refused: 'not_a_file' };
  let fd: number;
  try {
    fd = openSync(real, 'r');
  } catch {
    return { refused: 'file_unreadable' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: 'not_a_file' };
    if (stat.size > maxBytes) return { refused: 'file_too_large', size: stat.size };
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size, 0) + 1));
    let read = 0;
    for (;;) {
      const n = readSync(fd, buffer, read, buffer.length - read, null);
      if (n === 0) break;
      read += n;
      if (read === buffer.length) break;
    }
    if (read > maxBytes || read > stat.size) return { refused: read > maxBytes ? 'file_too_large' : 'file_unreadable', size: read };
    return { bytes: buffer.subarray(0, read) };
  } catch {
    return { refused: 'file_unreadable' };
  } finally {
    closeSync(fd);
  }
}
