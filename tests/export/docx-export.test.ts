import type { Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberDocument } from '../../shared/drafting/numbering';
import {
  buildDocument,
  EXPORT_LAYOUTS,
  exportFileName,
  LAO_DRAFT_TEXTS,
  MARGINS,
  PAGE,
  packDocument,
  TEXT_WIDTH,
  toExportModel,
  twipsToMm,
  VI_TEXTS,
  type BuiltDocument,
  type ExportLayout,
  type ExportModel,
  type ExportOptions,
} from '../../shared/export';
import { FIXTURE_COUNTS } from '../fixtures/thanh-hoa-hua-phan-2025';
import { attr, bodyBlocks, child, els, LAO_LETTER, LATIN_LETTER, paragraphText, R, readDocx, runInfo, type Docx } from './docx';
import { loadFixtures, type ExportFixtures } from './fixtures';

let fx: ExportFixtures;
beforeAll(async () => {
  fx = await loadFixtures();
});
afterAll(() => fx?.cleanup());

interface Exported {
  model: ExportModel;
  built: BuiltDocument;
  docx: Docx;
}

async function exported(model: ExportModel, options: ExportOptions): Promise<Exported> {
  const built = buildDocument(model, options);
  const bytes = await packDocument(built.document);
  expect(bytes).toBeInstanceOf(Uint8Array);
  return { model, built, docx: await readDocx(bytes) };
}

const FIXTURES = ['sample', 'thanhHoa'] as const;
const CASES = FIXTURES.flatMap((fixture) => EXPORT_LAYOUTS.map((layout) => ({ fixture, layout })));

function sectPr(docx: Docx): Element {
  return els(docx.part('word/document.xml'), 'sectPr')[0]!;
}

/** The header part a sectPr headerReference of `type` points to. */
function headerPart(docx: Docx, type: 'default' | 'first'): string {
  const ref = els(sectPr(docx), 'headerReference').find((h) => attr(h, 'type') === type);
  expect(ref, `headerReference ${type}`).toBeDefined();
  const id = ref!.getAttributeNS(R, 'id');
  const rels = docx.part('word/_rels/document.xml.rels');
  const rel = Array.from(rels.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === id);
  return `word/${rel!.getAttribute('Target')}`;
}

function allRuns(docx: Docx): { part: string; run: Element }[] {
  return [...docx.xml.entries()]
    .filter(([name]) => /^word\/(document|header\d+|footer\d+)\.xml$/u.test(name))
    .flatMap(([part, doc]) => els(doc, 'r').map((run) => ({ part, run })));
}

function texts(docx: Docx): string[] {
  return els(docx.part('word/document.xml'), 'p').map(paragraphText);
}

