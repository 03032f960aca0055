import { AlignmentType, Document, Header, LineRuleType, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ParagraphChild } from 'docx';
import type { Sector } from '../domain/document';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '../followup/status';
import { documentKit, packDocument } from './build';
import { laoDateLine, vietnameseDateLine } from './dates';
import { LINE_SPACING, MARGINS, PAGE, PARAGRAPH_SPACING, SIZES, TEXT_WIDTH } from './format';
import { exportLine, exportText } from './sanitize';
import type { ExportLanguage } from './texts';

/**
 * "Báo cáo kết quả thực hiện": the progress report that feeds next year's talks. Pure: the data in
 * (gathered by db/repositories/report-data.ts), a docx Document out, laid out like the originals
 * (Decree 30 page, national headers, date line, Lao in every font slot).
 */
export interface ReportItem {
  label: string;
  textVi: string;
  textLo: string;
  status: EffectiveStatus;
  leadVi: string | null;
  leadLo: string | null;
  deadline: string;
  latestDate: string | null;
  latestVi: string;
  latestLo: string;
  indicators: { nameVi: string; nameLo: string; unit: string; target: number | null; actual: number | null }[];
  /** "Biên bản hội đàm … (2024)" when the task was carried over from an earlier document. */
  carriedFrom: string | null;
}

export interface ReportSection {
  sector: Sector;
  titleVi: string;
  titleLo: string;
  items: ReportItem[];
}

export interface ReportModel {
  /** What the report covers: "Biên bản hội đàm … năm 2025" or "hợp tác với tỉnh Hủa Phăn, 2024–2026". */
  subjectVi: string;
  subjectLo: string;
  placeVi: string;
  placeLo: string;
  /** Date of the report (ISO). */
  date: string;
  sections: ReportSection[];
}

export interface ReportLabels {
  status: Record<EffectiveStatus, string>;
  sector: Record<Sector, string>;
}

const WORDS = {
  vi: {
    title: 'BÁO CÁO',
    subject: 'Kết quả thực hiện',
    summary: 'I. TỔNG HỢP KẾT QUẢ',
    details: 'II. KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC',
    sector: 'Lĩnh vực',
    total: 'Tổng số',
    rate: 'Tỷ lệ hoàn thành',
    statusLine: 'Trạng thái',
    lead: 'Chủ trì',
    deadline: 'Thời hạn',
    latest: 'Tiến độ gần nhất',
    indicators: 'Chỉ tiêu',
    target: 'mục tiêu',
    carried: 'Chuyển tiếp từ',
    none: 'Không có nhiệm vụ nào trong phạm vi báo cáo.',
  },
  lo: {
    title: 'ບົດລາຍງານ',
    subject: 'ຜົນການຈັດຕັ້ງປະຕິບັດ',
    summary: 'I. ສັງລວມຜົນ',
    details: 'II. ຜົນການຈັດຕັ້ງປະຕິບັດຕາມຂົງເຂດ',
    sector: 'ຂົງເຂດ',
    total: 'ທັງໝົດ',
    rate: 'ອັດຕາສຳເລັດ',
    statusLine: 'ສະຖານະ',
    lead: 'ເປັນເຈົ້າການ',
    deadline: 'ກຳນົດເວລາ',
    latest: 'ຄວາມຄືບໜ້າຫຼ້າສຸດ',
    indicators: 'ຕົວຊີ້ວັດ',
    target: 'ຄາດໝາຍ',
    carried: 'ສືບຕໍ່ຈາກ',
    none: 'ບໍ່ມີວຽກງານໃນຂອບເຂດຂອງບົດລາຍງານ.',
  },
} as const;

const percent = (done: number, counted: number) => (counted > 0 ? `${Math.round((done / counted) * 100)}%` : '—');

