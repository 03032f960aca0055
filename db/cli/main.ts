/**
 * `hoptac` — the command line over the same contract as the app, without Electron.
 *
 *   hoptac call <channel> '<json>' --db <file>   call any channel (answer printed as JSON); progress.add also
 *                                                takes "evidenceFiles": ["path", …] (checked like the app's files)
 *   hoptac demo <file>                           create the sample agreement (seed 000)
 *   hoptac check <file>                          integrity, foreign keys and versions, read-only
 *   hoptac channels                              list the channels of the contract
 *   hoptac report <db> --document <id> --out <f>  progress report in Word (./report.ts)
 *   hoptac backup <db> <out> [--encrypt]         consistent backup, optionally encrypted (./backup.ts)
 *   hoptac restore <db> <backup>                 checks a backup, keeps the current file, replaces it
 *   hoptac backups <db>                          the backup folder of a database and its backups
 *
 * Options: --lang vi|lo|en (messages; default vi), --db <file> (or HOPTAC_DB).
 * Exit codes: 0 ok, 1 refused or failed, 2 wrong usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHANNELS } from '../../shared/contract/channels';
import type { Failure } from '../../shared/contract/result';
import { createI18n, isUiLanguage, type UiLanguage } from '../../shared/i18n';
import { createApi } from '../api';
import { dispatch } from '../dispatch';
import { DatabaseOpenError, openDatabase } from '../open';
import { checkDatabase } from './check';
import { evidencePlatform, takeEvidenceFiles } from './evidence';
import { APP_VERSION } from './version';

const USAGE = `Hợp Tác ${APP_VERSION} — command line

  hoptac call <channel> '<json>' --db <file>      (or --input <file>, or - for standard input; views take "asOf": "YYYY-MM-DD"; progress.add takes "evidenceFiles": ["file", …])
  hoptac demo <file>
  hoptac check <file>
  hoptac channels
  hoptac export <db> <document-id> --layout vi|lo|bilingual|all --out <file.docx|folder> [--lao-font <family>]
  hoptac report <db> (--document <id> | --partner <province-id> --from <year> --to <year>) [--lang vi|lo|both] [--as-of YYYY-MM-DD] --out <file.docx|folder>
  hoptac backup <db> <out> [--encrypt]   (passphrase: HOPTAC_BACKUP_PASSPHRASE or one line on standard input)
  hoptac restore <db> <backup>
  hoptac backups <db>

Options: --lang vi|lo|en   --db <file> (or HOPTAC_DB)`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

function explainFailure(failure: Failure, language: UiLanguage): string {
  const t = createI18n(language).t;
  const lines = [t(`errors.${failure.code}`)];
  for (const issue of failure.issues ?? []) lines.push(`  ${issue.path || '(request)'}: ${t(`issues.${issue.code}`, issue.params ?? {})}`);
  return lines.join('\n');
}

function openOrExplain(file: string, language: UiLanguage, io: Io) {
  try {
    return openDatabase(file);
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      const t = createI18n(language).t;
      const key = { E_DB_NEWER: 'errors.E_DB_NEWER', E_DB_EMPTY: 'safety.database.empty', E_DB_READ_ONLY_OLD: 'safety.database.readOnlyOld' }[error.code as string];
      io.err(key ? t(key) : error.message);
      return undefined;
    }
    throw error;
  }
}

/** A request body from a file, or from standard input for '-'. */
async function readInput(source: string): Promise<string> {
  if (source !== '-') return readFileSync(source, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Exits once stdout and stderr are flushed. process.exit() right after a large write to a pipe cut the output
 * at 64–128 KiB (invalid JSON for the reader); a write callback runs only after everything before it is out.
 */
export function exitAfterFlush(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

export async function runCli(argv: string[], io: Io = consoleIo): Promise<number> {
  // `export` parses its own options (--layout, --out, --lao-font) and loads docx only when used: ./export.ts.
  if (argv[0] === 'export') return (await import('./export')).runExport(argv.slice(1), io);
  if (argv[0] === 'report') return (await import('./report')).runReport(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        lang: { type: 'string', default: 'vi' },
        help: { type: 'boolean', short: 'h' },
        input: { type: 'string' },
        encrypt: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const language: UiLanguage = isUiLanguage(values.lang) ? values.lang : 'vi';
  const [command, ...rest] = positionals;

  if (values.help || !command || command === 'help') {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }

  switch (command) {
    case 'channels':
      io.out(CHANNELS.join('\n'));
      return 0;

    case 'call': {
      const [channel, inline = '{}'] = rest;
      const file = values.db ?? process.env['HOPTAC_DB'];
      if (!channel || !file) {
        io.err(`call needs a channel and --db <file>\n\n${USAGE}`);
        return 2;
      }
      let payload: unknown;
      try {
        // Payloads larger than a command line: --input FILE, or '-' (argument or --input) for standard input.
        const source = values.input ?? (inline === '-' ? '-' : undefined);
        const json = source === undefined ? inline : await readInput(source);
        payload = JSON.parse(json);
      } catch (error) {
        io.err(`The request is not valid JSON: ${(error as Error).message}`);
        return 2;
      }
      const db = openOrExplain(file, language, io);
      if (!db) return 1;
      try {
        const evidence = channel === 'progress.add' ? takeEvidenceFiles(payload) : null;
        const api = createApi({ db, databasePath: file, appVersion: APP_VERSION, ...(evidence ? { platform: evidencePlatform(evidence.paths) } : {}) });
        let result = evidence && evidence.paths.length ? await dispatch(api, 'evidence.pick', {}) : null;
        if (result?.ok && evidence) {
          const tokens = (result.value as { files: { token: string }[] }).files.map((f) => f.token);
          const given = Array.isArray(evidence.rest['evidenceTokens']) ? (evidence.rest['evidenceTokens'] as unknown[]) : [];
          result = await dispatch(api, channel, { ...evidence.rest, evidenceTokens: [...given, ...tokens] });
        } else if (!result) {
          result = await dispatch(api, channel, evidence ? evidence.rest : payload);
        }
        io.out(JSON.stringify(result, null, 2));
        if (!result.ok) io.err(explainFailure(result, language));
        return result.ok ? 0 : 1;
      } finally {
        db.close();
      }
    }

    case 'demo': {
      const [file] = rest;
      if (!file) {
        io.err(`demo needs a database file\n\n${USAGE}`);
        return 2;
      }
      const db = openOrExplain(file, language, io);
      if (!db) return 1;
      try {
        const api = createApi({ db, databasePath: file, appVersion: APP_VERSION });
        const result = await dispatch(api, 'documents.createSample', {});
        if (!result.ok) {
          io.err(explainFailure(result, language));
          return 1;
        }
        const summary = result.value as { id: string; titleVi: string };
        io.out(`${summary.id}\t${summary.titleVi}`);
        return 0;
      } finally {
        db.close();
      }
    }

    case 'check': {
      const [file] = rest;
      if (!file) {
        io.err(`check needs a database file\n\n${USAGE}`);
        return 2;
      }
      const report = checkDatabase(file);
      io.out(JSON.stringify(report, null, 2));
      return report.ok ? 0 : 1;
    }

    case 'backup':
      return (await import('./backup')).runBackup(rest, values.encrypt === true, language, io);
    case 'restore':
      return (await import('./backup')).runRestore(rest, language, io);
    case 'backups':
      return (await import('./backup')).runListBackups(rest, language, io);

    default:
      io.err(`Unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
