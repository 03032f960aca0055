/**
 * The real dist bundle of electron/main.ts (built in memory with scripts/build-node.mjs's options), run
 * against a recording fake `electron` module with real better-sqlite3 files in a temp userData folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { SECURE_WEB_PREFERENCES } from '../../../electron/security';
import { IPC_INVOKE_CHANNEL } from '../../../shared/contract/ipc';
import { vi as viCatalogue, lo as loCatalogue } from '../../../shared/i18n';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { tempDir } from '../../harness/backend';
import { bundleInMemory, createFakeElectron, fakeEvent, FakeWebContents, runCjs, type FakeElectron, type FakeOptions, type MenuItem } from './fake-electron';

let mainCode: string;
beforeAll(async () => {
  mainCode = await bundleInMemory('main');
}, 60_000);

const cleanups: (() => void)[] = [];
beforeEach(() => {
  // main.ts logs blocked navigations and refused files; keep the test output readable.
  for (const level of ['info', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
});
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
  vi.restoreAllMocks();
});

function launch(options: Partial<FakeOptions> = {}, prepare?: (userData: string) => void) {
  const dir = tempDir('hoptac-electron-');
  const userData = dir.file('userData');
  const distElectron = dir.file('dist/electron');
  const renderer = dir.file('dist/renderer');
  mkdirSync(distElectron, { recursive: true });
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  mkdirSync(userData, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hợp Tác</title><div id="root"></div>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("app");');
  prepare?.(userData);
  const fake = createFakeElectron({ userData, ...options });
  cleanups.push(() => {
    fake.app.emit('will-quit', fakeEvent());
    dir.remove();
  });
  runCjs(mainCode, join(distElectron, 'main.cjs'), { electron: fake.electron });
  return { fake, userData, renderer, distElectron, dbPath: join(userData, 'hoptac.sqlite') };
}

async function ready(fake: FakeElectron) {
  fake.markReady();
  await vi.waitFor(() => {
    if (fake.record.windows.length === 0 && fake.record.exitCode === undefined) throw new Error('still starting');
  });
}

function invoke(fake: FakeElectron, frame: unknown, channel: unknown, payload: unknown) {
  const handler = fake.record.ipcHandlers.get(IPC_INVOKE_CHANNEL);
  if (!handler) throw new Error('no IPC handler');
  return Promise.resolve(handler({ senderFrame: frame }, channel, payload)) as Promise<{ ok: boolean; code?: string; value?: unknown }>;
}

const topFrame = { url: 'app://hoptac/index.html#/documents', parent: null };
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const labels = (items: MenuItem[] | undefined) => (items ?? []).filter((i) => i.type !== 'separator').map((i) => i.label);
const roles = (items: MenuItem[] | undefined) => (items ?? []).map((i) => i.role).filter(Boolean);

describe('electron main (bundle, fake Electron)', () => {
  it('enables the sandbox, takes the single-instance lock and registers app:// before ready', () => {
    const { fake } = launch();
    expect(fake.record.calls).toEqual([
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
      'protocol.registerSchemesAsPrivileged',
      'app.whenReady',
    ]);
    expect(fake.record.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('quits at once when another instance holds the lock', () => {
    const { fake } = launch({ gotLock: false });
    expect(fake.record.calls).toEqual(['app.enableSandbox', 'app.requestSingleInstanceLock', 'app.quit']);
  });

  it('denies every permission, device and remote request on the session', async () => {
    const { fake } = launch();
    await ready(fake);
    const ses = fake.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'midi', 'unknown']) {
      const granted = vi.fn();
      ses.permissionRequestHandler!(null, permission, granted, {});
      expect(granted, permission).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler!(null, permission, 'app://hoptac', {}), permission).toBe(false);
    }
    expect(ses.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
    expect(ses.spellChecker).toBe(false);
    expect(ses.blockedRequests!.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const answer = vi.fn();
    ses.blockedRequests!.handler({ url: 'https://example.com/' }, answer);
    expect(answer).toHaveBeenCalledWith({ cancel: true });
    const pick = vi.fn();
    const event = fakeEvent();
    ses.emit('select-serial-port', event, [{ portId: '1' }], null, pick);
    expect(event.defaultPrevented).toBe(true);
    expect(pick).toHaveBeenCalledWith('');
  });

  it('creates one hidden window with the secure preferences and shows it when ready', async () => {
    const { fake, distElectron } = launch();
    await ready(fake);
    expect(fake.record.windows).toHaveLength(1);
    const win = fake.record.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ ...SECURE_WEB_PREFERENCES, preload: join(distElectron, 'preload.cjs'), devTools: true });
    expect(win.options).toMatchObject({ show: false, title: 'Hợp Tác' });
    expect(win.loadedUrl).toBe('app://hoptac/index.html');
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });

  it('blocks navigation away from app://hoptac/, new windows and <webview> in every web contents', async () => {
    const { fake } = launch();
    await ready(fake);
    const later = new FakeWebContents();
    fake.app.emit('web-contents-created', fakeEvent(), later);
    for (const contents of [fake.record.windows[0]!.webContents, later]) {
      for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
        for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://hoptac.evil/', 'app://hoptac@evil/', 'javascript:alert(1)']) {
          const event = fakeEvent(url);
          contents.emit(name, event, url);
          expect(event.defaultPrevented, `${name} ${url}`).toBe(true);
        }
        const inside = fakeEvent('app://hoptac/index.html');
        contents.emit(name, inside, inside.url);
        expect(inside.defaultPrevented, name).toBe(false);
      }
      expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
      expect(contents.windowOpenHandler!({ url: 'app://hoptac/index.html' })).toEqual({ action: 'deny' });
      const webview = fakeEvent();
      contents.emit('will-attach-webview', webview, {}, {});
      expect(webview.defaultPrevented).toBe(true);
    }
  });

  it('serves dist/renderer on app://hoptac/ with the CSP header and refuses traversal', async () => {
    const { fake } = launch();
    await ready(fake);
    const handle = fake.record.protocolHandlers.get('app')!;
    const get = (url: string, init?: RequestInit) => Promise.resolve(handle(new Request(url, init)));

    const index = await get('app://hoptac/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<div id="root">');

    const route = await get('app://hoptac/documents/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');

    const script = await get('app://hoptac/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    expect((await get('app://hoptac/assets/missing.js')).status).toBe(404);
    expect((await get('app://hoptac/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await get('app://hoptac/assets/%2e%2e%5c%2e%2e%5csecret.txt')).status).toBe(403);
    expect((await get('app://other/index.html')).status).toBe(403);
    expect((await get('app://hoptac/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers the renderer through one IPC handler, only for the top app frame', async () => {
    const { fake, dbPath } = launch();
    await ready(fake);
    expect([...fake.record.ipcHandlers.keys()]).toEqual([IPC_INVOKE_CHANNEL]);

    const info = await invoke(fake, topFrame, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { appVersion: '9.9.9-test', databasePath: dbPath, schemaVersion: LATEST_SCHEMA_VERSION } });

    for (const frame of [
      null,
      undefined,
      { url: 'app://hoptac/index.html', parent: { url: 'app://hoptac/index.html' } },
      { url: 'https://example.com/', parent: null },
      { url: 'app://hoptac.evil/index.html', parent: null },
      { url: 'file:///index.html', parent: null },
    ]) {
      expect(await invoke(fake, frame, 'app.info', {}), JSON.stringify(frame)).toMatchObject({ ok: false, code: 'E_FORBIDDEN' });
    }
    expect(await invoke(fake, topFrame, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, code: 'E_FORBIDDEN' });
    expect(await invoke(fake, topFrame, 'documents.get', { id: 5 })).toMatchObject({ ok: false, code: 'E_INVALID_INPUT' });

    expect(await invoke(fake, topFrame, 'documents.createSample', {})).toMatchObject({ ok: true });
    const list = await invoke(fake, topFrame, 'documents.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('installs a Vietnamese menu with About and Open data folder; devtools only in development', async () => {
    const { fake, userData, dbPath } = launch();
    await ready(fake);
    const menu = fake.record.menu!;
    expect(labels(menu)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const [file, edit, view, help] = menu.map((m) => m.submenu);
    expect(roles(file)).toEqual(['close', 'quit']);
    expect(file!.find((i) => i.id === 'file.newDocument')).toMatchObject({ label: 'Tạo văn kiện', enabled: false });
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(view)).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);

    help!.find((i) => i.id === 'help.openDataFolder')!.click!();
    expect(fake.record.openedPaths).toEqual([userData]);
    help!.find((i) => i.id === 'help.about')!.click!();
    const about = fake.record.messageBoxes.at(-1)!;
    expect(about.title).toBe(viCatalogue.shell.about.title);
    expect(about.detail).toContain('9.9.9-test');
    expect(about.detail).toContain(dbPath);
  });

  it('has no reload or devtools when packaged', async () => {
    const { fake } = launch({ isPackaged: true });
    await ready(fake);
    const view = fake.record.menu![2]!.submenu;
    expect(roles(view)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(fake.record.windows[0]!.options.webPreferences.devTools).toBe(false);
  });

  it('speaks Lao on a Lao system', async () => {
    const { fake } = launch({ languages: ['lo-LA', 'en-US'] });
    await ready(fake);
    expect(labels(fake.record.menu)).toEqual([loCatalogue.shell.menu.file, loCatalogue.shell.menu.edit, loCatalogue.shell.menu.view, loCatalogue.shell.menu.help]);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { fake } = launch();
    await ready(fake);
    const win = fake.record.windows[0]!;
    win.minimized = true;
    fake.app.emit('second-instance', fakeEvent(), [], '/');
    expect(win.minimized).toBe(false);
    expect(win.visible).toBe(true);
    expect(win.focusCount).toBe(1);
  });

  it('quits when the window closes and closes the database on quit', async () => {
    const { fake, dbPath } = launch();
    await ready(fake);
    await invoke(fake, topFrame, 'documents.createSample', {});
    fake.app.emit('window-all-closed');
    expect(fake.record.quitRequested).toBe(true);
    fake.app.emit('will-quit', fakeEvent());
    expect(fake.record.ipcHandlers.size).toBe(0);
    expect(existsSync(`${dbPath}-wal`)).toBe(false); // last connection closed: WAL checkpointed and removed
    const check = new Database(dbPath, { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    check.close();
  });

  it('closes the database and opens no window when quit is requested while starting', async () => {
    const { fake, dbPath } = launch();
    fake.app.emit('before-quit', fakeEvent());
    fake.markReady();
    await vi.waitFor(() => {
      if (!existsSync(dbPath)) throw new Error('database not created yet');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.record.windows).toHaveLength(0);
    expect(fake.record.ipcHandlers.size).toBe(0);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it('refuses a database from a newer Hợp Tác with a Vietnamese dialog and leaves it untouched', async () => {
    let before = '';
    const { fake, dbPath, userData } = launch({}, (dir) => {
      const db = new Database(join(dir, 'hoptac.sqlite'));
      db.exec('CREATE TABLE future (x TEXT)');
      db.pragma('user_version = 99');
      db.close();
      before = sha256(join(dir, 'hoptac.sqlite'));
    });
    await ready(fake);
    expect(fake.record.exitCode).toBe(1);
    expect(fake.record.windows).toHaveLength(0);
    expect(fake.record.ipcHandlers.size).toBe(0);
    const box = fake.record.messageBoxes[0]!;
    expect(box.type).toBe('error');
    expect(box.title).toBe(viCatalogue.shell.dbError.title);
    expect(box.message).toContain('mới hơn');
    expect(box.message).toContain('99');
    expect(box.detail).toContain(dbPath);
    expect(sha256(dbPath)).toBe(before);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    expect(existsSync(join(userData, 'hoptac.sqlite.v99.bak'))).toBe(false);
  });

  it('refuses a file that is not a database, unchanged', async () => {
    let before = '';
    const { fake, dbPath } = launch({}, (dir) => {
      writeFileSync(join(dir, 'hoptac.sqlite'), 'this is not SQLite '.repeat(100));
      before = sha256(join(dir, 'hoptac.sqlite'));
    });
    await ready(fake);
    expect(fake.record.exitCode).toBe(1);
    expect(fake.record.messageBoxes[0]!.message).toBe(viCatalogue.shell.dbError.E_DB_UNREADABLE);
    expect(sha256(dbPath)).toBe(before);
  });

  it('copies an older database before migrating it', async () => {
    const { fake, dbPath } = launch({}, (dir) => {
      const db = new Database(join(dir, 'hoptac.sqlite'));
      db.exec("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('kept')");
      db.close();
    });
    await ready(fake);
    expect(fake.record.windows).toHaveLength(1);
    const backup = new Database(`${dbPath}.v0.bak`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(0);
    expect(backup.prepare('SELECT x FROM notes').get()).toEqual({ x: 'kept' });
    backup.close();
    const info = await invoke(fake, topFrame, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { schemaVersion: LATEST_SCHEMA_VERSION } });
  });
});
