/**
 * Runs the real Electron bundles (built in memory with the options of scripts/build-node.mjs) against a
 * recording fake of the `electron` module. Electron itself cannot be downloaded on this machine and tests
 * never import it; this is how main.ts, ipc.ts, menu.ts and preload.ts are exercised end to end anyway:
 * real bundle, real better-sqlite3, real files, fake Electron APIs.
 */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type { BuildOptions } from 'esbuild';

export const ROOT = join(import.meta.dirname, '../../..');

export interface BundleSpec {
  name: string;
  entry: string;
  outfile: string;
  executable?: boolean;
  options: BuildOptions;
}

export interface BuildConfig {
  root: string;
  common: BuildOptions;
  bundles: BundleSpec[];
}

/** The exact esbuild configuration of `npm run build:node`. */
export async function loadBuildConfig(): Promise<BuildConfig> {
  const url = pathToFileURL(join(ROOT, 'scripts/build-node.mjs')).href;
  return (await import(/* @vite-ignore */ url)) as BuildConfig;
}

/** Builds one bundle of scripts/build-node.mjs in memory and returns its code. */
export async function bundleInMemory(name: string): Promise<string> {
  const { build } = await import('esbuild');
  const { common, bundles } = await loadBuildConfig();
  const spec = bundles.find((b) => b.name === name);
  if (!spec) throw new Error(`No bundle named ${name}`);
  const result = await build({
    ...common,
    ...spec.options,
    entryPoints: [join(ROOT, spec.entry)],
    outfile: join(ROOT, spec.outfile),
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error(`esbuild produced no output for ${name}`);
  return file.text;
}

/** Every module id a CommonJS bundle requires (string literals only). */
export function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*"([^"]+)"\s*\)/gu)].map((m) => m[1]!))].sort();
}

/**
 * Evaluates a CommonJS bundle. `modules` answers require() first; with `sandboxed`, any other require
 * throws (as in a sandboxed preload), otherwise it falls through to Node's require from the project root.
 */
export function runCjs(code: string, filename: string, modules: Record<string, unknown>, sandboxed = false): Record<string, unknown> {
  const nodeRequire = createRequire(join(ROOT, 'package.json'));
  const requireFn = (id: string): unknown => {
    if (Object.hasOwn(modules, id)) return modules[id];
    if (sandboxed) throw new Error(`Sandboxed preload cannot require ${id}`);
    return nodeRequire(id);
  };
  const module = { exports: {} as Record<string, unknown> };
  const fn = vm.compileFunction(code, ['require', 'module', 'exports', '__filename', '__dirname'], { filename });
  fn(requireFn, module, module.exports, filename, dirname(filename));
  return module.exports;
}

// ---------------------------------------------------------------------------------------------------
// The fake `electron` module

type Listener = (...args: unknown[]) => unknown;

export interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url = ''): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export interface FakeSession extends EventEmitter {
  permissionRequestHandler?: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | undefined;
  permissionCheckHandler?: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | undefined;
  devicePermissionHandler?: ((details: unknown) => boolean) | undefined;
  spellChecker?: boolean | undefined;
  blockedRequests?: { urls: string[]; handler: (details: unknown, callback: (response: { cancel?: boolean }) => void) => void } | undefined;
}

export interface FakeWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  loadedUrl: string | undefined;
  visible: boolean;
  minimized: boolean;
  destroyed: boolean;
  focusCount: number;
}

export interface FakeApp extends EventEmitter {
  isPackaged: boolean;
}

export interface FakeRecord {
  /** Calls that matter for ordering (before/after ready). */
  calls: string[];
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: Map<string, (request: Request) => Response | Promise<Response>>;
  ipcHandlers: Map<string, (...args: unknown[]) => unknown>;
  windows: FakeWindow[];
  messageBoxes: MessageBox[];
  errorBoxes: { title: string; content: string }[];
  menu: MenuItem[] | undefined;
  openedPaths: string[];
  exitCode: number | undefined;
  quitRequested: boolean;
}

export interface FakeElectron {
  /** What `require('electron')` returns inside the bundle. */
  electron: Record<string, unknown>;
  record: FakeRecord;
  /** Resolves app.whenReady(). */
  markReady: () => void;
  app: FakeApp;
  defaultSession: FakeSession;
}

