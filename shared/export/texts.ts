import type { DocumentKind, DocumentPart, Sector } from '../domain/document';

/**
 * Fixed wording the export writes around the officer's text: national headers, document kinds,
 * preamble and closing formulas, signature headings.
 *
 * Vietnamese: the national header and motto are the exact Decree 30/2020 text; the Lao PDR's name and
 * motto in Vietnamese are the forms in common use (../shared/domain/README.md §3.1). The formulas are
 * our own wording after the patterns of §3.3–§3.4.
 *
 * Lao: EVERYTHING in `LAO_DRAFT_TEXTS` is a DRAFT by the development team, NOT checked by a Lao
 * speaker or against a signed document. Only the Lao PDR's name is verified; the motto's Lao script
 * is "unverified, high confidence"; Vietnam's name and motto in Lao, the month names (7 of 12 seen in
 * the Lao press), the kinds, the formulas and the signature headings come from the glossary or from us
 * and are unverified. Keep every fixed Lao string in this one object so a reviewer can correct them
 * in one place; never present them as checked.
 */

export const VI_TEXTS = {
  /** `namePhrases`: where the name may break when it does not fit on one line of a half-width column. */
  vietnam: {
    name: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    namePhrases: ['CỘNG HÒA', 'XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM'],
    motto: 'Độc lập - Tự do - Hạnh phúc',
    country: 'nước Cộng hòa xã hội chủ nghĩa Việt Nam',
  },
  laos: {
    name: 'CỘNG HÒA DÂN CHỦ NHÂN DÂN LÀO',
    namePhrases: ['CỘNG HÒA', 'DÂN CHỦ NHÂN DÂN', 'LÀO'],
    motto: 'Hòa bình - Độc lập - Dân chủ - Thống nhất - Thịnh vượng',
    country: 'nước Cộng hòa Dân chủ Nhân dân Lào',
  },
  kind: { minutes: 'Biên bản hội đàm', agreement: 'Thỏa thuận hợp tác', memorandum: 'Biên bản ghi nhớ' } satisfies Record<DocumentKind, string>,
  /** "Biên bản này được lập thành …" */
  thisDocument: { minutes: 'Biên bản này', agreement: 'Thỏa thuận này', memorandum: 'Biên bản ghi nhớ này' } satisfies Record<DocumentKind, string>,
  event: {
    minutes: 'hội đàm',
    agreement: 'hội đàm và ký kết Thỏa thuận hợp tác',
    memorandum: 'làm việc và ký kết Biên bản ghi nhớ',
  } satisfies Record<DocumentKind, string>,
  delegation: { high: 'Đoàn đại biểu cấp cao', plain: 'Đoàn đại biểu' },
  comrade: 'đồng chí',
  /** "… do đồng chí A, <chức vụ>, làm Trưởng đoàn." */
  ledBy: (delegation: string, name: string, title: string) =>
    `${delegation} do ${VI_TEXTS.comrade} ${name}${title ? `, ${title}` : ''}, làm Trưởng đoàn.`,
  membersIntro: 'Cùng tham gia đoàn có các đồng chí: ',
  /** Partner provinces present without a delegation of their own: "Tham dự có đại diện tỉnh A và tỉnh B, nước …". */
  partnersPresent: (provinces: string, country: string) => `Tham dự có đại diện ${provinces}, ${country}.`,
  /** "Ngày 21 tháng 03 năm 2025, tại Sầm Nưa, tỉnh Hủa Phăn, đã diễn ra buổi hội đàm giữa A và B." */
  opening: (date: string, place: string, event: string, parties: string) =>
    `${date}${place ? `, tại ${place}` : ''}, đã diễn ra buổi ${event} giữa ${parties}.`,
  purpose:
    'Trong không khí hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện, hai bên đã trao đổi thông tin và thống nhất như sau:',
  part: {
    results: 'ĐÁNH GIÁ KẾT QUẢ HỢP TÁC',
    tasks: 'PHƯƠNG HƯỚNG, NHIỆM VỤ HỢP TÁC',
    implementation: 'TỔ CHỨC THỰC HIỆN',
  } satisfies Record<DocumentPart, string>,
  sector: {
    political: 'Chính trị, đối ngoại và xây dựng Đảng',
    defence_security: 'Quốc phòng – an ninh và biên giới',
    economy: 'Kinh tế – thương mại – đầu tư – giao thông',
    education: 'Giáo dục – đào tạo',
    health: 'Y tế',
    culture_tourism: 'Văn hóa – thể thao – du lịch',
    custom: 'Lĩnh vực khác',
  } satisfies Record<Sector, string>,
  /** "Biên bản này được lập thành 04 (bốn) bản gốc, mỗi bên giữ 02 bản, gồm 02 bản tiếng Việt và 02 bản tiếng Lào; …" */
  closing: (thisDocument: string, total: string, totalWords: string, each: string, perLanguage: string) =>
    `${thisDocument} được lập thành ${total} (${totalWords}) bản gốc, mỗi bên giữ ${each} bản, gồm ${perLanguage} bản tiếng Việt và ${perLanguage} bản tiếng Lào; các văn bản có giá trị pháp lý như nhau.`,
  signHeading: { minutes: 'TM. ĐOÀN ĐẠI BIỂU CẤP CAO', other: 'ĐẠI DIỆN' },
  /** "TM. <delegation>" (a delegation signs through its head or signatory) and "ĐẠI DIỆN <province>". */
  onBehalfOf: 'TM.',
  representing: 'ĐẠI DIỆN',
  /** The signer's title under a "TM. ĐOÀN ĐẠI BIỂU" heading when the head of delegation signs. */
  headOfDelegation: 'TRƯỞNG ĐOÀN',
  witness: 'CHỨNG KIẾN',
  missing: '[Chưa có nội dung tiếng Việt]',
  bilingualTitle: 'BẢN LÀM VIỆC SONG NGỮ VIỆT – LÀO',
  bilingualNote: 'Bản làm việc để đối chiếu hai ngôn ngữ, không phải bản gốc để ký.',
  column: 'TIẾNG VIỆT',
  province: 'tỉnh',
  city: 'thành phố',
  and: 'và',
  numberWords: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
} as const;

