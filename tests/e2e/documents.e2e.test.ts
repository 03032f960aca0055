/**
 * End to end: the real renderer (dist/renderer) in Debian's Chromium, talking through the same
 * window.api the preload gives, to the real backend on a temp SQLite file in this process.
 * Screenshots of each screen go to tests/artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AppPage } from '../harness/browser';
import { e2eSession, screenshot } from '../harness/e2e';
import { fingerprint } from '../helpers/db';

const session = e2eSession('hoptac-e2e-');
let app: AppPage;

const shot = (page: Page, name: string) => screenshot(page, name);

/** Lao glyphs really come from a Lao font (the bundled Noto Sans Lao), not from fallback boxes. */
async function laoFontLoaded(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((face) => face.family.includes('Noto Sans Lao') && face.status === 'loaded');
  });
}

describe('documents, end to end', () => {
  it('creates a document through the form, finds it after a reload, and the row is in SQLite', async () => {
    app = await session.open({ language: 'vi' });
    const { page } = app;

    await page.getByTestId('empty-state').waitFor();
    await expect(page.getByTestId('open-sample').textContent()).resolves.toContain('Mở văn kiện mẫu');
    await shot(page, 'list-empty-vi');

    await page.getByTestId('create-first').click();
    const form = page.getByTestId('create-form');
    await form.waitFor();
    await shot(page, 'create-vi');

    // Bad input: clear messages next to the fields, in Vietnamese, and nothing written.
    const before = fingerprint(session.backend.db);
    await page.locator('select[name="ourProvinceId"]').selectOption('vn-thanh-hoa');
    await page.locator('select[name="partnerProvinceIds.0"]').selectOption('la-houaphanh');
    await page.locator('input[name="meetingDate"]').fill('31/02/2025');
    await page.locator('textarea[name="titleVi"]').fill('');
    await page.locator('input[name="placeVi"]').fill('Thanh Hóa\u0007\uFFFE');
    await page.getByTestId('create-submit').click();
    await expect(page.getByTestId('field-titleVi-error').textContent()).resolves.toBe('Mục này là bắt buộc.');
    await expect(page.getByTestId('field-meetingDate-error').textContent()).resolves.toContain('Ngày này không có thật');
    await expect(page.getByTestId('field-placeVi-note').textContent()).resolves.toContain('Đã gỡ 2 ký tự điều khiển');
    await expect(page.locator('input[name="placeVi"]').inputValue()).resolves.toBe('Thanh Hóa');
    await page.locator('textarea[name="titleVi"]').fill('Hợp tác'.repeat(14_285) + 'abcde');
    await page.getByTestId('create-submit').click();
    await expect(page.getByTestId('field-titleVi-error').textContent()).resolves.toMatch(/Quá dài: 100\.000 ký tự, tối đa 1\.000/u);
    // The viewport around the messages: a full page holding a 100,000-character title is a huge picture.
    await page.getByTestId('field-titleVi-error').scrollIntoViewIfNeeded();
    await screenshot(page, 'create-errors-vi', false);
    expect(fingerprint(session.backend.db)).toBe(before);

    // A valid document: a cooperation agreement between Thanh Hóa and two Lao provinces.
    await page.locator('input[name="kind"][value="agreement"]').check();
    await page.getByTestId('add-partner').click();
    await page.locator('select[name="partnerProvinceIds.1"]').selectOption('la-xiangkhouang');
    await page.locator('input[name="meetingDate"]').fill('13/05/2025');
    await page.locator('input[name="placeLo"]').fill('ແຂວງແທງຮວາ');
    await page.locator('textarea[name="titleVi"]').fill('Thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn, tỉnh Xiêng Khoảng năm 2025');
    await page.locator('textarea[name="titleLo"]').fill('ສັນຍາຮ່ວມມື ລະຫວ່າງ ແຂວງແທງຮວາ ກັບ ແຂວງຫົວພັນ ແລະ ແຂວງຊຽງຂວາງ ປີ 2025');
    await page.getByTestId('create-submit').click();

    const title = page.getByTestId('document-title');
    await title.waitFor();
    await expect(title.textContent()).resolves.toContain('Thỏa thuận hợp tác giữa tỉnh Thanh Hóa');
    await shot(page, 'document-created-vi');

    // The row really is in the SQLite file, with its parties.
    const row = session.backend.db
      .prepare("SELECT id, kind, meeting_date, place_vi, title_lo FROM documents WHERE title_vi LIKE 'Thỏa thuận hợp tác giữa tỉnh Thanh Hóa%'")
      .get() as { id: string; kind: string; meeting_date: string; place_vi: string; title_lo: string };
    expect(row).toMatchObject({ kind: 'agreement', meeting_date: '2025-05-13', place_vi: 'Thanh Hóa' });
    expect(row.title_lo).toContain('ແຂວງຊຽງຂວາງ');
    const parties = session.backend.db.prepare('SELECT province_id, role FROM document_parties WHERE document_id = ? ORDER BY position').all(row.id);
    // Started from the built-in agreement template: its sector sections are there, Lao flagged as a draft.
    const template = session.backend.db.prepare('SELECT template_id FROM documents WHERE id = ?').get(row.id) as { template_id: string };
    expect(template.template_id).toBe('builtin-agreement-v1');
    const sections = session.backend.db.prepare('SELECT count(*) AS n, min(lo_needs_review) AS flagged FROM sections WHERE document_id = ?').get(row.id) as { n: number; flagged: number };
    expect(sections.n).toBeGreaterThanOrEqual(6);
    expect(sections.flagged).toBe(1);
    expect(parties).toEqual([
      { province_id: 'vn-thanh-hoa', role: 'ours' },
      { province_id: 'la-houaphanh', role: 'partner' },
      { province_id: 'la-xiangkhouang', role: 'partner' },
    ]);

    // Close and come back: the list (after a reload) still has it, grouped by year and partners.
    await page.goto(page.url().replace(/#.*$/u, '#/'));
    await page.reload();
    const docRow = page.locator(`[data-testid="document-row"][data-document-id="${row.id}"]`);
    await docRow.waitFor();
    await expect(page.getByTestId('year-group').first().textContent()).resolves.toContain('2025');
    await expect(page.getByTestId('partner-group').first().textContent()).resolves.toContain('Hủa Phăn, Xiêng Khoảng');
    await shot(page, 'list-vi');

    await docRow.click();
    await expect(page.getByTestId('document-title').textContent()).resolves.toContain('Thanh Hóa');
  });

  it('offers the sample agreement on an empty database and shows it in Vietnamese and Lao', async () => {
    app = await session.open({ language: 'vi' });
    const { page } = app;
    await page.getByTestId('open-sample').click();
    await page.getByTestId('document-title').waitFor();
    await expect(page.getByTestId('document-title').textContent()).resolves.toContain('Sơn La và tỉnh Hủa Phăn');
    await expect(page.getByTestId('sample-notice').isVisible()).resolves.toBe(true);
    expect(await page.getByTestId('clause').count()).toBeGreaterThanOrEqual(10);
    expect(await laoFontLoaded(page)).toBe(true);
    await shot(page, 'sample-document-vi');

    await page.locator('[data-testid="language-switch"] button[data-lang="lo"]').click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('lo');
    await expect(page.getByTestId('lo-draft-notice').isVisible()).resolves.toBe(true);
    await shot(page, 'sample-document-lo');

    await page.getByTestId('back-link').click();
    await page.getByTestId('document-row').first().waitFor();
    await expect(page.getByTestId('partner-group').first().textContent()).resolves.toContain('ຫົວພັນ');
    await shot(page, 'list-lo');

    await page.getByTestId('new-document').click();
    await page.getByTestId('create-form').waitFor();
    await page.getByTestId('create-submit').click();
    await expect(page.getByTestId('field-titleVi-error').textContent()).resolves.toBe('ຕ້ອງປ້ອນຊ່ອງນີ້.');
    await shot(page, 'create-errors-lo');

    // The choice of language survives a restart of the page.
    await page.reload();
    await expect(page.locator('[data-testid="language-switch"] button[data-lang="lo"]').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await laoFontLoaded(page)).toBe(true);
  });

  it('shows the backend refusal next to the field when the form passes but the backend does not', async () => {
    app = await session.open({ language: 'en' });
    const { page } = app;
    await page.getByTestId('create-first').click();
    await page.getByTestId('create-form').waitFor();
    // Our province Lao, partner offered from the other side only; force a same-side partner through the DOM.
    await page.locator('select[name="ourProvinceId"]').selectOption('vn-nghe-an');
    await page.locator('select[name="partnerProvinceIds.0"]').evaluate((select: HTMLSelectElement) => {
      const option = document.createElement('option');
      option.value = 'vn-ha-tinh';
      option.textContent = 'Ha Tinh';
      select.append(option);
      select.value = 'vn-ha-tinh';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.locator('input[name="meetingDate"]').fill('01/07/2025');
    await page.locator('textarea[name="titleVi"]').fill('Biên bản ghi nhớ');
    const before = fingerprint(session.backend.db);
    await page.getByTestId('create-submit').click();
    await expect(page.getByTestId('field-partnerProvinceIds-0-error').textContent()).resolves.toBe(
      'A partner province must be on the other side of the border.',
    );
    expect(fingerprint(session.backend.db)).toBe(before);
  });
});
