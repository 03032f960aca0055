/**
 * "Báo cáo kết quả thực hiện": the Word report from the follow-up data of the sample agreement, through
 * the real channel (report.save) and the CLI (hoptac report). Every XML part is parsed strictly; the
 * Vietnamese and Lao versions are rendered by LibreOffice (where installed) with the Lao font embedded,
 * and a page image is saved in tests/artifacts/export/ for a human look.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../db/clock';
import { runReport } from '../../db/cli/report';
import { TEXT_WIDTH } from '../../shared/export';
import { startBackend, tempDir, type Backend } from '../harness/backend';
import { fakePlatform, type FakePlatform } from '../harness/platform';
import { apiHelpers } from '../helpers/api';
import { fingerprint } from '../helpers/db';
import { attr, bodyBlocks, els, LAO_LETTER, paragraphText, readDocx, runInfo } from './docx';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const TOOLS = ['soffice', 'pdffonts', 'pdftoppm'].every(has);
const ARTIFACTS = resolve(__dirname, '../artifacts/export');

const clock: Clock = { now: () => new Date('2026-01-15T09:00:00') };
let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let platform: FakePlatform;
let sampleId: string;
const { expectOk, expectRefused } = apiHelpers(() => backend);

beforeEach(async () => {
  tmp = tempDir();
  platform = fakePlatform(tmp.file('out'));
  backend = startBackend(tmp.file('hoptac.sqlite'), { clock, platform });
  sampleId = (await expectOk<{ id: string }>('documents.createSample', {})).id;
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

interface Saved {
  canceled: boolean;
  saved: { language: 'vi' | 'lo'; path: string; fileName: string }[];
}

describe('the progress report in Word', () => {
  it('reports each tracked task per sector with status, lead, deadline, latest progress and indicators, and a summary table', async () => {
    const result = await expectOk<Saved>('report.save', { scope: { documentId: sampleId }, languages: 'both' });
    expect(result.saved.map((s) => s.language)).toEqual(['vi', 'lo']);
    expect(result.saved[0]!.fileName).toMatch(/^2026-01-15 Bao cao ket qua .+ \(VI\)\.docx$/u);

    const vi = await readDocx(readFileSync(result.saved[0]!.path));
    const text = bodyBlocks(vi.part('word/document.xml')).map((b) => paragraphText(b)).join('\n');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('ngày 15 tháng 01 năm 2026');
    expect(text).toContain('I. TỔNG HỢP KẾT QUẢ');
    expect(text).toMatch(/Trạng thái: Hoàn thành/u);
    expect(text).toMatch(/Trạng thái: Chậm tiến độ/u);
    expect(text).toMatch(/Chủ trì: Sở Công Thương/u);
    expect(text).toMatch(/Kim ngạch xuất nhập khẩu: 18,5 \/ mục tiêu 40 triệu USD/u);
    expect(text).toMatch(/Tiến độ gần nhất \(\d\d\/\d\d\/2025\)/u);

    // The summary table fits the text width; its total row counts every tracked task.
    const tables = els(vi.part('word/document.xml'), 'tbl');
    const summary = tables[1]!;
    const widths = els(summary, 'gridCol').map((g) => Number(attr(g, 'w')));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
    const rows = els(summary, 'tr');
    const totalRow = rows.at(-1)!;
    const cells = els(totalRow, 'tc').map((c) => paragraphText(c));
    const tracked = await expectOk<{ total: number }>('followup.clauses', { filters: { documentIds: [sampleId] } });
    expect(cells[1]).toBe(String(tracked.total));

    // The Lao version: Lao header first, Lao runs in the Lao font in every slot, tagged lo-LA.
    const lo = await readDocx(readFileSync(result.saved[1]!.path));
    const laoRuns = els(lo.part('word/document.xml'), 'r').map(runInfo).filter((r) => LAO_LETTER.test(r.text));
    expect(laoRuns.length).toBeGreaterThan(20);
    for (const run of laoRuns.slice(0, 40)) {
      expect(run.fonts).toMatchObject({ ascii: 'Phetsarath OT', hAnsi: 'Phetsarath OT', eastAsia: 'Phetsarath OT', cs: 'Phetsarath OT' });
      expect(run.lang?.bidi ?? run.lang?.val).toBe('lo-LA');
    }
    const firstLo = bodyBlocks(lo.part('word/document.xml')).map((b) => paragraphText(b)).join('\n');
    expect(firstLo.indexOf('ສາທາລະນະລັດ')).toBeLessThan(firstLo.indexOf('CỘNG HÒA') === -1 ? Infinity : firstLo.indexOf('CỘNG HÒA'));
  });

  it('covers a partner and a span of years; refuses an inverted span, an unknown document and an unwritable place', async () => {
    const partner = await expectOk<Saved>('report.save', { scope: { partnerProvinceId: 'la-houaphanh', fromYear: 2025, toYear: 2025 } });
    const text = (await readDocx(readFileSync(partner.saved[0]!.path))).text.get('word/document.xml')!;
    expect(text).toContain('hợp tác với tỉnh Hủa Phăn, năm 2025');
    await expectRefused('report.save', { scope: { partnerProvinceId: 'la-houaphanh', fromYear: 2026, toYear: 2025 } }, 'period_order');
    await expectRefused('report.save', { scope: { documentId: '00000000-0000-4000-8000-000000000000' } }, '', 'E_NOT_FOUND');
    const before = fingerprint(backend.db);
    platform.target = join(tmp.file('missing-folder'), 'x', 'report.docx');
    const refused = await backend.invoke('report.save', { scope: { documentId: sampleId } });
    expect(refused).toMatchObject({ ok: false, code: 'E_CONFLICT', issues: [{ code: 'file_not_writable' }] });
    expect(fingerprint(backend.db)).toBe(before);
  });

  it('is written by the CLI too', async () => {
    const out = tmp.file('cli');
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(`ERR ${t}`) };
    backend.close();
    expect(await runReport([tmp.file('hoptac.sqlite'), '--document', sampleId, '--lang', 'both', '--out', out], io, '2026-01-15')).toBe(0);
    expect(readdirSync(out).sort()).toEqual([expect.stringMatching(/\(LO\)\.docx$/u), expect.stringMatching(/\(VI\)\.docx$/u)]);
    expect(await runReport([tmp.file('hoptac.sqlite'), '--partner', 'la-houaphanh', '--from', '2026', '--to', '2025', '--out', out], io)).toBe(1);
    expect(await runReport([tmp.file('hoptac.sqlite'), '--out', out], io)).toBe(2);
    backend = startBackend(tmp.file('hoptac.sqlite'), { clock, platform });
  });

  it.skipIf(!TOOLS)('renders in LibreOffice with the Lao font embedded; page images saved for a look', async () => {
    const result = await expectOk<Saved>('report.save', { scope: { documentId: sampleId }, languages: 'both' });
    const dir = tmp.file('pdf');
    mkdirSync(dir);
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('soffice', [`-env:UserInstallation=file://${tmp.file('lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...result.saved.map((s) => s.path)], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    for (const saved of result.saved) {
      const pdf = join(dir, saved.fileName.replace(/\.docx$/u, '.pdf'));
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
      expect(fonts).toMatch(/Times|Liberation ?Serif/u);
      if (saved.language === 'lo') expect(fonts).toMatch(/Phetsarath|Lao|Saysettha|Phetsarath/u);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(ARTIFACTS, `report-${saved.language}`)]);
    }
  }, 180_000);
});