export interface FakeOptions {
  userData: string;
  /** Result of requestSingleInstanceLock(); false = another instance is running. */
  gotLock?: boolean;
  isPackaged?: boolean;
  languages?: string[];
}

export interface MessageBox {
  type?: string;
  title?: string;
  message?: string;
  detail?: string;
  buttons?: string[];
}

export interface MenuItem {
  id?: string;
  role?: string;
  label?: string;
  enabled?: boolean;
  type?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

export function createFakeElectron(options: FakeOptions): FakeElectron {
  const calls: string[] = [];
  const record: FakeRecord = {
    calls,
    schemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    windows: [],
    messageBoxes: [],
    errorBoxes: [],
    menu: undefined,
    openedPaths: [],
    exitCode: undefined,
    quitRequested: false,
  };

  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const app: FakeApp = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    enableSandbox: () => void calls.push('app.enableSandbox'),
    requestSingleInstanceLock: () => {
      calls.push('app.requestSingleInstanceLock');
      return options.gotLock ?? true;
    },
    whenReady: () => {
      calls.push('app.whenReady');
      return ready;
    },
    getPath: (name: string) => {
      if (name === 'userData') return options.userData;
      throw new Error(`getPath(${name}) not faked`);
    },
    // The development binding lookup (.electron-native/…) finds nothing here, so better-sqlite3 uses its Node build.
    getAppPath: () => options.userData,
    getVersion: () => '9.9.9-test',
    getPreferredSystemLanguages: () => options.languages ?? ['en-US'],
    getLocale: () => 'en-US',
    quit: () => {
      calls.push('app.quit');
      record.quitRequested = true;
    },
    exit: (code = 0) => {
      calls.push(`app.exit(${code})`);
      record.exitCode = code;
    },
  });

  const defaultSession: FakeSession = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
      calls.push('session.setPermissionRequestHandler');
      defaultSession.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
      calls.push('session.setPermissionCheckHandler');
      defaultSession.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']) {
      defaultSession.devicePermissionHandler = handler;
    },
    setSpellCheckerEnabled(enabled: boolean) {
      defaultSession.spellChecker = enabled;
    },
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }, handler: NonNullable<FakeSession['blockedRequests']>['handler']) {
        defaultSession.blockedRequests = { urls: filter.urls, handler };
      },
    },
  });

  class FakeBrowserWindow extends EventEmitter implements FakeWindow {
    static focused: FakeBrowserWindow | null = null;
    static getFocusedWindow() {
      return FakeBrowserWindow.focused;
    }
    static getAllWindows() {
      return record.windows.filter((w) => !w.destroyed);
    }
    readonly webContents = new FakeWebContents();
    loadedUrl: string | undefined;
    visible = false;
    minimized = false;
    destroyed = false;
    focusCount = 0;
    constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      super();
      calls.push('new BrowserWindow');
      record.windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {
      this.visible = true;
    }
    isVisible() {
      return this.visible;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    focus() {
      this.focusCount += 1;
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
        calls.push('protocol.registerSchemesAsPrivileged');
        record.schemes.push(...schemes);
      },
      handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
        calls.push(`protocol.handle(${scheme})`);
        record.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle(channel: string, handler: Listener) {
        calls.push(`ipcMain.handle(${channel})`);
        if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        record.ipcHandlers.set(channel, handler);
      },
      removeHandler(channel: string) {
        calls.push(`ipcMain.removeHandler(${channel})`);
        record.ipcHandlers.delete(channel);
      },
      on() {
        throw new Error('ipcMain.on must not be used');
      },
    },
    dialog: {
      showMessageBox(...args: unknown[]) {
        record.messageBoxes.push(args.at(-1) as MessageBox);
        return Promise.resolve({ response: 0, checkboxChecked: false });
      },
      showErrorBox(title: string, content: string) {
        record.errorBoxes.push({ title, content });
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuItem[] } | null) => {
        record.menu = menu?.template;
      },
    },
    shell: {
      openPath: (path: string) => {
        record.openedPaths.push(path);
        return Promise.resolve('');
      },
      openExternal: () => {
        throw new Error('shell.openExternal must not be used');
      },
    },
  };

  return { electron, record, markReady, app, defaultSession };
}
