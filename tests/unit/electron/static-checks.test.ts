/**
 * Source-level rules for electron/ that are cheap to check as text (Electron cannot run here).
 * Behaviour is covered by main-lifecycle.test.ts and preload.test.ts with a fake `electron`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ELECTRON_DIR = join(import.meta.dirname, '../../../electron');
const files = readdirSync(ELECTRON_DIR)
  .filter((name) => name.endsWith('.ts'))
  .sort();
const source = Object.fromEntries(files.map((name) => [name, readFileSync(join(ELECTRON_DIR, name), 'utf8')]));

/** Source without comments, so prose about a rule never satisfies or breaks it. */
function code(name: string): string {
  const text = source[name];
  if (text === undefined) throw new Error(`electron/${name} is missing`);
  return text.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:])\/\/.*$/gmu, '$1');
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

/** Modules that must stay importable from plain Node (tests): no runtime `electron` import. */
const PURE = ['policy.ts', 'security.ts', 'locale.ts', 'database.ts', 'menu-template.ts'];

describe('electron/ sources', () => {
  it('has the expected files', () => {
    expect(files).toEqual(expect.arrayContaining(['main.ts', 'ipc.ts', 'preload.ts', 'menu.ts', ...PURE]));
  });

  it('registers IPC only in ipc.ts, with exactly one ipcMain.handle', () => {
    for (const name of files) {
      const text = code(name);
      const registrations = count(text, /\bipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\s*\(/gu);
      if (name === 'ipc.ts') {
        expect(count(text, /\bipcMain\s*\.\s*handle\s*\(/gu), name).toBe(1);
        expect(registrations, name).toBe(1);
        expect(text).toMatch(/ipcMain\.handle\(\s*IPC_INVOKE_CHANNEL/u);
        expect(text).toMatch(/isTrustedSender\(\s*event\.senderFrame\s*\)/u);
        expect(text).toMatch(/fail\(\s*'E_FORBIDDEN'/u);
        expect(text).toMatch(/return dispatch\(/u);
      } else {
        expect(registrations, name).toBe(0);
      }
    }
  });

  it('keeps the IPC channel name in one place', () => {
    for (const name of files) expect(code(name), name).not.toContain('hoptac:invoke');
  });

  it('preload exposes exactly one key, api, and never listens or sends', () => {
    const text = code('preload.ts');
    expect(count(text, /exposeInMainWorld\s*\(/gu)).toBe(1);
    expect(text).toMatch(/exposeInMainWorld\(\s*'api'\s*,/u);
    expect(text).not.toMatch(/ipcRenderer\s*\.\s*(on|once|send|sendSync|sendToHost|postMessage|addListener)\b/u);
    expect(text).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/u);
    expect(text).not.toMatch(/\b(webFrame|require|process)\b/u);
  });

  it('main.ts installs every guard', () => {
    const text = code('main.ts');
    for (const call of [
      'app.enableSandbox(',
      'app.requestSingleInstanceLock(',
      "app.on('second-instance'",
      'protocol.registerSchemesAsPrivileged(',
      'protocol.handle(',
      'setPermissionRequestHandler(',
      'setPermissionCheckHandler(',
      'setDevicePermissionHandler(',
      'setWindowOpenHandler(',
      "'will-navigate'",
      "'will-frame-navigate'",
      "'will-redirect'",
      "'will-attach-webview'",
      "app.on('web-contents-created'",
      'new BrowserWindow(windowOptions(',
      'registerIpc(',
    ]) {
      expect(text, call).toContain(call);
    }
    expect(text).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/u);
    expect(count(text, /new BrowserWindow\(/gu)).toBe(1);
  });

  it('windows get SECURE_WEB_PREFERENCES through windowOptions()', () => {
    const text = code('security.ts');
    expect(text).toMatch(/webPreferences:\s*\{\s*\.\.\.SECURE_WEB_PREFERENCES,/u);
    expect(code('main.ts')).toMatch(/from '\.\/security'/u);
  });

  it('never weakens a web preference, loads remote content or opens external programs', () => {
    for (const name of files) {
      const text = code(name);
      expect(text, name).not.toMatch(/nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/u);
      expect(text, name).not.toMatch(/(contextIsolation|sandbox|webSecurity)\s*:\s*false/u);
      expect(text, name).not.toMatch(/(allowRunningInsecureContent|experimentalFeatures|webviewTag|bypassCSP|corsEnabled)\s*:\s*true/u);
      expect(text, name).not.toMatch(/@electron\/remote|enableRemoteModule|openExternal|executeJavaScript|loadURL\(\s*['`]https?:|loadFile\(/u);
      // Anything but a literal `false` for these (a variable could hide `true`).
      expect(text, name).not.toMatch(/\b(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames)\s*:(?!\s*false\b)/u);
    }
  });

  it('pure modules import electron for types at most', () => {
    for (const name of PURE) {
      const text = code(name);
      expect(text, name).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'electron'/mu);
      expect(text, name).not.toMatch(/require\(\s*'electron'\s*\)/u);
    }
    for (const name of ['policy.ts', 'security.ts']) expect(code(name), name).not.toMatch(/'electron'/u);
  });

  it('never imports the renderer', () => {
    for (const name of files) expect(code(name), name).not.toMatch(/from\s+'\.\.\/renderer/u);
  });
});
