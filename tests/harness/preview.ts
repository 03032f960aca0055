/**
 * `npm run preview -- [--data DIR] [--lang vi|lo|en] [--screenshot FILE] [--sample] [--as-of YYYY-MM-DD]`
 *
 * Opens the real renderer in the system Chromium with the real backend (the same harness as the
 * end-to-end tests) on DIR/hoptac.sqlite, for machines where the Electron binary is not available.
 * Headed by default (use `xvfb-run -a` without a display); with --screenshot it runs headless, saves
 * one picture of the first screen and exits. --as-of sets the backend's clock to that day for the whole
 * session (the UI takes "today" from the backend), to try a past review date end to end.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Clock } from '../../db/clock';
import { checkIsoDate } from '../../shared/domain/dates';
import { isUiLanguage } from '../../shared/i18n';
import { startBackend } from './backend';
import { launchChromium, openApp } from './browser';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'preview-data' },
    lang: { type: 'string' },
    screenshot: { type: 'string' },
    sample: { type: 'boolean', default: false },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    'as-of': { type: 'string' },
  },
});

/** A clock on the --as-of day, at the machine's time of day (so change-log stamps still move forward). */
function clockOn(day: string): Clock {
  if (checkIsoDate(day)) {
    console.error(`--as-of ${day}: not a date (YYYY-MM-DD)`);
    process.exit(2);
  }
  const [y, m, d] = day.split('-').map(Number);
  return {
    now: () => {
      const now = new Date();
      return new Date(y!, m! - 1, d!, now.getHours(), now.getMinutes(), now.getSeconds(), now.getMilliseconds());
    },
  };
}

const dataDir = resolve(values.data);
mkdirSync(dataDir, { recursive: true });
const asOf = values['as-of'];
const backend = startBackend(join(dataDir, 'hoptac.sqlite'), asOf ? { clock: clockOn(asOf) } : {});
if (asOf) console.log(`Today for this session: ${asOf}`);
if (values.sample) await backend.invoke('documents.createSample', {});

const headless = Boolean(values.screenshot);
if (!headless && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
  console.error('No display: run `xvfb-run -a npm run preview -- …`, or pass --screenshot FILE for a headless picture.');
  process.exit(2);
}
const browser = await launchChromium({ headed: !headless });
const language = values.lang && isUiLanguage(values.lang) ? values.lang : undefined;
const { page, errors } = await openApp(browser, backend, {
  ...(language ? { language } : {}),
  viewport: { width: Number(values.width), height: Number(values.height) },
});
console.log(`Hợp Tác preview on ${backend.dbPath}`);

if (values.screenshot) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: values.screenshot, fullPage: true });
  console.log(`Saved ${values.screenshot}`);
  if (errors.length) console.error(errors.join('\n'));
  await browser.close();
  backend.close();
} else {
  page.on('close', () => {
    void browser.close().finally(() => backend.close());
  });
  browser.on('disconnected', () => {
    backend.close();
    process.exit(0);
  });
}
