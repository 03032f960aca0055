/**
 * The application menu as data. Only a type is imported from `electron` (erased at build time), so the
 * template is unit-tested under plain Node; electron/menu.ts turns it into a real Menu.
 * Roles bring the usual shortcuts (Ctrl+Z, Ctrl+C, Ctrl+Plus, F11, …); labels follow the UI language.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuTemplateContext {
  /** Translation function bound to the UI language (shared/i18n). */
  t: (key: string) => string;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: {
    about: () => void;
    openDataFolder: () => void;
    /** Sends Ctrl+E to the page: the document page opens its Export to Word dialog (no extra IPC). */
    exportWord: () => void;
    /** Backups (issue 12); the items appear when the shell provides them. */
    backupNow?: () => void;
    restoreBackup?: () => void;
    backupFolder?: () => void;
  };
}

export function menuTemplate({ t, isPackaged, platform, actions }: MenuTemplateContext): MenuItemConstructorOptions[] {
  const dev = !isPackaged;
  const view: MenuItemConstructorOptions[] = [
    ...(dev
      ? ([
          { role: 'reload', label: t('shell.menu.reload') },
          { role: 'forceReload', label: t('shell.menu.forceReload') },
          { role: 'toggleDevTools', label: t('shell.menu.devTools') },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom', label: t('shell.menu.resetZoom') },
    { role: 'zoomIn', label: t('shell.menu.zoomIn') },
    { role: 'zoomOut', label: t('shell.menu.zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('shell.menu.fullscreen') },
  ];

  return [
    ...(platform === 'darwin' ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    {
      label: t('shell.menu.file'),
      submenu: [
        // The drafting module will wire this to the renderer; until then it is visible but disabled.
        { id: 'file.newDocument', label: t('shell.menu.newDocument'), accelerator: 'CmdOrCtrl+N', enabled: false },
        // The page itself handles Ctrl+E (registerAccelerator: false leaves the key to it); the menu item sends the same key.
        { id: 'file.exportWord', label: t('shell.menu.exportWord'), accelerator: 'CmdOrCtrl+E', registerAccelerator: false, click: () => actions.exportWord() },
        { type: 'separator' },
        ...(actions.backupNow && actions.restoreBackup && actions.backupFolder
          ? ([
              { id: 'file.backupNow', label: t('safety.backup.now'), click: actions.backupNow },
              { id: 'file.restoreBackup', label: t('safety.backup.restore'), click: actions.restoreBackup },
              { id: 'file.backupFolder', label: t('safety.backup.chooseFolder'), click: actions.backupFolder },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'close', label: t('shell.menu.closeWindow') },
        { role: 'quit', label: t('shell.menu.quit') },
      ],
    },
    {
      label: t('shell.menu.edit'),
      submenu: [
        { role: 'undo', label: t('shell.menu.undo') },
        { role: 'redo', label: t('shell.menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('shell.menu.cut') },
        { role: 'copy', label: t('shell.menu.copy') },
        { role: 'paste', label: t('shell.menu.paste') },
        { type: 'separator' },
        { role: 'selectAll', label: t('shell.menu.selectAll') },
      ],
    },
    { label: t('shell.menu.view'), submenu: view },
    {
      label: t('shell.menu.help'),
      submenu: [
        { id: 'help.openDataFolder', label: t('shell.menu.openDataFolder'), click: () => actions.openDataFolder() },
        { type: 'separator' },
        { id: 'help.about', label: t('shell.menu.about'), click: () => actions.about() },
      ],
    },
  ];
}
