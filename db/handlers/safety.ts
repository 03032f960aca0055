import { basename } from 'node:path';
import type { HandlersOf } from '../../shared/contract/channels';
import type { FieldIssue } from '../../shared/contract/errors';
import { BACKUP_KEEP, PASSPHRASE_MIN, type BackupSettings, type safetyContract } from '../../shared/contract/features/safety';
import { fail, invalid, ok } from '../../shared/contract/result';
import { keepCurrentDatabase } from '../backup/keep-current';
import { installRestore, prepareRestore } from '../backup/restore';
import { backupFolder, backupToFile, defaultBackupFolder, listBackups, setBackupFolder } from '../backup/service';
import type { HistoryProblem } from '../integrity/verify';
import type { Platform } from '../platform';
import { one, sql } from '../sql';
import { safeFileName } from '../files/evidence-types';
import type { HandlerContext } from './context';

export interface SafetyState {
  /** The history checks' first problem at start (null: passed, or not run). */
  historyProblem: HistoryProblem | null;
}

/**
 * Backups, restore, the database's state and "Save a copy…" of evidence. Files and dialogs go through the
 * platform; restore's close–replace–reopen is the platform's swapDatabase (the main process owns the file).
 */
export function safetyHandlers({ db, databasePath, clock }: HandlerContext, platform: Platform | undefined, state: SafetyState = { historyProblem: null }) {
  const progress = { running: false, fraction: 0 };
  const folder = () => backupFolder(db, databasePath);
  const settings = (): BackupSettings => {
    const current = folder();
    const lastAutomatic = listBackups(current).find((b) => b.kind === 'auto')?.createdAt ?? null;
    return { folder: current, isDefaultFolder: current === defaultBackupFolder(databasePath), keep: { ...BACKUP_KEEP }, lastAutomatic };
  };
  const passphraseIssues = (passphrase: string | undefined): FieldIssue[] =>
    passphrase !== undefined && [...passphrase].length < PASSPHRASE_MIN ? [{ path: 'passphrase', code: 'passphrase_too_short', params: { min: PASSPHRASE_MIN } }] : [];

  return {
    'backup.settings': () => ok(settings()),

    'backup.chooseFolder': async ({ reset }) => {
      if (reset) {
        setBackupFolder(db, null);
        return ok({ canceled: false, settings: settings() });
      }
      if (!platform) return fail('E_FORBIDDEN', 'Choosing a folder needs the desktop app');
      const chosen = await platform.chooseTarget({ defaultName: '', folder: true });
      if (chosen === null) return ok({ canceled: true, settings: settings() });
      setBackupFolder(db, chosen);
      return ok({ canceled: false, settings: settings() });
    },

    'backup.list': () => {
      const current = folder();
      return ok({ folder: current, items: listBackups(current).map(({ path: _path, ...item }) => item) });
    },

    'backup.now': async ({ passphrase }) => {
      if (!platform) return fail('E_FORBIDDEN', 'Saving files needs the desktop app');
      const issues = passphraseIssues(passphrase);
      if (issues.length > 0) return invalid(issues, 'Passphrase too short');
      const encrypted = passphrase !== undefined;
      const stamp = clock.now().toISOString().slice(0, 10);
      const extension = encrypted ? 'hoptac-backup' : 'sqlite';
      const path = await platform.chooseSaveFile({ defaultName: `hoptac-${stamp}.${extension}`, extension, filterName: 'Hợp Tác' });
      if (path === null) return ok({ canceled: true, path: null, size: 0, encrypted });
      Object.assign(progress, { running: true, fraction: 0 });
      try {
        const result = await backupToFile(db, path, { passphrase, onProgress: (f) => (progress.fraction = f) });
        return ok({ canceled: false, path, size: result.bytes, encrypted });
      } catch (error) {
        return fail('E_CONFLICT', `Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`, {
          issues: [{ path: 'path', code: 'file_not_writable', params: { path } }],
          params: { path },
        });
      } finally {
        progress.running = false;
      }
    },

    'backup.progress': () => ok({ ...progress }),

    'backup.restore': async ({ name, passphrase }) => {
      if (!platform?.swapDatabase) return fail('E_FORBIDDEN', 'Restoring needs the desktop app (or hoptac restore)');
      let source: string;
      if (name !== undefined) {
        // Only a file of the backup folder, by its listed name: the renderer cannot point at any path.
        const listed = listBackups(folder()).find((b) => b.name === name && basename(name) === name);
        if (!listed) return invalid([{ path: 'name', code: 'backup_not_found' }], 'No such backup');
        source = listed.path;
      } else {
        const chosen = await platform.chooseFiles({ title: 'Hợp Tác' });
        if (chosen === null || chosen[0] === undefined) return ok({ canceled: true, restoredFrom: null, keptBackup: null, documents: 0 });
        source = chosen[0];
      }
      const prepared = await prepareRestore(databasePath, source, passphrase);
      if (!prepared.check.ok || !prepared.candidate) {
        return invalid([{ path: 'name', code: `backup_${prepared.check.problem ?? 'damaged'}`, params: { detail: prepared.check.detail ?? '' } }], 'Backup refused');
      }
      const candidate = prepared.candidate;
      try {
        const kept = await keepCurrentDatabase(databasePath, clock.now(), db);
        await platform.swapDatabase(() => installRestore(databasePath, candidate, kept.keepDamagedAs));
        return ok({ canceled: false, restoredFrom: basename(source), keptBackup: kept.keptBackup ? basename(kept.keptBackup) : null, documents: prepared.check.documents ?? 0 });
      } catch (error) {
        prepared.discard();
        return fail('E_CONFLICT', `Restore failed: ${error instanceof Error ? error.message : String(error)}`, { issues: [{ path: 'name', code: 'backup_in_use' }] });
      }
    },

    'database.status': () =>
      ok({
        path: databasePath,
        readOnly: db.readonly,
        historyProblem: state.historyProblem,
      }),

    'evidence.saveCopy': async ({ id }) => {
      if (!platform) return fail('E_FORBIDDEN', 'Saving files needs the desktop app');
      const file = one<{ file_name: string; content: Buffer }>(db, sql`SELECT file_name, content FROM evidence_files WHERE id = ${id}`);
      if (!file) return fail('E_NOT_FOUND', 'Evidence not found');
      const name = safeFileName(file.file_name);
      const dot = name.lastIndexOf('.');
      const extension = dot > 0 ? name.slice(dot + 1) : 'bin';
      const path = await platform.chooseSaveFile({ defaultName: name, extension, filterName: extension.toUpperCase() });
      if (path === null) return ok({ canceled: true, path: null });
      try {
        await platform.writeFileAtomic(path, file.content);
      } catch (error) {
        return fail('E_CONFLICT', `Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`, {
          issues: [{ path: 'path', code: 'file_not_writable', params: { path } }],
        });
      }
      return ok({ canceled: false, path });
    },
  } satisfies HandlersOf<typeof safetyContract>;
}
