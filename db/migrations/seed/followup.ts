import { createHash } from 'node:crypto';

/**
 * Follow-up starter data for migration 0003, from ../shared/domain/README.md §8 (agencies) and §9
 * (indicators). Every Lao name here is an unverified draft (needs review), except the Lao-side
 * department names quoted in the brief, which are themselves marked unverified there too.
 * Frozen with the migration: later changes are new migrations or the officer's own edits.
 */

/** A name-based UUID (version 5 layout), so every installation seeds the same ids for the same rows. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`hoptac:${name}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export interface AgencySeed {
  code: string;
  nameVi: string;
  nameLo: string;
  nameEn: string;
  abbreviation: string;
}

/** Provincial agencies of a Vietnamese border province (names after the 2025 mergers, as the brief lists them). */
export const VN_AGENCIES: readonly AgencySeed[] = [
  { code: 'foreign-affairs', nameVi: 'Sở Ngoại vụ', nameLo: 'ພະແນກການຕ່າງປະເທດ', nameEn: 'Department of Foreign Affairs', abbreviation: 'SNgV' },
  { code: 'finance', nameVi: 'Sở Tài chính', nameLo: 'ພະແນກການເງິນ', nameEn: 'Department of Finance', abbreviation: 'STC' },
  { code: 'industry-trade', nameVi: 'Sở Công Thương', nameLo: 'ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ', nameEn: 'Department of Industry and Trade', abbreviation: 'SCT' },
  { code: 'agriculture-environment', nameVi: 'Sở Nông nghiệp và Môi trường', nameLo: 'ພະແນກກະສິກຳ ແລະ ສິ່ງແວດລ້ອມ', nameEn: 'Department of Agriculture and Environment', abbreviation: 'SNN&MT' },
  { code: 'construction', nameVi: 'Sở Xây dựng', nameLo: 'ພະແນກກໍ່ສ້າງ', nameEn: 'Department of Construction', abbreviation: 'SXD' },
  { code: 'education', nameVi: 'Sở Giáo dục và Đào tạo', nameLo: 'ພະແນກສຶກສາ ແລະ ບຳລຸງສ້າງ', nameEn: 'Department of Education and Training', abbreviation: 'SGD&ĐT' },
  { code: 'health', nameVi: 'Sở Y tế', nameLo: 'ພະແນກສາທາລະນະສຸກ', nameEn: 'Department of Health', abbreviation: 'SYT' },
  { code: 'culture-tourism', nameVi: 'Sở Văn hóa, Thể thao và Du lịch', nameLo: 'ພະແນກວັດທະນະທຳ, ກິລາ ແລະ ທ່ອງທ່ຽວ', nameEn: 'Department of Culture, Sports and Tourism', abbreviation: 'SVHTT&DL' },
  { code: 'home-affairs', nameVi: 'Sở Nội vụ', nameLo: 'ພະແນກພາຍໃນ', nameEn: 'Department of Home Affairs', abbreviation: 'SNV' },
  { code: 'science-technology', nameVi: 'Sở Khoa học và Công nghệ', nameLo: 'ພະແນກວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີ', nameEn: 'Department of Science and Technology', abbreviation: 'SKH&CN' },
  { code: 'military-command', nameVi: 'Bộ Chỉ huy Quân sự tỉnh', nameLo: 'ກອງບັນຊາການທະຫານແຂວງ', nameEn: 'Provincial Military Command', abbreviation: 'BCHQS' },
  { code: 'border-guard', nameVi: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', nameLo: 'ກອງບັນຊາການທະຫານປ້ອງກັນຊາຍແດນແຂວງ', nameEn: 'Provincial Border Guard Command', abbreviation: 'BCHBĐBP' },
  { code: 'police', nameVi: 'Công an tỉnh', nameLo: 'ກອງບັນຊາການປ້ອງກັນຄວາມສະຫງົບແຂວງ', nameEn: 'Provincial Police', abbreviation: 'CAT' },
  { code: 'party-office', nameVi: 'Văn phòng Tỉnh ủy', nameLo: 'ຫ້ອງການພັກແຂວງ', nameEn: 'Office of the Provincial Party Committee', abbreviation: 'VPTU' },
  { code: 'pc-office', nameVi: 'Văn phòng UBND tỉnh', nameLo: 'ຫ້ອງວ່າການຄະນະກຳມະການປະຊາຊົນແຂວງ', nameEn: "Office of the Provincial People's Committee", abbreviation: 'VP UBND' },
  { code: 'fatherland-front', nameVi: 'Ủy ban MTTQ Việt Nam tỉnh', nameLo: 'ຄະນະກຳມະການແນວໂຮມປິຕຸພູມຫວຽດນາມແຂວງ', nameEn: 'Provincial Vietnam Fatherland Front Committee', abbreviation: 'UBMTTQ' },
  { code: 'general-hospital', nameVi: 'Bệnh viện Đa khoa tỉnh', nameLo: 'ໂຮງໝໍແຂວງ', nameEn: 'Provincial General Hospital', abbreviation: 'BVĐK' },
  { code: 'political-school', nameVi: 'Trường Chính trị tỉnh', nameLo: 'ໂຮງຮຽນການເມືອງແຂວງ', nameEn: 'Provincial Political School', abbreviation: 'TCT' },
];

/** Provincial departments of a Lao province (Lao names as the brief gives them; Vietnamese renderings are drafts). */
export const LA_AGENCIES: readonly AgencySeed[] = [
  { code: 'foreign-affairs', nameVi: 'Sở Ngoại vụ', nameLo: 'ພະແນກການຕ່າງປະເທດແຂວງ', nameEn: 'Provincial Department of Foreign Affairs', abbreviation: '' },
  { code: 'planning-investment', nameVi: 'Sở Kế hoạch và Đầu tư', nameLo: 'ພະແນກແຜນການ ແລະ ການລົງທຶນ', nameEn: 'Department of Planning and Investment', abbreviation: '' },
  { code: 'industry-commerce', nameVi: 'Sở Công Thương', nameLo: 'ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ', nameEn: 'Department of Industry and Commerce', abbreviation: '' },
  { code: 'agriculture-forestry', nameVi: 'Sở Nông Lâm nghiệp', nameLo: 'ພະແນກກະສິກຳ ແລະ ປ່າໄມ້', nameEn: 'Department of Agriculture and Forestry', abbreviation: '' },
  { code: 'education-sports', nameVi: 'Sở Giáo dục và Thể thao', nameLo: 'ພະແນກສຶກສາທິການ ແລະ ກິລາ', nameEn: 'Department of Education and Sports', abbreviation: '' },
  { code: 'health', nameVi: 'Sở Y tế', nameLo: 'ພະແນກສາທາລະນະສຸກ', nameEn: 'Department of Health', abbreviation: '' },
  { code: 'information-culture-tourism', nameVi: 'Sở Thông tin, Văn hóa và Du lịch', nameLo: 'ພະແນກຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ', nameEn: 'Department of Information, Culture and Tourism', abbreviation: '' },
  { code: 'public-works-transport', nameVi: 'Sở Công chính và Vận tải', nameLo: 'ພະແນກໂຍທາທິການ ແລະ ຂົນສົ່ງ', nameEn: 'Department of Public Works and Transport', abbreviation: '' },
  { code: 'military-command', nameVi: 'Bộ Chỉ huy Quân sự tỉnh', nameLo: 'ກອງບັນຊາການທະຫານແຂວງ', nameEn: 'Provincial Military Command', abbreviation: '' },
  { code: 'security-command', nameVi: 'Bộ Chỉ huy An ninh tỉnh', nameLo: 'ກອງບັນຊາການປ້ອງກັນຄວາມສະຫງົບແຂວງ', nameEn: 'Provincial Public Security Command', abbreviation: '' },
  { code: 'governor-office', nameVi: 'Văn phòng Tỉnh trưởng', nameLo: 'ຫ້ອງວ່າການປົກຄອງແຂວງ', nameEn: "Governor's Office", abbreviation: '' },
];

export function agencySeedId(provinceId: string, code: string): string {
  return stableUuid(`agency:${provinceId}:${code}`);
}

export interface IndicatorSeed {
  code: string;
  nameVi: string;
  nameLo: string;
  nameEn: string;
  unitVi: string;
  unitLo: string;
  unitEn: string;
}

/** The starter catalogue: indicators the seeds report, with their units (§9). */
export const INDICATOR_SEED: readonly IndicatorSeed[] = [
  { code: 'delegations', nameVi: 'Đoàn công tác trao đổi', nameLo: 'ຄະນະຜູ້ແທນແລກປ່ຽນ', nameEn: 'Delegations exchanged', unitVi: 'đoàn', unitLo: 'ຄະນະ', unitEn: 'delegations' },
  { code: 'person-visits', nameVi: 'Lượt người đi công tác', nameLo: 'ເທື່ອຄົນໄປເຮັດວຽກ', nameEn: 'Person-visits', unitVi: 'lượt người', unitLo: 'ເທື່ອຄົນ', unitEn: 'person-visits' },
  { code: 'students', nameVi: 'Lưu học sinh đào tạo', nameLo: 'ນັກສຶກສາ', nameEn: 'Students hosted', unitVi: 'lưu học sinh', unitLo: 'ຄົນ', unitEn: 'students' },
  { code: 'trainees', nameVi: 'Cán bộ được đào tạo, bồi dưỡng', nameLo: 'ພະນັກງານທີ່ໄດ້ຮັບການບຳລຸງ', nameEn: 'Officials trained', unitVi: 'học viên', unitLo: 'ຄົນ', unitEn: 'trainees' },
  { code: 'aid-vnd', nameVi: 'Kinh phí hỗ trợ', nameLo: 'ງົບປະມານຊ່ວຍເຫຼືອ', nameEn: 'Aid funding', unitVi: 'tỷ đồng', unitLo: 'ຕື້ດົ່ງ', unitEn: 'billion VND' },
  { code: 'facilities', nameVi: 'Công trình xây dựng', nameLo: 'ໂຄງການກໍ່ສ້າງ', nameEn: 'Facilities built', unitVi: 'công trình', unitLo: 'ແຫ່ງ', unitEn: 'facilities' },
  { code: 'trade-usd', nameVi: 'Kim ngạch xuất nhập khẩu', nameLo: 'ມູນຄ່າການນຳເຂົ້າ-ສົ່ງອອກ', nameEn: 'Two-way trade', unitVi: 'triệu USD', unitLo: 'ລ້ານໂດລາ', unitEn: 'million USD' },
  { code: 'border-gates', nameVi: 'Cặp cửa khẩu mở mới, nâng cấp', nameLo: 'ຄູ່ດ່ານຊາຍແດນ', nameEn: 'Border gates opened or upgraded', unitVi: 'cặp cửa khẩu', unitLo: 'ຄູ່', unitEn: 'gate pairs' },
  { code: 'patients', nameVi: 'Lượt người bệnh được khám, chữa', nameLo: 'ເທື່ອຄົນເຈັບທີ່ໄດ້ປິ່ນປົວ', nameEn: 'Patients treated', unitVi: 'lượt người', unitLo: 'ເທື່ອຄົນ', unitEn: 'patient visits' },
  { code: 'twinned-villages', nameVi: 'Cặp xã – bản kết nghĩa', nameLo: 'ຄູ່ບ້ານເປັນຄູ່ຮັກແພງ', nameEn: 'Twinned communes and villages', unitVi: 'cặp', unitLo: 'ຄູ່', unitEn: 'pairs' },
  { code: 'patrols', nameVi: 'Tuần tra song phương', nameLo: 'ການລາດຕະເວນສອງຝ່າຍ', nameEn: 'Bilateral patrols', unitVi: 'cuộc', unitLo: 'ຄັ້ງ', unitEn: 'patrols' },
  { code: 'border-meetings', nameVi: 'Giao ban biên giới', nameLo: 'ກອງປະຊຸມຊາຍແດນ', nameEn: 'Border meetings', unitVi: 'cuộc', unitLo: 'ຄັ້ງ', unitEn: 'meetings' },
  { code: 'border-markers', nameVi: 'Mốc quốc giới được duy tu', nameLo: 'ຫຼັກໝາຍຊາຍແດນ', nameEn: 'Border markers maintained', unitVi: 'mốc', unitLo: 'ຫຼັກ', unitEn: 'markers' },
  { code: 'remains', nameVi: 'Hài cốt được cất bốc, hồi hương', nameLo: 'ກະດູກທີ່ໄດ້ຄົ້ນຫາ ແລະ ສົ່ງກັບ', nameEn: 'Remains repatriated', unitVi: 'hài cốt', unitLo: 'ກະດູກ', unitEn: 'sets of remains' },
  { code: 'tour-routes', nameVi: 'Tuyến du lịch, lễ hội tổ chức', nameLo: 'ເສັ້ນທາງທ່ອງທ່ຽວ, ງານບຸນ', nameEn: 'Tour routes and festivals', unitVi: 'sự kiện', unitLo: 'ງານ', unitEn: 'events' },
];

export function indicatorSeedId(code: string): string {
  return stableUuid(`indicator:${code}`);
}
