/**
 * Issue 10, driven like an officer in the real renderer (Chromium) against the real backend: a memorandum
 * between one Vietnamese province and a Lao national body's delegation with three Lao partner provinces —
 * named delegations (one of no province), partners without a delegation of their own, a clause scoped to
 * two partners, the Decree 30 date line, the signing check stopping on a placeholder first, signing after
 * confirming the remaining points, and the Vietnamese original exported and read back.
 *
 * The data is invented for the test (no seed article's text); Lao texts are the team's unreviewed drafts.
 */
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../shared/contract/schemas';
import { RENDERER_ORIGIN } from '../harness/browser';
import { E2E_ARTIFACTS, e2eSession, fillPlaceholdersFromCheck, screenshot } from '../harness/e2e';
import { fingerprint } from '../helpers/db';

const session = e2eSession('hoptac-e2e-multi-partner-');

const NATIONAL = {
  nameVi: 'Đoàn đại biểu Ủy ban Kinh tế – Kế hoạch Quốc hội nước CHDCND Lào',
  nameLo: 'ຄະນະຜູ້ແທນຄະນະກຳມະການເສດຖະກິດ ແລະ ແຜນການ ສະພາແຫ່ງຊາດ ສປປ ລາວ',
};
const PEOPLE = {
  vnHead: { nameVi: 'Trần Minh Đức', nameLo: 'ຕຣັນ ມິງ ດຶກ', titleVi: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An', titleLo: 'ຮອງເລຂາພັກແຂວງ, ປະທານຄະນະກຳມະການປະຊາຊົນແຂວງເງະອານ' },
  vnSigner: { nameVi: 'Lê Thị Hồng Vân', nameLo: 'ເລ ທິ ຮົ່ງ ວັນ', titleVi: 'Phó Chủ tịch UBND tỉnh Nghệ An', titleLo: 'ຮອງປະທານຄະນະກຳມະການປະຊາຊົນແຂວງເງະອານ' },
  laHead: { nameVi: 'Bun Thăn Xu Li Vông', nameLo: 'ບຸນທັນ ສຸລິວົງ', titleVi: 'Chủ nhiệm Ủy ban Kinh tế – Kế hoạch Quốc hội Lào', titleLo: 'ປະທານຄະນະກຳມະການເສດຖະກິດ ແລະ ແຜນການ ສະພາແຫ່ງຊາດ' },
  xkWitness: { nameVi: 'Xỉ Xổm Phon Khăm', nameLo: 'ສີສົມພອນ ຄຳ', titleVi: 'Phó Tỉnh trưởng tỉnh Xiêng Khoảng', titleLo: 'ຮອງເຈົ້າແຂວງຊຽງຂວາງ' },
};
const CLAUSES = {
  forum: {
    vi: 'Hai bên phối hợp tổ chức Diễn đàn xúc tiến đầu tư và thương mại vùng biên vào ngày {ngày tổ chức}.',
    lo: 'ສອງຝ່າຍປະສານສົມທົບຈັດເວທີສົ່ງເສີມການລົງທຶນ ແລະ ການຄ້າເຂດຊາຍແດນ ໃນວັນທີ {ວັນທີ}.',
  },
  road: {
    vi: 'Nghiên cứu nâng cấp tuyến đường nối cửa khẩu với các tỉnh Xiêng Khoảng và Bô Ly Khăm Xay.',
    lo: 'ສຶກສາການປັບປຸງເສັ້ນທາງເຊື່ອມຕໍ່ດ່ານຊາຍແດນກັບແຂວງຊຽງຂວາງ ແລະ ແຂວງບໍລິຄຳໄຊ.',
  },
};

type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

async function addPerson(delegation: Locator, role: string, person: Person): Promise<void> {
  await delegation.getByTestId(`delegate-add-${role}`).click();
  const form = delegation.getByTestId('delegate-form');
  await form.getByTestId('delegate-input-nameVi').fill(person.nameVi);
  await form.getByTestId('delegate-input-nameLo').fill(person.nameLo);
  await form.getByTestId('delegate-input-titleVi').fill(person.titleVi);
  await form.getByTestId('delegate-input-titleLo').fill(person.titleLo);
  await form.getByTestId('delegate-save').click();
  await form.waitFor({ state: 'detached' });
}

async function typeClause(row: Locator, text: { vi: string; lo: string }): Promise<void> {
  await row.getByTestId('clause-vi').fill(text.vi);
  await row.getByTestId('clause-lo').fill(text.lo);
}

async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/gu, '\n').replace(/<[^>]+>/gu, '').replace(/\u200B/gu, '');
}

