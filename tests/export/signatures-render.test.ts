/**
 * Signature pages as a person sees them (issue 10): LibreOffice renders the originals with 1, 2, 3 and 4
 * signatories (and the multi-partner memorandum with a national body), poppler reads where every word
 * sits. Checked: each signer's block in its own column, no two blocks overlapping, every name under its
 * own heading; the signature rows never alone on a page (the closing and the last clause come with them,
 * also when extra clauses push the break around); Lao in the Lao font, never boxes. The last pages are
 * saved as PNG in tests/artifacts/export/signatures/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, packDocument, toExportModel, type ExportModel } from '../../shared/export';
import type { ExportDelegation } from '../../shared/export/model';
import { tempDir } from '../harness/backend';
import { loadRealMeetings, type RealMeetings } from './real-fixtures';
import { hasTool, pages, words, type Word } from './pdf';

const has = hasTool;
const TOOLS = ['soffice', 'pdffonts', 'pdftoppm', 'pdftotext', 'pdfinfo'].every(has);
const ARTIFACTS = resolve(__dirname, '../artifacts/export/signatures');

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).replace(/\u200B/gu, '');
}

/**
 * The box of consecutive words on one line that spell `name` (spaces and the export's U+200B ignored:
 * poppler splits Lao words where the hints are), or undefined.
 */
function boxOf(list: Word[], name: string): Word | undefined {
  const want = name.replace(/[\s\u200B]/gu, '');
  for (let i = 0; i < list.length; i++) {
    let got = '';
    for (let j = i; j < list.length && got.length < want.length; j++) {
      if (Math.abs(list[j]!.yMin - list[i]!.yMin) > 2) break;
      got += list[j]!.text.replace(/[\s\u200B]/gu, '');
      if (got === want) {
        const slice = list.slice(i, j + 1);
        return { text: name, xMin: Math.min(...slice.map((w) => w.xMin)), xMax: Math.max(...slice.map((w) => w.xMax)), yMin: slice[0]!.yMin, yMax: Math.max(...slice.map((w) => w.yMax)) };
      }
      if (!want.startsWith(got)) break;
    }
  }
  return undefined;
}

/** The summit with only the first `n` signatories (Vietnam first, then Laos), no heads signing in their place. */
function withSignatories(base: ExportModel, n: number, extraClauses = 0): ExportModel {
  const [vn, la] = base.delegations as [ExportDelegation, ExportDelegation];
  const picks = { vn: Math.min(2, Math.ceil(n / 2)), la: Math.floor(n / 2) };
  if (n === 3) Object.assign(picks, { vn: 1, la: 2 });
  const trim = (d: ExportDelegation, k: number): ExportDelegation => ({ ...d, signatories: d.signatories.slice(0, k), heads: k > 0 ? d.heads : [], witnesses: n === 4 ? d.witnesses : [] });
  const sections = base.sections.map((s, i) =>
    i === 0
      ? {
          ...s,
          clauses: [
            ...s.clauses,
            ...Array.from({ length: extraClauses }, (_, k) => ({ ...s.clauses[0]!, id: `${s.clauses[0]!.id.slice(0, -2)}${String(10 + k)}`, bookmark: `c_extra${k}`, label: `${s.clauses.length + k + 1}.` })),
          ],
        }
      : s,
  );
  return { ...base, delegations: [trim(vn, picks.vn), trim(la, picks.la)], sections, bookmarks: base.bookmarks };
}

interface Case {
  file: string;
  model: ExportModel;
  layout: 'vi' | 'lo';
  /** Names in the order of the rows: [[row 1 names], [row 2 names]]. */
  rows: string[][];
}

