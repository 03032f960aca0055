import { addDays, format, parseISO } from 'date-fns';
import type { HandlersOf } from '../../shared/contract/channels';
import type { FollowupFilters, followupContract } from '../../shared/contract/features/followup';
import { fail, invalid, ok, type Failure } from '../../shared/contract/result';
import { isoToDisplay } from '../../shared/domain/dates';
import { catalogues, type UiLanguage } from '../../shared/i18n';
import { todayOf } from '../clock';
import type { Platform } from '../platform';
import { dashboard, dueList, latestDocumentDate, trackedPage } from '../repositories/followup-views';
import { all, type ReadDb } from '../sql';
import { trackingWorkbook } from '../xlsx/tracking-workbook';
import type { HandlerContext } from './context';

type Channels = Pick<typeof followupContract, 'followup.clauses' | 'followup.dashboard' | 'followup.due' | 'followup.exportXlsx'>;

/** Largest table written to Excel in one go (far above a province's ten years). */
const XLSX_MAX_ROWS = 200_000;

/** The filters in words, one "label<TAB>values" line each, for the Excel file's filter sheet. */
function filterLines(db: ReadDb, filters: FollowupFilters, language: UiLanguage): string[] {
  const t = catalogues[language];
  const names = (table: 'provinces' | 'agencies', ids: string[]) =>
    all<{ name_vi: string; name_lo: string }>(db, { text: `SELECT name_vi, name_lo FROM ${table} WHERE id IN (${ids.map(() => '?').join(', ')})`, params: ids })
      .map((r) => (language === 'lo' ? r.name_lo || r.name_vi : r.name_vi))
      .join(', ');
  const lines: string[] = [];
  if (filters.partnerProvinceIds?.length) lines.push(`${t.followupFilters.partner}\t${names('provinces', filters.partnerProvinceIds)}`);
  if (filters.sectors?.length) lines.push(`${t.followupFilters.sector}\t${filters.sectors.map((s) => t.sector[s]).join(', ')}`);
  if (filters.agencyIds?.length) lines.push(`${t.followupFilters.agency}\t${names('agencies', filters.agencyIds)}`);
  if (filters.years?.length) lines.push(`${t.followupFilters.year}\t${filters.years.join(', ')}`);
  if (filters.statuses?.length) lines.push(`${t.followupFilters.status}\t${filters.statuses.map((s) => t.clauseStatus[s]).join(', ')}`);
  if (filters.documentIds?.length) lines.push(`${t.followupFilters.documents}\t${filters.documentIds.length}`);
  if (lines.length === 0) lines.push(`${t.followupFilters.none}\t`);
  return lines;
}

/**
 * The day a view is computed for: the request's as-of date or the backend's today. An as-of date asked for
 * before the date of a document the request names is refused (`as_of_before_document`): that document
 * did not exist yet. (Today is never refused: a draft dated next month is simply not started.)
 */
export function resolveAsOf(db: ReadDb, asOf: string | undefined, today: string, documentIds: readonly string[] = []): { asOf: string } | Failure {
  if (asOf === undefined) return { asOf: today };
  const earliest = latestDocumentDate(db, documentIds);
  if (earliest !== null && asOf < earliest) return invalid([{ path: 'asOf', code: 'as_of_before_document', params: { date: isoToDisplay(earliest) } }], 'As-of date before the document');
  return { asOf };
}

/** Tracking table, dashboards, the due list and the Excel copy of the table: one definition of "tracked" and "late", on one day. */
export function followupViewHandlers({ db, clock }: HandlerContext, platform: Platform | undefined) {
  const today = () => todayOf(clock);
  return {
    'followup.clauses': ({ filters, offset, limit, asOf }) => {
      const now = today();
      const day = resolveAsOf(db, asOf, now, filters.documentIds);
      if ('ok' in day) return day;
      return ok({ today: now, asOf: day.asOf, ...trackedPage(db, filters, day.asOf, offset, limit) });
    },

    'followup.dashboard': ({ filters, groupBy, asOf }) => {
      const now = today();
      const day = resolveAsOf(db, asOf, now, filters.documentIds);
      if ('ok' in day) return day;
      return ok(dashboard(db, filters, groupBy, day.asOf, now));
    },

    'followup.due': ({ withinDays, agencyId, offset, limit, asOf }) => {
      const now = today();
      const day = asOf ?? now;
      const soonUntil = format(addDays(parseISO(day), withinDays), 'yyyy-MM-dd');
      return ok({ today: now, asOf: day, soonUntil, ...dueList(db, day, soonUntil, agencyId, offset, limit) });
    },

    'followup.exportXlsx': async ({ filters, language, asOf }) => {
      if (!platform) return fail('E_FORBIDDEN', 'Saving files needs the desktop app');
      const now = today();
      const day = resolveAsOf(db, asOf, now, filters.documentIds);
      if ('ok' in day) return day;
      const { rows, total } = trackedPage(db, filters, day.asOf, 0, XLSX_MAX_ROWS);
      const bytes = await trackingWorkbook(rows, { language, filters, filterLines: filterLines(db, filters, language), today: now, asOf: day.asOf });
      const path = await platform.chooseSaveFile({ defaultName: `${day.asOf} Theo doi thuc hien.xlsx`, extension: 'xlsx', filterName: 'Excel' });
      if (path === null) return ok({ canceled: true, path: null, rows: total });
      try {
        await platform.writeFileAtomic(path, bytes);
      } catch (error) {
        return fail('E_CONFLICT', `Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`, {
          issues: [{ path: 'path', code: 'file_not_writable', params: { path } }],
          params: { path },
        });
      }
      return ok({ canceled: false, path, rows: rows.length });
    },
  } satisfies HandlersOf<Channels>;
}
