import { join } from 'node:path';
import type { HandlersOf } from '../../shared/contract/channels';
import type { followupContract } from '../../shared/contract/features/followup';
import { fail, invalid, ok } from '../../shared/contract/result';
import { asciiFold } from '../../shared/export';
import { exportReport } from '../../shared/export/report';
import { catalogues } from '../../shared/i18n';
import { todayOf } from '../clock';
import type { Platform } from '../platform';
import { reportData, type ReportScope } from '../repositories/report-data';
import { getReportSettings } from '../repositories/settings';
import type { ReadDb } from '../sql';
import type { HandlerContext } from './context';
import { resolveAsOf } from './followup-views';

type Channels = Pick<typeof followupContract, 'report.save'>;

export const REPORT_LABELS = {
  vi: { status: catalogues.vi.clauseStatus, sector: catalogues.vi.sector },
  lo: { status: catalogues.lo.clauseStatus, sector: catalogues.lo.sector },
} as const;

/**
 * The report's .docx in each asked language, with its default file name; undefined when the scope is
 * unknown. Figures on `asOf` (default today), printed "tính đến ngày …"; the date line is today.
 */
export async function buildReports(db: ReadDb, scope: ReportScope, today: string, languages: readonly ('vi' | 'lo')[], asOf: string = today) {
  const files: { language: 'vi' | 'lo'; fileName: string; bytes: Uint8Array }[] = [];
  const settings = getReportSettings(db);
  for (const language of languages) {
    const model = reportData(db, scope, today, asOf, language, settings);
    if (!model) return undefined;
    const bytes = await exportReport(model, { language, labels: REPORT_LABELS[language] });
    const subject = asciiFold(model.subjectVi).replace(/[^A-Za-z0-9 –-]+/gu, ' ').replace(/\s+/gu, ' ').trim().slice(0, 90);
    files.push({ language, fileName: `${asOf} Bao cao ket qua ${subject} (${language.toUpperCase()}).docx`, bytes });
  }
  return files;
}

/** "Báo cáo kết quả thực hiện" in Word, through the platform's save dialog (a folder when both languages). */
export function reportHandlers({ db, clock }: HandlerContext, platform: Platform | undefined) {
  return {
    'report.save': async ({ scope, languages, asOf }) => {
      if (!platform) return fail('E_FORBIDDEN', 'Saving files needs the desktop app');
      if ('fromYear' in scope && scope.fromYear > scope.toYear) {
        return invalid([{ path: 'scope.toYear', code: 'period_order' }]);
      }
      const today = todayOf(clock);
      const day = resolveAsOf(db, asOf, today, 'documentId' in scope ? [scope.documentId] : []);
      if ('ok' in day) return day;
      const asked: ('vi' | 'lo')[] = languages === 'both' ? ['vi', 'lo'] : [languages];
      const files = await buildReports(db, scope, today, asked, day.asOf);
      if (!files) return fail('E_NOT_FOUND', 'Document or province not found');
      const both = files.length > 1;
      const target = await platform.chooseTarget({ defaultName: both ? files[0]!.fileName.replace(/ \(VI\)\.docx$/u, '') : files[0]!.fileName, folder: both });
      if (target === null) return ok({ canceled: true, saved: [] });
      // Both languages or neither: a failure leaves every target as it was.
      const saved = files.map((file) => ({ language: file.language, path: both ? join(target, file.fileName) : target, fileName: file.fileName }));
      try {
        await platform.writeFilesAtomic(saved.map((s, i) => ({ path: s.path, bytes: files[i]!.bytes })));
      } catch (error) {
        return fail('E_CONFLICT', `Cannot write into ${target}: ${error instanceof Error ? error.message : String(error)}`, {
          issues: [{ path: 'path', code: 'file_not_writable', params: { path: target, written: 0 } }],
          params: { path: target },
        });
      }
      return ok({ canceled: false, saved });
    },
  } satisfies HandlersOf<Channels>;
}
