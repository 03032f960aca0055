/**
 * The drafting journey of issue 4, driven like an officer in the real renderer (Chromium) against the
 * real backend: a minutes of talks modelled on seed 001 (Thanh Hóa – Hủa Phăn, 2025: review of 2024 and
 * tasks for 2025 across the sectors, Vietnamese and Lao side by side, sub-items), two delegations, signing,
 * amending one clause and seeing the diff; then Export to Word in all three layouts (issue 5), unzipped and
 * checked. Every typed text is read back from SQLite at the end: nothing typed is lost.
 *
 * The Lao texts are the team's unreviewed drafts (glossary terms), as everywhere in the app.
 */
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../shared/contract/schemas';
import { RENDERER_ORIGIN } from '../harness/browser';
import { e2eSession, screenshot } from '../harness/e2e';

const session = e2eSession('hoptac-e2e-journey-');

/** Clause texts typed into the template's clauses, in order (seed 001; Lao: unreviewed drafts). */
const TEXTS: { vi: string; lo: string }[] = [
  {
    vi: 'Năm 2024, hai tỉnh đã trao đổi 58 đoàn công tác các cấp; phối hợp tổ chức thành công các hoạt động kỷ niệm quan hệ hữu nghị Thanh Hóa – Hủa Phăn.',
    lo: 'ປີ 2024, ສອງແຂວງໄດ້ແລກປ່ຽນຄະນະຜູ້ແທນ 58 ຄະນະ; ປະສານສົມທົບຈັດກິດຈະກຳສະເຫຼີມສະຫຼອງສາຍພົວພັນມິດຕະພາບ ແທງຮວາ - ຫົວພັນ ຢ່າງສຳເລັດຜົນ.',
  },
  {
    vi: 'Lực lượng chức năng hai bên duy trì tuần tra song phương, quản lý, bảo vệ đường biên, mốc quốc giới; giữ vững an ninh, trật tự khu vực biên giới.',
    lo: 'ກຳລັງປ້ອງກັນຊາຍແດນສອງຝ່າຍ ຮັກສາການລາດຕະເວນສອງຝ່າຍ, ຄຸ້ມຄອງ ແລະ ປົກປັກຮັກສາເສັ້ນຊາຍແດນ, ຫຼັກໝາຍຊາຍແດນ.',
  },
  {
    vi: 'Kim ngạch xuất nhập khẩu giữa tỉnh Thanh Hóa với nước bạn Lào năm 2024 đạt trên 34 triệu USD; hai tỉnh tích cực thúc đẩy nâng cấp cặp cửa khẩu Khẹo – Tà Lấu.',
    lo: 'ມູນຄ່າການນຳເຂົ້າ-ສົ່ງອອກ ລະຫວ່າງແຂວງແທງຮວາ ກັບ ສປປ ລາວ ປີ 2024 ບັນລຸກວ່າ 34 ລ້ານໂດລາ.',
  },
  {
    vi: 'Tỉnh Thanh Hóa đang đào tạo 173 lưu học sinh tỉnh Hủa Phăn; tổ chức lớp bồi dưỡng lý luận chính trị trung cấp cho 90 học viên.',
    lo: 'ແຂວງແທງຮວາ ກຳລັງບຳລຸງສ້າງນັກສຶກສາແຂວງຫົວພັນ 173 ຄົນ; ເປີດຊຸດຝຶກອົບຮົມທິດສະດີການເມືອງຊັ້ນກາງໃຫ້ 90 ຄົນ.',
  },
  {
    vi: 'Các bệnh viện tuyến tỉnh và huyện biên giới của Thanh Hóa đã khám, chữa bệnh cho hàng trăm lượt người dân Hủa Phăn.',
    lo: 'ໂຮງໝໍຂັ້ນແຂວງ ແລະ ເມືອງຊາຍແດນຂອງແທງຮວາ ໄດ້ກວດ ແລະ ປິ່ນປົວພະຍາດໃຫ້ປະຊາຊົນແຂວງຫົວພັນ ຫຼາຍຮ້ອຍເທື່ອຄົນ.',
  },
  {
    vi: 'Năm 2025, hai bên tiếp tục phối hợp tuyên truyền sâu rộng về quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam – Lào, nhất là cho thế hệ trẻ.',
    lo: 'ປີ 2025, ສອງຝ່າຍສືບຕໍ່ປະສານສົມທົບກັນໂຄສະນາຢ່າງກວ້າງຂວາງກ່ຽວກັບສາຍພົວພັນມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ ແລະ ການຮ່ວມມືຮອບດ້ານ ລາວ-ຫວຽດນາມ.',
  },
];
/** A long clause in each language: 1,500+ Vietnamese characters, Lao without spaces. */
const LONG_VI = 'Hai bên thống nhất phối hợp chặt chẽ trong công tác quản lý, bảo vệ đường biên, mốc quốc giới, đấu tranh phòng, chống tội phạm xuyên biên giới, mua bán người và ma túy; '.repeat(10);
const LONG_LAO = 'ສອງຝ່າຍເຫັນດີເປັນເອກະພາບປະສານສົມທົບກັນຢ່າງໃກ້ຊິດໃນການຄຸ້ມຄອງແລະປົກປັກຮັກສາເສັ້ນຊາຍແດນ'.repeat(12);
const SUB_ITEM = { vi: 'Phối hợp tổ chức Ngày hội văn hóa vùng biên năm 2025.', lo: 'ປະສານສົມທົບຈັດງານບຸນວັດທະນະທຳເຂດຊາຍແດນ ປີ 2025.' };