describe('a multi-partner memorandum with a national delegation, end to end', () => {
  it('drafts, is stopped by the check on a placeholder, signs after confirming, and exports who met and who signs', async () => {
    const { page } = await session.open({ language: 'vi' });
    page.setDefaultTimeout(30_000);

    // 1. A memorandum of Nghệ An with three Lao partner provinces, from the built-in template.
    await page.getByTestId('create-first').click();
    await page.getByTestId('create-form').waitFor();
    await page.locator('input[name="kind"][value="memorandum"]').check();
    await page.locator('select[name="ourProvinceId"]').selectOption('vn-nghe-an');
    await page.locator('select[name="partnerProvinceIds.0"]').selectOption('la-xiangkhouang');
    await page.getByTestId('add-partner').click();
    await page.locator('select[name="partnerProvinceIds.1"]').selectOption('la-houaphanh');
    // The third partner typed the way officers write it: the finder knows every spelling.
    await page.getByTestId('partner-finder').fill('Bô-ly-khăm-xay');
    await expect(page.getByTestId('partner-match').allTextContents()).resolves.toEqual(['+Bô Ly Khăm Xay']);
    await page.getByTestId('partner-match').click();
    await expect(page.locator('select[name="partnerProvinceIds.2"]').inputValue()).resolves.toBe('la-bolikhamxay');
    await page.locator('input[name="meetingDate"]').fill('09/01/2026');
    await page.locator('input[name="placeVi"]').fill('Thành phố Vinh, tỉnh Nghệ An');
    await page.locator('input[name="placeLo"]').fill('ນະຄອນວິນ, ແຂວງເງະອານ');
    await page.locator('textarea[name="titleVi"]').fill('Biên bản ghi nhớ về hợp tác phát triển kinh tế vùng biên giữa tỉnh Nghệ An và các tỉnh Xiêng Khoảng, Hủa Phăn, Bô Ly Khăm Xay');
    await page.locator('textarea[name="titleLo"]').fill('ບົດບັນທຶກຄວາມເຂົ້າໃຈ ກ່ຽວກັບການຮ່ວມມືພັດທະນາເສດຖະກິດເຂດຊາຍແດນ');
    await page.getByTestId('create-submit').click();
    await page.getByTestId('clause-editor').waitFor();
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/document/', ''));
    const detail = async () => ((await session.backend.invoke('documents.get', { id })) as { value: DocumentDetail }).value;
    expect((await detail()).partners.map((p) => p.provinceId)).toEqual(['la-xiangkhouang', 'la-houaphanh', 'la-bolikhamxay']);

    // 2. The date line: its own short place, day and month after Decree 30 ("ngày 09 tháng 01").
    await expect(page.getByTestId('details-dateline').textContent()).resolves.toContain('Nghệ An, ngày 09 tháng 01 năm 2026');
    // The place of the date line is its own field, shown with the line it prints.
    await page.getByTestId('details-edit').click();
    await page.getByTestId('details-input-datelinePlaceVi').waitFor();
    await page.getByTestId('details-input-datelinePlaceVi').scrollIntoViewIfNeeded();
    await screenshot(page, 'multi-partner-details-form', false);
    await page.getByTestId('details-cancel').click();

    // 3. Delegations: our province's (one click), the Lao National Assembly committee's (no province), and
    //    Xiêng Khoảng's; Hủa Phăn and Bô Ly Khăm Xay stay partners without a delegation of their own.
    await page.locator('[data-testid="delegation-quick-add"][data-province-id="vn-nghe-an"]').click();
    const ours = page.locator('[data-testid="delegation-editor"][data-province-id="vn-nghe-an"]');
    await addPerson(ours, 'head', PEOPLE.vnHead);
    await addPerson(ours, 'signatory', PEOPLE.vnSigner);

    // A delegation without a name is refused next to the field, and nothing is written.
    const beforeRefusal = fingerprint(session.backend.db);
    await page.getByTestId('delegation-add-LA').click();
    const form = page.getByTestId('delegation-form');
    await form.getByTestId('delegation-input-provinceId').selectOption('');
    await form.getByTestId('delegation-input-nameVi').fill('');
    await form.getByTestId('delegation-save').click();
    await form.locator('[id$="-nameVi-error"]').waitFor();
    expect(fingerprint(session.backend.db)).toBe(beforeRefusal);
    await form.getByTestId('delegation-input-nameVi').fill(NATIONAL.nameVi);
    await form.getByTestId('delegation-input-nameLo').fill(NATIONAL.nameLo);
    await form.getByTestId('delegation-save').click();
    await form.waitFor({ state: 'detached' });
    const national = page.locator('[data-testid="delegation-editor"][data-province-id=""]');
    await expect(national.getByTestId('delegation-origin').textContent()).resolves.toContain('Không phải đoàn của một tỉnh');
    await addPerson(national, 'head', PEOPLE.laHead);
    await addPerson(national, 'signatory', PEOPLE.laHead);
    await page.locator('[data-testid="delegation-quick-add"][data-province-id="la-xiangkhouang"]').click();
    const xiangkhouang = page.locator('[data-testid="delegation-editor"][data-province-id="la-xiangkhouang"]');
    await addPerson(xiangkhouang, 'witness', PEOPLE.xkWitness);
    await expect(page.locator('[data-testid="delegation-side"][data-side="LA"] [data-testid="partners-without-delegation"]').textContent()).resolves.toMatch(
      /Hủa Phăn, Bô Ly Khăm Xay/u,
    );
    const stored = await detail();
    expect(stored.delegations.map((d) => [d.side, d.provinceId, d.nameVi])).toEqual([
      ['VN', 'vn-nghe-an', 'Đoàn đại biểu tỉnh Nghệ An'],
      ['LA', null, NATIONAL.nameVi],
      ['LA', 'la-xiangkhouang', 'Đoàn đại biểu tỉnh Xiêng Khoảng'],
    ]);
    await page.getByTestId('delegations-editor').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    await page.getByTestId('delegations-editor').screenshot({ path: resolve(E2E_ARTIFACTS, 'multi-partner-delegations.png') });

    // 4. Two clauses: one still holding a placeholder, one for two of the three partners only.
    const rows = page.getByTestId('clause');
    const forumRow = rows.nth(0);
    const roadRow = rows.nth(1);
    const forumId = (await forumRow.getAttribute('data-clause-id'))!;
    const roadId = (await roadRow.getAttribute('data-clause-id'))!;
    await typeClause(forumRow, CLAUSES.forum);
    await typeClause(roadRow, CLAUSES.road);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await roadRow.getByTestId('clause-vi').click();
    await page.getByTestId('tool-scope').click();
    const scopeDialog = page.getByTestId('scope-dialog');
    await scopeDialog.getByTestId('scope-some').check();
    await scopeDialog.getByTestId('scope-save').click();
    await scopeDialog.getByTestId('scope-error').waitFor(); // none ticked: refused in the dialog
    await scopeDialog.locator('[data-testid="scope-partner"][data-province-id="la-xiangkhouang"]').check();
    await scopeDialog.locator('[data-testid="scope-partner"][data-province-id="la-bolikhamxay"]').check();
    await screenshot(page, 'multi-partner-scope-dialog', false);
    await scopeDialog.getByTestId('scope-save').click();
    await scopeDialog.waitFor({ state: 'detached' });
    await expect(roadRow.getByTestId('clause-scope').textContent()).resolves.toBe('Chỉ cho Xiêng Khoảng, Bô Ly Khăm Xay');
    const road = (await detail()).sections.flatMap((s) => s.clauses).find((c) => c.id === roadId)!;
    expect(road.scopeProvinceIds).toEqual(['la-xiangkhouang', 'la-bolikhamxay']);

    // The export dialog of the draft shows the same check (a draft may still be exported).
    await page.getByTestId('export-open').click();
    await page.locator('[data-testid="export-check-problem"][data-code="placeholder"]').first().waitFor();
    await page.getByTestId('export-cancel').click();

    // 5. Signing: the placeholder stops it first, with its clause number and a way to go there.
    const beforeSign = fingerprint(session.backend.db);
    await page.getByTestId('sign-start').click();
    await page.getByTestId('check-cannot-sign').waitFor();
    const blocking = page.locator('[data-testid="check-problem"][data-severity="blocking"]');
    await expect(blocking.count()).resolves.toBe(2); // Vietnamese and Lao text of the same clause
    await expect(blocking.first().getAttribute('data-target-id')).resolves.toBe(forumId);
    await expect(blocking.first().textContent()).resolves.toContain('{ngày tổ chức}');
    await expect(page.locator('[data-testid="check-problem"][data-code="party_without_delegation"]').count()).resolves.toBe(2);
    await expect(page.getByTestId('sign-panel').count()).resolves.toBe(0);
    await page.getByTestId('check-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'multi-partner-check-blocking', false);
    expect(fingerprint(session.backend.db)).toBe(beforeSign);
    // The backend refuses it too, whatever the page does.
    const refused = (await session.backend.invoke('documents.sign', { id, signedOn: '2026-01-09', confirmWarnings: true })) as { ok: boolean; issues?: { code: string }[] };
    expect(refused.ok).toBe(false);
    expect(refused.issues?.map((i) => i.code)).toContain('check_blocking');

    expect(await fillPlaceholdersFromCheck(page, (placeholder) => (placeholder.startsWith('{ngày') ? '20/5/2026' : '20/05/2026'))).toBe(2);
    const forum = (await detail()).sections.flatMap((s) => s.clauses).find((c) => c.id === forumId)!;
    expect(forum.textVi).toContain('vào ngày 20/5/2026.');

    // 6. Now only points to confirm: signing needs the tick, then the version is frozen.
    await page.getByTestId('sign-start').click();
    await page.getByTestId('sign-panel').waitFor();
    await expect(page.getByTestId('sign-date').inputValue()).resolves.toBe('09/01/2026');
    await page.getByTestId('sign-confirm').click();
    await page.getByTestId('sign-acknowledge-error').waitFor();
    await page.getByTestId('sign-check').scrollIntoViewIfNeeded();
    await screenshot(page, 'multi-partner-sign-confirm', false);
    await page.getByTestId('sign-acknowledge').check();
    await page.getByTestId('sign-confirm').click();
    await page.getByTestId('amend-start').waitFor();
    expect(session.backend.db.prepare('SELECT status FROM documents WHERE id = ?').get(id)).toEqual({ status: 'signed' });

    // 7. The Vietnamese original says who met and who signs, from the delegations.
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-layout-vi').check();
    await dialog.getByTestId('export-save').click();
    await dialog.getByTestId('export-saved').waitFor();
    const file = readdirSync(session.platform.folder).find((f) => f.endsWith('.docx'))!;
    const text = await documentText(join(session.platform.folder, file));
    expect(text).toContain('Nghệ An, ngày 09 tháng 01 năm 2026');
    expect(text).toContain('BIÊN BẢN GHI NHỚ');
    expect(text).not.toMatch(/Biên bản ghi nhớ về hợp tác/u); // the subject does not repeat the kind
    expect(text).toContain(NATIONAL.nameVi);
    expect(text).toContain(PEOPLE.laHead.nameVi);
    expect(text).toContain(PEOPLE.vnSigner.nameVi);
    expect(text).toMatch(/Hủa Phăn/u);
    expect(text).toMatch(/Bô Ly Khăm Xay/u);
    expect(text).not.toContain('Đoàn đại biểu tỉnh Hủa Phăn'); // a partner, not a delegation
    expect(text).toContain('20/5/2026');

    // 8. Follow-up: the scoped task shows its partners; its Lao-side agency picker offers only theirs, each under
    //    its province, as they were on the document's date; a missing agency is added from the panel.
    await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${id}/tracking`);
    await page.getByTestId('tracking-screen').waitFor();
    const roadTask = page.locator(`[data-testid="tracking-row"][data-clause-id="${roadId}"]`);
    await expect(roadTask.getByTestId('tracking-scope').textContent()).resolves.toBe('Chỉ cho Xiêng Khoảng, Bô Ly Khăm Xay');
    await roadTask.click();
    const panel = page.locator(`[data-testid="clause-panel"][data-clause-id="${roadId}"]`);
    await panel.waitFor();
    const laPicker = panel.getByTestId('agency-choose-LA');
    await expect.poll(() => laPicker.locator('optgroup').count()).toBe(2);
    await expect(laPicker.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label')))).resolves.toEqual(['Xiêng Khoảng', 'Bô Ly Khăm Xay']);
    const labels = await laPicker.locator('option').allTextContents();
    expect(labels.filter((l) => l.startsWith('Sở Y tế'))).toEqual(['Sở Y tế — Xiêng Khoảng', 'Sở Y tế — Bô Ly Khăm Xay']);
    // Agencies that ended with the 2025 reorganisation are not offered for a 2026 memorandum.
    const vnLabels = await panel.getByTestId('agency-choose-VN').locator('option').allTextContents();
    expect(vnLabels).toContain('Sở Xây dựng');
    expect(vnLabels).not.toContain('Sở Giao thông vận tải');

    await panel.getByTestId('agency-new-LA').click();
    await panel.getByTestId('agency-new-province').selectOption('la-bolikhamxay');
    await panel.getByTestId('agency-new-nameVi').fill('Ban Quản lý khu kinh tế cửa khẩu Nậm Phao');
    await panel.getByTestId('agency-new-nameLo').fill('ຄະນະຄຸ້ມຄອງເຂດເສດຖະກິດດ່ານນ້ຳພາວ');
    await panel.getByTestId('agency-new-save').click();
    await panel.getByTestId('agency-new-form').waitFor({ state: 'detached' });
    await expect.poll(() => laPicker.inputValue()).not.toBe('');
    await panel.getByTestId('agency-assign-LA').click();
    await expect(panel.getByTestId('assigned-agency').first().textContent()).resolves.toContain('Ban Quản lý khu kinh tế cửa khẩu Nậm Phao — Bô Ly Khăm Xay');
    const added = session.backend.db.prepare("SELECT province_id FROM agencies WHERE name_vi = 'Ban Quản lý khu kinh tế cửa khẩu Nậm Phao'").get();
    expect(added).toEqual({ province_id: 'la-bolikhamxay' });
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'multi-partner-tracking-agencies', false);

    // The Agencies screen opens on this document's provinces.
    await panel.getByTestId('agencies-screen-link').click();
    await page.getByTestId('agencies-document').waitFor();
    await expect(page.getByTestId('agencies-document-province').allTextContents()).resolves.toEqual(['Nghệ An', 'Xiêng Khoảng', 'Hủa Phăn', 'Bô Ly Khăm Xay']);
    await expect(page.getByTestId('agencies-province').inputValue()).resolves.toBe('vn-nghe-an');
  }, 240_000);
});
