import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Clock } from '../../db/clock';
import { startBackend, tempDir, type Backend } from './backend';
import { launchChromium, openApp, type AppPage } from './browser';
import { fakePlatform, type FakePlatform } from './platform';

export const E2E_ARTIFACTS = resolve(import.meta.dirname, '../artifacts/e2e');

/**
 * One Chromium for a test file and a fresh backend on a temp SQLite file for each test. After each test,
 * nothing on any screen may have thrown or logged an error. `clock` sets the backend's time (its "today",
 * which the UI uses too), e.g. a past review date.
 */
export function e2eSession(prefix: string, options: { clock?: Clock } = {}) {
  let browser: Browser | undefined;
  let tmp: ReturnType<typeof tempDir> | undefined;
  let backend: Backend | undefined;
  let app: AppPage | undefined;
  let platform: FakePlatform | undefined;

  beforeAll(async () => {
    mkdirSync(E2E_ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => {
    tmp = tempDir(prefix);
    platform = fakePlatform(tmp.file('exports'));
    backend = startBackend(tmp.file('hoptac.sqlite'), { platform, ...(options.clock ? { clock: options.clock } : {}) });
    app = undefined;
  });
  afterEach(async () => {
    expect(app?.errors ?? []).toEqual([]);
    await app?.context.close();
    backend?.close();
    tmp?.remove();
  });

  return {
    get backend(): Backend {
      if (!backend) throw new Error('no backend outside a test');
      return backend;
    },
    /** The fake Export-to-Word platform: files land in its folder, reveals are recorded. */
    get platform(): FakePlatform {
      if (!platform) throw new Error('no platform outside a test');
      return platform;
    },
    /** Opens the real renderer against this test's backend. */
    async open(options: Parameters<typeof openApp>[2] = {}): Promise<AppPage> {
      if (!browser || !backend) throw new Error('no browser outside a test');
      app = await openApp(browser, backend, options);
      return app;
    },
  };
}

/** Saves a screenshot into tests/artifacts/e2e/ once the fonts are ready. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // Generous: a full page of long text on a busy machine can take well over Playwright's default 30 s.
  await page.screenshot({ path: resolve(E2E_ARTIFACTS, `${name}.png`), fullPage, timeout: 120_000 });
}

/**
 * Fills every template placeholder ("{so_luong}") the signing check lists, as an officer does: "Kiểm tra văn
 * bản", then for each point "Go to" and type over the braces in the box that gets the focus. Answers how
 * many boxes were filled; the check is run again at the end and must list none.
 */
export async function fillPlaceholdersFromCheck(page: Page, replace: (placeholder: string) => string = () => '05'): Promise<number> {
  await page.getByTestId('check-start').click();
  await page.getByTestId('check-panel').waitFor();
  const problems = page.locator('[data-testid="check-problem"][data-code="placeholder"]');
  const count = await problems.count();
  for (let index = 0; index < count; index++) {
    const problem = problems.nth(index);
    const where = `${(await problem.getAttribute('data-target-id')) ?? ''}:${(await problem.getAttribute('data-language')) ?? 'vi'}`;
    await problem.getByTestId('check-go-to').click();
    // The box of that clause (or section) and language has the focus.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document.activeElement as HTMLElement | null;
          const owner = box?.closest<HTMLElement>('[data-clause-id], [data-section-id]');
          const lang = box?.dataset['lang'] ?? (box?.getAttribute('lang') === 'lo' ? 'lo' : 'vi');
          return box?.tagName === 'TEXTAREA' ? `${owner?.dataset['clauseId'] ?? owner?.dataset['sectionId'] ?? ''}:${lang}` : '';
        }),
      )
      .toBe(where);
    const box = page.locator(':focus');
    const value = await box.inputValue();
    await box.fill(value.replace(/\{[^{}\n]{1,80}\}/gu, (placeholder) => replace(placeholder)));
  }
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  await page.getByTestId('check-start').click();
  await expect.poll(() => page.locator('[data-testid="check-problem"][data-code="placeholder"]').count()).toBe(0);
  return count;
}