const DELEGATES = [
  { party: 'vn-thanh-hoa', role: 'head', nameVi: 'Nguyễn Doãn Anh', nameLo: 'ຫງວຽນຢວານແອັ່ງ', titleVi: 'Bí thư Tỉnh ủy Thanh Hóa', titleLo: 'ເລຂາພັກແຂວງແທງຮວາ' },
  { party: 'vn-thanh-hoa', role: 'signatory', nameVi: 'Nguyễn Văn Thi', nameLo: 'ຫງວຽນວັນທີ', titleVi: 'Phó Chủ tịch Thường trực UBND tỉnh', titleLo: 'ຮອງປະທານປະຈຳຄະນະກຳມະການປະຊາຊົນແຂວງ' },
  { party: 'la-houaphanh', role: 'head', nameVi: 'Khăm Pheng Xay Sổm Pheng', nameLo: 'ຄຳແພງ ໄຊສົມແພງ', titleVi: 'Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn', titleLo: 'ເລຂາພັກແຂວງ, ເຈົ້າແຂວງຫົວພັນ' },
  { party: 'la-houaphanh', role: 'signatory', nameVi: 'Khon Pạ Phăn Lương Sỉ Chăn Thong', nameLo: 'ຄອນປະພັນ ລວງສີຈັນທອງ', titleVi: 'Chủ tịch HĐND tỉnh Hủa Phăn', titleLo: 'ປະທານສະພາປະຊາຊົນແຂວງຫົວພັນ' },
] as const;

async function typeInto(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.fill(text);
}

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
}

async function addDelegate(page: Page, d: (typeof DELEGATES)[number]): Promise<void> {
  const party = page.locator(`[data-testid="delegation-editor"][data-province-id="${d.party}"]`);
  // A new document has no delegation yet: the province's own, with its usual name, is one click.
  if ((await party.count()) === 0) {
    await page.locator(`[data-testid="delegation-quick-add"][data-province-id="${d.party}"]`).click();
    await party.waitFor();
  }
  await party.getByTestId(`delegate-add-${d.role}`).click();
  const form = party.getByTestId('delegate-form');
  await form.getByTestId('delegate-input-nameVi').fill(d.nameVi);
  await form.getByTestId('delegate-input-nameLo').fill(d.nameLo);
  await form.getByTestId('delegate-input-titleVi').fill(d.titleVi);
  await form.getByTestId('delegate-input-titleLo').fill(d.titleLo);
  await form.getByTestId('delegate-save').click();
  await form.waitFor({ state: 'detached' });
}

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return zip.file('word/document.xml')!.async('string');
}