describe.each(CASES)('$layout layout of the $fixture document', ({ fixture, layout }) => {
  let ex: Exported;
  beforeAll(async () => {
    ex = await exported(toExportModel(fx[fixture]), { layout });
  });

  it('parses every XML part strictly (JSZip + @xmldom/xmldom, XML 1.0 characters)', () => {
    // readDocx threw otherwise; make sure the parts we rely on are there.
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/settings.xml']) {
      expect(ex.docx.xml.has(part), part).toBe(true);
    }
    expect([...ex.docx.xml.keys()].length).toBeGreaterThanOrEqual(10);
  });

  it('is A4 portrait with Decree 30 margins (top ≥ 25 mm because a header holds the page number)', () => {
    const s = sectPr(ex.docx);
    const size = child(s, 'pgSz')!;
    expect(Number(attr(size, 'w'))).toBe(11906);
    expect(Number(attr(size, 'h'))).toBe(16838);
    expect(attr(size, 'orient') ?? 'portrait').toBe('portrait');
    const mar = child(s, 'pgMar')!;
    const mm = (name: string) => twipsToMm(Number(attr(mar, name)));
    expect(mm('top')).toBeGreaterThanOrEqual(25);
    expect(mm('top')).toBeLessThanOrEqual(25.1);
    expect(mm('bottom')).toBeGreaterThanOrEqual(20);
    expect(mm('bottom')).toBeLessThanOrEqual(25.1);
    expect(mm('left')).toBeGreaterThanOrEqual(30);
    expect(mm('left')).toBeLessThanOrEqual(35.1);
    expect(mm('right')).toBeGreaterThanOrEqual(15);
    expect(mm('right')).toBeLessThanOrEqual(20.1);
    // Header distance plus one 14 pt line stays inside the top margin: the number never overlaps the body.
    expect(Number(attr(mar, 'header')) + 14 * 20 * 1.2).toBeLessThan(Number(attr(mar, 'top')));
    expect(TEXT_WIDTH).toBe(PAGE.width - MARGINS.left - MARGINS.right);
  });

  it('numbers pages from page 2 in the top margin: PAGE field in the default header, titlePg, nothing on page 1', () => {
    const s = sectPr(ex.docx);
    expect(child(s, 'titlePg')).toBeDefined();
    const defaultHeader = ex.docx.part(headerPart(ex.docx, 'default'));
    const instr = els(defaultHeader, 'instrText').map((e) => (e.textContent ?? '').trim());
    expect(instr).toContain('PAGE');
    const kinds = els(defaultHeader, 'fldChar').map((f) => attr(f, 'fldCharType'));
    expect(kinds).toEqual(['begin', 'separate', 'end']);
    expect(attr(child(child(els(defaultHeader, 'p')[0]!, 'pPr')!, 'jc'), 'val')).toBe('center');
    const firstHeader = ex.docx.part(headerPart(ex.docx, 'first'));
    expect(els(firstHeader, 'instrText')).toHaveLength(0);
    expect(els(firstHeader, 'p').map(paragraphText).join('')).toBe('');
  });

  it('sets Vietnamese runs in Times New Roman and Lao runs in the Lao font in all four slots, with szCs and lo-LA', () => {
    let lao = 0;
    let vietnamese = 0;
    for (const { part, run } of allRuns(ex.docx)) {
      const info = runInfo(run);
      const hasLao = LAO_LETTER.test(info.text);
      const hasLatin = LATIN_LETTER.test(info.text);
      expect(hasLao && hasLatin, `${part}: one run mixes scripts: ${info.text}`).toBe(false);
      if (hasLao) {
        lao++;
        expect(info.fonts, info.text).toEqual({ ascii: 'Phetsarath OT', hAnsi: 'Phetsarath OT', eastAsia: 'Phetsarath OT', cs: 'Phetsarath OT' });
        expect(info.szCs, info.text).not.toBeNull();
        expect(info.szCs).toBe(info.sz);
        expect(info.lang.val).toBe('lo-LA');
        expect(info.lang.bidi).toBe('lo-LA');
        if (info.bold) expect(info.boldCs, info.text).toBe(true);
        if (info.italics) expect(info.italicsCs, info.text).toBe(true);
      } else if (hasLatin) {
        vietnamese++;
        expect(info.fonts.ascii, info.text).toBe('Times New Roman');
        expect(info.fonts.hAnsi).toBe('Times New Roman');
        expect(info.fonts.cs).toBe('Times New Roman');
        expect(info.lang.val).toBe('vi-VN');
        expect(info.szCs).toBe(info.sz);
      }
    }
    if (layout === 'vi') expect(lao).toBe(0);
    else expect(lao).toBeGreaterThan(20);
    expect(vietnamese).toBeGreaterThan(layout === 'lo' ? 0 : 20);
  });

  it('sets Lao text 1 pt larger than the Vietnamese body and body text at 13–14 pt', () => {
    const runs = els(ex.docx.part('word/document.xml'), 'r').map(runInfo);
    const body = layout === 'bilingual' ? 26 : 28;
    const viSizes = new Set(runs.filter((r) => LATIN_LETTER.test(r.text)).map((r) => r.sz));
    const loSizes = new Set(runs.filter((r) => LAO_LETTER.test(r.text)).map((r) => r.sz));
    if (layout !== 'lo') expect(viSizes).toContain(body);
    if (layout !== 'vi') expect(loSizes).toContain(body + 2);
    for (const size of [...viSizes, ...loSizes]) {
      expect(size).toBeGreaterThanOrEqual(22);
      expect(size).toBeLessThanOrEqual(34);
    }
  });

  it('keeps every table inside the text width (tblW, grid and cells)', () => {
    const tables = els(ex.docx.part('word/document.xml'), 'tbl');
    expect(tables.length).toBeGreaterThanOrEqual(layout === 'bilingual' ? 1 : 2);
    for (const tbl of tables) {
      const tblPr = child(tbl, 'tblPr')!;
      const w = child(tblPr, 'tblW')!;
      expect(attr(w, 'type')).toBe('dxa');
      expect(Number(attr(w, 'w'))).toBeLessThanOrEqual(TEXT_WIDTH);
      const ind = child(tblPr, 'tblInd');
      if (ind) expect(Number(attr(ind, 'w'))).toBeGreaterThanOrEqual(0);
      const grid = els(child(tbl, 'tblGrid')!, 'gridCol').map((g) => Number(attr(g, 'w')));
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
      for (const tr of els(tbl, 'tr')) {
        const cells = Array.from(tr.childNodes).filter((n): n is Element => n.nodeType === 1 && n.localName === 'tc');
        const total = cells.reduce((sum, tc) => sum + Number(attr(child(child(tc, 'tcPr')!, 'tcW'), 'w')), 0);
        expect(total).toBeLessThanOrEqual(TEXT_WIDTH);
      }
    }
  });

  it('marks every clause with one bookmark named from its id', () => {
    const doc = ex.docx.part('word/document.xml');
    const starts = els(doc, 'bookmarkStart');
    const ends = els(doc, 'bookmarkEnd');
    const clauses = ex.model.sections.flatMap((s) => s.clauses);
    expect(clauses.length).toBeGreaterThan(0);
    expect(starts).toHaveLength(clauses.length);
    expect(ends).toHaveLength(clauses.length);
    const names = starts.map((b) => attr(b, 'name')!);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(clauses.map((c) => ex.built.bookmarks.get(c.id)));
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/u);
    expect(new Set(starts.map((b) => attr(b, 'id')))).toEqual(new Set(ends.map((b) => attr(b, 'id'))));
    // The bookmarked paragraph starts with the app's label of that clause.
    const numbered = numberDocument(fx[fixture].sections, fx[fixture].sections.flatMap((s) => s.clauses));
    starts.forEach((start, i) => {
      const p = start.parentNode as Element;
      expect(paragraphText(p).startsWith(`${numbered[i]!.label} `), paragraphText(p)).toBe(true);
      expect(names[i]).toBe(`c_${numbered[i]!.clause.id.replace(/-/gu, '')}`);
    });
  });

  it('uses the app numbering: Roman section labels in order and clause labels 1. a) …', () => {
    const all = texts(ex.docx);
    ex.model.sections.forEach((section, i) => {
      const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][i]!;
      expect(section.label).toBe(`${roman}.`);
      expect(all.some((t) => t.startsWith(`${roman}. `))).toBe(true);
    });
    if (fixture === 'thanhHoa') {
      expect(all.some((t) => t.startsWith('a) '))).toBe(true);
      expect(all.some((t) => t.startsWith('b) '))).toBe(true);
    }
  });
});

