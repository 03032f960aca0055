/**
 * End to end (issue 11): a review meeting prepared on its own day. The backend's clock is set to
 * 20/03/2026 (the UI's "today" comes from it), and an officer back-fills a year of follow-up of an
 * invented Điện Biên – Phông Sa Lỳ agreement signed on 10/04/2025: a running-total indicator reported
 * twice (45 then 120 of 120 → 120, not 165), an "at most" indicator, completions dated months back, a
 * refused out-of-order change, the due list with days overdue and the age of the last report, the
 * dashboard as of 31/12/2025, the report settings and the report saved as of a day, and next year's draft
 * with the deadlines cleared. Screenshots go to tests/artifacts/e2e/followup-asof-*.png.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Agency, ClauseTracking } from '../../shared/contract/features/followup';
import type { ReportSettings } from '../../shared/contract/features/settings';
import type { ClauseEditResult } from '../../shared/contract/features/drafting';
import type { DocumentDetail, DocumentSummary } from '../../shared/contract/schemas';
import { readDocx } from '../export/docx';
import { RENDERER_ORIGIN } from '../harness/browser';
import { e2eSession, screenshot } from '../harness/e2e';
import { fingerprint } from '../helpers/db';

/** The review day: every "today" of the backend (and so of the UI) is 20/03/2026, a second later at each call. */
const REVIEW_DAY = new Date(2026, 2, 20, 9, 0, 0).getTime();
let tick = 0;
const session = e2eSession('hoptac-e2e-asof-', { clock: { now: () => new Date(REVIEW_DAY + 1000 * tick++) } });

const NORMAL = { width: 1280, height: 900 };
/** Tall enough for the whole task panel (it scrolls on its own next to the table). */
const TALL = { width: 1280, height: 2700 };

async function shot(page: Page, name: string, viewport = NORMAL): Promise<void> {
  await page.setViewportSize(viewport);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  await page.setViewportSize(NORMAL);
}

