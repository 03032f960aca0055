import type { ExportLayout } from './build';
import type { ExportModel } from './model';
import { VI_TEXTS } from './texts';

/**
 * ASCII for file names: Vietnamese letters lose their marks ("Hủa Phăn" → "Hua Phan", đ → d), Lao
 * and anything else non-ASCII is dropped, characters Windows refuses (< > : " / \ | ? * and controls)
 * become spaces, spaces collapse.
 */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .replace(/[–—]/gu, '-')
    .replace(/[^\x20-\x7E]/gu, ' ')
    .replace(/[<>:"/\\|?*]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export const LAYOUT_SUFFIX: Record<ExportLayout, string> = { vi: 'VI', lo: 'LO', bilingual: 'VI-LO' };

/** Longest file name we propose (Windows allows 255; leave room for the folder path and " (2)"). */
const MAX_NAME = 120;

/**
 * "2025-03-21 Bien ban hoi dam Son La - Hua Phan (VI).docx": meeting date, document kind, the provinces
 * (ours first) in ASCII, the layout. Safe on Windows, macOS and Linux.
 */
export function exportFileName(model: Pick<ExportModel, 'meetingDate' | 'kind' | 'parties'>, layout: ExportLayout): string {
  const kind = asciiFold(VI_TEXTS.kind[model.kind]);
  const provinces = model.parties.map((p) => asciiFold(p.nameVi)).filter((n) => n !== '');
  const date = /^\d{4}-\d{2}-\d{2}$/u.test(model.meetingDate) ? model.meetingDate : '';
  const suffix = ` (${LAYOUT_SUFFIX[layout]}).docx`;
  let stem = [date, kind, provinces.join(' - ')].filter((p) => p !== '').join(' ');
  if (stem.length + suffix.length > MAX_NAME) stem = stem.slice(0, MAX_NAME - suffix.length).replace(/[\s.-]+$/u, '');
  // Windows drops trailing dots and spaces from names.
  return `${stem.replace(/[\s.]+$/u, '')}${suffix}`;
}
