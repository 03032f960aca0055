/**
 * "Báo cáo kết quả thực hiện": the Word report from the follow-up data of the sample agreement, through
 * the real channel (report.save) and the CLI (hoptac report). Every XML part is parsed strictly; the
 * Vietnamese and Lao versions are rendered by LibreOffice (where installed) with the Lao font embedded,
 * and a page image is saved in tests/artifacts/export/ for a human look.
 */
import { execFileSync } from 'node:child_process';
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
import { hasTool } from './pdf';

const has = hasTool;
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
  it('is a Decree 30 internal report: issuing body and number top left, the Vietnamese header only top right, date line, title, as-of, Nơi nhận and signer', async () => {
    await expectOk('settings.update', {
      issuingBodyVi: ['UBND TỈNH SƠN LA', 'SỞ NGOẠI VỤ'],
      numberSymbol: 'SNgV',
      placeVi: 'Sơn La',
      signerTitleVi: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      signerNameVi: 'Nguyễn Văn An',
      recipientsVi: ['UBND tỉnh (để b/c)', 'Bộ Ngoại giao (để b/c)', 'Lưu: VT, HTQT'],
    });
    const result = await expectOk<Saved>('report.save', { scope: { documentId: sampleId }, languages: 'both', asOf: '2025-12-31' });
    expect(result.saved.map((s) => s.language)).toEqual(['vi', 'lo']);
    expect(result.saved[0]!.fileName).toMatch(/^2025-12-31 Bao cao ket qua .+ \(VI\)\.docx$/u);

    const vi = await readDocx(readFileSync(result.saved[0]!.path));
    const xml = vi.part('word/document.xml');
    const tables = els(xml, 'tbl');
    // The first table is the header: left cell issuing body + number, right cell the national header + date line.
    const headerCells = els(els(tables[0]!, 'tr')[0]!, 'tc').filter((c) => c.parentNode?.parentNode === tables[0]);
    expect(headerCells).toHaveLength(2);
    const left = els(headerCells[0]!, 'p').map(paragraphText).filter(Boolean);
    const right = els(headerCells[1]!, 'p').map(paragraphText).filter(Boolean);
    expect(left).toEqual(['UBND TỈNH SƠN LA', 'SỞ NGOẠI VỤ', 'Số:        /BC-SNgV']);
    expect(right.join(' ')).toMatch(/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Sơn La, ngày 15 tháng 01 năm 2026$/u);
    const text = bodyBlocks(xml).map((b) => paragraphText(b)).join('\n');
    expect(text).not.toContain('LÀO');
    expect(text).not.toMatch(/\p{Script=Lao}/u);
    expect(text).toMatch(/BÁO CÁO\nKết quả thực hiện biên bản/u);
    expect(text).toContain('(tính đến ngày 31/12/2025)');
    for (const heading of ['I. TỔNG HỢP KẾT QUẢ', 'II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ', 'III. CÁC NHIỆM VỤ CHẬM TIẾN ĐỘ', 'IV. CÁC NHIỆM VỤ ĐỀ XUẤT CHUYỂN TIẾP']) expect(text).toContain(heading);
    // Figures against targets, latest dated note, evidence file names, days overdue.
    expect(text).toMatch(/Kim ngạch xuất nhập khẩu: 18,5 \/ 40 triệu USD/u);
    expect(text).toContain('ke-hoach-tuan-tra.pdf');
    expect(text).toMatch(/\d\d\/\d\d\/2025: Kim ngạch xuất nhập khẩu 6 tháng đầu năm\./u);
    // Nơi nhận bottom left, the signer bottom right.
    const closing = tables.at(-1)!;
    const [received, signer] = els(els(closing, 'tr')[0]!, 'tc').map((c) => els(c, 'p').map(paragraphText).filter(Boolean));
    expect(received).toEqual(['Nơi nhận:', '- UBND tỉnh (để b/c);', '- Bộ Ngoại giao (để b/c);', '- Lưu: VT, HTQT.']);
    expect(signer).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']);

    // The totals are the dashboard's on the as-of day.
    const board = await expectOk<{ totals: { total: number; counts: Record<string, number> } }>('followup.dashboard', {
      groupBy: 'sector',
      filters: { documentIds: [sampleId] },
      asOf: '2025-12-31',
    });
    const summary = tables[1]!;
    const totalRow = els(summary, 'tr').at(-1)!;
    const cells = els(totalRow, 'tc').map((c) => paragraphText(c));
    expect(cells.slice(1, 8).map(Number)).toEqual([board.totals.total, ...['not_started', 'in_progress', 'delayed', 'done', 'carried_over', 'dropped'].map((s) => board.totals.counts[s])]);
    const widths = els(summary, 'gridCol').map((g) => Number(attr(g, 'w')));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
    // Table text at least 11 pt, and the wide tables in a landscape section.
    for (const table of tables) for (const run of els(table, 'r').map(runInfo)) expect(run.sz ?? 28, run.text).toBeGreaterThanOrEqual(22);
    const sizes = els(xml, 'pgSz').map((p) => attr(p, 'orient'));
    expect(sizes).toContain('landscape');

    // The Lao version: the Lao header only, Lao runs in the Lao font in every slot, tagged lo-LA.
    const lo = await readDocx(readFileSync(result.saved[1]!.path));
    const loText = bodyBlocks(lo.part('word/document.xml')).map((b) => paragraphText(b)).join('\n');
    expect(loText).toContain('ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ');
    expect(loText).not.toContain('ສັງຄົມນິຍົມ ຫວຽດນາມ');
    expect(loText).toContain('ບົດລາຍງານ');
    const laoRuns = els(lo.part('word/document.xml'), 'r').map(runInfo).filter((r) => LAO_LETTER.test(r.text));
    expect(laoRuns.length).toBeGreaterThan(20);
    for (const run of laoRuns.slice(0, 40)) {
      expect(run.fonts).toMatchObject({ ascii: 'Phetsarath OT', hAnsi: 'Phetsarath OT', eastAsia: 'Phetsarath OT', cs: 'Phetsarath OT' });
      expect(run.lang?.bidi ?? run.lang?.val).toBe('lo-LA');
    }
  });

  it('refuses an as-of date before the document or not a real date, changing nothing', async () => {
    await expectRefused('report.save', { scope: { documentId: sampleId }, asOf: '2025-01-01' }, 'as_of_before_document', 'E_INVALID_INPUT', 'asOf');
    await expectRefused('report.save', { scope: { documentId: sampleId }, asOf: '2025-13-01' }, 'invalid_date');
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
    expect(await runReport([tmp.file('hoptac.sqlite'), '--document', sampleId, '--lang', 'both', '--as-of', '2025-12-31', '--out', out], io, '2026-01-15')).toBe(0);
    expect(readdirSync(out).sort()).toEqual([expect.stringMatching(/^2025-12-31 .*\(LO\)\.docx$/u), expect.stringMatching(/^2025-12-31 .*\(VI\)\.docx$/u)]);
    expect(await runReport([tmp.file('hoptac.sqlite'), '--document', sampleId, '--as-of', '2025-02-30', '--out', out], io, '2026-01-15')).toBe(1);
    expect(await runReport([tmp.file('hoptac.sqlite'), '--document', sampleId, '--as-of', '2020-01-01', '--out', out], io, '2026-01-15')).toBe(1);
    expect(lines.join('\n')).toMatch(/--as-of: Ngày “tính đến” trước ngày của văn kiện/u);
    expect(await runReport([tmp.file('hoptac.sqlite'), '--partner', 'la-houaphanh', '--from', '2026', '--to', '2025', '--out', out], io)).toBe(1);
    expect(await runReport([tmp.file('hoptac.sqlite'), '--out', out], io)).toBe(2);
    backend = startBackend(tmp.file('hoptac.sqlite'), { clock, platform });
  });

  it.skipIf(!TOOLS)('renders in LibreOffice with the Lao font embedded; page images saved for a look', async () => {
    await expectOk('settings.update', {
      issuingBodyVi: ['UBND TỈNH SƠN LA', 'SỞ NGOẠI VỤ'],
      numberSymbol: 'SNgV',
      placeVi: 'Sơn La',
      signerTitleVi: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      signerNameVi: 'Nguyễn Văn An',
      recipientsVi: ['UBND tỉnh (để b/c)', 'Lưu: VT, HTQT'],
    });
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
      // Every page, at a resolution where 11 pt table text can be read on screen.
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(ARTIFACTS, `report-${saved.language}`)]);
    }
  }, 180_000);
});
