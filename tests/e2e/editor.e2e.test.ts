/**
 * End to end: the side-by-side clause editor on the sample document, in the real renderer
 * (dist/renderer) in Debian's Chromium, against the real backend on a temp SQLite file. Text edits are
 * autosaved (checked in SQLite), structural actions renumber the clauses, delete can be undone, long
 * Vietnamese and Lao clauses wrap inside their columns. Screenshots go to tests/artifacts/e2e/.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AppPage } from '../harness/browser';
import { e2eSession, screenshot } from '../harness/e2e';
import { fingerprint } from '../helpers/db';

const session = e2eSession('hoptac-e2e-editor-');
let app: AppPage;

/** A screenshot of what is on screen (the action bar is sticky, so whole-page shots would misplace it). */
const shot = (page: Page, name: string) => screenshot(page, name, false);

interface ClauseRowInDb {
  id: string;
  section_id: string;
  parent_id: string | null;
  position: number;
  text_vi: string;
  text_lo: string;
  archived_at: string | null;
}

function clauseInDb(id: string): ClauseRowInDb | undefined {
  return session.backend.db.prepare('SELECT id, section_id, parent_id, position, text_vi, text_lo, archived_at FROM clauses WHERE id = ?').get(id) as
    | ClauseRowInDb
    | undefined;
}

/** Full labels of the clause rows on screen, in order (e.g. 'I. 1.', 'I. 1. a)'). */
async function labels(page: Page, count = 5): Promise<string[]> {
  const all = await page.getByTestId('clause').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-label') ?? ''));
  return all.slice(0, count);
}

const row = (page: Page, id: string): Locator => page.locator(`[data-testid="clause"][data-clause-id="${id}"]`);

async function focusedClause(page: Page): Promise<{ id: string | null; lang: string | null; caret: number }> {
  return page.evaluate(() => {
    const box = document.activeElement as HTMLTextAreaElement | null;
    return { id: box?.closest('[data-clause-id]')?.getAttribute('data-clause-id') ?? null, lang: box?.getAttribute('data-lang') ?? null, caret: box?.selectionStart ?? -1 };
  });
}

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
}

/** Lao glyphs come from the bundled Noto Sans Lao (no fallback boxes). */
async function laoFontLoaded(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((face) => face.family.includes('Noto Sans Lao') && face.status === 'loaded');
  });
}

