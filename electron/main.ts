/**
 * Electron main process: lifecycle, hardening, the app:// protocol, the database and the main window.
 * Bundled by scripts/build-node.mjs to dist/electron/main.cjs (CommonJS: `__dirname` is the bundle's folder).
 *
 * Order matters: sandbox, single-instance lock and the privileged scheme are set before `ready`; the
 * session is hardened and the protocol registered before the first window loads anything.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, protocol, session, type Session, type WebContents } from 'electron';
import { createApi, type Api } from '../db/api';
import { useNativeBinding } from '../db/backup/driver';
import { scheduleAutomaticBackups, type AutomaticBackups } from '../db/backup/schedule';
import { startupCheck } from '../db/backup/startup';
import { DatabaseOpenError } from '../db/errors';
import type { SafetyState } from '../db/handlers/safety';
import { openDatabase } from '../db/open';
import type { WriteDb } from '../db/sql';
import { createI18n } from '../shared/i18n';
import { DATABASE_FILE_NAME, DatabaseBackupError, openAppDatabase, packagedNativeBinding } from './database';
import { registerIpc } from './ipc';
import { pickUiLanguage } from './locale';
import { installMenu } from './menu';
import { electronPlatform } from './platform';
import { backupMenuActions, offerRecovery } from './safety';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  isAllowedNavigation,
  permissionDecision,
  resolveAppAsset,
} from './policy';
import { windowOptions } from './security';

/** dist/electron (this bundle and preload.cjs) and dist/renderer (the Vite build), in dev and in app.asar. */
const BUNDLE_DIR = __dirname;
const RENDERER_DIR = join(BUNDLE_DIR, '..', 'renderer');
const PRELOAD_PATH = join(BUNDLE_DIR, 'preload.cjs');

/** Same as appId in electron-builder.yml (Windows taskbar grouping and shortcuts). */
const APP_ID = 'vn.hoptac.app';

/** Remote requests the session cancels outright (the CSP already forbids them; this is the second wall). */
const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

type T = (key: string, params?: Record<string, string | number>) => string;

const state: {
  window: BrowserWindow | undefined;
  db: WriteDb | undefined;
  api: Api | undefined;
  backups: AutomaticBackups | undefined;
  unregisterIpc: (() => void) | undefined;
  quitting: boolean;
} = { window: undefined, db: undefined, api: undefined, backups: undefined, unregisterIpc: undefined, quitting: false };

// ---------------------------------------------------------------------------------------------------
// Hardening

/** Deny every permission (camera, microphone, geolocation, notifications, clipboard-read, HID, serial, USB, …). */
function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // The spellchecker would download dictionaries from the internet; the app is offline.
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}

