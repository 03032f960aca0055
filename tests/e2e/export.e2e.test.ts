/**
 * End to end: Export to Word from the document page (Ctrl+E), all three layouts into one folder of the
 * fake platform, then Show in folder. Screenshots go to tests/artifacts/e2e/ (export-*.png).
 */
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RENDERER_ORIGIN } from '../harness/browser';
import { e2eSession, screenshot } from '../harness/e2e';

const session = e2eSession('hoptac-e2e-export-');

async function invoke<T>(channel: string, payload: unknown): Promise<T> {
  const answer = (await session.backend.invoke(channel, payload)) as { ok: boolean; value: T };
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer)}`);
  return answer.value;
}

/** The sample with two clauses whose Lao text was removed, opened on its document page. */
async function openSample(language: 'vi' | 'lo'): Promise<Page> {
  const sample = await invoke<{ id: string }>('documents.createSample', {});
  const detail = await invoke<{ sections: { clauses: { id: string }[] }[] }>('documents.get', { id: sample.id });
  for (const clause of detail.sections.flatMap((s) => s.clauses).slice(0, 2)) {
    await invoke('clauses.update', { id: clause.id, textLo: '' });
  }
  const { page } = await session.open({ language });
  await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${sample.id}`);
  await page.getByTestId('signing-bar').waitFor();
  return page;
}

describe('Export to Word', () => {
  for (const language of ['vi', 'lo'] as const) {
    it(`Ctrl+E, all three layouts into one folder, warning about missing Lao (${language})`, async () => {
      const page = await openSample(language);
      await page.getByTestId('export-open').waitFor();
      // Ctrl+E works from the page and from inside a clause text box (the Lao run types in a clause first).
      const box = page.getByTestId('clause').first().getByTestId('clause-vi');
      if (language === 'lo') await box.click();
      else await page.locator('body').click({ position: { x: 5, y: 5 } });
      const textBefore = await box.inputValue();
      await page.keyboard.press('Control+e');
      const dialog = page.getByTestId('export-dialog');
      await dialog.waitFor();
      expect(await box.inputValue()).toBe(textBefore);
      await dialog.getByTestId('export-layout-all').check();
      await expect(dialog.getByTestId('export-missing-lao').textContent()).resolves.toContain('2');
      await screenshot(page, `export-dialog-${language}`, false);

      // The Lao font is a setting of the dialog (remembered on this machine).
      if (language === 'lo') await dialog.getByTestId('export-lao-font').selectOption('Noto Sans Lao');
      await dialog.getByTestId('export-save').click();
      await dialog.getByTestId('export-saved').waitFor();
      const files = readdirSync(session.platform.folder).sort();
      const laoFile = files.find((f) => /\(LO\)\.docx$/u.test(f))!;
      const laoXml = await (await JSZip.loadAsync(readFileSync(`${session.platform.folder}/${laoFile}`))).file('word/document.xml')!.async('string');
      expect(laoXml).toContain(language === 'lo' ? 'w:cs="Noto Sans Lao"' : 'w:cs="Phetsarath OT"');
      expect(files).toHaveLength(3);
      for (const file of files) {
        expect(file).toMatch(/\.docx$/);
        expect(readFileSync(`${session.platform.folder}/${file}`).subarray(0, 2).toString('latin1')).toBe('PK');
      }
      await screenshot(page, `export-saved-${language}`, false);

      await dialog.getByTestId('export-reveal-folder-bilingual').click();
      await expect.poll(() => session.platform.reveals.length).toBe(1);
      expect(session.platform.reveals[0]!.action).toBe('folder');
      await dialog.getByTestId('export-close').click();
      await dialog.waitFor({ state: 'detached' });
    });
  }
});