describe.skipIf(!TOOLS)('signature pages rendered by LibreOffice', () => {
  let fx: RealMeetings;
  let tmp: ReturnType<typeof tempDir>;
  const cases: Case[] = [];
  const pdf = (c: Case) => join(tmp.dir, c.file.replace(/\.docx$/u, '.pdf'));

  beforeAll(async () => {
    fx = await loadRealMeetings();
    tmp = tempDir('hoptac-signatures-');
    const summit = toExportModel(fx.summit);
    const names = (layout: 'vi' | 'lo', d: ExportDelegation) => d.signatories.map((p) => (layout === 'vi' ? p.nameVi : p.nameLo));
    for (const n of [1, 2, 3, 4]) {
      for (const layout of ['vi', 'lo'] as const) {
        const model = withSignatories(summit, n);
        const [vn, la] = model.delegations.map((d) => names(layout, d)) as [string[], string[]];
        const [own, other] = layout === 'vi' ? [vn, la] : [la, vn];
        // 1: alone; 2: facing; 3: the Vietnamese names of this summit are too long for three columns, so the
        // third block stays under its side's column; the Lao names fit one row of three (own side first);
        // 4: two facing rows.
        const rows = {
          1: [[...own, ...other]],
          2: [[own[0]!, other[0]!]],
          3: layout === 'vi' ? [[own[0]!, other[0]!], [other[1]!]] : [[...own, ...other]],
          4: [[own[0]!, other[0]!], [own[1]!, other[1]!]],
        }[n]!;
        cases.push({ file: `signatures-${n}-${layout}.docx`, model, layout, rows });
      }
    }
    // The break moving through the closing and the signatures: the page is never the signatures alone.
    for (const extra of [2, 4, 6, 8, 10, 12]) cases.push({ file: `signatures-4-vi-plus${extra}.docx`, model: withSignatories(summit, 4, extra), layout: 'vi', rows: [] });
    const memo = toExportModel(fx.memorandum);
    for (const layout of ['vi', 'lo'] as const) cases.push({ file: `memorandum-${layout}.docx`, model: memo, layout, rows: [] });
    for (const c of cases) writeFileSync(join(tmp.dir, c.file), await packDocument(buildDocument(c.model, { layout: c.layout }).document));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(tmp.dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, ...cases.map((c) => join(tmp.dir, c.file))],
      { stdio: 'pipe', timeout: 280_000 },
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const c of cases) {
      const last = pages(pdf(c));
      const stem = join(ARTIFACTS, c.file.replace(/\.docx$/u, ''));
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(last), '-l', String(last), '-singlefile', pdf(c), `${stem}-last`]);
      if (last > 1) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(last - 1), '-l', String(last - 1), '-singlefile', pdf(c), `${stem}-before-last`]);
    }
  }, 300_000);

  /** The page of the first signature heading ("ĐẠI DIỆN" / "TM." / "ຕາງໜ້າ"). */
  const signaturePage = (c: Case): number | undefined => {
    const heading = c.layout === 'vi' ? /^\s*(ĐẠI DIỆN|TM\.)/mu : /^\s*ຕາງໜ້າ/mu;
    return Array.from({ length: pages(pdf(c)) }, (_, i) => i + 1).find((p) => heading.test(pageText(pdf(c), p)));
  };

  afterAll(() => {
    fx?.cleanup();
    tmp?.remove();
  });

  it('puts each signer in a block of its own, side by side, without overlap, names under their headings', () => {
    for (const c of cases.filter((x) => x.rows.length > 0)) {
      const list = words(pdf(c), signaturePage(c)!);
      let previousBottom = 0;
      for (const row of c.rows) {
        const boxes = row.map((name) => boxOf(list, name));
        boxes.forEach((b, i) => expect(b, `${c.file}: ${row[i]} on the signature page`).toBeDefined());
        const sorted = [...(boxes as Word[])].sort((a, b) => a.xMin - b.xMin);
        // Left to right in the order of the row, not overlapping, on one line.
        expect(sorted.map((b) => b.text), c.file).toEqual(row);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.xMin, `${c.file}: ${sorted[i]!.text}`).toBeGreaterThan(sorted[i - 1]!.xMax + 6);
        for (const b of sorted) expect(Math.abs(b.yMin - sorted[0]!.yMin), c.file).toBeLessThan(2);
        // Each row below the one before, with room to sign between a heading and the name.
        expect(sorted[0]!.yMin, c.file).toBeGreaterThan(previousBottom);
        previousBottom = sorted[0]!.yMax;
      }
    }
  });

  it('never leaves the signature rows alone on a page: the closing and a clause come with them, witnesses too', () => {
    for (const c of cases) {
      const page = signaturePage(c);
      // Nothing after the signature page: the witnesses (two rows of signers and one of witnesses) are on it.
      expect(page, c.file).toBe(pages(pdf(c)));
      expect(page, c.file).toBeDefined();
      const text = pageText(pdf(c), page!);
      // The closing's counts ("04 (bốn) bản gốc, mỗi bên giữ 02 bản"; Lao text comes out of poppler with its
      // marks reordered, so the digits are what both versions can be matched on).
      if (c.layout === 'vi') expect(text, c.file).toMatch(/được lập thành/u);
      expect((text.match(/\b0\d\b/gu) ?? []).length, c.file).toBeGreaterThanOrEqual(3);
      // And the last clause before the closing: a numbered paragraph on the same page.
      expect(text, c.file).toMatch(/^\s*\d+\.\s/mu);
    }
  });

  it('writes Lao in the Lao font (embedded, no fallback, no replacement boxes)', () => {
    for (const c of cases.filter((x) => x.layout === 'lo')) {
      const fonts = execFileSync('pdffonts', [pdf(c)], { encoding: 'utf8' });
      expect(fonts, c.file).toMatch(/PhetsarathOT/u);
      const text = execFileSync('pdftotext', [pdf(c), '-'], { encoding: 'utf8' });
      expect(text).not.toContain('\uFFFD');
      expect(text).toMatch(/[\u0E80-\u0EFF]/u);
    }
  });
});
