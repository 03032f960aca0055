import { EMPTY_REPORT_SETTINGS, ReportSettingsSchema, type ReportSettings } from '../../shared/contract/features/settings';
import { insertRow, updateRow, type WriteContext } from '../changes';
import { one, sql, type ReadDb } from '../sql';

/** The report settings row (settings.id = 'report'): one JSON value, change-logged as a whole. */
const REPORT = 'report';

export function getReportSettings(db: ReadDb): ReportSettings {
  const row = one<{ value_json: string }>(db, sql`SELECT value_json FROM settings WHERE id = ${REPORT}`);
  if (!row) return EMPTY_REPORT_SETTINGS;
  // A value written by a newer version may hold more fields: keep what this version knows, defaults for the rest.
  const parsed = ReportSettingsSchema.partial().safeParse(JSON.parse(row.value_json));
  return { ...EMPTY_REPORT_SETTINGS, ...(parsed.success ? definedOnly(parsed.data) : {}) };
}

/** The fields that are set (a patch's absent fields keep their value). */
export function definedOnly<T extends object>(patch: T): Partial<ReportSettings> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<ReportSettings>;
}

export function updateReportSettings(write: WriteContext, patch: Partial<ReportSettings>): ReportSettings {
  const next = { ...getReportSettings(write.db), ...patch };
  const value = JSON.stringify(next);
  if (one(write.db, sql`SELECT 1 FROM settings WHERE id = ${REPORT}`)) updateRow(write, 'settings', REPORT, { value_json: value });
  else insertRow(write, 'settings', { value_json: value }, REPORT);
  return next;
}
