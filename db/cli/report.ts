import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EntityId, ProvinceId } from '../../shared/contract/fields';
import { systemClock, todayOf } from '../clock';
import { invalid } from '../../shared/contract/result';
import { checkIsoDate } from '../../shared/domain/dates';
import { createI18n, isUiLanguage } from '../../shared/i18n';
import { resolveAsOf } from '../handlers/followup-views';
import { buildReports } from '../handlers/report';
import { DatabaseOpenError, openDatabase } from '../open';
import { ExportWriteError, writeFileAtomically } from './export';

export const REPORT_USAGE =
  'hoptac report <db> (--document <id> | --partner <province-id> --from <year> --to <year>) [--lang vi|lo|both] [--as-of YYYY-MM-DD] --out <file.docx|folder>';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * `hoptac report`: "Báo cáo kết quả thực hiện" in Word for a document, or for a partner province and a
 * span of years, written the same way as `hoptac export` (temp file, flush, rename). Exit 0 written,
 * 1 refused or failed, 2 wrong usage.
 */
export async function runReport(argv: string[], io: Io, today = todayOf(systemClock)): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        document: { type: 'string' },
        partner: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        lang: { type: 'string', default: 'vi' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
        'ui-lang': { type: 'string', default: 'vi' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${REPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [dbFile] = positionals;
  const language = isUiLanguage(values['ui-lang']) ? values['ui-lang'] : 'vi';
  const languages = values.lang === 'both' ? (['vi', 'lo'] as const) : values.lang === 'lo' ? (['lo'] as const) : values.lang === 'vi' ? (['vi'] as const) : null;
  const byDocument = values.document !== undefined;
  const byPartner = values.partner !== undefined;
  if (!dbFile || !values.out || !languages || byDocument === byPartner) {
    io.err(REPORT_USAGE);
    return 2;
  }
  let scope;
  if (byDocument) {
    if (!EntityId.safeParse(values.document).success) {
      io.err(`Not a document id: ${values.document}`);
      return 1;
    }
    scope = { documentId: values.document! };
  } else {
    const from = Number(values.from);
    const to = Number(values.to ?? values.from);
    if (!ProvinceId.safeParse(values.partner).success || !Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 1950 || to > 2100) {
      io.err(`Give a province id (e.g. la-houaphanh) and years from ≤ to between 1950 and 2100.\n\n${REPORT_USAGE}`);
      return 1;
    }
    scope = { partnerProvinceId: values.partner!, fromYear: from, toYear: to };
  }
  if (!existsSync(dbFile)) {
    io.err(`No database at ${resolve(dbFile)}`);
    return 1;
  }
  let db;
  try {
    db = openDatabase(dbFile);
  } catch (error) {
    io.err(error instanceof DatabaseOpenError ? error.message : String(error));
    return 1;
  }
  let files;
  try {
    const asked = values['as-of'];
    const problem = asked === undefined ? null : checkIsoDate(asked);
    const day = problem ? invalid([{ path: 'asOf', code: problem }]) : resolveAsOf(db, asked, today, 'documentId' in scope ? [scope.documentId] : []);
    if ('ok' in day) {
      const t = createI18n(language).t;
      io.err(day.issues!.map((i) => `--as-of: ${t(`issues.${i.code}`, i.params ?? {})}`).join('\n'));
      return 1;
    }
    files = await buildReports(db, scope, today, languages, day.asOf);
  } finally {
    db.close();
  }
  if (!files) {
    io.err('The document or province was not found.');
    return 1;
  }
  const out = values.out;
  const toFolder = files.length > 1 || (existsSync(out) && statSync(out).isDirectory());
  if (toFolder) mkdirSync(out, { recursive: true });
  let status = 0;
  for (const file of files) {
    const target = resolve(toFolder ? join(out, file.fileName) : out);
    try {
      writeFileAtomically(target, file.bytes);
      io.out(`Written: ${target}`);
    } catch (error) {
      if (!(error instanceof ExportWriteError)) throw error;
      io.err(`${error.message}\nNothing was written.`);
      status = 1;
    }
  }
  return status;
}