/** DRAFT Lao wording — see the module comment: unverified, to be reviewed by a Lao speaker. */
export const LAO_DRAFT_TEXTS = {
  status: 'draft-unverified',
  /** Lao PDR's name: verified; motto in Lao script: unverified, high confidence. */
  laos: {
    name: 'ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ',
    namePhrases: ['ສາທາລະນະລັດ', 'ປະຊາທິປະໄຕ', 'ປະຊາຊົນລາວ'],
    motto: 'ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ',
    country: 'ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ',
  },
  /** Vietnam's name and motto in Lao (glossary, unverified). */
  vietnam: {
    name: 'ສາທາລະນະລັດ ສັງຄົມນິຍົມ ຫວຽດນາມ',
    namePhrases: ['ສາທາລະນະລັດ', 'ສັງຄົມນິຍົມ', 'ຫວຽດນາມ'],
    motto: 'ເອກະລາດ - ເສລີພາບ - ຄວາມສຸກ',
    country: 'ສາທາລະນະລັດ ສັງຄົມນິຍົມ ຫວຽດນາມ',
  },
  /** Month names after ../shared/domain/README.md §5 (7 of 12 seen in the Lao press). */
  months: ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'],
  date: 'ວັນທີ',
  kind: { minutes: 'ບົດບັນທຶກການເຈລະຈາ', agreement: 'ສັນຍາຮ່ວມມື', memorandum: 'ບົດບັນທຶກຄວາມເຂົ້າໃຈ' } satisfies Record<DocumentKind, string>,
  thisDocument: { minutes: 'ບົດບັນທຶກສະບັບນີ້', agreement: 'ສັນຍາສະບັບນີ້', memorandum: 'ບົດບັນທຶກຄວາມເຂົ້າໃຈສະບັບນີ້' } satisfies Record<DocumentKind, string>,
  event: {
    minutes: 'ການເຈລະຈາ',
    agreement: 'ການເຈລະຈາ ແລະ ລົງນາມສັນຍາຮ່ວມມື',
    memorandum: 'ການເຮັດວຽກ ແລະ ລົງນາມບົດບັນທຶກຄວາມເຂົ້າໃຈ',
  } satisfies Record<DocumentKind, string>,
  delegation: { high: 'ຄະນະຜູ້ແທນຂັ້ນສູງ', plain: 'ຄະນະຜູ້ແທນ' },
  comrade: 'ສະຫາຍ',
  ledBy: (delegation: string, name: string, title: string) =>
    `${delegation} ນຳໂດຍ ${LAO_DRAFT_TEXTS.comrade} ${name}${title ? `, ${title}` : ''}, ເປັນຫົວໜ້າຄະນະ.`,
  membersIntro: 'ພ້ອມດ້ວຍ ສະຫາຍ: ',
  partnersPresent: (provinces: string, country: string) => `ເຂົ້າຮ່ວມມີຜູ້ຕາງໜ້າ${provinces}, ${country}.`,
  opening: (date: string, place: string, event: string, parties: string) =>
    `${date}${place ? `, ທີ່ ${place}` : ''}, ໄດ້ດຳເນີນ${event} ລະຫວ່າງ ${parties}.`,
  purpose:
    'ດ້ວຍບັນຍາກາດແຫ່ງມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ ແລະ ການຮ່ວມມືຮອບດ້ານ, ສອງຝ່າຍໄດ້ແລກປ່ຽນຂໍ້ມູນຂ່າວສານ ແລະ ເຫັນດີເປັນເອກະພາບ ດັ່ງນີ້:',
  part: {
    results: 'ຕີລາຄາຜົນການຮ່ວມມື',
    tasks: 'ທິດທາງ ແລະ ໜ້າທີ່ການຮ່ວມມື',
    implementation: 'ການຈັດຕັ້ງປະຕິບັດ',
  } satisfies Record<DocumentPart, string>,
  sector: {
    political: 'ການເມືອງ, ການຕ່າງປະເທດ ແລະ ການກໍ່ສ້າງພັກ',
    defence_security: 'ປ້ອງກັນຊາດ - ປ້ອງກັນຄວາມສະຫງົບ ແລະ ຊາຍແດນ',
    economy: 'ເສດຖະກິດ - ການຄ້າ - ການລົງທຶນ - ຄົມມະນາຄົມ',
    education: 'ການສຶກສາ - ການຝຶກອົບຮົມ',
    health: 'ສາທາລະນະສຸກ',
    culture_tourism: 'ວັດທະນະທຳ - ກິລາ - ທ່ອງທ່ຽວ',
    custom: 'ຂົງເຂດອື່ນໆ',
  } satisfies Record<Sector, string>,
  closing: (thisDocument: string, total: string, totalWords: string, each: string, perLanguage: string) =>
    `${thisDocument} ໄດ້ເຮັດຂຶ້ນເປັນ ${total} (${totalWords}) ສະບັບຕົ້ນ, ແຕ່ລະຝ່າຍເກັບຮັກສາໄວ້ ${each} ສະບັບ, ເປັນພາສາລາວ ${perLanguage} ສະບັບ ແລະ ພາສາຫວຽດນາມ ${perLanguage} ສະບັບ; ທຸກສະບັບມີຄຸນຄ່າທາງກົດໝາຍເທົ່າທຽມກັນ.`,
  signHeading: { minutes: 'ຕາງໜ້າຄະນະຜູ້ແທນຂັ້ນສູງ', other: 'ຕາງໜ້າ' },
  onBehalfOf: 'ຕາງໜ້າ',
  representing: 'ຕາງໜ້າ',
  headOfDelegation: 'ຫົວໜ້າຄະນະຜູ້ແທນ',
  witness: 'ເປັນສັກຂີພິຍານ',
  /** Shown, highlighted, where a Lao text is missing. */
  missing: '[ຍັງບໍ່ມີຂໍ້ຄວາມພາສາລາວ]',
  bilingualTitle: 'ສະບັບເຮັດວຽກ ສອງພາສາ ຫວຽດນາມ – ລາວ',
  bilingualNote: 'ສະບັບເຮັດວຽກເພື່ອທຽບສອງພາສາ, ບໍ່ແມ່ນສະບັບຕົ້ນສຳລັບລົງນາມ.',
  column: 'ພາສາລາວ',
  province: 'ແຂວງ',
  city: 'ນະຄອນ',
  and: 'ແລະ',
  numberWords: ['ສູນ', 'ໜຶ່ງ', 'ສອງ', 'ສາມ', 'ສີ່', 'ຫ້າ', 'ຫົກ', 'ເຈັດ', 'ແປດ', 'ເກົ້າ'],
} as const;

export type ExportLanguage = 'vi' | 'lo';

/** 0..99 in words: vi 4 → "bốn", 15 → "mười lăm", 21 → "hai mươi mốt"; lo 4 → "ສີ່", 12 → "ສິບສອງ", 21 → "ຊາວເອັດ". */
export function numberInWords(n: number, language: ExportLanguage): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`0..99 expected, got ${n}`);
  const units = language === 'vi' ? VI_TEXTS.numberWords : LAO_DRAFT_TEXTS.numberWords;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 0) return units[unit]!;
  if (language === 'vi') {
    const head = tens === 1 ? 'mười' : `${units[tens]} mươi`;
    if (unit === 0) return head;
    const tail = unit === 5 ? 'lăm' : unit === 1 && tens > 1 ? 'mốt' : unit === 4 && tens > 1 ? 'tư' : units[unit]!;
    return `${head} ${tail}`;
  }
  const head = tens === 1 ? 'ສິບ' : tens === 2 ? 'ຊາວ' : `${units[tens]}ສິບ`;
  if (unit === 0) return head;
  return `${head}${unit === 1 ? 'ເອັດ' : units[unit]}`;
}

/** Counts in digits take a leading zero below 10, as dates do: 4 → "04". */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}
