import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURE_WEB_PREFERENCES, windowOptions } from '../../../electron/security';
import { CONTENT_SECURITY_POLICY as SHARED_CSP } from '../../../shared/security/csp';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/u);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('SECURE_WEB_PREFERENCES', () => {
  it('has exactly the secure values', () => {
    expect(SECURE_WEB_PREFERENCES).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    });
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
    expect(() => {
      (SECURE_WEB_PREFERENCES as { sandbox: boolean }).sandbox = false;
    }).toThrow(TypeError);
    expect(SECURE_WEB_PREFERENCES.sandbox).toBe(true);
  });
});

describe('windowOptions', () => {
  it('builds a hidden window with the secure preferences, the preload and no devtools by default', () => {
    const options = windowOptions('/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toStrictEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/dist/electron/preload.cjs', devTools: false });
    expect(options.show).toBe(false);
    expect(options.title).toBe('Hợp Tác');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/iu);
    expect(options.minWidth).toBeLessThanOrEqual(options.width);
    expect(options.minHeight).toBeLessThanOrEqual(options.height);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
  });

  it('enables devtools only when asked (development)', () => {
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences.devTools).toBe(true);
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences.sandbox).toBe(true);
  });
});

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('is the shared policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(SHARED_CSP);
  });

  it('allows no inline script, no eval and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'|\*|https?:|wss?:/u);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