async function invoke<T>(channel: string, payload: unknown): Promise<T> {
  const answer = (await session.backend.invoke(channel, payload)) as { ok: boolean; value: T };
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer)}`);
  return answer.value;
}

const tracking = (clauseId: string) => invoke<ClauseTracking>('tracking.get', { clauseId });

interface Agreement {
  doc: DocumentDetail;
  scholarships: string;
  training: string;
  customs: string;
  artTroupes: string;
}

/** An invented agreement, signed on 10/04/2025: four tasks in three sections, the customs task led on both sides. */
async function signedAgreement(): Promise<Agreement> {
  const summary = await invoke<DocumentSummary>('documents.create', {
    kind: 'agreement',
    ourProvinceId: 'vn-dien-bien',
    partnerProvinceIds: ['la-phongsaly'],
    meetingDate: '2025-04-10',
    placeVi: 'Điện Biên Phủ',
    placeLo: 'ດ້ຽນບຽນຟູ',
    titleVi: 'Thỏa thuận hợp tác giữa tỉnh Điện Biên và tỉnh Phông Sa Lỳ năm 2025',
    titleLo: 'ສັນຍາຮ່ວມມື ລະຫວ່າງ ແຂວງດ້ຽນບຽນ ແລະ ແຂວງຜົ້ງສາລີ ປີ 2025',
  });
  const documentId = summary.id;
  const section = async (sector: string, titleVi: string, titleLo: string) => {
    const detail = await invoke<DocumentDetail>('sections.add', { documentId, part: 'tasks', sector, titleVi, titleLo });
    return detail.sections.find((s) => s.titleVi === titleVi)!.id;
  };
  const clause = async (sectionId: string, textVi: string, textLo: string) =>
    (await invoke<ClauseEditResult>('clauses.add', { documentId, sectionId, parentId: null, textVi, textLo })).created[0]!;

  const people = await section('education', 'Giáo dục và y tế', 'ການສຶກສາ ແລະ ສາທາລະນະສຸກ');
  const scholarships = await clause(
    people,
    'Tỉnh Điện Biên tiếp nhận 120 học viên tỉnh Phông Sa Lỳ học tiếng Việt tại Trường Cao đẳng Sư phạm Điện Biên trong năm học 2025–2026.',
    'ແຂວງດ້ຽນບຽນ ຮັບນັກຮຽນ 120 ຄົນ ຈາກແຂວງຜົ້ງສາລີ ມາຮຽນພາສາຫວຽດ ຢູ່ວິທະຍາໄລຄູດ້ຽນບຽນ ໃນສົກຮຽນ 2025–2026.',
  );
  const training = await clause(
    people,
    'Phối hợp tổ chức hai lớp tập huấn phòng chống sốt xuất huyết cho cán bộ y tế các huyện biên giới.',
    'ຮ່ວມກັນຈັດຝຶກອົບຮົມສອງຊຸດ ກ່ຽວກັບການປ້ອງກັນພະຍາດໄຂ້ເລືອດອອກ ໃຫ້ພະນັກງານສາທາລະນະສຸກ ເມືອງຊາຍແດນ.',
  );
  const trade = await section('economy', 'Kinh tế và cửa khẩu', 'ເສດຖະກິດ ແລະ ດ່ານຊາຍແດນ');
  const customs = await clause(
    trade,
    'Rút ngắn thời gian làm thủ tục thông quan hàng hóa tại cặp cửa khẩu Tây Trang – Pang Hốc.',
    'ຫຼຸດເວລາເຮັດພິທີການຜ່ານແດນສິນຄ້າ ຢູ່ດ່ານ ໄຕຈາງ – ປາງໂຮກ.',
  );
  const culture = await section('culture_tourism', 'Văn hóa', 'ວັດທະນະທຳ');
  const artTroupes = await clause(
    culture,
    'Trao đổi đoàn nghệ thuật quần chúng biểu diễn nhân dịp Tết Nguyên đán và Bun Pi May.',
    'ແລກປ່ຽນຄະນະສິລະປະມວນຊົນ ໄປສະແດງ ໃນໂອກາດບຸນເຕັດ ແລະ ບຸນປີໃໝ່.',
  );
  await invoke('documents.sign', { id: documentId, signedOn: '2025-04-10', confirmWarnings: true });

  const agency = async (provinceId: string, nameVi: string) =>
    (await invoke<Agency[]>('agencies.list', { provinceId })).find((a) => a.nameVi === nameVi)!.id;
  await invoke('tracking.assign', { clauseId: customs, side: 'VN', role: 'lead', agencyId: await agency('vn-dien-bien', 'Sở Công Thương') });
  await invoke('tracking.assign', { clauseId: customs, side: 'VN', role: 'support', agencyId: await agency('vn-dien-bien', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh') });
  await invoke('tracking.assign', { clauseId: customs, side: 'LA', role: 'lead', agencyId: await agency('la-phongsaly', 'Sở Công Thương') });

  const doc = await invoke<DocumentDetail>('documents.get', { id: documentId });
  return { doc, scholarships, training, customs, artTroupes };
}

async function selectTask(page: Page, clauseId: string): Promise<void> {
  await page.locator(`[data-testid="tracking-row"][data-clause-id="${clauseId}"]`).click();
  await page.locator(`[data-testid="clause-panel"][data-clause-id="${clauseId}"]`).waitFor();
}

async function addProgress(page: Page, date: string, textVi: string, value?: string): Promise<void> {
  await page.getByTestId('progress-date').fill(date);
  await page.getByTestId('progress-text-vi').fill(textVi);
  if (value !== undefined) await page.getByTestId('progress-value').first().fill(value);
  await page.getByTestId('progress-save').click();
  await page.getByTestId('progress-entry').filter({ hasText: textVi }).waitFor();
}

async function setStatusOn(page: Page, date: string, button: 'mark-done' | 'mark-in-progress'): Promise<void> {
  await page.getByTestId('status-date').fill(date);
  await page.getByTestId(button).click();
}

const textOf = (xml: string) => xml.replace(/<[^>]+>/gu, '');

describe('follow-up figures on a review day, end to end', () => {
  it('back-fills a year, shows figures as of a day, prints the report and carries over with the deadline choice', async () => {
    const { doc, scholarships, training, customs, artTroupes } = await signedAgreement();
    const { page } = await session.open({ language: 'vi', viewport: NORMAL });
    page.setDefaultTimeout(15_000);
    await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${doc.id}/tracking`);
    await page.getByTestId('tracking-row').first().waitFor();

    // "Today" is the backend's review day, not this computer's.
    await expect(page.getByTestId('as-of-date').inputValue()).resolves.toBe('20/03/2026');
    await page.getByTestId('as-of-today').waitFor();

    // A running total: 45 of 120 in September, 120 of 120 in March → 120, not 165.
    await selectTask(page, scholarships);
    await expect(page.getByTestId('indicator-mode-latest').isChecked()).resolves.toBe(true);
    await page.getByTestId('indicator-name').fill('Học viên học tiếng Việt');
    await page.getByTestId('indicator-name-lo').fill('ນັກຮຽນພາສາຫວຽດ');
    await page.getByTestId('indicator-unit').fill('học viên');
    await page.getByTestId('indicator-target').fill('120');
    await page.getByTestId('indicator-add').click();
    await page.getByTestId('indicator-row').waitFor();
    await expect(page.getByTestId('indicator-actual').textContent()).resolves.toContain('—');
    await expect(page.getByTestId('progress-value-mode').textContent()).resolves.toBe('Nhập số lũy kế tính đến ngày báo cáo');

    // Nothing before the signing date: refused next to the date field, nothing written.
    const before = fingerprint(session.backend.db);
    await page.getByTestId('progress-date').fill('01/03/2025');
    await page.getByTestId('progress-text-vi').fill('Khảo sát nhu cầu học tiếng Việt.');
    await page.getByTestId('progress-save').click();
    await expect(page.getByTestId('progress-date-error').textContent()).resolves.toContain('10/04/2025');
    expect(fingerprint(session.backend.db)).toBe(before);

    await addProgress(page, '15/09/2025', 'Khai giảng lớp tiếng Việt, 45 học viên nhập học.', '45');
    await expect(page.getByTestId('indicator-actual').textContent()).resolves.toContain('45');
    await addProgress(page, '10/03/2026', 'Đủ 120 học viên theo học.', '120');
    await expect.poll(async () => page.getByTestId('indicator-actual').textContent()).toContain('120');
    await expect(page.getByTestId('indicator-actual').textContent()).resolves.not.toContain('165');
    await expect(page.getByTestId('indicator-percent').textContent()).resolves.toBe('100%');
    await expect(page.getByTestId('indicator-met').textContent()).resolves.toBe('đạt chỉ tiêu');
    expect((await tracking(scholarships)).indicators[0]).toMatchObject({ current: 120, mode: 'latest', met: true });

    // Done in November, entered in March: the completion keeps its own date.
    await selectTask(page, training);
    await setStatusOn(page, '28/11/2025', 'mark-done');
    await page.getByTestId('status-since').filter({ hasText: 'Hoàn thành ngày 28/11/2025' }).waitFor();
    expect((await tracking(training)).doneOn).toBe('2025-11-28');

    // Changes are entered in the order they happened: an earlier day than the last change is refused.
    await selectTask(page, artTroupes);
    await setStatusOn(page, '01/12/2025', 'mark-in-progress');
    await page.getByTestId('panel-status').filter({ hasText: 'Đang triển khai' }).waitFor();
    const beforeRefusal = fingerprint(session.backend.db);
    await setStatusOn(page, '15/11/2025', 'mark-done');
    await expect(page.getByTestId('status-date-error').textContent()).resolves.toContain('01/12/2025');
    expect(fingerprint(session.backend.db)).toBe(beforeRefusal);
    await setStatusOn(page, '21/03/2026', 'mark-done');
    await expect(page.getByTestId('status-date-error').textContent()).resolves.toContain('tương lai');
    await setStatusOn(page, '20/12/2025', 'mark-done');
    await page.getByTestId('status-since').filter({ hasText: 'Hoàn thành ngày 20/12/2025' }).waitFor();

    // The customs task: due 31/12/2025, last reported on 19/01/2026, with a ceiling of 3 days.
    await selectTask(page, customs);
    await page.getByTestId('deadline-kind').selectOption('date');
    await page.getByTestId('deadline-date').fill('31/12/2025');
    await page.getByTestId('deadline-save').click();
    await page.getByTestId('panel-status').filter({ hasText: 'Chậm tiến độ' }).waitFor();
    await page.getByTestId('indicator-name').fill('Thời gian làm thủ tục thông quan');
    await page.getByTestId('indicator-unit').fill('ngày');
    await page.getByTestId('indicator-direction').selectOption('at_most');
    await page.getByTestId('indicator-add').click();
    await expect(page.getByTestId('indicator-form').locator('.field__error').textContent()).resolves.toContain('phải có con số');
    await page.getByTestId('indicator-target').fill('3');
    await page.getByTestId('indicator-add').click();
    await expect(page.getByTestId('indicator-target-text').textContent()).resolves.toContain('3 ngày (tối đa)');
    await addProgress(page, '19/01/2026', 'Thời gian thông quan trung bình còn 5 ngày.', '5');
    await expect(page.getByTestId('indicator-met').textContent()).resolves.toBe('chưa đạt chỉ tiêu');
    const customsRow = page.locator(`[data-testid="tracking-row"][data-clause-id="${customs}"]`);
    await customsRow.getByTestId('days-overdue').filter({ hasText: 'quá hạn 79 ngày' }).waitFor();
    await expect(customsRow.getByTestId('last-report-age').textContent()).resolves.toBe('báo cáo gần nhất cách đây 60 ngày');
    await page.getByTestId('indicator-edit').click();
    await page.getByTestId('indicator-edit-form').waitFor();
    await shot(page, 'followup-asof-tracking-indicator-vi', TALL);
    await page.getByTestId('indicator-edit-form').getByRole('button', { name: 'Hủy' }).click();

    // What needs action on the review day: the customs task, 79 days overdue, last report 60 days ago.
    await page.getByTestId('nav-due').click();
    await page.getByTestId('due-screen').waitFor();
    await expect(page.getByTestId('due-summary').textContent()).resolves.toMatch(/^1 /u);
    const dueRow = page.locator(`[data-testid="tracking-row"][data-clause-id="${customs}"]`);
    await expect(dueRow.getByTestId('days-overdue').textContent()).resolves.toBe('quá hạn 79 ngày');
    await expect(dueRow.getByTestId('last-report-age').textContent()).resolves.toBe('báo cáo gần nhất cách đây 60 ngày');
    await shot(page, 'followup-asof-due-vi');

    // The dashboard as of 31/12/2025: two tasks done by then, nothing late yet, the running total at 45.
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-table').waitFor();
    const partner = page.locator('[data-testid="dashboard-row"][data-key="la-phongsaly"]');
    await expect(partner.getByTestId('count-delayed').textContent()).resolves.toBe('1');
    await page.getByTestId('as-of-date').fill('31/12/2025');
    await page.getByTestId('as-of-notice').filter({ hasText: 'Số liệu tính đến ngày 31/12/2025' }).waitFor();
    await expect.poll(async () => partner.getByTestId('count-done').textContent()).toBe('2');
    await expect(partner.getByTestId('count-delayed').count()).resolves.toBe(0);
    const scholarshipFigure = page.getByTestId('dashboard-indicator').filter({ hasText: 'Học viên học tiếng Việt' }).getByTestId('dashboard-indicator-actual');
    await expect.poll(async () => scholarshipFigure.textContent()).toContain('45');
    await shot(page, 'followup-asof-dashboard-vi');

    // The day is remembered on the other screens of the session; the tracking table follows it.
    await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${doc.id}/tracking`);
    await page.getByTestId('tracking-row').first().waitFor();
    await expect(page.getByTestId('as-of-date').inputValue()).resolves.toBe('31/12/2025');
    await page.getByTestId('as-of-notice').waitFor();
    await expect(page.locator(`[data-testid="tracking-row"][data-clause-id="${customs}"] [data-testid="days-overdue"]`).count()).resolves.toBe(0);
    // A day before the agreement is refused next to the field.
    await page.getByTestId('as-of-date').fill('01/01/2025');
    await expect(page.getByTestId('as-of-error').textContent()).resolves.toContain('10/04/2025');
    await page.getByTestId('as-of-date').fill('31/12/2025');
    await page.getByTestId('tracking-row').first().waitFor();
    await expect(page.getByTestId('as-of-error').count()).resolves.toBe(0);

    // The report settings, filled once (a fourth issuing-body line is refused next to its box).
    await page.getByTestId('report-settings-link').click();
    await page.getByTestId('report-settings-form').waitFor();
    await page.getByTestId('settings-issuingBodyVi').fill('UBND TỈNH ĐIỆN BIÊN\nSỞ NGOẠI VỤ\nPHÒNG HỢP TÁC QUỐC TẾ\nDÒNG THỪA');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-issuingBodyVi-error').textContent()).resolves.toContain('tối đa 3');
    await page.getByTestId('settings-issuingBodyVi').fill('UBND TỈNH ĐIỆN BIÊN\nSỞ NGOẠI VỤ');
    await page.getByTestId('settings-issuingBodyLo').fill('ແຂວງດ້ຽນບຽນ\nພະແນກການຕ່າງປະເທດ');
    await page.getByTestId('settings-numberSymbol').fill('SNgV');
    await page.getByTestId('settings-placeVi').fill('Điện Biên');
    await page.getByTestId('settings-placeLo').fill('ດ້ຽນບຽນ');
    await page.getByTestId('settings-signerTitleVi').fill('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
    await page.getByTestId('settings-signerTitleLo').fill('ຮອງຫົວໜ້າພະແນກ');
    await page.getByTestId('settings-signerNameVi').fill('Lò Văn Thắng');
    await page.getByTestId('settings-signerNameLo').fill('ໂລ ວັນ ທັງ');
    await page.getByTestId('settings-recipientsVi').fill('UBND tỉnh (b/c)\nCác sở, ngành liên quan\nLưu: VT, HTQT');
    await page.getByTestId('settings-recipientsLo').fill('ຄະນະປົກຄອງແຂວງ (ເພື່ອລາຍງານ)\nເກັບມ້ຽນ');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-saved').waitFor();
    const settings = await invoke<ReportSettings>('settings.get', {});
    expect(settings).toMatchObject({ issuingBodyVi: ['UBND TỈNH ĐIỆN BIÊN', 'SỞ NGOẠI VỤ'], numberSymbol: 'SNgV', recipientsVi: ['UBND tỉnh (b/c)', 'Các sở, ngành liên quan', 'Lưu: VT, HTQT'] });
    await shot(page, 'followup-asof-report-settings-vi');

    // The report as of 31/12/2025, Vietnamese and Lao, with the settings printed.
    await page.getByTestId('report-settings-back').click();
    await page.getByTestId('tracking-row').first().waitFor();
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-save-done').waitFor();
    const reports = readdirSync(session.platform.folder).filter((f) => f.includes('Bao cao ket qua'));
    expect(reports.sort()).toEqual([expect.stringMatching(/^2025-12-31 .*\(LO\)\.docx$/u), expect.stringMatching(/^2025-12-31 .*\(VI\)\.docx$/u)]);
    const vi = await readDocx(readFileSync(join(session.platform.folder, reports.find((f) => f.endsWith('(VI).docx'))!)));
    const body = textOf(vi.text.get('word/document.xml')!);
    expect(body).toContain('UBND TỈNH ĐIỆN BIÊN');
    expect(body).toContain('BC-SNgV');
    expect(body).toContain('Lò Văn Thắng');
    expect(body).toContain('31/12/2025');

    // Back to the review day.
    await page.getByTestId('as-of-reset').click();
    await page.getByTestId('as-of-today').waitFor();
    await expect(page.getByTestId('as-of-notice').count()).resolves.toBe(0);

    // Next year's draft: deadlines cleared by choice; agencies, indicators and targets kept.
    await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${doc.id}`);
    await page.getByTestId('carry-over').click();
    await page.getByTestId('carry-over-dialog').waitFor();
    await expect(page.getByTestId('carry-over-keeps').textContent()).resolves.toContain('giữ nguyên cơ quan chủ trì và phối hợp');
    await expect(page.getByTestId('carry-over-deadlines-next_year').isChecked()).resolves.toBe(true);
    await page.getByTestId('carry-over-deadlines-clear').check();
    await expect(page.getByTestId('carry-over-date').inputValue()).resolves.toBe('10/04/2026');
    await screenshot(page, 'followup-asof-carry-over-dialog-vi', false);
    await page.getByTestId('carry-over-confirm').click();
    await page.waitForURL((url) => url.hash.startsWith('#/document/') && !url.hash.includes(doc.id));
    const newId = decodeURIComponent(new URL(page.url()).hash.replace('#/document/', ''));
    const next = await invoke<DocumentDetail>('documents.get', { id: newId });
    const carried = next.sections.filter((s) => s.part === 'tasks').flatMap((s) => s.clauses);
    const carriedCustoms = carried.find((c) => c.textVi.includes('Tây Trang'))!;
    const continued = await tracking(carriedCustoms.id);
    expect(continued.deadline).toBeNull();
    expect(continued.agencies.map((a) => `${a.side}:${a.role}`).sort()).toEqual(['LA:lead', 'VN:lead', 'VN:support']);
    expect(continued.indicators).toMatchObject([{ direction: 'at_most', target: 3, unit: 'ngày' }]);

    // The old agreement keeps its own figures, with "carried over to" the new draft.
    await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${doc.id}/tracking`);
    const originRow = page.locator(`[data-testid="tracking-row"][data-clause-id="${customs}"]`);
    await originRow.getByTestId('carried-over-to').waitFor();
    await expect(originRow.getByTestId('status-delayed').count()).resolves.toBe(1);
    await selectTask(page, customs);
    await page.getByTestId('clause-panel').getByTestId('carried-over-to').waitFor();
    await shot(page, 'followup-asof-carried-vi', TALL);

    // The same in Lao: the panel, the dashboard and the report settings.
    await page.locator('[data-testid="language-switch"] [data-lang="lo"]').click();
    await selectTask(page, scholarships);
    await shot(page, 'followup-asof-tracking-lo', TALL);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-table').waitFor();
    await page.getByTestId('as-of-date').fill('31/12/2025');
    await page.getByTestId('as-of-notice').waitFor();
    await shot(page, 'followup-asof-dashboard-lo');
    await page.goto(`${RENDERER_ORIGIN}/index.html#/settings/report`);
    await page.getByTestId('report-settings-form').waitFor();
    await shot(page, 'followup-asof-report-settings-lo');
  }, 240_000);
});
