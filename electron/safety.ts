/**
 * Data safety in the shell (issue 12), kept out of main.ts: the start-up check with its recovery dialog, and the
 * menu's backup actions. The logic lives in db/backup; this file only asks the officer and shows answers.
 */
import { BrowserWindow, dialog } from 'electron';
import type { Api } from '../db/api';
import { defaultBackupFolder } from '../db/backup/service';
import { latestGoodBackup, recoverFromBackup, type StartupCheck } from '../db/backup/startup';

type T = (key: string, params?: Record<string, string | number>) => string;

/** 'none': no good backup and `onlyWithBackup` — nothing was shown, the caller explains the failure its own way. */
export type RecoveryDecision = 'restored' | 'continue' | 'quit' | 'none';

const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
const show = (options: Electron.MessageBoxOptions) => {
  const win = parent();
  return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
};

/**
 * The database failed its start-up check (or could not be opened): say so plainly, offer the newest backup that
 * passes every check, and never overwrite the damaged file (it is kept beside the restored one). A history
 * problem alone may be opened anyway; the banner keeps showing it. `close` closes the database first, if open.
 */
export async function offerRecovery(options: {
  t: T;
  databasePath: string;
  backupFolder?: string;
  check: Pick<StartupCheck, 'damaged' | 'problem'>;
  close: () => void;
  onlyWithBackup?: boolean;
}): Promise<RecoveryDecision> {
  const { t, databasePath, check } = options;
  const backup = latestGoodBackup(options.backupFolder ?? defaultBackupFolder(databasePath));
  if (!backup && options.onlyWithBackup) return 'none';
  const canContinue = !check.damaged;
  const buttons = [...(backup ? [t('safety.startup.restore')] : []), ...(canContinue ? [t('safety.startup.continue')] : []), t('safety.startup.quit')];
  const answer = await show({
    type: 'error',
    title: t('safety.startup.title'),
    message: t('safety.startup.damaged', { problem: check.problem ?? '?' }),
    detail: backup
      ? t('safety.startup.offer', { date: new Date(backup.createdAt).toLocaleString(), kept: `${databasePath}.damaged-…` })
      : t('safety.startup.noBackup'),
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  const chosen = buttons[answer.response];
  if (backup && chosen === t('safety.startup.restore')) {
    options.close();
    await recoverFromBackup(databasePath, backup.path, new Date());
    return 'restored';
  }
  return canContinue && chosen === t('safety.startup.continue') ? 'continue' : 'quit';
}

/** File → Back up now… / Restore from backup… / Change the backup folder…, through the same handlers as the UI. */
export function backupMenuActions(t: T, api: () => Api | undefined, reload: () => void) {
  const explain = (result: { ok: boolean; code?: string; issues?: { code: string }[] }) =>
    void show({ type: 'error', title: t('safety.backup.title'), message: t(`errors.${result.code ?? 'E_INTERNAL'}`), detail: (result.issues ?? []).map((i) => t(`issues.${i.code}`)).join('\n'), noLink: true });
  return {
    now: () =>
      void (async () => {
        const result = await api()?.['backup.now']({});
        if (!result) return;
        if (!result.ok) return explain(result);
        if (!result.value.canceled) void show({ type: 'info', title: t('safety.backup.title'), message: t('safety.backup.done', { path: result.value.path ?? '' }), noLink: true });
      })(),
    restore: () =>
      void (async () => {
        const result = await api()?.['backup.restore']({});
        if (!result) return;
        if (!result.ok) return explain(result);
        if (result.value.canceled) return;
        await show({ type: 'info', title: t('safety.backup.title'), message: t('safety.backup.restored', { kept: result.value.keptBackup ?? '' }), noLink: true });
        reload();
      })(),
    folder: () =>
      void (async () => {
        const result = await api()?.['backup.chooseFolder']({ reset: false });
        if (result?.ok && !result.value.canceled) void show({ type: 'info', title: t('safety.backup.title'), message: t('safety.backup.folder', { folder: result.value.settings.folder }), noLink: true });
      })(),
  };
}
