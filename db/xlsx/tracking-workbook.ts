import ExcelJS from 'exceljs';
import type { FollowupFilters, TrackingRow } from '../../shared/contract/features/followup';
import { catalogues, type UiLanguage } from '../../shared/i18n';

/** Word and Excel on officers' machines pick this for Lao; LibreOffice falls back to any Lao font. */
const LAO_FONT = 'Phetsarath OT';

const HEADERS: Record<UiLanguage, string[]> = {
  vi: ['Văn kiện', 'Ngày', 'Tỉnh bạn', 'Lĩnh vực', 'Mục', 'Nội dung (tiếng Việt)', 'Nội dung (tiếng Lào)', 'Trạng thái', 'Thời hạn', 'Chủ trì (Việt Nam)', 'Chủ trì (Lào)', 'Cập nhật gần nhất', 'Tiến độ gần nhất', 'Số ngày quá hạn', 'Số ngày từ báo cáo gần nhất', 'Chuyển tiếp sang'],
  lo: ['ເອກະສານ', 'ວັນທີ', 'ແຂວງຄູ່ຮ່ວມມື', 'ຂົງເຂດ', 'ຂໍ້', 'ເນື້ອໃນ (ຫວຽດ)', 'ເນື້ອໃນ (ລາວ)', 'ສະຖານະ', 'ກຳນົດເວລາ', 'ຜູ້ຮັບຜິດຊອບ (ຫວຽດນາມ)', 'ຜູ້ຮັບຜິດຊອບ (ລາວ)', 'ອັບເດດຫຼ້າສຸດ', 'ຄວາມຄືບໜ້າຫຼ້າສຸດ', 'ຈຳນວນວັນກາຍກຳນົດ', 'ຈຳນວນວັນນັບແຕ່ລາຍງານຫຼ້າສຸດ', 'ສືບຕໍ່ໄປ'],
  en: ['Document', 'Date', 'Partner province', 'Sector', 'Ref.', 'Text (Vietnamese)', 'Text (Lao)', 'Status', 'Due', 'Lead (Viet Nam)', 'Lead (Laos)', 'Last update', 'Latest progress', 'Days overdue', 'Days since last report', 'Carried over to'],
};
const WIDTHS = [36, 12, 18, 24, 10, 60, 60, 16, 12, 28, 28, 12, 50, 12, 14, 36];
const DATE_COLUMNS = [2, 9, 12];
const LAO_COLUMNS = [7, 11];

/** The "as of" day is the one the figures were computed for; "made on" is the backend's today. */

/** An ISO date as an Excel date (UTC midnight, so no time zone shifts the day). */
const excelDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function deadlineText(row: TrackingRow): string | null {
  if (row.deadline?.kind === 'ongoing') return 'thường xuyên';
  if (row.deadline?.kind === 'year') return String(row.deadline.year);
  if (row.deadline?.kind === 'period') return `${row.deadline.fromYear}–${row.deadline.toYear}`;
  return null;
}

/**
 * The tracking table exactly as filtered, for officers who consolidate in Excel: a frozen header row,
 * autofilter, real dates shown dd/mm/yyyy, status labels in the chosen language, Lao cells in a Lao font,
 * and a second sheet that records the filters and the day the table was made.
 */
export async function trackingWorkbook(
  rows: TrackingRow[],
  options: { language: UiLanguage; filters: FollowupFilters; filterLines: string[]; today: string; asOf: string },
): Promise<Uint8Array> {
  const t = catalogues[options.language];
  const book = new ExcelJS.Workbook();
  book.creator = 'Hợp Tác';
  book.created = new Date(`${options.today}T00:00:00Z`);
  const sheet = book.addWorksheet(options.language === 'lo' ? 'ຕິດຕາມ' : options.language === 'en' ? 'Follow-up' : 'Theo dõi', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = HEADERS[options.language].map((header, i) => ({ header, width: WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      row.documentTitleVi,
      excelDate(row.meetingDate),
      row.partners.map((p) => (options.language === 'lo' ? p.nameLo : p.nameVi)).join(', '),
      t.sector[row.sector],
      row.label,
      row.textVi,
      row.textLo,
      t.clauseStatus[row.effectiveStatus],
      excelDate(row.dueDate) ?? deadlineText(row),
      row.leadVi ?? '',
      row.leadLo ?? '',
      excelDate(row.lastProgressDate),
      row.lastProgressText ?? '',
      row.daysOverdue,
      row.daysSinceLastReport,
      row.carriedOverTo?.documentTitleVi ?? '',
    ]);
  }
  for (const column of DATE_COLUMNS) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  for (const column of LAO_COLUMNS) sheet.getColumn(column).font = { name: LAO_FONT };
  for (const column of [1, 6, 7, 13, 16]) sheet.getColumn(column).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADERS.vi.length } };

  const about = book.addWorksheet(options.language === 'lo' ? 'ຕົວກອງ' : options.language === 'en' ? 'Filters' : 'Bộ lọc');
  about.columns = [{ width: 30 }, { width: 80 }];
  about.addRow([options.language === 'en' ? 'Made on' : options.language === 'lo' ? 'ວັນທີສ້າງ' : 'Ngày lập', excelDate(options.today)]).getCell(2).numFmt = 'dd/mm/yyyy';
  about.addRow([t.followup.figures.asOf, excelDate(options.asOf)]).getCell(2).numFmt = 'dd/mm/yyyy';
  about.addRow([options.language === 'en' ? 'Rows' : options.language === 'lo' ? 'ຈຳນວນແຖວ' : 'Số dòng', rows.length]);
  for (const line of options.filterLines) about.addRow(line.split('\t'));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
