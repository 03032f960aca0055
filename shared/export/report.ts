import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { Sector } from '../domain/document';
import type { IndicatorDirection } from '../followup/indicators';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '../followup/status';
import { documentKit, packDocument } from './build';
import { laoDateLine, vietnameseDateLine } from './dates';
import { MARGINS, PAGE, SIZES, TEXT_WIDTH } from './format';
import { exportLine, exportText } from './sanitize';
import type { ExportLanguage } from './texts';

/**
 * "Báo cáo kết quả thực hiện" as a Decree 30 internal report (issue 11): the progress report a provincial
 * department sends upward. Pure: the data in (db/repositories/report-data.ts), a docx Document out.
 *
 * Vietnamese: issuing body top left with its number ("Số: …/BC-…"), the Vietnamese national header only,
 * top right, with the date line under it; "BÁO CÁO", the subject and "tính đến ngày …"; the totals (the
 * dashboard's, on the as-of day); a landscape section with one row per task, then the late tasks and the
 * tasks proposed for carry-over; "Nơi nhận:" bottom left, the signer bottom right. Table text ≥ 11 pt.
 * Lao: the Lao national header only, centred; issuing body left, number and date right (Lao practice as we
 * understand it — the layout and every fixed Lao string here are drafts that need review).
 */
export interface ReportIndicator {
  labelVi: string;
  labelLo: string;
  unit: string;
  direction: IndicatorDirection;
  target: number | null;
  /** The figure on the as-of day; null = nothing reported ("—"). */
  current: number | null;
  met: boolean | null;
}

export interface ReportItem {
  label: string;
  textVi: string;
  textLo: string;
  status: EffectiveStatus;
  leadVi: string | null;
  leadLo: string | null;
  deadline: string;
  daysOverdue: number | null;
  latestDate: string | null;
  latestVi: string;
  latestLo: string;
  indicators: ReportIndicator[];
  /** Names of the evidence files of its entries up to the as-of day. */
  evidence: string[];
  /** "Biên bản hội đàm … (2024)" when the task was carried over from an earlier document. */
  carriedFrom: string | null;
  /** The later document it was carried over to, if any (its status stays its own). */
  carriedToVi: string | null;
  carriedToLo: string | null;
}

export interface ReportSection {
  sector: Sector;
  titleVi: string;
  titleLo: string;
  items: ReportItem[];
}

/** A row of counts, exactly as the dashboard gives it on the as-of day. */
export interface ReportCounts {
  labelVi: string;
  labelLo: string;
  counts: Record<EffectiveStatus, number>;
  total: number;
  completionRate: number | null;
}

/** What the officer filled once (settings.get), in the report's language; empty values print as blanks. */
export interface ReportHeading {
  issuingBody: string[];
  numberSymbol: string;
  place: string;
  signerTitle: string[];
  signerName: string;
  recipients: string[];
}