describe.each(FIXTURES)('headers, dates and text of the %s document', (fixture) => {
  it('vi: both national headers in Vietnamese, Vietnam left, each motto with a rule under it', async () => {
    const { docx } = await exported(toExportModel(fx[fixture]), { layout: 'vi' });
    const blocks = bodyBlocks(docx.part('word/document.xml'));
    expect(blocks[0]!.localName).toBe('tbl');
    const cells = els(blocks[0]!, 'tc');
    expect(cells).toHaveLength(2);
    const cellTexts = cells.map((c) => els(c, 'p').map(paragraphText));
    expect(cellTexts[0]!.slice(0, 2)).toEqual([VI_TEXTS.vietnam.name, VI_TEXTS.vietnam.motto]);
    expect(cellTexts[1]!.slice(0, 2)).toEqual([VI_TEXTS.laos.name, VI_TEXTS.laos.motto]);
    expect(VI_TEXTS.laos.motto).toBe('Hòa bình - Độc lập - Dân chủ - Thống nhất - Thịnh vượng');
    for (const cell of cells) {
      const ps = els(cell, 'p');
      // Quốc hiệu bold 12 pt, tiêu ngữ bold 13 pt, then the rule (a top border on an empty paragraph).
      expect(els(ps[0]!, 'r').map(runInfo).every((r) => r.bold && r.sz === 24)).toBe(true);
      expect(els(ps[1]!, 'r').map(runInfo).every((r) => r.bold && r.sz === 26)).toBe(true);
      const border = child(child(child(ps[2]!, 'pPr')!, 'pBdr')!, 'top');
      expect(attr(border, 'val')).toBe('single');
      expect(paragraphText(ps[2]!)).toBe('');
    }
    // The header table has no borders.
    const borders = child(child(blocks[0]!, 'tblPr')!, 'tblBorders')!;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(child(borders, side), 'val')).toBe('none');
  });

  it('lo: the Lao header first and in Lao, Vietnam header in Lao', async () => {
    const { docx } = await exported(toExportModel(fx[fixture]), { layout: 'lo' });
    const header = bodyBlocks(docx.part('word/document.xml'))[0]!;
    const cellTexts = els(header, 'tc').map((c) => els(c, 'p').map(paragraphText));
    expect(cellTexts[0]!.slice(0, 2)).toEqual([LAO_DRAFT_TEXTS.laos.name, LAO_DRAFT_TEXTS.laos.motto]);
    expect(cellTexts[1]!.slice(0, 2)).toEqual([LAO_DRAFT_TEXTS.vietnam.name, LAO_DRAFT_TEXTS.vietnam.motto]);
    expect(LAO_DRAFT_TEXTS.laos.name).toBe('ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ');
    expect(LAO_DRAFT_TEXTS.laos.motto).toBe('ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ');
  });

  it('writes the italic place-and-date line with leading zeros in both languages', async () => {
    const model = { ...toExportModel(fx[fixture]), meetingDate: '2025-01-05', datelinePlaceVi: 'Thanh Hóa', datelinePlaceLo: 'ແທງຮວາ' };
    const vi = await exported(model, { layout: 'vi' });
    const viLine = els(vi.docx.part('word/document.xml'), 'p').find((p) => paragraphText(p) === 'Thanh Hóa, ngày 05 tháng 01 năm 2025');
    expect(viLine).toBeDefined();
    expect(els(viLine!, 'r').map(runInfo).every((r) => r.italics)).toBe(true);
    const lo = await exported(model, { layout: 'lo' });
    const loLine = els(lo.docx.part('word/document.xml'), 'p').find((p) => paragraphText(p) === 'ແທງຮວາ, ວັນທີ 05 ມັງກອນ 2025');
    expect(loLine).toBeDefined();
    expect(els(loLine!, 'r').map(runInfo).every((r) => r.italics && r.italicsCs)).toBe(true);
    // And the stored date as is.
    const stored = await exported(toExportModel(fx[fixture]), { layout: 'vi' });
    // The date line's địa danh is its own field (the town, not the venue's address); months 3–12 unpadded.
    const expected = fixture === 'sample' ? 'Sầm Nưa, ngày 21 tháng 3 năm 2025' : 'Thanh Hóa, ngày 14 tháng 5 năm 2025';
    expect(texts(stored.docx)).toContain(expected);
  });

  it('vi: title in capitals, summary, preamble from the delegations, closing and both signatures', async () => {
    const model = toExportModel(fx[fixture]);
    const { docx } = await exported(model, { layout: 'vi' });
    const all = texts(docx);
    expect(all).toContain('BIÊN BẢN HỘI ĐÀM');
    const heads = model.delegations.map((d) => d.heads[0]!);
    for (const head of heads) {
      expect(all.some((t) => t.includes(`do đồng chí ${head.nameVi}, ${head.titleVi}, làm Trưởng đoàn.`))).toBe(true);
    }
    expect(all.some((t) => t.includes('được lập thành 04 (bốn) bản gốc, mỗi bên giữ 02 bản, gồm 02 bản tiếng Việt và 02 bản tiếng Lào'))).toBe(true);
    const tables = els(docx.part('word/document.xml'), 'tbl');
    const signatures = tables.at(-1)!;
    const signText = els(signatures, 'p').map(paragraphText);
    expect(signText).toContain('TRƯỞNG ĐOÀN');
    for (const head of heads) {
      const nameP = els(signatures, 'p').find((p) => paragraphText(p) === head.nameVi);
      expect(nameP, head.nameVi).toBeDefined();
      expect(els(nameP!, 'r').map(runInfo).every((r) => r.bold)).toBe(true);
    }
    // Our side (Vietnam) signs on the left in the Vietnamese original, on behalf of its delegation.
    expect(els(els(signatures, 'tc')[0]!, 'p').map(paragraphText).join(' ')).toContain(model.parties[0]!.nameVi.toLocaleUpperCase('vi'));
    expect(els(els(signatures, 'tc')[0]!, 'p').map(paragraphText).join(' ').replace(/\n/gu, ' ')).toContain(`TM. ${model.delegations[0]!.nameVi.toLocaleUpperCase('vi')}`);
  });
});

