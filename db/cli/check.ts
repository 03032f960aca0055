import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CHAIN_SCHEMA_VERSION, describeProblem, verifyHistory, type HistoryReport } from '../integrity/verify';
import { LATEST_SCHEMA_VERSION } from '../migrations';

export interface CheckReport {
  ok: boolean;
  file: string;
  sqliteVersion?: string;
  schemaVersion?: number;
  appSchemaVersion: number;
  journalMode?: string;
  integrity?: string[];
  foreignKeyViolations?: number;
  documents?: number;
  changeLogRows?: number;
  /** Hash chain, evidence hashes and append-only triggers (schema 7 and later). */
  history?: HistoryReport;
  problems: string[];
}

/** Read-only health check of a database file: never migrates, never writes. */
export function checkDatabase(file: string): CheckReport {
  const report: CheckReport = { ok: false, file, appSchemaVersion: LATEST_SCHEMA_VERSION, problems: [] };
  if (!existsSync(file)) {
    report.problems.push('file does not exist');
    return report;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    report.sqliteVersion = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    report.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    report.journalMode = db.pragma('journal_mode', { simple: true }) as string;
    report.integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    report.foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    if (report.integrity.join() !== 'ok') report.problems.push('integrity check failed');
    if (report.foreignKeyViolations > 0) report.problems.push(`${report.foreignKeyViolations} foreign key violation(s)`);
    if (report.schemaVersion > LATEST_SCHEMA_VERSION) report.problems.push('written by a newer Hợp Tác');
    if (report.schemaVersion < LATEST_SCHEMA_VERSION) report.problems.push('schema older than this app: it will be migrated when opened');
    if (report.schemaVersion >= 1) {
      report.documents = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      report.changeLogRows = (db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    }
    if (report.schemaVersion >= CHAIN_SCHEMA_VERSION && report.schemaVersion <= LATEST_SCHEMA_VERSION) {
      report.history = verifyHistory(db);
      if (report.history.firstBroken) report.problems.push(`history: ${describeProblem(report.history.firstBroken)}`);
      const more = report.history.problems.length - 1;
      if (more > 0) report.problems.push(`history: ${more} more problem(s), see history.problems`);
    }
  } catch (error) {
    report.problems.push(`not a readable SQLite database: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
  report.ok = report.problems.length === 0;
  return report;
}
