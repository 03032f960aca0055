/**
 * End to end: the editor's clause library, moving a clause to another section (dialog and drag and
 * drop), changing a section's sector, and saving a document's structure as a template, each undoable,
 * in the real renderer in Chromium against the real backend. Screenshots: tests/artifacts/e2e/library-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RENDERER_ORIGIN } from '../harness/browser';
import { e2eSession, screenshot } from '../harness/e2e';
import { fingerprint } from '../helpers/db';

const session = e2eSession('hoptac-e2e-library-');

interface Row {
  id: string;
  section_id: string;
  parent_id: string | null;
  position: number;
  text_vi: string;
  text_lo: string;
  lo_needs_review: number;
}

function liveClauses(documentId: string): Row[] {
  return session.backend.db
    .prepare('SELECT id, section_id, parent_id, position, text_vi, text_lo, lo_needs_review FROM clauses WHERE document_id = ? AND archived_at IS NULL')
    .all(documentId) as Row[];
}

async function openSample(language: 'vi' | 'lo'): Promise<{ page: Page; id: string }> {
  const sample = (await session.backend.invoke('documents.createSample', {})) as { value: { id: string } };
  const { page } = await session.open({ language });
  page.setDefaultTimeout(30_000);
  await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${sample.value.id}`);
  await page.getByTestId('clause-editor').waitFor();
  return { page, id: sample.value.id };
}

const firstBox = (page: Page, index = 0) => page.getByTestId('clause').nth(index).getByTestId('clause-vi');

describe('editor extras, end to end', () => {
  it('inserts a clause from the library after the active one, Lao flagged as not reviewed, and undoes it', async () => {
    const { page, id } = await openSample('vi');
    const before = liveClauses(id).length;
    await firstBox(page).click();
    await page.getByTestId('tool-library').click();
    await page.getByTestId('library-dialog').waitFor();
    await page.getByTestId('library-item').first().waitFor();
    await expect(page.getByTestId('library-where').textContent()).resolves.toMatch(/^Chèn sau /u);
    await page.getByTestId('library-search').fill('du lịch');
    await page.getByTestId('library-sector').selectOption('culture_tourism');
    await page.getByTestId('library-item').first().waitFor();
    await screenshot(page, 'library-dialog-vi', false);
    const chosenVi = await page.getByTestId('library-item').first().locator('p[lang="vi"]').first().textContent();
    await page.getByTestId('library-insert').first().click();
    await expect.poll(() => liveClauses(id).length).toBe(before + 1);
    const inserted = liveClauses(id).find((c) => c.text_vi === chosenVi)!;
    expect(inserted).toBeDefined();
    // The Lao review flag follows the insert (a second call): wait for it.
    if (inserted.text_lo !== '') await expect.poll(() => liveClauses(id).find((c) => c.id === inserted.id)!.lo_needs_review).toBe(1);
    await page.locator(`[data-testid="clause"][data-clause-id="${inserted.id}"]`).waitFor();

    await page.getByTestId('tool-undo').click();
    await expect.poll(() => liveClauses(id).length).toBe(before);
  });

  it('moves a clause to another section by the dialog and by drag and drop; changes a section sector; all undoable', async () => {
    const { page, id } = await openSample('vi');
    const clauses = () => liveClauses(id);

    // The dialog: the first clause goes to the end of another section.
    const firstId = (await page.getByTestId('clause').first().getAttribute('data-clause-id'))!;
    const fromSection = clauses().find((c) => c.id === firstId)!.section_id;
    await firstBox(page).click();
    await page.getByTestId('tool-moveSection').click();
    await page.getByTestId('move-dialog').waitFor();
    const target = await page.getByTestId('move-target').inputValue();
    await page.getByTestId('move-confirm').click();
    await expect.poll(() => clauses().find((c) => c.id === firstId)!.section_id).toBe(target);
    await page.getByTestId('tool-undo').click();
    await expect.poll(() => clauses().find((c) => c.id === firstId)!.section_id).toBe(fromSection);

    // Drag and drop: the second clause of the list is dropped on the first one and takes its place.
    const rows = page.getByTestId('clause');
    await rows.nth(0).scrollIntoViewIfNeeded();
    const thirdId = (await rows.nth(1).getAttribute('data-clause-id'))!;
    const thirdBefore = clauses().find((c) => c.id === thirdId)!;
    const targetRow = clauses().find((c) => c.id === firstId)!;
    const handle = (await rows.nth(1).getByTestId('clause-drag').boundingBox())!;
    const drop = (await rows.nth(0).boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    // A point of the first row that is on screen (its bottom edge), over its Vietnamese cell.
    const y = drop.y + drop.height - 12;
    await page.mouse.move(drop.x + drop.width / 4, y, { steps: 8 });
    await page.mouse.move(drop.x + drop.width / 4 + 5, y - 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => clauses().find((c) => c.id === thirdId)!.position).not.toBe(thirdBefore.position);
    expect(clauses().find((c) => c.id === thirdId)!.section_id).toBe(targetRow.section_id);
    const siblings = clauses()
      .filter((c) => c.section_id === targetRow.section_id && c.parent_id === targetRow.parent_id)
      .sort((a, b) => a.position - b.position);
    expect(siblings.findIndex((c) => c.id === thirdId)).toBeLessThan(siblings.findIndex((c) => c.id === firstId));
    await page.getByTestId('tool-undo').click();
    await expect.poll(() => {
      const now = clauses().find((c) => c.id === thirdId)!;
      return [now.section_id, now.parent_id];
    }).toEqual([thirdBefore.section_id, thirdBefore.parent_id]);

    // Sector of the first section, from its header; undo puts it back.
    const sectionId = (await page.getByTestId('editor-section').first().getAttribute('data-section-id'))!;
    const sector = () => (session.backend.db.prepare('SELECT sector FROM sections WHERE id = ?').get(sectionId) as { sector: string }).sector;
    const original = sector();
    const other = original === 'health' ? 'education' : 'health';
    await page.getByTestId('editor-section').first().getByTestId('section-sector').selectOption(other);
    await expect.poll(sector).toBe(other);
    await page.getByTestId('tool-undo').click();
    await expect.poll(sector).toBe(original);
  });

  it('saves the structure as a template (refusing an empty name with nothing changed) and offers it for a new document', async () => {
    const { page } = await openSample('lo');
    await page.getByTestId('tool-saveTemplate').click();
    await page.getByTestId('template-dialog').waitFor();
    await page.getByTestId('template-name-vi').fill('   ');
    const before = fingerprint(session.backend.db);
    await page.getByTestId('template-save').click();
    await page.getByTestId('template-error').waitFor();
    expect(fingerprint(session.backend.db)).toBe(before);
    await screenshot(page, 'library-template-error-lo', false);
    await page.getByTestId('template-name-vi').fill('Mẫu hội đàm Sơn La – Hủa Phăn');
    await page.getByTestId('template-name-lo').fill('ແບບຟອມ ເຊີນລາ - ຫົວພັນ');
    await page.getByTestId('template-save').click();
    await page.getByTestId('template-saved').waitFor();
    const templates = (await session.backend.invoke('templates.list', {})) as { value: { nameVi: string; builtin: boolean }[] };
    expect(templates.value.filter((t) => !t.builtin).map((t) => t.nameVi)).toEqual(['Mẫu hội đàm Sơn La – Hủa Phăn']);
    await page.goto(`${RENDERER_ORIGIN}/index.html#/new`);
    // The Lao interface names templates in Lao.
    await page.getByTestId('template-select').waitFor();
    const options = await page.getByTestId('template-select').locator('option').allTextContents();
    expect(options.some((o) => o.includes('ແບບຟອມ ເຊີນລາ - ຫົວພັນ'))).toBe(true);
  });

  it('shows the library in Lao without boxes', async () => {
    const { page } = await openSample('lo');
    await firstBox(page).click();
    await page.getByTestId('tool-library').click();
    await page.getByTestId('library-item').first().waitFor();
    await screenshot(page, 'library-dialog-lo', false);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.includes('Noto Sans Lao') && f.status === 'loaded');
    });
    expect(fonts).toBe(true);
  });
});