describe('missing Lao text', () => {
  it('prints a visible placeholder and reports the count of clauses without Lao (seed-001-like fixture)', async () => {
    const model = toExportModel(fx.thanhHoa);
    const counts: Record<ExportLayout, number> = { vi: 0, lo: 0, bilingual: 0 };
    for (const layout of EXPORT_LAYOUTS) {
      const { built, docx } = await exported(model, { layout });
      counts[layout] = built.missingLaoClauses;
      const placeholders = els(docx.part('word/document.xml'), 'r')
        .map(runInfo)
        .filter((r) => r.text.replace(/\u200B/gu, '') === LAO_DRAFT_TEXTS.missing);
      expect(placeholders).toHaveLength(layout === 'vi' ? 0 : FIXTURE_COUNTS.withoutLao);
      for (const r of placeholders) expect(r.highlight).toBe('yellow');
      if (layout !== 'vi') expect(built.laoToReview).toBe(FIXTURE_COUNTS.clauses - FIXTURE_COUNTS.withoutLao);
    }
    expect(counts).toEqual({ vi: 0, lo: FIXTURE_COUNTS.withoutLao, bilingual: FIXTURE_COUNTS.withoutLao });
    expect(model.sections.flatMap((s) => s.clauses)).toHaveLength(FIXTURE_COUNTS.clauses);
    expect(new Set(model.sections.map((s) => s.sector)).size).toBeGreaterThanOrEqual(FIXTURE_COUNTS.sectors);
  });

  it('the sample document has Lao for every clause', () => {
    const built = buildDocument(toExportModel(fx.sample), { layout: 'lo' });
    expect(built.missingLaoClauses).toBe(0);
    expect(built.missingLaoTexts).toBe(0);
  });

  it('exports a document with no clauses, no Lao title and no Lao place, three parties, in every layout', async () => {
    const model = toExportModel(fx.empty);
    expect(model.sections).toHaveLength(0);
    for (const layout of EXPORT_LAYOUTS) {
      const { built, docx } = await exported(model, { layout });
      expect(els(docx.part('word/document.xml'), 'bookmarkStart')).toHaveLength(0);
      expect(built.missingLaoClauses).toBe(0);
      if (layout !== 'vi') expect(built.missingLaoTexts).toBeGreaterThan(0);
      const all = texts(docx);
      if (layout === 'vi') {
        expect(all).toContain('Ngày 05 tháng 01 năm 2025'.replace('Ngày', 'Huế, ngày'));
        expect(all).toContain('BIÊN BẢN GHI NHỚ');
        expect(all.some((t) => t.includes('06 (sáu) bản gốc'))).toBe(true);
        expect(all.some((t) => t.includes('thành phố Huế'))).toBe(true);
        expect(all.some((t) => t.includes('Thủ đô Viêng Chăn'))).toBe(true);
      }
    }
  });
});

