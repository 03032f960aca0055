import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createI18n, type UiLanguage } from '../../shared/i18n';
import { keepCurrentDatabase } from '../backup/keep-current';
import { installRestore, prepareRestore } from '../backup/restore';
import { backupFolder, backupToFile, listBackups } from '../backup/service';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** The passphrase of `--encrypt` and of encrypted restores: HOPTAC_BACKUP_PASSPHRASE, else one line of stdin. */
export const PASSPHRASE_ENV = 'HOPTAC_BACKUP_PASSPHRASE';

export async function readPassphrase(io: Io, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  io.err('Passphrase (one line on standard input):');
  let text = '';
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/u)[0] ?? '';
}

function openReadOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** `hoptac backup <db> <out> [--encrypt]`: a consistent copy while the app may be writing. */
export async function runBackup(args: string[], encrypt: boolean, language: UiLanguage, io: Io): Promise<number> {
  const [file, out] = args;
  const t = createI18n(language).t;
  if (!file || !out) return usage(io);
  if (!existsSync(file)) {
    io.err(t('issues.backup_not_found'));
    return 1;
  }
  const passphrase = encrypt ? await readPassphrase(io) : undefined;
  if (encrypt && !passphrase) {
    io.err(t('safety.backup.passphraseRequired'));
    return 2;
  }
  const db = openReadOnly(file);
  try {
    const result = await backupToFile(db, resolve(out), { passphrase });
    io.out(JSON.stringify({ ok: true, file: resolve(out), ...result }, null, 2));
    return 0;
  } finally {
    db.close();
  }
}

/** `hoptac restore <db> <backup>`: checks the backup, keeps the current database, then replaces it. */
export async function runRestore(args: string[], language: UiLanguage, io: Io, now = new Date()): Promise<number> {
  const [file, backup] = args;
  const t = createI18n(language).t;
  if (!file || !backup) return usage(io);
  const { isEncryptedBackup } = await import('../backup/crypto');
  const passphrase = existsSync(backup) && isEncryptedBackup(backup) ? await readPassphrase(io) : undefined;
  const prepared = await prepareRestore(resolve(file), resolve(backup), passphrase);
  if (!prepared.check.ok || !prepared.candidate) {
    io.err(t(`issues.backup_${prepared.check.problem ?? 'damaged'}`));
    if (prepared.check.detail) io.err(prepared.check.detail);
    io.out(JSON.stringify(prepared.check, null, 2));
    return 1;
  }
  try {
    const kept = await keepCurrentDatabase(resolve(file), now);
    installRestore(resolve(file), prepared.candidate, kept.keepDamagedAs);
    io.out(JSON.stringify({ ok: true, restoredFrom: resolve(backup), documents: prepared.check.documents, ...kept }, null, 2));
    io.err(t('safety.backup.restoredCli'));
    return 0;
  } catch (error) {
    prepared.discard();
    io.err(`${t('issues.backup_in_use')}\n${(error as Error).message}`);
    return 1;
  }
}

/** `hoptac backups <db>`: the backup folder of that database and what it holds, newest first. */
export async function runListBackups(args: string[], language: UiLanguage, io: Io): Promise<number> {
  const [file] = args;
  if (!file) return usage(io);
  if (!existsSync(file)) {
    io.err(createI18n(language).t('issues.backup_not_found'));
    return 1;
  }
  const db = openReadOnly(file);
  try {
    const folder = backupFolder(db, resolve(file));
    io.out(JSON.stringify({ folder, backups: listBackups(folder) }, null, 2));
    return 0;
  } finally {
    db.close();
  }
}

function usage(io: Io): number {
  io.err('hoptac backup <db> <out> [--encrypt]\nhoptac restore <db> <backup>\nhoptac backups <db>');
  return 2;
}
