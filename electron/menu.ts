/**
 * Installs the application menu (template in menu-template.ts) and implements its two own actions:
 * About (version, data file) and Open data folder.
 */
import { BrowserWindow, dialog, Menu, shell } from 'electron';
import { menuTemplate } from './menu-template';

export interface MenuContext {
  t: (key: string, params?: Record<string, string | number>) => string;
  isPackaged: boolean;
  appVersion: string;
  databasePath: string;
  userDataDir: string;
  /** File → Back up now… / Restore from backup… / Change the backup folder… (electron/main.ts). */
  backups?: { now(): void; restore(): void; folder(): void };
}

export function aboutText(ctx: Pick<MenuContext, 't' | 'appVersion' | 'databasePath'>): { title: string; message: string; detail: string } {
  return {
    title: ctx.t('shell.about.title'),
    message: ctx.t('app.name'),
    detail: [
      ctx.t('shell.about.version', { version: ctx.appVersion }),
      ctx.t('app.tagline'),
      '',
      ctx.t('shell.about.database', { path: ctx.databasePath }),
      ctx.t('app.offline'),
    ].join('\n'),
  };
}

export function installMenu(ctx: MenuContext): void {
  const template = menuTemplate({
    t: (key) => ctx.t(key),
    isPackaged: ctx.isPackaged,
    platform: process.platform,
    actions: {
      about: () => {
        const { title, message, detail } = aboutText(ctx);
        const options = { type: 'info' as const, title, message, detail, buttons: [ctx.t('shell.dialog.ok')], noLink: true };
        const parent = BrowserWindow.getFocusedWindow();
        void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
      },
      exportWord: () => {
        const contents = (BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0])?.webContents;
        if (!contents) return;
        const modifiers: ('control' | 'meta')[] = [process.platform === 'darwin' ? 'meta' : 'control'];
        contents.sendInputEvent({ type: 'keyDown', keyCode: 'E', modifiers });
        contents.sendInputEvent({ type: 'keyUp', keyCode: 'E', modifiers });
      },
      ...(ctx.backups ? { backupNow: ctx.backups.now, restoreBackup: ctx.backups.restore, backupFolder: ctx.backups.folder } : {}),
      openDataFolder: () => {
        void shell.openPath(ctx.userDataDir).then((problem) => {
          if (problem) console.error(`Could not open ${ctx.userDataDir}: ${problem}`);
        });
      },
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
