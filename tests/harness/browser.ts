import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Backend } from './backend';

/** The renderer is served under a made-up origin straight from the build folder: no server, no network. */
export const RENDERER_ORIGIN = 'http://hoptac.invalid';
export const RENDERER_DIST = resolve(import.meta.dirname, '../../dist/renderer');
export const CHROMIUM_PATH = process.env['HOPTAC_CHROMIUM'] ?? '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};


export async function launchChromium(options: { headed?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (see README, "Tests").`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Serves dist/renderer for RENDERER_ORIGIN and refuses every other request (nothing remote is loaded). */
async function serveRenderer(context: BrowserContext, csp: string): Promise<void> {
  if (!existsSync(join(RENDERER_DIST, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first.');
  }
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== RENDERER_ORIGIN) return route.abort('blockedbyclient');
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/u, '') || 'index.html';
    const file = join(RENDERER_DIST, relative);
    if (!file.startsWith(RENDERER_DIST) || !existsSync(file)) {
      // Client-side routes fall back to the app shell, as the Electron protocol handler does.
      const index = await readFile(join(RENDERER_DIST, 'index.html'));
      return route.fulfill({ status: 200, body: index, headers: { 'content-type': CONTENT_TYPES['.html']!, 'content-security-policy': csp } });
    }
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, body, headers: { 'content-type': type, 'content-security-policy': csp } });
  });
}

/**
 * Gives the page the same `window.api` the Electron preload gives: one `invoke(channel, payload)`
 * forwarded to the real backend's dispatch in this process. One code path for app and tests.
 */
async function exposeBridge(context: BrowserContext, backend: Backend): Promise<void> {
  await context.exposeFunction('__hoptacInvoke', (channel: unknown, payload: unknown) => backend.invoke(channel, payload));
  // A string, not a function: tsx/esbuild would otherwise inject helpers (__name) the page lacks.
  await context.addInitScript({
    content: `(() => {
      const invoke = (channel, payload) => window.__hoptacInvoke(channel, payload);
      Object.defineProperty(window, 'api', { value: Object.freeze({ invoke }), writable: false, configurable: false });
    })();`,
  });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens the real renderer against `backend` in a new browser context. */
export async function openApp(
  browser: Browser,
  backend: Backend,
  options: { language?: 'vi' | 'lo' | 'en'; viewport?: { width: number; height: number } } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'vi-VN',
    serviceWorkers: 'block',
  });
  await serveRenderer(context, CONTENT_SECURITY_POLICY);
  await exposeBridge(context, backend);
  if (options.language) {
    const language = options.language;
    await context.addInitScript({
      content: `if (!localStorage.getItem('hoptac.language')) localStorage.setItem('hoptac.language', ${JSON.stringify(language)});`,
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${RENDERER_ORIGIN}/index.html`);
  return { context, page, errors };
}