/** Anything in the editor wider than the editor, or a page that scrolls sideways. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const html = document.documentElement;
    if (html.scrollWidth > html.clientWidth) problems.push(`page scrolls sideways: ${html.scrollWidth} > ${html.clientWidth}`);
    const editor = document.querySelector('[data-testid="clause-editor"]')!.getBoundingClientRect();
    for (const element of document.querySelectorAll<HTMLElement>('[data-testid="clause-editor"] *')) {
      if (element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > editor.right + 1 || box.left < editor.left - 1)) problems.push(`${element.tagName}.${element.className} outside the editor`);
      if (element instanceof HTMLTextAreaElement && element.scrollWidth > element.clientWidth + 1) problems.push(`textarea ${element.dataset['testid']} scrolls sideways`);
      if (element instanceof HTMLTextAreaElement && element.scrollHeight > element.clientHeight + 2) problems.push(`textarea ${element.dataset['testid']} does not grow`);
    }
    return problems;
  });
}

const LONG_LAO = 'ສອງຝ່າຍເຫັນດີເປັນເອກະພາບສືບຕໍ່ປະສານສົມທົບກັນໂຄສະນາຢ່າງເລິກເຊິ່ງແລະກວ້າງຂວາງໃຫ້ແກ່ພະນັກງານທະຫານແລະປະຊາຊົນ'.repeat(24);
const LONG_VI =
  'Hai bên thống nhất tiếp tục phối hợp tuyên truyền sâu rộng cho cán bộ, chiến sĩ và nhân dân mỗi bên về truyền thống đoàn kết hữu nghị vĩ đại, đoàn kết đặc biệt Việt Nam – Lào; '.repeat(8) +
  'tài liệu tham khảo: https://example.invalid/' + 'tailieu'.repeat(40);

describe('clause editor, end to end', () => {
  it('edits, adds, indents, splits, merges, deletes and undoes clauses of the sample, saved in SQLite and renumbered', async () => {
    app = await session.open({ language: 'vi' });
    const { page } = app;
    await page.getByTestId('open-sample').click();
    await page.getByTestId('clause-editor').waitFor();
    expect(await page.getByTestId('clause').count()).toBeGreaterThanOrEqual(10);
    expect(await labels(page, 3)).toEqual(['I. 1.', 'I. 2.', 'II. 1.']);
    await expect(page.getByTestId('section-label').first().textContent()).resolves.toBe('I.');
    await expect(page.getByTestId('save-status').textContent()).resolves.toBe('Mọi thay đổi đã được lưu');
    expect(await laoFontLoaded(page)).toBe(true);
    await page.getByTestId('clause-editor').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -60));
    await shot(page, 'editor-sample-vi');

    // 1. Edit the first clause in both languages: autosaved, "Saved", and the row in SQLite.
    const firstId = (await page.getByTestId('clause').first().getAttribute('data-clause-id'))!;
    const first = row(page, firstId);
    const viText = 'Hai tỉnh đã trao đổi 29 đoàn công tác trong năm 2024.';
    const loText = 'ສອງແຂວງໄດ້ແລກປ່ຽນຄະນະຜູ້ແທນ 29 ຄະນະ ໃນປີ 2024.';
    await first.getByTestId('clause-vi').fill(viText);
    await first.getByTestId('clause-lo').fill(loText);
    await waitSaved(page);
    await expect(page.getByTestId('save-status').textContent()).resolves.toBe('Đã lưu');
    await expect.poll(() => clauseInDb(firstId)?.text_lo).toBe(loText);
    expect(clauseInDb(firstId)).toMatchObject({ text_vi: viText, text_lo: loText, archived_at: null });

    // A refused save (over 20,000 characters): the message next to the row, the text kept, nothing written.
    const before = fingerprint(session.backend.db);
    await first.getByTestId('clause-vi').fill('x'.repeat(20_001));
    await expect(first.getByTestId('clause-error').textContent()).resolves.toContain('Quá dài: 20.001 ký tự, tối đa 20.000.');
    await expect(first.getByTestId('clause-vi').inputValue()).resolves.toHaveLength(20_001);
    await expect(page.getByTestId('save-status').getAttribute('data-state')).resolves.toBe('error');
    expect(fingerprint(session.backend.db)).toBe(before);
    await first.getByTestId('clause-vi').fill(viText);
    await waitSaved(page);
    await expect(first.getByTestId('clause-error').count()).resolves.toBe(0);

    // 2. Ctrl+Enter adds a clause after it: I. 2. is new, the old 2. becomes 3.; focus is in the new clause.
    await first.getByTestId('clause-vi').focus();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => labels(page, 4)).toEqual(['I. 1.', 'I. 2.', 'I. 3.', 'II. 1.']);
    const added = await focusedClause(page);
    expect(added.lang).toBe('vi');
    const addedId = added.id!;
    expect(addedId).not.toBe(firstId);
    await page.keyboard.type('Phối hợp tổ chức giao lưu văn hóa, thể thao.');
    await waitSaved(page);
    await expect.poll(() => clauseInDb(addedId)?.text_vi).toBe('Phối hợp tổ chức giao lưu văn hóa, thể thao.');
    await expect(row(page, addedId).getByTestId('no-lao-badge').textContent()).resolves.toBe('Chưa có tiếng Lào');
    await expect(page.getByTestId('section-lacking-lao').first().textContent()).resolves.toBe('Chưa có tiếng Lào: 1');

    // 3. Tab indents it under clause 1: it becomes point a).
    await page.keyboard.press('Tab');
    await expect.poll(() => labels(page, 4)).toEqual(['I. 1.', 'I. 1. a)', 'I. 2.', 'II. 1.']);
    await expect(row(page, addedId).getByTestId('clause-label').textContent()).resolves.toBe('a)');
    expect(clauseInDb(addedId)).toMatchObject({ parent_id: firstId, position: 0 });
    expect((await focusedClause(page)).id).toBe(addedId);

    // 4. Split it at the caret (after "văn hóa,"): a) and b), focus in b) at its start.
    const caret = 'Phối hợp tổ chức giao lưu văn hóa,'.length;
    await row(page, addedId).getByTestId('clause-vi').evaluate((box: HTMLTextAreaElement, at) => box.setSelectionRange(at, at), caret);
    await page.keyboard.press('Control+Shift+S');
    await expect.poll(() => labels(page, 4)).toEqual(['I. 1.', 'I. 1. a)', 'I. 1. b)', 'I. 2.']);
    const split = await focusedClause(page);
    expect(split).toMatchObject({ lang: 'vi', caret: 0 });
    const splitId = split.id!;
    expect(clauseInDb(addedId)).toMatchObject({ text_vi: 'Phối hợp tổ chức giao lưu văn hóa,', parent_id: firstId });
    expect(clauseInDb(splitId)).toMatchObject({ text_vi: 'thể thao.', parent_id: firstId, position: 1, archived_at: null });
    await shot(page, 'editor-split-vi');

    // 5. Merge a) with b) again (toolbar button): one point, the text joined with one space.
    await row(page, addedId).getByTestId('clause-vi').focus();
    await page.getByTestId('tool-merge').click();
    await expect.poll(() => labels(page, 4)).toEqual(['I. 1.', 'I. 1. a)', 'I. 2.', 'II. 1.']);
    expect(clauseInDb(addedId)?.text_vi).toBe('Phối hợp tổ chức giao lưu văn hóa, thể thao.');
    expect(clauseInDb(splitId)?.archived_at).not.toBeNull();
    expect((await focusedClause(page)).id).toBe(addedId);

    // Ctrl+Z outside typing undoes the merge (the editor's stack), Ctrl+Y redoes it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => labels(page, 4)).toEqual(['I. 1.', 'I. 1. a)', 'I. 1. b)', 'I. 2.']);
    expect(clauseInDb(splitId)?.archived_at).toBeNull();
    expect(clauseInDb(addedId)?.text_vi).toBe('Phối hợp tổ chức giao lưu văn hóa,');
    await page.keyboard.press('Control+y');
    await expect.poll(() => labels(page, 4)).toEqual(['I. 1.', 'I. 1. a)', 'I. 2.', 'II. 1.']);
    expect(clauseInDb(addedId)?.text_vi).toBe('Phối hợp tổ chức giao lưu văn hóa, thể thao.');

    // Typing is undone by the browser first, as one step (not letter by letter). ASCII only: Playwright
    // sends other characters as separate text insertions, each its own browser undo step.
    await row(page, addedId).getByTestId('clause-vi').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' moi nam');
    await page.keyboard.press('Control+z');
    await expect(row(page, addedId).getByTestId('clause-vi').inputValue()).resolves.toBe('Phối hợp tổ chức giao lưu văn hóa, thể thao.');
    await waitSaved(page);

    // 6. Delete it: the dialog asks, the row goes (archived), "Undo" brings it back where it was.
    await page.getByTestId('tool-delete').click();
    await page.getByTestId('delete-dialog').waitFor();
    await expect(page.getByTestId('delete-dialog').textContent()).resolves.toContain('Xóa điều khoản I. 1. a)?');
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('undo-notice').waitFor();
    await expect.poll(() => labels(page, 3)).toEqual(['I. 1.', 'I. 2.', 'II. 1.']);
    expect(clauseInDb(addedId)?.archived_at).not.toBeNull();
    await expect(page.getByTestId('undo-notice').textContent()).resolves.toContain('Đã xóa điều khoản I. 1. a).');
    await shot(page, 'editor-deleted-vi');
    await page.getByTestId('undo-delete').click();
    await expect.poll(() => labels(page, 4)).toEqual(['I. 1.', 'I. 1. a)', 'I. 2.', 'II. 1.']);
    expect(clauseInDb(addedId)).toMatchObject({ archived_at: null, parent_id: firstId, text_vi: 'Phối hợp tổ chức giao lưu văn hóa, thể thao.' });
    expect((await focusedClause(page)).id).toBe(addedId);

    // Shift+Tab outdents it back to clause 2; Alt+↑ moves it above clause 1.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => labels(page, 3)).toEqual(['I. 1.', 'I. 2.', 'I. 3.']);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => row(page, addedId).getAttribute('data-label')).toBe('I. 1.');
    expect(clauseInDb(addedId)).toMatchObject({ parent_id: null, position: 0 });

    // Multi-paragraph paste from Word: asked first, cleaned, and the officer is told what changed.
    await row(page, addedId).getByTestId('clause-lo').focus();
    await row(page, addedId).getByTestId('clause-lo').evaluate((box: HTMLTextAreaElement) => {
      const data = new DataTransfer();
      data.setData('text/plain', '1.\tສອງຝ່າຍ\u00a0ຈະແລກປ່ຽນ\r\n2.\tສືບຕໍ່ຮ່ວມມື\u200b ດ້ານກິລາ');
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.getByTestId('paste-dialog').waitFor();
    await page.getByTestId('paste-as-clauses').click();
    await page.getByTestId('paste-notice').waitFor();
    await expect(page.getByTestId('paste-notice').textContent()).resolves.toContain('thay 1 dấu cách không ngắt dòng bằng dấu cách thường');
    await expect.poll(() => labels(page, 3)).toEqual(['I. 1.', 'I. 2.', 'I. 3.']);
    expect(clauseInDb(addedId)?.text_lo).toBe('ສອງຝ່າຍ ຈະແລກປ່ຽນ');
    const pastedId = (await focusedClause(page)).id!;
    expect(clauseInDb(pastedId)).toMatchObject({ text_lo: 'ສືບຕໍ່ຮ່ວມມື ດ້ານກິລາ', text_vi: '', position: 1 });
  });

  for (const language of ['vi', 'lo'] as const) {
    it(`wraps long Vietnamese and Lao clauses inside their columns (${language} interface)`, async () => {
      app = await session.open({ language });
      const { page } = app;
      await page.getByTestId('open-sample').click();
      await page.getByTestId('clause-editor').waitFor();
      const id = (await page.getByTestId('clause').nth(1).getAttribute('data-clause-id'))!;
      await row(page, id).getByTestId('clause-vi').fill(LONG_VI);
      await row(page, id).getByTestId('clause-lo').fill(LONG_LAO);
      await waitSaved(page);
      await expect.poll(() => clauseInDb(id)?.text_lo.length).toBe(LONG_LAO.length);
      expect(LONG_LAO.length).toBeGreaterThan(2000);
      expect(await laoFontLoaded(page)).toBe(true);
      expect(await overflow(page)).toEqual([]);

      await row(page, id).scrollIntoViewIfNeeded();
      await row(page, id).evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 120));
      await shot(page, `editor-long-clause-${language}`);
      await page.getByTestId('clause-editor').scrollIntoViewIfNeeded();
      await page.getByTestId('clause-editor').evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 120));
      await shot(page, `editor-sample-top-${language}`);
    });
  }

  it('shows a signed version read-only', async () => {
    app = await session.open({ language: 'en' });
    const { page } = app;
    await page.getByTestId('open-sample').click();
    await page.getByTestId('clause-editor').waitFor();
    const id = page.url().replace(/^.*#\/document\//u, '');
    const signed = (await session.backend.invoke('documents.sign', { id, signedOn: '2025-03-21', confirmWarnings: true })) as { ok: boolean };
    expect(signed.ok).toBe(true);
    await page.reload();
    await page.locator('[data-testid="clause-editor"][data-readonly="true"]').waitFor();
    await expect(page.getByTestId('editor-readonly').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid="clause-editor"] textarea').count()).toBe(0);
    expect(await page.getByTestId('editor-toolbar').count()).toBe(0);
    expect(await page.getByTestId('clause').count()).toBeGreaterThanOrEqual(10);
    await page.getByTestId('clause-editor').evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 120));
    await shot(page, 'editor-signed-en');
  });
});