export interface ReportModel {
  /** What the report covers: "Biên bản hội đàm … năm 2025" or "hợp tác với tỉnh Hủa Phăn, 2024–2026". */
  subjectVi: string;
  subjectLo: string;
  /** Date of the report (ISO): the date line. */
  date: string;
  /** The day the figures are computed for: "tính đến ngày …". */
  asOf: string;
  heading: ReportHeading;
  /** One row per sector and the total, from the dashboard grouped by sector. */
  summary: ReportCounts[];
  totals: ReportCounts;
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
    asOf: (date: string) => `(tính đến ngày ${date})`,
    number: 'Số:',
    intro: (asOf: string, total: number) =>
      `Tính đến ngày ${asOf}, tổng số nhiệm vụ được theo dõi là ${total}. Kết quả thực hiện cụ thể như sau:`,
    summary: 'I. TỔNG HỢP KẾT QUẢ',
    details: 'II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ',
    late: 'III. CÁC NHIỆM VỤ CHẬM TIẾN ĐỘ',
    carry: 'IV. CÁC NHIỆM VỤ ĐỀ XUẤT CHUYỂN TIẾP',
    sector: 'Lĩnh vực',
    total: 'Tổng số',
    rate: 'Tỷ lệ hoàn thành',
    ref: 'Mục',
    task: 'Nhiệm vụ',
    lead: 'Cơ quan chủ trì',
    deadline: 'Thời hạn',
    status: 'Trạng thái',
    figures: 'Chỉ tiêu: kết quả / mục tiêu',
    latest: 'Báo cáo gần nhất',
    evidence: 'Tài liệu kèm theo',
    overdue: 'Số ngày quá hạn',
    proposal: 'Ghi chú',
    proposed: 'Đề xuất chuyển tiếp',
    carriedTo: (doc: string) => `Đã chuyển tiếp sang ${doc}`,
    carriedFrom: (doc: string) => `Chuyển tiếp từ ${doc}`,
    noLate: 'Không có nhiệm vụ chậm tiến độ.',
    noCarry: 'Không có nhiệm vụ cần chuyển tiếp.',
    none: 'Không có nhiệm vụ nào trong phạm vi báo cáo.',
    atMost: '(tối đa)',
    exactly: '(đúng bằng)',
    recipients: 'Nơi nhận:',
    defaultRecipients: ['Như trên', 'Lưu: VT'],
    blank: '……………',
  },
  lo: {
    title: 'ບົດລາຍງານ',
    subject: 'ຜົນການຈັດຕັ້ງປະຕິບັດ',
    asOf: (date: string) => `(ນັບຮອດວັນທີ ${date})`,
    number: 'ເລກທີ:',
    intro: (asOf: string, total: number) => `ນັບຮອດວັນທີ ${asOf}, ວຽກງານທີ່ຕິດຕາມທັງໝົດມີ ${total} ວຽກ. ຜົນການຈັດຕັ້ງປະຕິບັດມີດັ່ງນີ້:`,
    summary: 'I. ສັງລວມຜົນ',
    details: 'II. ຜົນການຈັດຕັ້ງປະຕິບັດແຕ່ລະວຽກ',
    late: 'III. ວຽກງານທີ່ຊັກຊ້າ',
    carry: 'IV. ວຽກງານທີ່ສະເໜີສືບຕໍ່',
    sector: 'ຂົງເຂດ',
    total: 'ທັງໝົດ',
    rate: 'ອັດຕາສຳເລັດ',
    ref: 'ຂໍ້',
    task: 'ວຽກງານ',
    lead: 'ເປັນເຈົ້າການ',
    deadline: 'ກຳນົດເວລາ',
    status: 'ສະຖານະ',
    figures: 'ຕົວຊີ້ວັດ: ຜົນ / ຄາດໝາຍ',
    latest: 'ລາຍງານຫຼ້າສຸດ',
    evidence: 'ເອກະສານຄັດຕິດ',
    overdue: 'ຈຳນວນວັນກາຍກຳນົດ',
    proposal: 'ໝາຍເຫດ',
    proposed: 'ສະເໜີສືບຕໍ່',
    carriedTo: (doc: string) => `ສືບຕໍ່ໄປ ${doc}`,
    carriedFrom: (doc: string) => `ສືບຕໍ່ຈາກ ${doc}`,
    noLate: 'ບໍ່ມີວຽກງານຊັກຊ້າ.',
    noCarry: 'ບໍ່ມີວຽກງານທີ່ຕ້ອງສືບຕໍ່.',
    none: 'ບໍ່ມີວຽກງານໃນຂອບເຂດຂອງບົດລາຍງານ.',
    atMost: '(ບໍ່ເກີນ)',
    exactly: '(ເທົ່າກັບ)',
    recipients: 'ບ່ອນຮັບ:',
    defaultRecipients: ['ດັ່ງຂ້າງເທິງ', 'ເກັບມ້ຽນ'],
    blank: '……………',
  },
} as const;

