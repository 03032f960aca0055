/**
 * Word export, pure: data in, docx Document out (../shared/design/architecture.md §1, §6). Writing
 * files is the caller's job (the CLI in db/cli/export.ts, the Electron main process).
 *
 *   const model = toExportModel(detail);                 // DocumentDetail → ExportModel (app numbering)
 *   const built = buildDocument(model, { layout: 'lo' }); // Document + counts (missing Lao clauses…)
 *   const bytes = await packDocument(built.document);     // Uint8Array
 */
export { buildDocument, packDocument, EXPORT_LAYOUTS, type BuiltDocument, type ExportLayout, type ExportOptions } from './build';
export { bookmarkName, bookmarkNames, clauseIdFromBookmark, isValidBookmarkName } from './bookmarks';
export { laoDate, laoDateLine, vietnameseDate, vietnameseDateLine } from './dates';
export { asciiFold, exportFileName, LAYOUT_SUFFIX } from './filename';
export { MARGINS, MARGINS_MM, PAGE, SIZES, TEXT_WIDTH, mmToTwips, twipsToMm } from './format';
export { toExportModel, type ExportClause, type ExportModel, type ExportParty, type ExportPerson, type ExportSection } from './model';
export { DEFAULT_LAO_FONT, LAO_FONTS, VIETNAMESE_FONT, type LaoFont } from './runs';
export { exportLine, exportText } from './sanitize';
export { LAO_DRAFT_TEXTS, VI_TEXTS } from './texts';

import { buildDocument, packDocument, type ExportOptions } from './build';
import { exportFileName } from './filename';
import type { ExportModel } from './model';

/** Build and pack one layout; the bytes with the suggested file name and the counts for the export dialog. */
export async function exportDocx(model: ExportModel, options: ExportOptions) {
  const { document, ...report } = buildDocument(model, options);
  const bytes = await packDocument(document);
  return { bytes, fileName: exportFileName(model, options.layout), ...report };
}
export { buildReport, exportReport, type ReportItem, type ReportLabels, type ReportModel, type ReportSection } from './report';
