/**
 * The exported files as a person sees them: LibreOffice (headless) turns each layout into a PDF, then
 * poppler checks the fonts embedded (the Lao font, no fallback), where the words sit on the page (page
 * number in the top margin from page 2, clear of the body; nothing outside the text width) and where
 * the table rules are drawn; the first and last pages are saved as PNG artifacts in
 * tests/artifacts/export/ for a human look. Runs only where `soffice` and poppler are installed
 * (Debian: libreoffice-writer-nogui poppler-utils fonts-lao fonts-liberation2; scripts/test.sh).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, EXPORT_LAYOUTS, MARGINS, packDocument, PAGE, toExportModel, type ExportLayout } from '../../shared/export';
import { tempDir } from '../harness/backend';
import { loadFixtures, type ExportFixtures } from './fixtures';
import { fonts, hasTool, pages, words } from './pdf';

const has = hasTool;
const TOOLS = ['soffice', 'pdffonts', 'pdftoppm', 'pdftotext', 'pdfinfo'].every(has);

const ARTIFACTS = resolve(__dirname, '../artifacts/export');
const FIXTURES = ['thanhHoa', 'sample'] as const;
type FixtureName = (typeof FIXTURES)[number];

/** Points per twip, and the text area in PDF points. */
const PT = 1 / 20;
const LEFT = MARGINS.left * PT;
const RIGHT = (PAGE.width - MARGINS.right) * PT;
const TOP = MARGINS.top * PT;

/** x positions (in points) of long dark vertical lines on a page: the drawn table borders. */
function verticalRules(pdf: string, page: number, dir: string): number[] {
  const dpi = 144;
  const stem = join(dir, `rules-${page}`);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, stem]);
  const data = readFileSync(`${stem}.pgm`);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(data.subarray(0, 64).toString('latin1'))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = data.subarray(header[0].length);
  const xs: number[] = [];
  for (let x = 0; x < w; x++) {
    let dark = 0;
    for (let y = 0; y < h; y += 2) if (pixels[y * w + x]! < 100) dark++;
    if (dark > h / 2 / 4) xs.push((x * 72) / dpi);
  }
  return xs;
}

describe.skipIf(!TOOLS)('rendered by LibreOffice (soffice → PDF → poppler)', () => {
  let fx: ExportFixtures;
  let tmp: ReturnType<typeof tempDir>;
  const pdf = (fixture: FixtureName, layout: ExportLayout) => join(tmp.dir, `${fixture}-${layout}.pdf`);

  beforeAll(async () => {
    fx = await loadFixtures();
    tmp = tempDir('hoptac-render-');
    const files: string[] = [];
    for (const fixture of FIXTURES) {
      const model = toExportModel(fx[fixture]);
      for (const layout of EXPORT_LAYOUTS) {
        const file = join(tmp.dir, `${fixture}-${layout}.docx`);
        writeFileSync(file, await packDocument(buildDocument(model, { layout }).document));
        files.push(file);
      }
    }
    // One soffice run for all six files, with a private profile so a running LibreOffice does not interfere.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(tmp.dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, ...files],
      { stdio: 'pipe', timeout: 170_000 },
    );
    // Overwrite its own images only: other render tests save theirs in this folder too.
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const fixture of FIXTURES) {
      for (const layout of EXPORT_LAYOUTS) {
        const file = pdf(fixture, layout);
        const stem = join(ARTIFACTS, `${fixture}-${layout}`);
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, `${stem}-p1`]);
        const last = pages(file);
        if (last > 1) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(last), '-l', String(last), '-singlefile', file, `${stem}-last`]);
      }
    }
  }, 180_000);

  afterAll(() => {
    fx?.cleanup();
    tmp?.remove();
  });

  const cases = FIXTURES.flatMap((fixture) => EXPORT_LAYOUTS.map((layout) => ({ fixture, layout })));

  it.each(cases)('$fixture $layout: fonts embedded, Lao in Phetsarath OT with no fallback font', ({ fixture, layout }) => {
    const list = fonts(pdf(fixture, layout));
    for (const f of list) expect(f.embedded, f.name).toBe(true);
    const names = list.map((f) => f.name);
    // Times New Roman is rendered with its metric twin Liberation Serif where it is not installed.
    const allowed = layout === 'vi' ? /^(LiberationSerif|TimesNewRoman)/u : /^(LiberationSerif|TimesNewRoman|PhetsarathOT)/u;
    for (const name of names) expect(name, `unexpected (fallback) font ${name}`).toMatch(allowed);
    if (layout !== 'vi') expect(names.some((n) => n.startsWith('PhetsarathOT'))).toBe(true);
    const text = execFileSync('pdftotext', [pdf(fixture, layout), '-'], { encoding: 'utf8' });
    expect(text).not.toContain('\uFFFD');
    if (layout !== 'vi') expect(text).toContain('ສາທາລະນະລັດ');
    if (layout === 'vi') expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    if (layout === 'bilingual') expect(text).toContain('BẢN LÀM VIỆC SONG NGỮ');
  });

  it.each(cases)('$fixture $layout: page number only from page 2, in the top margin, clear of the body', ({ fixture, layout }) => {
    const file = pdf(fixture, layout);
    expect(pages(file)).toBeGreaterThanOrEqual(2);
    const first = words(file, 1);
    expect(first.filter((w) => w.yMax < TOP - 2)).toEqual([]);
    const second = words(file, 2);
    const inMargin = second.filter((w) => w.yMax < TOP - 2);
    expect(inMargin.map((w) => w.text)).toEqual(['2']);
    const number = inMargin[0]!;
    expect(Math.abs((number.xMin + number.xMax) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(3);
    const body = second.filter((w) => w !== number);
    expect(Math.min(...body.map((w) => w.yMin))).toBeGreaterThan(number.yMax + 5);
  });

  it.each(cases)('$fixture $layout: every word and every table rule inside the text width', ({ fixture, layout }) => {
    const file = pdf(fixture, layout);
    // 2 pt of slack: a Lao tone mark at the end of a justified line overhangs its glyph's advance.
    for (let page = 1; page <= pages(file); page++) {
      for (const w of words(file, page)) {
        expect(w.xMin, `${w.text} on page ${page}`).toBeGreaterThanOrEqual(LEFT - 2);
        expect(w.xMax, `${w.text} on page ${page}`).toBeLessThanOrEqual(RIGHT + 2);
      }
    }
    if (layout === 'bilingual') {
      const rules = verticalRules(file, 2, tmp.dir);
      expect(rules.length).toBeGreaterThanOrEqual(3);
      expect(Math.min(...rules)).toBeGreaterThanOrEqual(LEFT - 1.5);
      expect(Math.max(...rules)).toBeLessThanOrEqual(RIGHT + 1.5);
    }
  });
});