/** Table text: 11 pt at least (Decree 30 readability; the test checks every run in a table). */
const TABLE_SIZE = 22;
/** Issuing body, number and "Nơi nhận" heading: 12–13 pt; "Nơi nhận" lines 11 pt. */
const HEADING_SIZE = 26;
const SMALL_SIZE = 22;
const CELL_MARGINS = { left: 70, right: 70, top: 30, bottom: 30 } as const;
/** A4 landscape, same margins: the wide task table gets 247 mm. */
const LANDSCAPE_WIDTH = PAGE.height - MARGINS.left - MARGINS.right;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const isoDisplay = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/** Column widths in twips from fractions of `total`, the last one taking the rounding rest. */
function columns(total: number, fractions: readonly number[]): number[] {
  const widths = fractions.map((f) => Math.floor(total * f));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function buildReport(model: ReportModel, options: { language: ExportLanguage; labels: ReportLabels; laoFont?: string }): Document {
  const { language, labels } = options;
  const kit = documentKit({ language, laoFont: options.laoFont });
  const w = WORDS[language];
  const numbers = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'lo-LA', { maximumFractionDigits: 2 });
  const pick = (vi: string, lo: string) => exportText(language === 'vi' ? vi : lo || vi);
  const body = kit.body;
  const runs = (text: string, style: { size?: number; bold?: boolean; italics?: boolean; upper?: boolean; running?: boolean } = {}) =>
    kit.runs(text, language, { size: body, ...style });
  const para = (children: ParagraphChild[], align: Align = AlignmentType.LEFT, after = 0, keepNext = false) =>
    new Paragraph({ alignment: align, spacing: { before: 0, after, line: 240, lineRule: LineRuleType.AUTO }, ...(keepNext ? { keepNext: true } : {}), children });
  const heading = (text: string) => kit.bodyParagraph(runs(text, { bold: true }), { keepNext: true, left: true });

  const cell = (content: string | string[], width: number, opts: { bold?: boolean; align?: Align; italics?: boolean; span?: number; keepNext?: boolean } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(opts.span ? { columnSpan: opts.span } : {}),
      margins: CELL_MARGINS,
      verticalAlign: VerticalAlign.TOP,
      children: (Array.isArray(content) ? (content.length ? content : ['']) : [content]).map((line) =>
        para(runs(line, { size: TABLE_SIZE, bold: opts.bold ?? false, italics: opts.italics ?? false, running: true }), opts.align ?? AlignmentType.LEFT, 20, opts.keepNext ?? false),
      ),
    });
  /** A row of cells, or a group heading (a sector) spanning every column after the first. */
  type Row = (string | string[])[] | { group: [string, string] };
  const table = (widths: number[], header: string[], rows: Row[], aligns: Align[] = []) =>
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, widths[i]!, { bold: true, align: AlignmentType.CENTER })) }),
        ...rows.map((r) =>
          !Array.isArray(r)
            ? new TableRow({
                cantSplit: true,
                // A sector heading stays on the page of its first task.
                children: [
                  cell(r.group[0], widths[0]!, { bold: true, keepNext: true }),
                  cell(r.group[1], widths.slice(1).reduce((a, b) => a + b, 0), { bold: true, span: widths.length - 1, keepNext: true }),
                ],
              })
            : new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!, { align: aligns[i] ?? AlignmentType.LEFT })) }),
        ),
      ],
    });
  const spacer = () => new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });

  // ------------------------------------------------------------------ page 1: headers, title, totals
  const h = model.heading;
  const issuingBody = h.issuingBody.length ? h.issuingBody : [w.blank];
  const numberLine = `${w.number}        /BC-${h.numberSymbol || '……'}`;
  const dateLine = language === 'vi' ? vietnameseDateLine(exportLine(h.place), model.date) : laoDateLine(exportLine(h.place), model.date);
  const bodyLines = (width: number) => [
    ...issuingBody.map((line, i) =>
      para(runs(line, { size: HEADING_SIZE, bold: i === issuingBody.length - 1, upper: language === 'vi' }), AlignmentType.CENTER),
    ),
    kit.rule(Math.round(width * 0.35), width - 2 * CELL_MARGINS.left),
  ];
  const borderless = (widths: number[], cells: Paragraph[][]) =>
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: { style: 'none', size: 0, color: 'FFFFFF' }, bottom: { style: 'none', size: 0, color: 'FFFFFF' }, left: { style: 'none', size: 0, color: 'FFFFFF' }, right: { style: 'none', size: 0, color: 'FFFFFF' }, insideHorizontal: { style: 'none', size: 0, color: 'FFFFFF' }, insideVertical: { style: 'none', size: 0, color: 'FFFFFF' } },
      rows: [new TableRow({ cantSplit: true, children: cells.map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, margins: { left: CELL_MARGINS.left, right: CELL_MARGINS.right }, children })) })],
    });

  const first: (Paragraph | Table)[] = [];
  if (language === 'vi') {
    // Decree 30 layout: issuing body and number on the left (about 2/5), national header and date line on the right.
    // The quốc hiệu on one line at 12 pt needs about 100 mm: the right column gets 63% of the 160 mm.
    const widths = columns(TEXT_WIDTH, [0.37, 0.63]);
    first.push(
      borderless(widths, [
        [...bodyLines(widths[0]!), para(runs(numberLine, { size: HEADING_SIZE }), AlignmentType.CENTER)],
        [...kit.nationalHeader('VN', widths[1]!), para(runs(dateLine, { italics: true }), AlignmentType.CENTER)],
      ]),
    );
  } else {
    first.push(...kit.nationalHeader('LA', TEXT_WIDTH));
    const widths = columns(TEXT_WIDTH, [0.5, 0.5]);
    first.push(
      spacer(),
      borderless(widths, [bodyLines(widths[0]!), [para(runs(numberLine, { size: HEADING_SIZE }), AlignmentType.RIGHT), para(runs(dateLine, { italics: true }), AlignmentType.RIGHT)]]),
    );
  }
  const asOfText = isoDisplay(model.asOf);
  first.push(
    new Paragraph({ spacing: { before: 360, after: 0 }, children: [] }),
    kit.centred(runs(w.title, { size: SIZES.title, bold: true }), { after: 40 }, true),
    kit.centred(runs(`${w.subject} ${pick(model.subjectVi, model.subjectLo)}`, { bold: true }), { after: 40 }, true),
    kit.centred(runs(w.asOf(asOfText), { bold: true, italics: true }), { after: 0 }, true),
    kit.rule(Math.round(TEXT_WIDTH * 0.25), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 240 }, children: [] }),
    kit.bodyParagraph(runs(w.intro(asOfText, model.totals.total), { running: true })),
    heading(w.summary),
  );
  // Nine columns at 11 pt fit the portrait text width with the status names on two lines.
  const summaryWidths = columns(TEXT_WIDTH, [0.19, 0.09, ...EFFECTIVE_STATUSES.map(() => 0.1), 0.12]);
  const countCells = (row: ReportCounts) => [
    pick(row.labelVi, row.labelLo),
    String(row.total),
    ...EFFECTIVE_STATUSES.map((s) => String(row.counts[s])),
    row.completionRate === null ? '—' : `${Math.round(row.completionRate * 100)}%`,
  ];
  const center = (n: number) => Array.from({ length: n }, () => AlignmentType.CENTER);
  first.push(
    table(
      summaryWidths,
      [w.sector, w.total, ...EFFECTIVE_STATUSES.map((s) => labels.status[s]), w.rate],
      [...model.summary.map(countCells), countCells({ ...model.totals, labelVi: w.total, labelLo: w.total })],
      [AlignmentType.LEFT, ...center(8)],
    ),
  );

  // ------------------------------------------------------------------ landscape: tasks, late tasks, carry-over
  const all = model.sections.flatMap((s) => s.items);
  const wide: (Paragraph | Table)[] = [heading(w.details)];
  const figure = (i: ReportIndicator) => {
    const suffix = i.direction === 'at_most' ? ` ${w.atMost}` : i.direction === 'exactly' ? ` ${w.exactly}` : '';
    const current = i.current === null ? '—' : numbers.format(i.current);
    const target = i.target === null ? '' : ` / ${numbers.format(i.target)}`;
    return `${exportLine(pick(i.labelVi, i.labelLo))}: ${current}${target} ${exportLine(i.unit)}${suffix}`;
  };
  const lead = (item: ReportItem) => exportLine((language === 'vi' ? item.leadVi : (item.leadLo ?? item.leadVi)) ?? '');
  const taskText = (item: ReportItem) => {
    const text = pick(item.textVi, item.textLo) || kit.missingText;
    const marks = [item.carriedFrom ? w.carriedFrom(exportLine(item.carriedFrom)) : null, item.carriedToVi ? w.carriedTo(exportLine(pick(item.carriedToVi, item.carriedToLo ?? ''))) : null].filter(
      (x): x is string => x !== null,
    );
    return [text, ...marks.map((m) => `(${m})`)];
  };
  if (all.length === 0) wide.push(kit.bodyParagraph(runs(w.none, { italics: true })));
  else {
    // "dd/mm/yyyy" and the longest status name fit on one line at 11 pt.
    const widths = columns(LANDSCAPE_WIDTH, [0.065, 0.235, 0.12, 0.085, 0.09, 0.15, 0.165, 0.09]);
    const rows: Row[] = [];
    model.sections.forEach((section, index) => {
      rows.push({ group: [String(index + 1), pick(section.titleVi, section.titleLo) || labels.sector[section.sector]] });
      for (const item of section.items) {
        const latest = pick(item.latestVi, item.latestLo);
        rows.push([
          item.label,
          taskText(item),
          lead(item),
          item.deadline,
          labels.status[item.status],
          item.indicators.map(figure),
          item.latestDate ? [`${isoDisplay(item.latestDate)}: ${latest}`] : [],
          item.evidence.map(exportLine),
        ]);
      }
    });
    wide.push(table(widths, [w.ref, w.task, w.lead, w.deadline, w.status, w.figures, w.latest, w.evidence], rows));
  }

  const late = all.filter((i) => i.status === 'delayed');
  wide.push(spacer(), heading(w.late));
  if (late.length === 0) wide.push(kit.bodyParagraph(runs(w.noLate, { italics: true })));
  else {
    const widths = columns(LANDSCAPE_WIDTH, [0.08, 0.5, 0.2, 0.11, 0.11]);
    wide.push(
      table(
        widths,
        [w.ref, w.task, w.lead, w.deadline, w.overdue],
        late.map((i) => [i.label, taskText(i), lead(i), i.deadline, String(i.daysOverdue ?? '')]),
        [AlignmentType.LEFT, AlignmentType.LEFT, AlignmentType.LEFT, AlignmentType.CENTER, AlignmentType.CENTER],
      ),
    );
  }

  const open = all.filter((i) => i.status === 'not_started' || i.status === 'in_progress' || i.status === 'delayed');
  wide.push(spacer(), heading(w.carry));
  if (open.length === 0) wide.push(kit.bodyParagraph(runs(w.noCarry, { italics: true })));
  else {
    const widths = columns(LANDSCAPE_WIDTH, [0.08, 0.47, 0.15, 0.3]);
    wide.push(
      table(
        widths,
        [w.ref, w.task, w.status, w.proposal],
        open.map((i) => [
          i.label,
          [pick(i.textVi, i.textLo) || kit.missingText],
          labels.status[i.status],
          i.carriedToVi ? w.carriedTo(exportLine(pick(i.carriedToVi, i.carriedToLo ?? ''))) : w.proposed,
        ]),
      ),
    );
  }

  // ------------------------------------------------------------------ Nơi nhận (left) and the signer (right)
  const recipients = h.recipients.length ? h.recipients : [...w.defaultRecipients];
  const signWidths = columns(LANDSCAPE_WIDTH, [0.5, 0.5]);
  const signer = [
    ...(h.signerTitle.length ? h.signerTitle : [w.blank]).map((line) => para(runs(line, { size: HEADING_SIZE, bold: true, upper: language === 'vi' }), AlignmentType.CENTER)),
    new Paragraph({ spacing: { before: 0, after: 1400 }, children: [] }),
    para(runs(h.signerName || w.blank, { size: HEADING_SIZE, bold: true }), AlignmentType.CENTER),
  ];
  const received = [
    para(runs(w.recipients, { size: 24, bold: true, italics: true })),
    ...recipients.map((r, i) => para(runs(`- ${exportLine(r)}${i === recipients.length - 1 ? '.' : ';'}`, { size: SMALL_SIZE }))),
  ];
  wide.push(new Paragraph({ spacing: { before: 240, after: 0 }, keepNext: true, children: [] }), borderless(signWidths, [received, signer]));

  const portrait: ISectionOptions = {
    properties: {
      titlePage: true,
      page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: { ...MARGINS, gutter: 0 } },
    },
    headers: { default: kit.pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children: first,
  };
  const landscape: ISectionOptions = {
    properties: {
      // docx swaps width and height itself for a landscape page.
      page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }, margin: { ...MARGINS, gutter: 0 } },
    },
    headers: { default: kit.pageNumberHeader() },
    children: wide,
  };
  return new Document({
    creator: 'Hợp Tác',
    title: exportLine(`${w.title} ${w.subject} ${pick(model.subjectVi, model.subjectLo)}`),
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: body, sizeComplexScript: body, language: { value: 'vi-VN', bidirectional: 'lo-LA' } },
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [portrait, landscape],
  });
}

export async function exportReport(model: ReportModel, options: { language: ExportLanguage; labels: ReportLabels; laoFont?: string }): Promise<Uint8Array> {
  return packDocument(buildReport(model, options));
}
