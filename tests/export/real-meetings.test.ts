/**
 * Word export of real meetings (issue 10): opening paragraphs from named delegations (a national body,
 * partners without a delegation named as partners), the signature page from the signatories in rows of
 * two (or three) columns kept with the last clause, the Decree 30 date line for every month and the
 * days 1–9, and the title rule. Each .docx is unzipped and its XML read.
 */
import type { Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, LAO_DRAFT_TEXTS, packDocument, toExportModel, type ExportLayout, type ExportModel } from '../../shared/export';
import { MEMORANDUM_PEOPLE, NATIONAL_BODY, SUMMIT_SIGNATORIES } from '../fixtures/real-meetings';
import { attr, bodyBlocks, child, els, paragraphText, readDocx, runInfo, type Docx } from './docx';
import { loadRealMeetings, type RealMeetings } from './real-fixtures';

let fx: RealMeetings;
beforeAll(async () => {
  fx = await loadRealMeetings();
});
afterAll(() => fx?.cleanup());

async function docxOf(model: ExportModel, layout: ExportLayout): Promise<Docx> {
  return readDocx(await packDocument(buildDocument(model, { layout }).document));
}

const paragraphs = (docx: Docx) => els(docx.part('word/document.xml'), 'p').map(paragraphText);
const upper = (s: string) => s.toLocaleUpperCase('vi');

/** Top-level tables after the header table: the signature rows (and witnesses), in order. */
function signatureTables(docx: Docx): Element[] {
  return bodyBlocks(docx.part('word/document.xml')).filter((b) => b.localName === 'tbl').slice(1);
}
/** Text of each cell of a table's first row (heading and title). */
const topCells = (table: Element) => els(els(table, 'tr')[0]!, 'tc').map((tc) => els(tc, 'p').map(paragraphText).join(' | '));
const nameCells = (table: Element) => els(els(table, 'tr')[1]!, 'tc').map((tc) => els(tc, 'p').map(paragraphText).join(''));

describe('one Vietnamese province, a Lao national body and three Lao partner provinces', () => {
  it('vi: names the delegations as they are, the partners as partners, never a delegation per province', async () => {
    const docx = await docxOf(toExportModel(fx.memorandum), 'vi');
    const all = paragraphs(docx);
    const opening = all.find((p) => p.startsWith('Ngày 04 tháng 9 năm 2025'))!;
    expect(opening).toBe(
      `Ngày 04 tháng 9 năm 2025, tại Trung tâm Hội nghị tỉnh, phường Điện Biên Phủ, tỉnh Điện Biên, đã diễn ra buổi làm việc và ký kết Biên bản ghi nhớ giữa Đoàn đại biểu tỉnh Điện Biên, nước Cộng hòa xã hội chủ nghĩa Việt Nam và ${NATIONAL_BODY.nameVi}.`,
    );
    expect(all).toContain('Tham dự có đại diện tỉnh Phông Sa Lỳ, tỉnh Luông Pha Băng và tỉnh U Đôm Xay, nước Cộng hòa Dân chủ Nhân dân Lào.');
    const head = MEMORANDUM_PEOPLE.laHead;
    expect(all).toContain(`${NATIONAL_BODY.nameVi} do đồng chí ${head.nameVi}, ${head.titleVi}, làm Trưởng đoàn.`);
    expect(all).toContain(`Cùng tham gia đoàn có các đồng chí: ${MEMORANDUM_PEOPLE.laMember.nameVi}, ${MEMORANDUM_PEOPLE.laMember.titleVi}.`);
    expect(all.join('\n')).not.toMatch(/Đoàn đại biểu (cấp cao )?tỉnh (Phông Sa Lỳ|Luông Pha Băng|U Đôm Xay)/u);
    // Date line: its own place name, day in two digits, September unpadded.
    expect(all).toContain('Điện Biên, ngày 04 tháng 9 năm 2025');
    // Title: the kind alone in capitals, then the subject without the kind.
    const kind = all.indexOf('BIÊN BẢN GHI NHỚ');
    expect(kind).toBeGreaterThan(-1);
    expect(all[kind + 1]).toBe('về hợp tác phát triển vùng biên giới giữa tỉnh Điện Biên và các tỉnh Bắc Lào năm 2025');

    // Signatures: the province signs "ĐẠI DIỆN" its province, the national body "TM." its delegation.
    const [row] = signatureTables(docx);
    const cells = topCells(row!);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toBe(`ĐẠI DIỆN TỈNH ĐIỆN BIÊN | ${upper(MEMORANDUM_PEOPLE.vnSignatory.titleVi)}`);
    expect(cells[1]).toBe(`TM. ${upper(NATIONAL_BODY.nameVi)} | ${upper(MEMORANDUM_PEOPLE.laSignatory.titleVi)}`);
    expect(nameCells(row!)).toEqual([MEMORANDUM_PEOPLE.vnSignatory.nameVi, MEMORANDUM_PEOPLE.laSignatory.nameVi]);
    // Originals for the two bodies that sign, not for the five parties present.
    expect(all.some((p) => p.includes('được lập thành 04 (bốn) bản gốc, mỗi bên giữ 02 bản'))).toBe(true);
  });

  it('lo: the Lao side first, in Lao', async () => {
    const docx = await docxOf(toExportModel(fx.memorandum), 'lo');
    const all = paragraphs(docx);
    expect(all).toContain('ດ້ຽນບຽນ, ວັນທີ 04 ກັນຍາ 2025');
    expect(all.some((p) => p.startsWith(`${NATIONAL_BODY.nameLo} ນຳໂດຍ ສະຫາຍ ${MEMORANDUM_PEOPLE.laHead.nameLo}`))).toBe(true);
    const [row] = signatureTables(docx);
    const cells = topCells(row!);
    expect(cells[0]).toBe(`${LAO_DRAFT_TEXTS.onBehalfOf} ${NATIONAL_BODY.nameLo} | ${MEMORANDUM_PEOPLE.laSignatory.titleLo}`);
    expect(cells[1]!.startsWith(`${LAO_DRAFT_TEXTS.representing} ແຂວງດ້ຽນບຽນ`)).toBe(true);
  });
});

