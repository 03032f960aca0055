/**
 * Issue 12 in the real renderer: the Backups screen — "Back up now…" to a file (plain, and with a passphrase
 * for a USB stick), each a real SQLite backup holding the officer's data; a file that is not a backup is
 * refused on restore in the UI language with nothing changed.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_ORIGIN } from '../harness/browser';
import { e2eSession, screenshot } from '../harness/e2e';
import { fingerprint } from '../helpers/db';

const session = e2eSession('hoptac-e2e-backups-');

describe('backups, end to end', () => {
  it('backs up now (plain and with a passphrase) and refuses to restore a file that is not a backup', async () => {
    await session.backend.invoke('documents.createSample', {});
    const { page } = await session.open({ language: 'vi' });
    page.setDefaultTimeout(30_000);
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backup-folder').waitFor();

    // A plain backup: the fake save dialog puts it in the platform's folder; it is a database with the sample.
    await page.getByTestId('backup-now').click();
    await expect.poll(() => readdirSync(session.platform.folder).filter((f) => f.startsWith('hoptac-')).length).toBe(1);
    const plain = readdirSync(session.platform.folder).find((f) => f.startsWith('hoptac-'))!;
    const copy = new Database(join(session.platform.folder, plain), { readonly: true, fileMustExist: true });
    try {
      expect((copy.prepare('SELECT count(*) AS n FROM documents WHERE is_sample = 1').get() as { n: number }).n).toBe(1);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }

    // With a passphrase: the button waits for a long enough one; the file is not readable as SQLite.
    await page.getByTestId('backup-encrypt').check();
    await page.getByTestId('backup-passphrase').fill('ngắn');
    await expect(page.getByTestId('backup-now').isDisabled()).resolves.toBe(true);
    await page.getByTestId('backup-passphrase').fill('Mật khẩu đủ dài cho USB 2025');
    await page.getByTestId('backup-now').click();
    await expect.poll(() => readdirSync(session.platform.folder).filter((f) => f.startsWith('hoptac-')).length).toBe(2);
    const encrypted = readdirSync(session.platform.folder).find((f) => f.startsWith('hoptac-') && f !== plain)!;
    expect(readFileSync(join(session.platform.folder, encrypted)).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    await page.getByTestId('backup-encrypt').uncheck();

    // Restoring a file that is not a backup: refused, in Vietnamese, the data untouched.
    const notABackup = join(session.platform.folder, 'bien-ban.sqlite');
    writeFileSync(notABackup, 'Đây không phải tệp dữ liệu');
    session.platform.files = [notABackup];
    // The desktop app swaps the database file here; a refused restore must never get this far.
    session.platform.swapDatabase = async () => {
      throw new Error('a refused restore must never reach the swap');
    };
    const before = fingerprint(session.backend.db);
    await page.getByTestId('backup-restore-file').click();
    const refusal = page.locator('.notice--error');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('không phải bản sao lưu');
    expect(fingerprint(session.backend.db)).toBe(before);
    await screenshot(page, 'backups-vi');

    // The same screen in Lao.
    await page.goto(`${RENDERER_ORIGIN}/index.html#/backups`);
    await page.locator('[data-testid="language-switch"] [data-lang="lo"]').click();
    await page.getByTestId('backup-folder').waitFor();
    await screenshot(page, 'backups-lo');
  });
});
