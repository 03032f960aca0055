/**
 * Export figures: `npx tsx tests/export/bench.ts [clauses…] [--no-hints]` (default 300 and 1000;
 * --no-hints: without the U+200B Lao line-break hints, which cost most of the Lao overhead).
 *
 * For each layout, the time to build and pack an N-clause bilingual agreement with shared/export
 * (toExportModel + buildDocument + packDocument), against the bare docx Packer on the same clause
 * paragraphs in the same run (issue 5: target ≤ 1.3× for 300 clauses, < 2 s for 1000). Two baselines:
 *  - "formatted": the same clause paragraphs (for the bilingual copy the same two-column table rows)
 *    with the same run and paragraph formatting and bookmarks, built straight with docx: what any
 *    export of this content must pay; the ratio is our overhead (model, numbering, sanitising,
 *    script runs, Lao break hints, headers, preamble, signatures);
 *  - "plain": the clause texts as unformatted paragraphs (new Paragraph(text)): docx's floor.
 * Median of several runs after a warm-up.
 */
import { AlignmentType, Bookmark, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocumentDetail } from '../../shared/contract/schemas';
import { buildDocument, EXPORT_LAYOUTS, packDocument, toExportModel, type ExportLayout } from '../../shared/export';
import { SON_LA_HUA_PHAN_2025 } from '../../shared/sample/son-la-hua-phan';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** An N-clause agreement built from the sample's texts: 10 sections, each clause followed by three points. */
export function largeDocument(clauses: number): DocumentDetail {
  const texts = SON_LA_HUA_PHAN_2025.sections.flatMap((s) => s.clauses);
  const sectionCount = 10;
  const sections: DocumentDetail['sections'] = Array.from({ length: sectionCount }, (_, s) => ({
    id: uuid(1_000_000 + s),
    part: 'tasks' as const,
    sector: 'custom' as const,
    position: s,
    titleVi: `Lĩnh vực ${s + 1}`,
    titleLo: `ຂົງເຂດ ${s + 1}`,
    loNeedsReview: true,
    scopeProvinceIds: [],
    clauses: [],
  }));
  const perSection = Math.ceil(clauses / sectionCount);
  let parent: string | null = null;
  for (let i = 0; i < clauses; i++) {
    const section = sections[Math.floor(i / perSection)]!;
    const text = texts[i % texts.length]!;
    const id = uuid(i + 1);
    // In each section: a clause, then three points under it (a, b, c), and so on.
    const isPoint = i % perSection % 4 !== 0 && parent !== null;
    section.clauses.push({
      id,
      sectionId: section.id,
      parentId: isPoint ? parent : null,
      position: i,
      textVi: text.vi,
      textLo: text.lo,
      loNeedsReview: true,
      status: 'not_started',
      deadline: null,
      scopeProvinceIds: [],
    });
    if (!isPoint) parent = id;
  }
  return {
    id: uuid(0),
    kind: 'agreement',
    status: 'draft',
    titleVi: 'Thỏa thuận hợp tác giữa tỉnh Sơn La và tỉnh Hủa Phăn năm 2025',
    titleLo: 'ສັນຍາຮ່ວມມື ລະຫວ່າງ ແຂວງເຊີນລາ ແລະ ແຂວງຫົວພັນ ປີ 2025',
    titleLoNeedsReview: true,
    meetingDate: '2025-03-21',
    placeVi: 'Sầm Nưa, tỉnh Hủa Phăn',
    placeLo: 'ຊຳເໜືອ, ແຂວງຫົວພັນ',
    datelinePlaceVi: 'Sầm Nưa',
    datelinePlaceLo: 'ຊຳເໜືອ',
    ourProvince: { provinceId: 'vn-son-la', country: 'VN', nameVi: 'Sơn La', nameLo: 'ເຊີນລາ', nameEn: 'Son La' },
    partners: [{ provinceId: 'la-houaphanh', country: 'LA', nameVi: 'Hủa Phăn', nameLo: 'ຫົວພັນ', nameEn: 'Houaphanh' }],
    isSample: false,
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    periodStart: null,
    periodEnd: null,
    delegations: SON_LA_HUA_PHAN_2025.delegations.map((d, i) => ({ id: uuid(3_000_000 + i), position: i, loNeedsReview: true, ...d })),
    delegates: SON_LA_HUA_PHAN_2025.delegates.map(({ provinceId, ...d }, i) => ({
      id: uuid(2_000_000 + i),
      delegationId: uuid(3_000_000 + SON_LA_HUA_PHAN_2025.delegations.findIndex((g) => g.provinceId === provinceId)),
      position: i,
      loNeedsReview: true,
      ...d,
    })),
    sections,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const FONT = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const VI_RUN = { font: FONT('Times New Roman'), size: 28, sizeComplexScript: 28, language: { value: 'vi-VN' } };
const LO_RUN = { font: FONT('Phetsarath OT'), size: 30, sizeComplexScript: 30, language: { value: 'lo-LA', bidirectional: 'lo-LA' } };
const PARAGRAPH = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, spacing: { before: 0, after: 120, line: 276 } };

/** The same clause texts through the bare Packer: formatted like the export, or plain. */
function bare(detail: DocumentDetail, layout: ExportLayout, formatted: boolean): Document {
  const clauses = detail.sections.flatMap((s) => s.clauses);
  const para = (text: string, language: 'vi' | 'lo', i: number) =>
    formatted
      ? new Paragraph({
          ...PARAGRAPH,
          children: [new Bookmark({ id: `c_${i}`, children: [new TextRun({ ...(language === 'vi' ? VI_RUN : LO_RUN), text: `${i + 1}. ${text}` })] })],
        })
      : new Paragraph(text);
  if (layout === 'bilingual' && formatted) {
    const rows = clauses.map(
      (c, i) =>
        new TableRow({
          children: [para(c.textVi, 'vi', i), para(c.textLo, 'lo', i)].map(
            (p) => new TableCell({ width: { size: 4535, type: WidthType.DXA }, children: [p] }),
          ),
        }),
    );
    return new Document({ sections: [{ children: [new Table({ width: { size: 9071, type: WidthType.DXA }, columnWidths: [4535, 4536], rows })] }] });
  }
  const texts = clauses.flatMap((c): ['vi' | 'lo', string][] =>
    layout === 'vi' ? [['vi', c.textVi]] : layout === 'lo' ? [['lo', c.textLo]] : [['vi', c.textVi], ['lo', c.textLo]],
  );
  return new Document({ sections: [{ children: texts.map(([language, text], i) => para(text, language, i)) }] });
}

export interface ExportFigure {
  clauses: number;
  layout: ExportLayout;
  exportMs: number;
  formattedMs: number;
  plainMs: number;
  bytes: number;
}

export async function benchExport(clauses: number, runs = 7, hints = true): Promise<ExportFigure[]> {
  const detail = largeDocument(clauses);
  const out: ExportFigure[] = [];
  for (const layout of EXPORT_LAYOUTS) {
    let bytes = 0;
    const exportMs = await time(async () => {
      const model = toExportModel(detail);
      bytes = (await packDocument(buildDocument(model, { layout, laoLineBreakHints: hints }).document)).length;
    }, runs);
    const formattedMs = await time(() => Packer.pack(bare(detail, layout, true), 'uint8array'), runs);
    const plainMs = await time(() => Packer.pack(bare(detail, layout, false), 'uint8array'), runs);
    out.push({ clauses, layout, exportMs, formattedMs, plainMs, bytes });
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const hints = !args.includes('--no-hints');
  const sizes = args.map(Number).filter((n) => n > 0);
  for (const clauses of sizes.length > 0 ? sizes : [300, 1000]) {
    for (const f of await benchExport(clauses, 7, hints)) {
      console.log(
        `${String(f.clauses).padStart(5)} clauses ${f.layout.padEnd(9)} export ${f.exportMs.toFixed(0).padStart(4)} ms` +
          ` | bare docx, same formatting ${f.formattedMs.toFixed(0).padStart(4)} ms → ${(f.exportMs / f.formattedMs).toFixed(2)}×` +
          ` | plain paragraphs ${f.plainMs.toFixed(0).padStart(3)} ms → ${(f.exportMs / f.plainMs).toFixed(2)}× | ${(f.bytes / 1024).toFixed(0)} KiB`,
      );
    }
  }
}

if (process.argv[1]?.endsWith('export.ts')) void main();