export function buildReport(model: ReportModel, options: { language: ExportLanguage; labels: ReportLabels; laoFont?: string }): Document {
  const { language, labels } = options;
  const kit = documentKit({ language, laoFont: options.laoFont });
  const w = WORDS[language];
  const numbers = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'lo-LA', { maximumFractionDigits: 2 });
  const pick = (vi: string, lo: string) => exportText(language === 'vi' ? vi : lo || vi);
  const body = kit.body;
  const line = (children: ParagraphChild[], indent = 0) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { left: indent },
      spacing: { before: 0, after: 60, line: LINE_SPACING, lineRule: LineRuleType.AUTO },
      children,
    });

  const children: (Paragraph | Table)[] = [kit.header()];
  const dateText = language === 'vi' ? vietnameseDateLine(exportLine(model.placeVi), model.date) : laoDateLine(exportLine(model.placeLo || model.placeVi), model.date);
  children.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240, after: 240 }, children: kit.runs(dateText, language, { size: SIZES.body, italics: true }) }),
    kit.centred(kit.runs(w.title, language, { size: SIZES.title, bold: true }), { after: 60 }, true),
    kit.centred(kit.runs(`${w.subject} ${pick(model.subjectVi, model.subjectLo)}`, language, { size: SIZES.body, bold: true }), { after: 360 }),
  );

  // I. Summary table: one row per sector, counts per status, completion rate.
  children.push(kit.bodyParagraph(kit.runs(w.summary, language, { size: body, bold: true }), { keepNext: true, left: true }));
  const columns = [w.sector, w.total, ...EFFECTIVE_STATUSES.map((s) => labels.status[s]), w.rate];
  const firstWidth = Math.round(TEXT_WIDTH * 0.2);
  const rest = TEXT_WIDTH - firstWidth;
  const otherWidth = Math.floor(rest / (columns.length - 1));
  const widths = [firstWidth + (rest - otherWidth * (columns.length - 1)), ...columns.slice(1).map(() => otherWidth)];
  // 10–11 pt in the table: nine columns must fit the text width without breaking words.
  const cell = (text: string, width: number, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER, size = 22) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: 60, right: 60 },
      children: [new Paragraph({ alignment: align, spacing: { before: 20, after: 20 }, children: kit.runs(text, language, { size, bold }) })],
    });
  const countRow = (name: string, items: ReportItem[], bold = false) => {
    const counts = EFFECTIVE_STATUSES.map((s) => items.filter((i) => i.status === s).length);
    const done = items.filter((i) => i.status === 'done').length;
    const dropped = items.filter((i) => i.status === 'dropped').length;
    return new TableRow({
      cantSplit: true,
      children: [
        cell(name, widths[0]!, bold, AlignmentType.LEFT),
        cell(String(items.length), widths[1]!, bold),
        ...counts.map((n, i) => cell(String(n), widths[i + 2]!, bold)),
        cell(percent(done, items.length - dropped), widths.at(-1)!, bold),
      ],
    });
  };
  const all = model.sections.flatMap((s) => s.items);
  children.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, widths[i]!, true, AlignmentType.CENTER, language === 'lo' ? 18 : 20)) }),
        ...model.sections.map((s) => countRow(pick(s.titleVi, s.titleLo) || labels.sector[s.sector], s.items)),
        countRow(w.total, all, true),
      ],
    }),
    new Paragraph({ spacing: { after: PARAGRAPH_SPACING }, children: [] }),
  );

  // II. Each sector, each task: status, lead, deadline, latest progress, indicators, origin.
  children.push(kit.bodyParagraph(kit.runs(w.details, language, { size: body, bold: true }), { keepNext: true, left: true }));
  if (all.length === 0) children.push(kit.bodyParagraph(kit.runs(w.none, language, { size: body, italics: true })));
  model.sections.forEach((section, index) => {
    children.push(kit.bodyParagraph(kit.runs(`${index + 1}. ${pick(section.titleVi, section.titleLo) || labels.sector[section.sector]}`, language, { size: body, bold: true }), { keepNext: true, left: true }));
    for (const item of section.items) {
      const text = pick(item.textVi, item.textLo);
      children.push(
        kit.bodyParagraph([
          ...kit.runs(`${item.label} `, language, { size: body, bold: true }),
          ...(text ? kit.runs(text, language, { size: body, running: true }) : kit.runs(kit.missingText, language, { size: body, highlight: true })),
        ]),
      );
      const facts = [`${w.statusLine}: ${labels.status[item.status]}`];
      const lead = language === 'vi' ? item.leadVi : item.leadLo ?? item.leadVi;
      if (lead) facts.push(`${w.lead}: ${exportLine(lead)}`);
      if (item.deadline) facts.push(`${w.deadline}: ${item.deadline}`);
      children.push(line(kit.runs(`- ${facts.join('; ')}.`, language, { size: body }), 360));
      const latest = pick(item.latestVi, item.latestLo);
      if (item.latestDate && latest) children.push(line(kit.runs(`- ${w.latest} (${isoDisplay(item.latestDate)}): ${latest}`, language, { size: body, running: true }), 360));
      const figures = item.indicators
        .filter((i) => i.actual !== null || i.target !== null)
        .map((i) => `${exportLine(language === 'vi' ? i.nameVi : i.nameLo || i.nameVi)}: ${i.actual === null ? '—' : numbers.format(i.actual)}${i.target === null ? '' : ` / ${w.target} ${numbers.format(i.target)}`} ${exportLine(i.unit)}`);
      if (figures.length) children.push(line(kit.runs(`- ${w.indicators}: ${figures.join('; ')}.`, language, { size: body }), 360));
      if (item.carriedFrom) children.push(line(kit.runs(`- ${w.carried}: ${exportLine(item.carriedFrom)}.`, language, { size: body, italics: true }), 360));
    }
  });

  return new Document({
    creator: 'Hợp Tác',
    title: exportLine(`${w.title} ${pick(model.subjectVi, model.subjectLo)}`),
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: body, sizeComplexScript: body, language: { value: 'vi-VN', bidirectional: 'lo-LA' } },
          paragraph: { spacing: { line: LINE_SPACING, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: { ...MARGINS, gutter: 0 } },
        },
        headers: { default: kit.pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
}

function isoDisplay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export async function exportReport(model: ReportModel, options: { language: ExportLanguage; labels: ReportLabels; laoFont?: string }): Promise<Uint8Array> {
  return packDocument(buildReport(model, options));
}