describe('drafting journey (seed 001), end to end', () => {
  it('drafts a bilingual minutes of talks from the template, signs, amends one clause, sees the diff and exports all three layouts', async () => {
    const { page } = await session.open({ language: 'vi' });
    page.setDefaultTimeout(30_000);

    // 1. A new minutes of talks from the built-in template.
    await page.getByTestId('create-first').click();
    await page.getByTestId('create-form').waitFor();
    await page.locator('select[name="ourProvinceId"]').selectOption('vn-thanh-hoa');
    await page.locator('select[name="partnerProvinceIds.0"]').selectOption('la-houaphanh');
    await page.locator('input[name="meetingDate"]').fill('05/01/2025');
    await page.locator('input[name="placeVi"]').fill('Thanh Hóa');
    await page.locator('input[name="placeLo"]').fill('ແທງຮວາ');
    await page.locator('textarea[name="titleVi"]').fill('Biên bản hội đàm giữa Đoàn đại biểu cấp cao tỉnh Thanh Hóa và tỉnh Hủa Phăn năm 2025');
    await page.locator('textarea[name="titleLo"]').fill('ບົດບັນທຶກການເຈລະຈາ ລະຫວ່າງ ຄະນະຜູ້ແທນຂັ້ນສູງແຂວງແທງຮວາ ແລະ ແຂວງຫົວພັນ ປີ 2025');
    await page.getByTestId('create-submit').click();
    await page.getByTestId('clause-editor').waitFor();
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/document/', ''));
    const detail = async () => ((await session.backend.invoke('documents.get', { id })) as { value: DocumentDetail }).value;
    const sectors = new Set((await detail()).sections.map((s) => s.sector));
    expect(sectors.size).toBeGreaterThanOrEqual(5);

    // 2. Texts side by side: the template's first clauses become the seed's results and tasks.
    const rows = page.getByTestId('clause');
    const typed = new Map<string, { vi: string; lo: string }>();
    for (const [index, text] of TEXTS.entries()) {
      const row = rows.nth(index);
      await row.scrollIntoViewIfNeeded();
      const clauseId = (await row.getAttribute('data-clause-id'))!;
      await typeInto(row.getByTestId('clause-vi'), text.vi);
      await typeInto(row.getByTestId('clause-lo'), text.lo);
      typed.set(clauseId, text);
    }
    await waitSaved(page);

    // A sub-item (numbered a) by the app) under the last typed clause, and a long clause in both languages.
    const parentRow = rows.nth(TEXTS.length - 1);
    await parentRow.getByTestId('clause-vi').click();
    await page.keyboard.press('Control+Shift+Enter');
    const subRow = page.locator('[data-testid="clause"][data-level="2"]').first();
    await subRow.waitFor();
    const subId = (await subRow.getAttribute('data-clause-id'))!;
    await typeInto(subRow.getByTestId('clause-vi'), SUB_ITEM.vi);
    await typeInto(subRow.getByTestId('clause-lo'), SUB_ITEM.lo);
    typed.set(subId, SUB_ITEM);
    await expect(subRow.getByTestId('clause-label').textContent()).resolves.toBe('a)');
    const longRow = rows.nth(1);
    const longId = (await longRow.getAttribute('data-clause-id'))!;
    await typeInto(longRow.getByTestId('clause-vi'), LONG_VI);
    await typeInto(longRow.getByTestId('clause-lo'), LONG_LAO);
    typed.set(longId, { vi: LONG_VI.trim(), lo: LONG_LAO });
    await waitSaved(page);
    const sideways = await longRow.evaluate((row) =>
      [...row.querySelectorAll('textarea')].filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.dataset['lang']),
    );
    expect(sideways).toEqual([]);
    await longRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'journey-editor-long-clauses', false);

    // 3. Two delegations with heads and signatories (titles as data).
    for (const d of DELEGATES) await addDelegate(page, d);

    // 4. Sign on 05/01/2025 (the check's points to confirm, if any, are ticked): read only.
    await page.getByTestId('sign-start').click();
    await page.getByTestId('sign-date').fill('05/01/2025');
    if ((await page.getByTestId('sign-acknowledge').count()) > 0) await page.getByTestId('sign-acknowledge').check();
    await page.getByTestId('sign-confirm').click();
    await page.getByTestId('amend-start').waitFor();
    await page.getByTestId('editor-readonly').waitFor();

    // 5. Amend one clause; the history shows exactly that clause as changed, in both languages.
    await page.getByTestId('amend-start').click();
    await page.getByTestId('amend-confirm').click();
    const amendedRow = page.locator(`[data-testid="clause"][data-clause-id="${[...typed.keys()][2]}"]`);
    await amendedRow.scrollIntoViewIfNeeded();
    const amended = { vi: `${TEXTS[2]!.vi} Phấn đấu năm 2025 đạt 40 triệu USD.`, lo: `${TEXTS[2]!.lo} ເປົ້າໝາຍປີ 2025 ບັນລຸ 40 ລ້ານໂດລາ.` };
    await typeInto(amendedRow.getByTestId('clause-vi'), amended.vi);
    await typeInto(amendedRow.getByTestId('clause-lo'), amended.lo);
    typed.set([...typed.keys()][2]!, amended);
    await waitSaved(page);
    await page.getByTestId('history-link').click();
    await page.getByTestId('diff-summary').waitFor();
    await expect(page.getByTestId('diff-count-changed').getAttribute('data-count')).resolves.toBe('1');
    const changed = page.locator(`[data-testid="diff-clause"][data-kind="changed"]`);
    await expect(changed.count()).resolves.toBe(1);
    await expect(changed.getByTestId('diff-vi').getByTestId('diff-ins').textContent()).resolves.toContain('40 triệu USD');
    await expect(changed.getByTestId('diff-lo').getByTestId('diff-ins').textContent()).resolves.toContain('40 ລ້ານໂດລາ');
    await screenshot(page, 'journey-history-diff', false);

    // 6. Export to Word, all three layouts into one folder.
    await page.goto(`${RENDERER_ORIGIN}/index.html#/document/${id}`);
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-layout-all').check();
    await dialog.getByTestId('export-save').click();
    await dialog.getByTestId('export-saved').waitFor();
    const files = readdirSync(session.platform.folder).filter((f) => f.endsWith('.docx')).sort();
    expect(files).toHaveLength(3);
    for (const file of files) {
      const xml = await documentXml(join(session.platform.folder, file));
      const lao = /\(LO\)\.docx$/u.test(file);
      const bilingual = /\(VI-LO\)\.docx$/u.test(file);
      const plain = xml.replace(/<[^>]+>/gu, '').replace(/\u200B/gu, '');
      if (!lao || bilingual) expect(plain).toContain('Phấn đấu năm 2025 đạt 40 triệu USD');
      if (lao || bilingual) expect(plain).toContain('ເປົ້າໝາຍປີ 2025 ບັນລຸ 40 ລ້ານໂດລາ');
      expect(plain).toMatch(/I\./u);
      expect(plain).toContain('a)');
      // The originals carry both signatories side by side (the bilingual working copy has no signatures).
      if (!lao && !bilingual) expect(plain).toContain('Nguyễn Văn Thi');
      if (!lao && !bilingual) expect(plain).toContain('Khon Pạ Phăn Lương Sỉ Chăn Thong');
      if (lao && !bilingual) expect(plain).toContain('ຄອນປະພັນ ລວງສີຈັນທອງ');
    }

    // 7. Nothing typed was lost.
    const stored = new Map((await detail()).sections.flatMap((s) => s.clauses).map((c) => [c.id, c]));
    for (const [clauseId, text] of typed) {
      expect(stored.get(clauseId)?.textVi, clauseId).toBe(text.vi.trim());
      expect(stored.get(clauseId)?.textLo, clauseId).toBe(text.lo.trim());
    }
  }, 120_000);
});
