import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  isAllowedNavigation,
  isTrustedSender,
  isTrustedSenderUrl,
  permissionDecision,
  resolveAppAsset,
} from '../../../electron/policy';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

const UNTRUSTED_URLS = [
  'app://hoptac.evil/',
  'app://hoptac.evil/index.html',
  'app://hoptac@evil/',
  'app://hoptac:x@evil/index.html',
  'app://evil@hoptac/',
  'app://hoptac:8080/index.html',
  'app://HOPTAC/index.html',
  'app://hoptac',
  'app:hoptac/index.html',
  'app:///hoptac/index.html',
  'app://hoptac\\index.html',
  'apps://hoptac/index.html',
  'file:///',
  'file:///home/user/dist/renderer/index.html',
  'http://localhost',
  'http://localhost:5173/',
  'https://hoptac/',
  'https://example.com/app://hoptac/',
  'devtools://devtools/bundled/devtools_app.html',
  'chrome://settings',
  'about:blank',
  'data:text/html,<script>1</script>',
  'blob:app://hoptac/4b9c1f0e',
  'javascript:alert(1)',
  '',
  ' app://hoptac/',
];

describe('app origin constants', () => {
  it('are app://hoptac', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('hoptac');
    expect(APP_ORIGIN).toBe('app://hoptac');
    expect(APP_ENTRY_URL).toBe('app://hoptac/index.html');
  });

  it('registers the scheme as standard, secure and fetchable, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts pages of the app origin', () => {
    for (const url of ['app://hoptac/', 'app://hoptac/index.html', 'app://hoptac/index.html#/documents/1', 'app://hoptac/documents?x=1']) {
      expect(isTrustedSenderUrl(url), url).toBe(true);
    }
  });

  it('refuses look-alike hosts, credentials, ports, other schemes and non-strings', () => {
    for (const url of UNTRUSTED_URLS) expect(isTrustedSenderUrl(url), url).toBe(false);
    for (const value of [undefined, null, 42, {}, ['app://hoptac/'], new URL('app://hoptac/')]) {
      expect(isTrustedSenderUrl(value), String(value)).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of an app page', () => {
    expect(isTrustedSender({ url: 'app://hoptac/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://hoptac/index.html', parent: { url: 'app://hoptac/index.html' } })).toBe(false);
    expect(isTrustedSender({ url: 'app://hoptac/index.html', parent: undefined })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://hoptac/index.html', parent: null, detached: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('treats a frame that throws when read (destroyed) as untrusted', () => {
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedSender(destroyed)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows only app://hoptac/…', () => {
    expect(isAllowedNavigation('app://hoptac/index.html')).toBe(true);
    expect(isAllowedNavigation('app://hoptac/index.html#/documents')).toBe(true);
    for (const url of UNTRUSTED_URLS) expect(isAllowedNavigation(url), url).toBe(false);
  });
});

describe('permissionDecision', () => {
  it('denies everything', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'clipboard-sanitized-write',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'idle-detection',
      'window-management',
      'unknown',
    ]) {
      expect(permissionDecision(permission), permission).toBe(false);
    }
    expect(permissionDecision()).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  const dist = resolve('/srv/hoptac/dist/renderer');
  const inside = (...parts: string[]) => join(dist, ...parts);

  it('maps app URLs to files inside the renderer build with their content type', () => {
    expect(resolveAppAsset(dist, 'app://hoptac/index.html')).toEqual({
      ok: true,
      filePath: inside('index.html'),
      contentType: 'text/html; charset=utf-8',
      fallback: false,
    });
    expect(resolveAppAsset(dist, 'app://hoptac/')).toMatchObject({ ok: true, filePath: inside('index.html'), fallback: false });
    expect(resolveAppAsset(dist, 'app://hoptac/assets/index-4f2a.js?v=1#x')).toMatchObject({
      ok: true,
      filePath: inside('assets', 'index-4f2a.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppAsset(dist, 'app://hoptac/assets/app.CSS')).toMatchObject({ ok: true, contentType: 'text/css; charset=utf-8' });
    expect(resolveAppAsset(dist, 'app://hoptac/assets/noto-sans-lao-lao-400-normal.woff2')).toMatchObject({ ok: true, contentType: 'font/woff2' });
    expect(resolveAppAsset(dist, 'app://hoptac/assets/logo.svg')).toMatchObject({ ok: true, contentType: 'image/svg+xml' });
    expect(resolveAppAsset(dist, 'app://hoptac/assets/h%E1%BB%A3p%20t%C3%A1c.png')).toMatchObject({
      ok: true,
      filePath: inside('assets', 'hợp tác.png'),
    });
  });

  it('answers unknown client routes with index.html', () => {
    for (const url of ['app://hoptac/documents', 'app://hoptac/documents/42/edit', 'app://hoptac/settings?tab=lo']) {
      expect(resolveAppAsset(dist, url), url).toEqual({ ok: true, filePath: inside('index.html'), contentType: 'text/html; charset=utf-8', fallback: true });
    }
  });

  it('refuses unknown file types rather than guessing', () => {
    expect(resolveAppAsset(dist, 'app://hoptac/run.exe')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppAsset(dist, 'app://hoptac/.env')).toMatchObject({ ok: false, status: 404 });
  });

  it('refuses every traversal attempt', () => {
    for (const url of [
      'app://hoptac/../../etc/passwd',
      'app://hoptac/assets/../../../etc/passwd',
      'app://hoptac/%2e%2e/%2e%2e/etc/passwd',
      'app://hoptac/%2E%2E/%2E%2E/etc/passwd',
      'app://hoptac/.%2e/secret.txt',
      'app://hoptac/..%2f..%2fetc%2fpasswd',
      'app://hoptac/..%2F..%2Fetc%2Fpasswd',
      'app://hoptac/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://hoptac/..%5c..%5cwindows%5cwin.ini',
      'app://hoptac/..\\..\\windows\\win.ini',
      'app://hoptac/assets/%2fetc%2fpasswd.txt',
      'app://hoptac/C:%5cWindows%5cwin.ini',
      'app://hoptac/c:/windows/win.ini',
      'app://hoptac/index.html%00.png',
      'app://hoptac/./index.html',
    ]) {
      const result = resolveAppAsset(dist, url);
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.status, url).toBe(403);
    }
  });

  it('refuses malformed encoding and other origins', () => {
    expect(resolveAppAsset(dist, 'app://hoptac/assets/%E0%A4%A.js')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppAsset(dist, 'app://hoptac.evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppAsset(dist, 'app://hoptac@evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppAsset(dist, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
  });

  it('never resolves outside distDir, whatever the input', () => {
    const samples = ['', '/', '..', '%2e', '%2e%2e', '%2f', '%5c', 'a', 'b.js', '.', '\\', ':', '%00', '%c0%ae', '~'];
    for (const a of samples) {
      for (const b of samples) {
        for (const c of ['x.js', 'index.html', '', 'etc']) {
          const result = resolveAppAsset(dist, `app://hoptac/${a}/${b}/${c}`);
          if (result.ok) expect(result.filePath.startsWith(dist + sep), `${a}/${b}/${c}`).toBe(true);
        }
      }
    }
  });
});

describe('appResponseHeaders', () => {
  it('carries the CSP and forbids sniffing', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });
});
