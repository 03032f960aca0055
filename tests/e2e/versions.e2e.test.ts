/**
 * End to end: document details, delegations, signing, amending and the history diff, in the real
 * renderer (dist/renderer) in Chromium against the real backend on a temp SQLite file.
 * Screenshots go to tests/artifacts/e2e/ (versions-*.png).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RENDERER_ORIGIN, type AppPage } from '../harness/browser';
import { e2eSession, screenshot } from '../harness/e2e';
import { fingerprint } from '../helpers/db';

const session = e2eSession('hoptac-e2e-versions-');
let app: AppPage;

const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `versions-${name}`, fullPage);

async function invoke<T>(channel: string, payload: unknown): Promise<T> {
  const answer = (await session.backend.invoke(channel, payload)) as { ok: boolean; value: T };
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer)}`);
  return answer.value;
}

interface Detail {
  id: string;
  ourProvince: { provinceId: string };
  partners: { provinceId: string }[];
  sections: { id: string; clauses: { id: string; parentId: string | null; textVi: string; textLo: string }[] }[];
}

/** The sample agreement, opened on its document page. */
async function openSample(language: 'vi' | 'lo'): Promise<{ page: Page; id: string }> {
  const sample = await invoke<{ id: string }>('documents.createSample', {});
  app = await session.open({ language });
  const { page } = app;
  await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${sample.id}`);
  await page.getByTestId('signing-bar').waitFor();
  return { page, id: sample.id };
}

async function addDelegate(party: Locator, role: string, person: { nameVi: string; nameLo: string; titleVi: string; titleLo: string }) {
  await party.getByTestId(`delegate-add-${role}`).click();
  const form = party.getByTestId('delegate-form');
  await form.getByTestId('delegate-input-nameVi').fill(person.nameVi);
  await form.getByTestId('delegate-input-nameLo').fill(person.nameLo);
  await form.getByTestId('delegate-input-titleVi').fill(person.titleVi);
  await form.getByTestId('delegate-input-titleLo').fill(person.titleLo);
  await form.getByTestId('delegate-save').click();
  await form.waitFor({ state: 'detached' });
}

/** Ticks "I have read the points to confirm" when the signing check listed any (the sample has some). */
async function acknowledgeCheck(page: Page): Promise<void> {
  const box = page.getByTestId('sign-acknowledge');
  if ((await box.count()) > 0) await box.check();
}

async function sign(page: Page, date: string): Promise<void> {
  await page.getByTestId('sign-start').click();
  await page.getByTestId('sign-date').fill(date);
  await acknowledgeCheck(page);
  await page.getByTestId('sign-confirm').click();
  await page.getByTestId('amend-start').waitFor();
}

async function amend(page: Page): Promise<void> {
  await page.getByTestId('amend-start').click();
  await page.getByTestId('amend-confirm').click();
  await page.getByTestId('sign-start').waitFor();
}

/** Inserts `vi` after the first word of the clause's Vietnamese text and appends `lo` to its Lao text. */
async function changeClause(clause: { id: string; textVi: string; textLo: string }, vi: string, lo: string): Promise<void> {
  const [first, ...rest] = clause.textVi.split(' ');
  await invoke('clauses.update', { id: clause.id, textVi: [first, vi, ...rest].join(' '), textLo: `${clause.textLo} ${lo}` });
}

const SIGNATORY_VI = { nameVi: 'Nguyễn Thành Công', nameLo: 'ຫງວຽນ ແທັງ ກົງ', titleVi: 'Phó Chủ tịch Thường trực UBND tỉnh Sơn La', titleLo: 'ຮອງປະທານປະຈຳຄະນະກຳມະການປະຊາຊົນແຂວງເຊີນລາ' };
const SIGNATORY_LA = { nameVi: 'Viêng Thoong Hặp Pa Lạt', nameLo: 'ວຽງທອງ ຫັບປະລາດ', titleVi: 'Phó Tỉnh trưởng tỉnh Hủa Phăn', titleLo: 'ຮອງເຈົ້າແຂວງຫົວພັນ' };

describe('versions, end to end', () => {
  it('edits details and delegations, signs (read only), amends, and shows the changed clause in both languages', async () => {
    const { page, id } = await openSample('vi');
    const doc = await invoke<Detail>('documents.get', { id });

    // Details: a date that does not exist is refused next to the field, in Vietnamese, and nothing is written.
    const before = fingerprint(session.backend.db);
    await page.getByTestId('details-edit').click();
    await page.getByTestId('details-input-meetingDate').fill('31/02/2025');
    await page.getByTestId('details-input-periodStart').fill('01/01/2026');
    await page.getByTestId('details-input-periodEnd').fill('31/12/2025');
    await page.getByTestId('details-save').click();
    await expect(page.locator('#vs-details-meetingDate-error').textContent()).resolves.toContain('Ngày này không có thật');
    await expect(page.locator('#vs-details-periodEnd-error').textContent()).resolves.toBe('Ngày kết thúc giai đoạn trước ngày bắt đầu.');
    await shot(page, 'details-errors-vi');
    expect(fingerprint(session.backend.db)).toBe(before);

    await page.getByTestId('details-input-meetingDate').fill('14/03/2025');
    await page.getByTestId('details-input-periodStart').fill('01/01/2025');
    await page.getByTestId('details-input-placeVi').fill('Thành phố Sơn La, tỉnh Sơn La');
    await page.getByTestId('details-save').click();
    await page.getByTestId('details-note').waitFor();
    expect(session.backend.db.prepare('SELECT meeting_date, period_start, period_end, place_vi FROM documents WHERE id = ?').get(id)).toEqual({
      meeting_date: '2025-03-14',
      period_start: '2025-01-01',
      period_end: '2025-12-31',
      place_vi: 'Thành phố Sơn La, tỉnh Sơn La',
    });
    await expect(page.getByTestId('details-meeting-date').textContent()).resolves.toBe('14/03/2025');

    // Delegations: a signatory for each side (not the heads), through the UI, lands in SQLite.
    const ours = page.locator(`[data-testid="delegation-editor"][data-province-id="${doc.ourProvince.provinceId}"]`);
    const partner = page.locator(`[data-testid="delegation-editor"][data-province-id="${doc.partners[0]!.provinceId}"]`);
    await addDelegate(ours, 'signatory', SIGNATORY_VI);
    await addDelegate(partner, 'signatory', SIGNATORY_LA);
    const signatories = session.backend.db
      .prepare(
        `SELECT g.province_id, p.name_vi, p.name_lo, p.title_vi, p.title_lo FROM delegates p JOIN delegations g ON g.id = p.delegation_id
         WHERE p.document_id = ? AND p.role = 'signatory' AND p.archived_at IS NULL ORDER BY g.position, p.position`,
      )
      .all(id);
    expect(signatories).toEqual([
      { province_id: doc.ourProvince.provinceId, name_vi: SIGNATORY_VI.nameVi, name_lo: SIGNATORY_VI.nameLo, title_vi: SIGNATORY_VI.titleVi, title_lo: SIGNATORY_VI.titleLo },
      { province_id: doc.partners[0]!.provinceId, name_vi: SIGNATORY_LA.nameVi, name_lo: SIGNATORY_LA.nameLo, title_vi: SIGNATORY_LA.titleVi, title_lo: SIGNATORY_LA.titleLo },
    ]);
    await expect(ours.locator('[data-role="signatory"] [data-testid="delegate-name-lo"]').textContent()).resolves.toBe(SIGNATORY_VI.nameLo);
    await expect(ours.locator('[data-role="signatory"] [data-testid="delegate-name-lo"]').getAttribute('lang')).resolves.toBeNull();
    await expect(ours.locator('[data-role="signatory"] [data-testid="delegate-row"] [lang="lo"]').count()).resolves.toBeGreaterThan(0);

    // A second witness, then Alt+↑ puts it first: the order is stored.
    await addDelegate(ours, 'witness', { nameVi: 'Lò Văn A', nameLo: 'ໂລ ວັນ ອາ', titleVi: 'Bí thư Tỉnh ủy', titleLo: 'ເລຂາພັກແຂວງ' });
    await addDelegate(ours, 'witness', { nameVi: 'Cầm Văn B', nameLo: 'ກຳ ວັນ ບີ', titleVi: 'Chủ tịch HĐND tỉnh', titleLo: 'ປະທານສະພາປະຊາຊົນແຂວງ' });
    const witnesses = ours.locator('[data-role="witness"] [data-testid="delegate-row"]');
    await witnesses.nth(1).getByTestId('delegate-edit').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => witnesses.first().getByTestId('delegate-name-vi').textContent()).toBe('Cầm Văn B');
    const witnessOrder = session.backend.db
      .prepare("SELECT name_vi FROM delegates WHERE document_id = ? AND role = 'witness' AND archived_at IS NULL ORDER BY position")
      .all(id)
      .map((r) => (r as { name_vi: string }).name_vi);
    expect(witnessOrder).toEqual(['Cầm Văn B', 'Lò Văn A']);
    await shot(page, 'delegations-vi');

    // Sign: the version is frozen, the editors are read only. The sample was signed once already (version 1,
    // 21/03/2025) and is open as an amendment, so this is version 2.
    await page.getByTestId('sign-start').click();
    await page.getByTestId('sign-panel').waitFor();
    await expect(page.getByTestId('sign-panel').textContent()).resolves.toContain('phiên bản 2');
    await shot(page, 'sign-panel-vi', false);
    await page.getByTestId('sign-date').fill('14/04/2025');
    await acknowledgeCheck(page);
    await page.getByTestId('sign-confirm').click();
    await page.getByTestId('amend-start').waitFor();
    expect(session.backend.db.prepare('SELECT status FROM documents WHERE id = ?').get(id)).toEqual({ status: 'signed' });
    expect(session.backend.db.prepare('SELECT version_no, signed_on FROM document_versions WHERE document_id = ? ORDER BY version_no').all(id)).toEqual([
      { version_no: 1, signed_on: '2025-03-21' },
      { version_no: 2, signed_on: '2025-04-14' },
    ]);
    await expect(page.getByTestId('signing-status').textContent()).resolves.toBe('Đã ký');
    await expect(page.getByTestId('status-badge').textContent()).resolves.toBe('Đã ký');
    await page.getByTestId('details-frozen').waitFor();
    await page.getByTestId('delegations-frozen').waitFor();
    for (const control of ['details-edit', 'delegate-add-signatory', 'delegate-edit', 'delegate-remove', 'delegate-move-up', 'delegate-mark-reviewed', 'sign-start']) {
      await expect(page.getByTestId(control).count(), control).resolves.toBe(0);
    }
    await shot(page, 'signed-vi');

    // Amend: editable again, the signed snapshot stays.
    await amend(page);
    expect(session.backend.db.prepare('SELECT status FROM documents WHERE id = ?').get(id)).toEqual({ status: 'amended' });
    await page.getByTestId('details-edit').waitFor();
    await expect(page.getByTestId('signing-status').textContent()).resolves.toBe('Đã sửa đổi');

    // One clause changes (the side-by-side editor is another feature; the backend channel it uses).
    const clause = doc.sections[1]!.clauses.find((c) => c.parentId === null)!;
    await changeClause(clause, 'khẩn trương', 'ຢ່າງຮີບດ່ວນ');

    // History: that clause is "changed", with the inserted Vietnamese and Lao words marked.
    await page.getByTestId('history-link').click();
    await page.getByTestId('diff-summary').waitFor();
    await expect(page.getByTestId('history-heading').textContent()).resolves.toBe('Lịch sử và thay đổi');
    await expect(page.getByTestId('version-row').count()).resolves.toBe(3);
    await expect(page.getByTestId('diff-from').inputValue()).resolves.toBe('2');
    await expect(page.getByTestId('diff-to').inputValue()).resolves.toBe('current');
    await expect(page.getByTestId('diff-count-changed').getAttribute('data-count')).resolves.toBe('1');
    await expect(page.getByTestId('diff-count-added').getAttribute('data-count')).resolves.toBe('0');
    const row = page.locator(`[data-testid="diff-clause"][data-clause-id="${clause.id}"]`);
    await row.scrollIntoViewIfNeeded();
    await expect(row.getAttribute('data-kind')).resolves.toBe('changed');
    await expect(row.getByTestId('diff-badge').textContent()).resolves.toBe('Sửa đổi');
    await expect(row.getByTestId('diff-vi').getAttribute('lang')).resolves.toBe('vi');
    await expect(row.getByTestId('diff-lo').getAttribute('lang')).resolves.toBe('lo');
    await expect(row.getByTestId('diff-vi').getByTestId('diff-ins').textContent()).resolves.toContain('khẩn trương');
    await expect(row.getByTestId('diff-lo').getByTestId('diff-ins').textContent()).resolves.toContain('ຢ່າງຮີບດ່ວນ');
    await expect(row.locator('del').count()).resolves.toBe(0);
    // Only the changed clause is listed; the unchanged ones are folded until asked for.
    await expect(page.getByTestId('diff-clause').count()).resolves.toBe(1);
    await page.evaluate(() => window.scrollBy(0, -160));
    await shot(page, 'history-vi', false);
    await page.getByTestId('toggle-unchanged').click();
    await expect.poll(() => page.getByTestId('diff-clause').count()).toBeGreaterThan(1);

    // The latest signed version against itself is refused by the screen, not sent.
    await page.getByTestId('diff-to').selectOption('2');
    await page.getByTestId('diff-same').waitFor();
  });

  it('signs twice and compares the two signed versions in Lao, with Lao messages', async () => {
    const { page, id } = await openSample('lo');
    const doc = await invoke<Detail>('documents.get', { id });

    // A signing date that does not exist: refused next to the field, in Lao; nothing signed.
    const before = fingerprint(session.backend.db);
    await page.getByTestId('sign-start').click();
    await page.getByTestId('sign-date').fill('30/02/2025');
    await page.getByTestId('sign-confirm').click();
    await expect(page.locator('#vs-sign-date-error').textContent()).resolves.toContain('ບໍ່ມີວັນທີນີ້');
    await shot(page, 'sign-error-lo', false);
    expect(fingerprint(session.backend.db)).toBe(before);
    await page.getByTestId('sign-cancel').click();

    await sign(page, '25/03/2025');
    await amend(page);
    const clause = doc.sections[0]!.clauses.find((c) => c.parentId === null)!;
    await changeClause(clause, 'tiếp tục', 'ສືບຕໍ່');
    await sign(page, '02/04/2025');
    // Version 1 is the sample's own signing (21/03/2025).
    expect(session.backend.db.prepare('SELECT version_no, label FROM document_versions WHERE document_id = ? ORDER BY version_no').all(id)).toEqual([
      { version_no: 1, label: 'signed' },
      { version_no: 2, label: 'amendment 1' },
      { version_no: 3, label: 'amendment 2' },
    ]);

    await page.getByTestId('history-link').click();
    await page.getByTestId('diff-summary').waitFor();
    // Signed twice here: the default comparison is the last two signed versions, 2 → 3.
    await expect(page.getByTestId('diff-from').inputValue()).resolves.toBe('2');
    await expect(page.getByTestId('diff-to').inputValue()).resolves.toBe('3');
    await expect(page.locator('[data-testid="version-row"][data-version="3"]').textContent()).resolves.toContain('ແກ້ໄຂຄັ້ງທີ 2');
    const row = page.locator(`[data-testid="diff-clause"][data-clause-id="${clause.id}"]`);
    await expect(row.getAttribute('data-kind')).resolves.toBe('changed');
    await expect(row.getByTestId('diff-badge').textContent()).resolves.toBe('ປ່ຽນແປງ');
    await expect(row.getByTestId('diff-vi').getByTestId('diff-ins').textContent()).resolves.toContain('tiếp tục');
    await expect(row.getByTestId('diff-lo').getByTestId('diff-ins').textContent()).resolves.toContain('ສືບຕໍ່');
    const laoFont = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => face.family.includes('Noto Sans Lao') && face.status === 'loaded');
    });
    expect(laoFont).toBe(true);
    await row.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -300));
    await shot(page, 'history-lo', false);

    // Back on the document page: signed, so read only, with the Lao status.
    await page.getByTestId('history-back').click();
    await page.getByTestId('signing-bar').waitFor();
    await expect(page.getByTestId('signing-status').textContent()).resolves.toBe('ລົງນາມແລ້ວ');
    await expect(page.getByTestId('details-edit').count()).resolves.toBe(0);
    await shot(page, 'signed-lo');
  });
});