/** Applied to every web contents (windows, devtools, anything a page might try to create). */
function hardenWebContents(contents: WebContents): void {
  const blockUnlessAllowed = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      console.warn(`Blocked navigation to ${event.url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', blockUnlessAllowed);
  contents.on('will-frame-navigate', blockUnlessAllowed);
  contents.on('will-redirect', blockUnlessAllowed);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

// ---------------------------------------------------------------------------------------------------
// app:// protocol: the renderer build with the CSP header

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const asset = resolveAppAsset(rendererDir, request.url);
    if (!asset.ok) return textResponse(asset.status, asset.reason);
    try {
      const body = await readFile(asset.filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: appResponseHeaders(asset.contentType),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return textResponse(404, 'Not found');
      console.error(`Cannot read ${asset.filePath}`, error);
      return textResponse(500, 'Cannot read file');
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// Database

function nativeBinding(): string | undefined {
  if (app.isPackaged && typeof process.resourcesPath === 'string') {
    const candidate = packagedNativeBinding(process.resourcesPath);
    if (existsSync(candidate)) return candidate;
    console.warn(`${candidate} is missing; letting better-sqlite3 find its own build.`);
    return undefined;
  }
  // Development: node_modules holds the Node-ABI build (tests need it); `npm start` prepares an
  // Electron-ABI copy (scripts/electron-native.mjs). HOPTAC_SQLITE_BINDING overrides the path.
  if (process.env.HOPTAC_SQLITE_BINDING) return process.env.HOPTAC_SQLITE_BINDING;
  const prepared = join(app.getAppPath(), '.electron-native', process.versions.electron ?? '', 'better_sqlite3.node');
  return existsSync(prepared) ? prepared : undefined;
}

/** Native error box in the UI language; the file is left as it was. */
async function explainDatabaseFailure(t: T, error: unknown, databasePath: string): Promise<void> {
  let message: string;
  if (error instanceof DatabaseOpenError && (error.code === 'E_DB_EMPTY' || error.code === 'E_DB_READ_ONLY_OLD')) {
    message = t(error.code === 'E_DB_EMPTY' ? 'safety.database.empty' : 'safety.database.readOnlyOld');
  } else if (error instanceof DatabaseOpenError) {
    message = t(`shell.dbError.${error.code}`, {
      fileVersion: String(error.fileVersion ?? '?'),
      knownVersion: String(error.appVersion ?? '?'),
    });
  } else if (error instanceof DatabaseBackupError) {
    message = t('shell.dbError.E_DB_BACKUP', { path: error.backupPath });
  } else {
    message = t('shell.dbError.other');
  }
  const technical = error instanceof Error ? error.message : String(error);
  await dialog.showMessageBox({
    type: 'error',
    title: t('shell.dbError.title'),
    message,
    detail: [t('shell.dbError.file', { path: databasePath }), t('shell.dbError.detail', { message: technical }), '', t('shell.dbError.closing')].join('\n'),
    buttons: [t('shell.dialog.quit')],
    noLink: true,
  });
}

// ---------------------------------------------------------------------------------------------------
// Window

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(PRELOAD_PATH, { devTools: !app.isPackaged }));
  win.once('ready-to-show', () => win.show());
  // If the page cannot load at all, still show the window rather than leave an invisible process.
  setTimeout(() => {
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  }, 5000).unref?.();
  win.on('closed', () => {
    if (state.window === win) state.window = undefined;
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error(`Cannot load ${APP_ENTRY_URL}`, error));
  return win;
}

function focusMainWindow(): void {
  const win = state.window;
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

// ---------------------------------------------------------------------------------------------------
// Lifecycle

function uiLanguage() {
  try {
    return pickUiLanguage(app.getPreferredSystemLanguages());
  } catch {
    return pickUiLanguage([app.getLocale()]);
  }
}

/**
 * Binds an open database to the app: the API (with a platform whose swapDatabase closes, replaces and reopens the
 * file here, in the main process), the IPC handler and the automatic backups (only of a database that passed its
 * start-up check: a suspect file must not rotate good backups away).
 */
function bindDatabase(db: WriteDb, databasePath: string, safety: SafetyState, automaticBackups: boolean): void {
  state.db = db;
  const platform = {
    ...electronPlatform(),
    swapDatabase: async (replace: () => void) => {
      state.backups?.stop();
      await state.backups?.idle();
      state.unregisterIpc?.();
      state.db?.close();
      try {
        replace();
      } finally {
        const binding = nativeBinding();
        bindDatabase(openDatabase(databasePath, binding ? { nativeBinding: binding } : {}), databasePath, { historyProblem: null }, true);
      }
    },
  };
  state.api = createApi({ db, databasePath, appVersion: app.getVersion(), platform, safety });
  state.unregisterIpc = registerIpc(state.api);
  state.backups = automaticBackups ? scheduleAutomaticBackups({ db: () => state.db, databasePath }) : undefined;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(RENDERER_DIR);

  const i18n = createI18n(uiLanguage());
  const t: T = (key, params) => i18n.t(key, params ?? {});
  const userDataDir = app.getPath('userData');
  const databasePath = join(userDataDir, DATABASE_FILE_NAME);
  const open = () => openAppDatabase({ userDataDir, nativeBinding: nativeBinding() });
  useNativeBinding(nativeBinding()); // backups and restore open files of their own

  let opened;
  try {
    opened = await open();
  } catch (error) {
    console.error('Cannot open the database', error);
    // A file SQLite cannot read at all: the newest good backup is offered (the file is kept as .damaged-…).
    const unreadable = error instanceof DatabaseOpenError && error.code === 'E_DB_UNREADABLE';
    const decision = unreadable
      ? await offerRecovery({ t, databasePath, check: { damaged: true, problem: error.message }, close: () => undefined, onlyWithBackup: true }).catch(() => 'none' as const)
      : 'none';
    if (decision !== 'restored') {
      if (decision === 'none') await explainDatabaseFailure(t, error, databasePath);
      app.exit(1);
      return;
    }
    opened = await open();
  }
  if (opened.backupPath) console.info(`Copied the database to ${opened.backupPath} before updating it.`);

  // The start-up check: quick_check and the history checks, before anything is written or backed up.
  const check = startupCheck(opened.db);
  const safety: SafetyState = { historyProblem: check.historyProblem };
  if (!check.ok) {
    console.error(`The database failed its start-up check: ${check.problem ?? ''}`);
    const db = opened.db;
    const decision = await offerRecovery({ t, databasePath: opened.path, check, close: () => db.close() });
    if (decision === 'quit') {
      if (db.open) db.close();
      app.exit(1);
      return;
    }
    if (decision === 'restored') {
      opened = await open();
      safety.historyProblem = null;
    }
  }
  if (state.quitting) {
    opened.db.close(); // quit was requested while the file was being copied, migrated or checked
    return;
  }

  bindDatabase(opened.db, opened.path, safety, check.ok || safety.historyProblem === null);
  installMenu({
    t,
    isPackaged: app.isPackaged,
    appVersion: app.getVersion(),
    databasePath: opened.path,
    userDataDir,
    backups: backupMenuActions(t, () => state.api, () => state.window?.webContents.reload()),
  });
  state.window = createMainWindow();
}

function shutdown(): void {
  state.backups?.stop();
  state.unregisterIpc?.();
  state.unregisterIpc = undefined;
  const db = state.db;
  state.db = undefined;
  if (db?.open) {
    try {
      db.close();
    } catch (error) {
      console.error('Closing the database failed', error);
    }
  }
}

function main(): void {
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  if (!app.requestSingleInstanceLock()) {
    // Another Hợp Tác is running: it gets focus (second-instance) and this process ends.
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    state.quitting = true;
  });
  app.on('will-quit', shutdown);

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Hợp Tác failed to start', error);
      dialog.showErrorBox('Hợp Tác', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

main();