describe('two provinces with four signatories (2023)', () => {
  it('gives each signatory a block, the sides facing each other in rows of two, witnesses after', async () => {
    const model = toExportModel(fx.summit);
    for (const layout of ['vi', 'lo'] as const) {
      const docx = await docxOf(model, layout);
      const tables = signatureTables(docx);
      // Two rows of signatories, then the witnesses' row.
      expect(tables).toHaveLength(3);
      const name = (p: { nameVi: string; nameLo: string }) => (layout === 'vi' ? p.nameVi : p.nameLo);
      const [own, other] = layout === 'vi' ? [SUMMIT_SIGNATORIES.vn, SUMMIT_SIGNATORIES.la] : [SUMMIT_SIGNATORIES.la, SUMMIT_SIGNATORIES.vn];
      expect(nameCells(tables[0]!)).toEqual([name(own[0]!), name(other[0]!)]);
      expect(nameCells(tables[1]!)).toEqual([name(own[1]!), name(other[1]!)]);
      for (const table of tables) {
        // Blocks side by side in fixed, equal columns that fill the text width: they cannot overlap.
        const grid = els(table, 'gridCol').map((g) => Number(attr(g, 'w')));
        expect(grid).toHaveLength(2);
        expect(Math.abs(grid[0]! - grid[1]!)).toBeLessThanOrEqual(1);
        for (const tr of els(table, 'tr')) expect(attr(child(child(tr, 'trPr')!, 'cantSplit'), 'val') ?? 'true').not.toBe('false');
      }
      if (layout === 'vi') {
        expect(topCells(tables[0]!)[0]).toBe(`ĐẠI DIỆN TỈNH HÀ TĨNH | ${upper(SUMMIT_SIGNATORIES.vn[0]!.titleVi)}`);
        expect(topCells(tables[2]!).every((c) => c.startsWith('CHỨNG KIẾN'))).toBe(true);
        // Names in bold.
        for (const p of els(els(tables[0]!, 'tr')[1]!, 'p')) expect(els(p, 'r').every((r) => runInfo(r).bold)).toBe(true);
      }
    }
  });

  it('keeps the last clause, the closing and the signature rows together', async () => {
    const docx = await docxOf(toExportModel(fx.summit), 'vi');
    const blocks = bodyBlocks(docx.part('word/document.xml'));
    const firstSignature = blocks.indexOf(signatureTables(docx)[0]!);
    const keepsNext = (p: Element) => child(child(p, 'pPr') ?? p, 'keepNext') !== undefined;
    // The last clause, the closing and the spacer before the signatures all keep with the next block.
    const before = blocks.slice(firstSignature - 3, firstSignature);
    expect(before.map((b) => paragraphText(b).slice(0, 12))).toEqual(['1. Hai bên g', 'Thỏa thuận n', '']);
    before.forEach((p, i) => expect(keepsNext(p), `block ${i}: ${paragraphText(p)}`).toBe(true));
    // Inside the signature rows every paragraph but those of the last row keeps with the next: two rows of
    // signers and one of witnesses fit one page together.
    const tables = signatureTables(docx);
    for (const table of tables.slice(0, -1)) for (const p of els(table, 'p')) expect(keepsNext(p), paragraphText(p)).toBe(true);
  });

  it('prints the kind once: "Biên bản thỏa thuận hợp tác …" under THỎA THUẬN HỢP TÁC becomes the subject alone', async () => {
    const all = paragraphs(await docxOf(toExportModel(fx.summit), 'vi'));
    const kind = all.indexOf('THỎA THUẬN HỢP TÁC');
    expect(all[kind + 1]).toBe('giữa tỉnh Hà Tĩnh và tỉnh Bô Ly Khăm Xay năm 2023');
    expect(all.join('\n')).not.toMatch(/Biên bản thỏa thuận/iu);
  });
});

describe('Decree 30 date line', () => {
  const MONTHS = ['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
  it('pads the day always and the month only for January and February, in every month and on days 1–9', async () => {
    const base = toExportModel(fx.summit);
    for (let month = 1; month <= 12; month++) {
      const day = month <= 9 ? month : 10 + month;
      const iso = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const all = paragraphs(await docxOf({ ...base, meetingDate: iso }, 'vi'));
      expect(all, iso).toContain(`Hà Tĩnh, ngày ${String(day).padStart(2, '0')} tháng ${MONTHS[month - 1]} năm 2023`);
      const lo = paragraphs(await docxOf({ ...base, meetingDate: iso }, 'lo'));
      expect(lo, iso).toContain(`ຮ່າຕິ້ງ, ວັນທີ ${String(day).padStart(2, '0')} ${LAO_DRAFT_TEXTS.months[month - 1]} 2023`);
    }
  });
});
