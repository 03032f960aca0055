/**
 * Reading rendered pages back for the LibreOffice render tests (poppler-utils): which tools exist, the words of
 * a page with their boxes, the page count, the fonts and whether they are embedded.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const hasTool = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words of one page (pdftotext -bbox), in reading order, with their boxes in PDF points. */
export function words(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!.replace(/&amp;/gu, '&'),
  }));
}

export function pages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

export function fonts(pdf: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/u);
    // name type [type2] encoding emb sub uni object ID: emb is the 5th column from the end.
    return { name: cols[0]!.replace(/^[A-Z]{6}\+/u, ''), embedded: cols.at(-5) === 'yes' };
  });
}