describe('options and names', () => {
  it('writes the chosen Lao font into every slot', async () => {
    for (const laoFont of ['Saysettha OT', 'Noto Sans Lao'] as const) {
      const { docx } = await exported(toExportModel(fx.sample), { layout: 'bilingual', laoFont });
      const lao = els(docx.part('word/document.xml'), 'r').map(runInfo).filter((r) => LAO_LETTER.test(r.text));
      expect(lao.length).toBeGreaterThan(0);
      for (const r of lao) expect(r.fonts).toEqual({ ascii: laoFont, hAnsi: laoFont, eastAsia: laoFont, cs: laoFont });
    }
  });

  it('bilingual: one two-column table, Vietnamese left and Lao right, a row per clause and heading', async () => {
    const model = toExportModel(fx.thanhHoa);
    const { docx } = await exported(model, { layout: 'bilingual' });
    const tables = els(docx.part('word/document.xml'), 'tbl');
    expect(tables).toHaveLength(1);
    const rows = els(tables[0]!, 'tr');
    const headerRow = rows[0]!;
    expect(child(child(headerRow, 'trPr')!, 'tblHeader')).toBeDefined();
    for (const row of rows) expect(els(row, 'tc')).toHaveLength(2);
    const clauses = model.sections.flatMap((s) => s.clauses);
    const parts = new Set(model.sections.map((s) => s.part)).size;
    // header row + title + date + preamble (opening, 2 heads, 2 member lines, purpose) + parts + sections + clauses + closing
    expect(rows).toHaveLength(1 + 2 + 6 + parts + model.sections.length + clauses.length + 1);
    for (const row of rows.slice(1)) {
      const [vi, lo] = els(row, 'tc');
      expect(LAO_LETTER.test(els(vi!, 'p').map(paragraphText).join(''))).toBe(false);
      const loText = els(lo!, 'p').map(paragraphText).join('');
      expect(LAO_LETTER.test(loText), loText).toBe(true);
    }
  });

  it('proposes ASCII file names safe on Windows', () => {
    const model = toExportModel(fx.sample);
    expect(exportFileName(model, 'vi')).toBe('2025-03-21 Bien ban hoi dam Son La - Hua Phan (VI).docx');
    expect(exportFileName(model, 'lo')).toBe('2025-03-21 Bien ban hoi dam Son La - Hua Phan (LO).docx');
    expect(exportFileName(model, 'bilingual')).toBe('2025-03-21 Bien ban hoi dam Son La - Hua Phan (VI-LO).docx');
    expect(exportFileName(toExportModel(fx.thanhHoa), 'vi')).toBe('2025-05-14 Bien ban hoi dam Thanh Hoa - Hua Phan (VI).docx');
    expect(exportFileName(toExportModel(fx.empty), 'vi')).toBe('2025-01-05 Bien ban ghi nho Hue - Sa La Van - Thu do Vieng Chan (VI).docx');
  });
});
