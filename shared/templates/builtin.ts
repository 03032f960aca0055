import type { DocumentKind, Sector } from '../domain/document';
import { LIBRARY_CLAUSES } from './library';
import { TEMPLATE_FORMAT, type FixedText, type TemplateBody, type TemplateClause, type TemplateDefinition, type TemplateSection } from './model';

/**
 * The three built-in templates, version 1, in Vietnamese and Lao. Migration 0002 stores them with ids
 * `builtin-<kind>-v1`; the content is frozen with that migration (a unit test checks its hash). An
 * improved wording ships as `builtin-<kind>-v2` through a new migration, so documents made from v1 keep
 * pointing at the text they were made from.
 *
 * Structure (../shared/domain/README.md §3):
 * - minutes of talks: Part I review of results by sector, Part II directions and tasks by sector,
 *   Part III implementation;
 * - cooperation agreement: tasks by sector, then implementation;
 * - memorandum: a short structure for one field (purpose and scope, content, implementation).
 * The six standard sectors are those of the domain brief; agriculture sits in the economy sector.
 *
 * Every Lao string here is the development team's draft: all of them carry `loNeedsReview: true`.
 * Vietnamese wording is our own, modelled on real documents; tasks reuse the clause library
 * (sample-clauses.md). No person's name or title appears: heads of delegation reach the preamble through
 * the `{truong_doan_vn}` / `{chuc_vu_truong_doan_vn}` placeholders, filled from delegation data.
 */

const draft = (vi: string, lo: string): FixedText => ({ vi, lo, loNeedsReview: true });
const clause = (vi: string, lo: string, children?: TemplateClause[]): TemplateClause => ({
  vi,
  lo,
  loNeedsReview: true,
  ...(children ? { children } : {}),
});

/** A clause of the library by its number in sample-clauses.md. */
function library(ref: string): TemplateClause {
  const found = LIBRARY_CLAUSES.find((c) => c.ref === ref);
  if (!found) throw new Error(`No library clause ${ref}`);
  return clause(found.vi, found.lo);
}

const SECTOR_TITLES: Record<Exclude<Sector, 'custom'>, readonly [string, string]> = {
  political: ['Chính trị, đối ngoại, xây dựng Đảng và các đoàn thể', 'ການເມືອງ, ການຕ່າງປະເທດ, ການກໍ່ສ້າງພັກ ແລະ ອົງການຈັດຕັ້ງມະຫາຊົນ'],
  defence_security: ['Quốc phòng – an ninh và biên giới', 'ປ້ອງກັນຊາດ - ປ້ອງກັນຄວາມສະຫງົບ ແລະ ຊາຍແດນ'],
  economy: ['Kinh tế – thương mại, đầu tư, giao thông vận tải và nông nghiệp', 'ເສດຖະກິດ - ການຄ້າ, ການລົງທຶນ, ຄົມມະນາຄົມຂົນສົ່ງ ແລະ ກະສິກຳ'],
  education: ['Giáo dục – đào tạo', 'ການສຶກສາ - ການຝຶກອົບຮົມ'],
  health: ['Y tế', 'ສາທາລະນະສຸກ'],
  culture_tourism: ['Văn hóa – thể thao – du lịch', 'ວັດທະນະທຳ - ກິລາ - ທ່ອງທ່ຽວ'],
};

/** The six standard sectors, in the order documents list them. */
export const STANDARD_SECTORS = ['political', 'defence_security', 'economy', 'education', 'health', 'culture_tourism'] as const;

function sectorSection(part: 'results' | 'tasks', sector: (typeof STANDARD_SECTORS)[number], clauses: TemplateClause[]): TemplateSection {
  const [titleVi, titleLo] = SECTOR_TITLES[sector];
  return { part, sector, titleVi, titleLo, loNeedsReview: true, clauses };
}

function implementation(clauses: TemplateClause[]): TemplateSection {
  return { part: 'implementation', sector: 'custom', titleVi: 'Tổ chức thực hiện', titleLo: 'ການຈັດຕັ້ງປະຕິບັດ', loNeedsReview: true, clauses };
}

// Part III, shared by the three kinds: who coordinates, annual plans, review at the next meeting,
// amendments by mutual written agreement (the document's own name goes into the last one).
const COORDINATION = clause(
  'Giao Sở Ngoại vụ (hoặc cơ quan được giao nhiệm vụ đối ngoại) của hai tỉnh là đầu mối phối hợp, theo dõi, đôn đốc các cơ quan liên quan triển khai thực hiện các nội dung đã thống nhất; định kỳ báo cáo kết quả cho lãnh đạo hai tỉnh.',
  'ມອບໃຫ້ພະແນກການຕ່າງປະເທດ (ຫຼື ອົງການທີ່ໄດ້ຮັບມອບໝາຍວຽກງານການຕ່າງປະເທດ) ຂອງສອງແຂວງ ເປັນເສນາທິການ ປະສານສົມທົບ, ຕິດຕາມ, ຊຸກຍູ້ບັນດາຂະແໜງການທີ່ກ່ຽວຂ້ອງ ຈັດຕັ້ງປະຕິບັດບັນດາເນື້ອໃນທີ່ໄດ້ຕົກລົງເຫັນດີ; ລາຍງານຜົນເປັນໄລຍະໃຫ້ການນຳສອງແຂວງ.',
);
const ANNUAL_PLANS = clause(
  'Các sở, ban, ngành, địa phương liên quan của hai tỉnh xây dựng kế hoạch hằng năm để cụ thể hóa và triển khai các nội dung hợp tác.',
  'ບັນດາພະແນກການ, ຂະແໜງການ ແລະ ທ້ອງຖິ່ນທີ່ກ່ຽວຂ້ອງຂອງສອງແຂວງ ສ້າງແຜນການປະຈຳປີ ເພື່ອຜັນຂະຫຍາຍ ແລະ ຈັດຕັ້ງປະຕິບັດບັນດາເນື້ອໃນການຮ່ວມມື.',
);
const amendments = (vi: string, lo: string) =>
  clause(`Việc sửa đổi, bổ sung ${vi} do hai bên thống nhất bằng văn bản.`, `ການດັດແກ້, ເພີ່ມເຕີມ${lo} ຕ້ອງໄດ້ຮັບການເຫັນດີຈາກສອງຝ່າຍເປັນລາຍລັກອັກສອນ.`);

const DONE_AT = draft('Làm tại {dia_diem}, ngày {ngay} tháng {thang} năm {nam}.', 'ເຮັດທີ່ {dia_diem}, ວັນທີ {ngay} {thang_lo} {nam}.');
const originals = (vi: string, lo: string) =>
  draft(
    `${vi} được lập thành {so_ban} bản gốc, mỗi bên giữ {so_ban_moi_ben} bản, gồm {so_ban_moi_ngon_ngu} bản tiếng Việt và {so_ban_moi_ngon_ngu} bản tiếng Lào; các văn bản có giá trị pháp lý như nhau.`,
    `${lo} ໄດ້ເຮັດຂຶ້ນເປັນ {so_ban} ສະບັບຕົ້ນ, ແຕ່ລະຝ່າຍເກັບຮັກສາໄວ້ {so_ban_moi_ben} ສະບັບ, ປະກອບດ້ວຍພາສາຫວຽດນາມ {so_ban_moi_ngon_ngu} ສະບັບ ແລະ ພາສາລາວ {so_ban_moi_ngon_ngu} ສະບັບ; ທຸກສະບັບມີຄຸນຄ່າທາງກົດໝາຍເທົ່າທຽມກັນ.`,
  );

const HEADS_OF_DELEGATION = [
  draft(
    'Đoàn đại biểu cấp cao {tinh_vn} do đồng chí {truong_doan_vn}, {chuc_vu_truong_doan_vn}, làm Trưởng đoàn.',
    'ຄະນະຜູ້ແທນຂັ້ນສູງ{tinh_vn} ນຳໂດຍ ສະຫາຍ {truong_doan_vn}, {chuc_vu_truong_doan_vn}, ເປັນຫົວໜ້າຄະນະ.',
  ),
  draft(
    'Đoàn đại biểu cấp cao {tinh_lo} do đồng chí {truong_doan_lo}, {chuc_vu_truong_doan_lo}, làm Trưởng đoàn.',
    'ຄະນະຜູ້ແທນຂັ້ນສູງ{tinh_lo} ນຳໂດຍ ສະຫາຍ {truong_doan_lo}, {chuc_vu_truong_doan_lo}, ເປັນຫົວໜ້າຄະນະ.',
  ),
];

const MINUTES: TemplateBody = {
  format: TEMPLATE_FORMAT,
  title: draft('BIÊN BẢN HỘI ĐÀM', 'ບົດບັນທຶກການເຈລະຈາ'),
  summary: draft(
    'giữa Đoàn đại biểu cấp cao {tinh_vn}, nước Cộng hòa xã hội chủ nghĩa Việt Nam và Đoàn đại biểu cấp cao {tinh_lo}, nước Cộng hòa Dân chủ Nhân dân Lào năm {nam}',
    'ລະຫວ່າງ ຄະນະຜູ້ແທນຂັ້ນສູງ{tinh_lo}, ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ ແລະ ຄະນະຜູ້ແທນຂັ້ນສູງ{tinh_vn}, ສາທາລະນະລັດ ສັງຄົມນິຍົມ ຫວຽດນາມ ປີ {nam}',
  ),
  preamble: [
    draft(
      'Ngày {ngay} tháng {thang} năm {nam}, tại {dia_diem}, Đoàn đại biểu cấp cao {tinh_vn} và Đoàn đại biểu cấp cao {tinh_lo} đã tiến hành hội đàm.',
      'ວັນທີ {ngay} {thang_lo} {nam}, ທີ່ {dia_diem}, ຄະນະຜູ້ແທນຂັ້ນສູງ{tinh_lo} ແລະ ຄະນະຜູ້ແທນຂັ້ນສູງ{tinh_vn} ໄດ້ດຳເນີນການເຈລະຈາ.',
    ),
    ...HEADS_OF_DELEGATION,
    draft(
      'Trên tinh thần quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam – Lào, hai bên đã thông báo cho nhau tình hình kinh tế – xã hội, quốc phòng – an ninh và công tác xây dựng Đảng của mỗi tỉnh; đánh giá kết quả hợp tác thời gian qua và thống nhất phương hướng, nhiệm vụ hợp tác thời gian tới như sau:',
      'ດ້ວຍຈິດໃຈແຫ່ງສາຍພົວພັນມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ ແລະ ການຮ່ວມມືຮອບດ້ານ ລາວ - ຫວຽດນາມ, ສອງຝ່າຍໄດ້ແຈ້ງໃຫ້ກັນຊາບກ່ຽວກັບສະພາບເສດຖະກິດ - ສັງຄົມ, ປ້ອງກັນຊາດ - ປ້ອງກັນຄວາມສະຫງົບ ແລະ ວຽກງານກໍ່ສ້າງພັກ ຂອງແຕ່ລະແຂວງ; ຕີລາຄາຜົນການຮ່ວມມືໄລຍະຜ່ານມາ ແລະ ເຫັນດີເປັນເອກະພາບກ່ຽວກັບທິດທາງ, ໜ້າທີ່ການຮ່ວມມືໄລຍະຕໍ່ໜ້າ ດັ່ງນີ້:',
    ),
  ],
  sections: [
    // Part I — review of results. Figures are the officer's: {so_luong} stays visible until filled in.
    sectorSection('results', 'political', [
      clause(
        'Hai bên đã trao đổi {so_luong} đoàn đại biểu các cấp, các ngành sang thăm, làm việc và chia sẻ kinh nghiệm về công tác xây dựng Đảng, xây dựng chính quyền và hoạt động của Mặt trận, các đoàn thể.',
        'ສອງຝ່າຍໄດ້ແລກປ່ຽນຄະນະຜູ້ແທນຂັ້ນຕ່າງໆ ແລະ ຂະແໜງການຕ່າງໆ ຈຳນວນ {so_luong} ຄະນະ ໄປຢ້ຽມຢາມ, ເຮັດວຽກ ແລະ ແລກປ່ຽນບົດຮຽນກ່ຽວກັບວຽກງານກໍ່ສ້າງພັກ, ກໍ່ສ້າງອຳນາດການປົກຄອງ ແລະ ການເຄື່ອນໄຫວຂອງແນວໂຮມ, ອົງການຈັດຕັ້ງມະຫາຊົນ.',
      ),
    ]),
    sectorSection('results', 'defence_security', [
      clause(
        'Lực lượng vũ trang hai tỉnh đã phối hợp tổ chức {so_luong} đợt tuần tra song phương, duy trì giao ban biên giới định kỳ và phối hợp đấu tranh phòng, chống tội phạm xuyên biên giới.',
        'ກຳລັງປະກອບອາວຸດຂອງສອງແຂວງ ໄດ້ປະສານສົມທົບກັນຈັດຕັ້ງການລາດຕະເວນສອງຝ່າຍ {so_luong} ຄັ້ງ, ຮັກສາການປະຊຸມປະຈຳໄລຍະຊາຍແດນ ແລະ ປະສານສົມທົບຕ້ານ ແລະ ສະກັດກັ້ນອາຊະຍາກຳຂ້າມຊາຍແດນ.',
      ),
    ]),
    sectorSection('results', 'economy', [
      clause(
        'Kim ngạch thương mại hai chiều giữa hai tỉnh đạt {so_luong} triệu USD; hai bên đã phối hợp tổ chức các hoạt động xúc tiến thương mại, đầu tư, kết nối giao thông và hợp tác nông nghiệp.',
        'ມູນຄ່າການຄ້າສອງທາງລະຫວ່າງສອງແຂວງ ບັນລຸ {so_luong} ລ້ານໂດລາສະຫະລັດ; ສອງຝ່າຍໄດ້ປະສານສົມທົບຈັດກິດຈະກຳສົ່ງເສີມການຄ້າ, ການລົງທຶນ, ການເຊື່ອມຕໍ່ຄົມມະນາຄົມ ແລະ ການຮ່ວມມືດ້ານກະສິກຳ.',
      ),
    ]),
    sectorSection('results', 'education', [
      clause(
        '{tinh_vn} đã tiếp nhận {so_luong} lưu học sinh của {tinh_lo} sang học tập và tổ chức các lớp bồi dưỡng tiếng Việt, lý luận chính trị cho cán bộ của {tinh_lo}.',
        '{tinh_vn} ໄດ້ຮັບນັກສຶກສາຂອງ {tinh_lo} ຈຳນວນ {so_luong} ຄົນ ມາຮຽນ ແລະ ຈັດຫຼັກສູດຝຶກອົບຮົມພາສາຫວຽດນາມ, ທິດສະດີການເມືອງ ໃຫ້ພະນັກງານຂອງ {tinh_lo}.',
      ),
    ]),
    sectorSection('results', 'health', [
      clause(
        'Các cơ sở y tế của {tinh_vn} đã khám, điều trị cho {so_luong} lượt người bệnh từ {tinh_lo}; hai bên trao đổi thông tin dịch bệnh và phối hợp kiểm dịch y tế tại các cửa khẩu.',
        'ບັນດາສະຖານທີ່ບໍລິການສາທາລະນະສຸກຂອງ {tinh_vn} ໄດ້ກວດ ແລະ ປິ່ນປົວຄົນເຈັບຈາກ {tinh_lo} ຈຳນວນ {so_luong} ເທື່ອຄົນ; ສອງຝ່າຍໄດ້ແລກປ່ຽນຂໍ້ມູນພະຍາດລະບາດ ແລະ ປະສານສົມທົບການກວດກາດ້ານສາທາລະນະສຸກ ຢູ່ບັນດາດ່ານ.',
      ),
    ]),
    sectorSection('results', 'culture_tourism', [
      clause(
        'Hai bên đã phối hợp tổ chức {so_luong} hoạt động giao lưu văn hóa, thể thao và quảng bá du lịch; quan hệ kết nghĩa giữa các xã, bản biên giới được duy trì.',
        'ສອງຝ່າຍໄດ້ປະສານສົມທົບຈັດກິດຈະກຳພົບປະແລກປ່ຽນດ້ານວັດທະນະທຳ, ກິລາ ແລະ ໂຄສະນາການທ່ອງທ່ຽວ ຈຳນວນ {so_luong} ຄັ້ງ; ສາຍພົວພັນຄູ່ມິດຕະພາບລະຫວ່າງບັນດາຕາແສງ ແລະ ບ້ານຊາຍແດນ ໄດ້ຮັບການຮັກສາໄວ້.',
      ),
    ]),
    // Part II — directions and tasks.
    sectorSection('tasks', 'political', [
      library('1.1'),
      clause(
        'Tăng cường trao đổi kinh nghiệm giữa Mặt trận và các đoàn thể chính trị – xã hội của hai tỉnh.',
        'ເພີ່ມທະວີການແລກປ່ຽນບົດຮຽນ ລະຫວ່າງ ແນວໂຮມ ແລະ ອົງການຈັດຕັ້ງມະຫາຊົນ ຂອງສອງແຂວງ.',
      ),
      library('1.4'),
    ]),
    sectorSection('tasks', 'defence_security', [library('2.1'), library('2.2'), library('2.3')]),
    sectorSection('tasks', 'economy', [library('3.1'), library('3.4'), library('4.1')]),
    sectorSection('tasks', 'education', [library('5.2'), library('5.4')]),
    sectorSection('tasks', 'health', [library('6.1'), library('6.3')]),
    sectorSection('tasks', 'culture_tourism', [library('7.1'), library('7.4')]),
    // Part III — implementation.
    implementation([
      COORDINATION,
      ANNUAL_PLANS,
      library('9.2'),
      amendments('các nội dung của Biên bản này', 'ເນື້ອໃນຂອງບົດບັນທຶກສະບັບນີ້'),
    ]),
  ],
  closing: [DONE_AT, originals('Biên bản này', 'ບົດບັນທຶກສະບັບນີ້')],
};

const AGREEMENT: TemplateBody = {
  format: TEMPLATE_FORMAT,
  title: draft('THỎA THUẬN HỢP TÁC', 'ຂໍ້ຕົກລົງຮ່ວມມື'),
  summary: draft(
    'giữa {tinh_vn}, nước Cộng hòa xã hội chủ nghĩa Việt Nam và {tinh_lo}, nước Cộng hòa Dân chủ Nhân dân Lào',
    'ລະຫວ່າງ {tinh_lo}, ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ ແລະ {tinh_vn}, ສາທາລະນະລັດ ສັງຄົມນິຍົມ ຫວຽດນາມ',
  ),
  preamble: [
    draft(
      'Căn cứ kết quả hội đàm giữa Đoàn đại biểu cấp cao {tinh_vn} và Đoàn đại biểu cấp cao {tinh_lo} ngày {ngay} tháng {thang} năm {nam} tại {dia_diem};',
      'ອີງຕາມຜົນຂອງການເຈລະຈາ ລະຫວ່າງ ຄະນະຜູ້ແທນຂັ້ນສູງ{tinh_lo} ແລະ ຄະນະຜູ້ແທນຂັ້ນສູງ{tinh_vn} ວັນທີ {ngay} {thang_lo} {nam} ທີ່ {dia_diem};',
    ),
    draft(
      'Nhằm tiếp tục vun đắp quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam – Lào, {tinh_vn} và {tinh_lo} (sau đây gọi là “hai bên”) thỏa thuận hợp tác với các nội dung sau:',
      'ເພື່ອສືບຕໍ່ເສີມຂະຫຍາຍສາຍພົວພັນມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ ແລະ ການຮ່ວມມືຮອບດ້ານ ລາວ - ຫວຽດນາມ, {tinh_lo} ແລະ {tinh_vn} (ຕໍ່ໄປນີ້ເອີ້ນວ່າ “ສອງຝ່າຍ”) ໄດ້ຕົກລົງຮ່ວມມືກັນ ດັ່ງນີ້:',
    ),
  ],
  sections: [
    sectorSection('tasks', 'political', [
      library('1.1'),
      library('1.2'),
      library('1.3'),
      clause(
        'Tăng cường trao đổi kinh nghiệm giữa Mặt trận và các đoàn thể chính trị – xã hội của hai tỉnh.',
        'ເພີ່ມທະວີການແລກປ່ຽນບົດຮຽນ ລະຫວ່າງ ແນວໂຮມ ແລະ ອົງການຈັດຕັ້ງມະຫາຊົນ ຂອງສອງແຂວງ.',
      ),
    ]),
    sectorSection('tasks', 'defence_security', [library('2.1'), library('2.2'), library('2.3'), library('2.4'), library('2.5')]),
    sectorSection('tasks', 'economy', [library('3.1'), library('3.2'), library('3.3'), library('3.4'), library('4.1'), library('4.3')]),
    sectorSection('tasks', 'education', [
      clause('Phối hợp đào tạo nguồn nhân lực cho {tinh_lo}, cụ thể:', 'ປະສານສົມທົບບຳລຸງສ້າງຊັບພະຍາກອນມະນຸດໃຫ້ {tinh_lo}, ສະເພາະແມ່ນ:', [
        library('5.1'),
        library('5.2'),
        library('5.3'),
      ]),
      library('5.4'),
    ]),
    sectorSection('tasks', 'health', [library('6.1'), library('6.2'), library('6.3')]),
    sectorSection('tasks', 'culture_tourism', [library('7.1'), library('7.2'), library('7.3'), library('7.4')]),
    implementation([COORDINATION, ANNUAL_PLANS, library('9.2'), library('9.3')]),
  ],
  closing: [
    DONE_AT,
    draft('Thỏa thuận này có hiệu lực kể từ ngày ký.', 'ຂໍ້ຕົກລົງສະບັບນີ້ ມີຜົນສັກສິດນັບແຕ່ວັນລົງນາມເປັນຕົ້ນໄປ.'),
    originals('Thỏa thuận này', 'ຂໍ້ຕົກລົງສະບັບນີ້'),
  ],
};

const MEMORANDUM: TemplateBody = {
  format: TEMPLATE_FORMAT,
  title: draft('BIÊN BẢN GHI NHỚ', 'ບົດບັນທຶກຄວາມເຂົ້າໃຈ'),
  summary: draft('về hợp tác trong lĩnh vực {linh_vuc} giữa {tinh_vn} và {tinh_lo}', 'ວ່າດ້ວຍການຮ່ວມມືໃນຂົງເຂດ {linh_vuc} ລະຫວ່າງ {tinh_lo} ແລະ {tinh_vn}'),
  preamble: [
    draft(
      'Ngày {ngay} tháng {thang} năm {nam}, tại {dia_diem}, đại diện {tinh_vn} và đại diện {tinh_lo} (sau đây gọi là “hai bên”) đã trao đổi và thống nhất ký Biên bản ghi nhớ với các nội dung sau:',
      'ວັນທີ {ngay} {thang_lo} {nam}, ທີ່ {dia_diem}, ຜູ້ຕາງໜ້າ{tinh_lo} ແລະ ຜູ້ຕາງໜ້າ{tinh_vn} (ຕໍ່ໄປນີ້ເອີ້ນວ່າ “ສອງຝ່າຍ”) ໄດ້ປຶກສາຫາລື ແລະ ເຫັນດີເປັນເອກະພາບລົງນາມບົດບັນທຶກຄວາມເຂົ້າໃຈ ດັ່ງນີ້:',
    ),
  ],
  sections: [
    {
      part: 'tasks',
      sector: 'custom',
      titleVi: 'Mục đích và phạm vi hợp tác',
      titleLo: 'ຈຸດປະສົງ ແລະ ຂອບເຂດການຮ່ວມມື',
      loNeedsReview: true,
      clauses: [
        clause(
          'Hai bên thống nhất hợp tác trong lĩnh vực {linh_vuc} trên cơ sở bình đẳng, cùng có lợi, phù hợp với pháp luật của mỗi nước và quy định của mỗi tỉnh.',
          'ສອງຝ່າຍເຫັນດີເປັນເອກະພາບຮ່ວມມືກັນໃນຂົງເຂດ {linh_vuc} ບົນພື້ນຖານຄວາມສະເໝີພາບ, ຕ່າງຝ່າຍຕ່າງມີຜົນປະໂຫຍດ, ສອດຄ່ອງກັບກົດໝາຍຂອງແຕ່ລະປະເທດ ແລະ ລະບຽບການຂອງແຕ່ລະແຂວງ.',
        ),
      ],
    },
    {
      part: 'tasks',
      sector: 'custom',
      titleVi: 'Nội dung hợp tác',
      titleLo: 'ເນື້ອໃນການຮ່ວມມື',
      loNeedsReview: true,
      clauses: [
        clause(
          'Trao đổi thông tin, kinh nghiệm và tài liệu liên quan đến lĩnh vực hợp tác.',
          'ແລກປ່ຽນຂໍ້ມູນຂ່າວສານ, ບົດຮຽນ ແລະ ເອກະສານທີ່ກ່ຽວຂ້ອງກັບຂົງເຂດການຮ່ວມມື.',
        ),
        clause(
          'Phối hợp xây dựng và triển khai các chương trình, dự án cụ thể; hỗ trợ đào tạo, bồi dưỡng nguồn nhân lực.',
          'ປະສານສົມທົບສ້າງ ແລະ ຈັດຕັ້ງປະຕິບັດບັນດາແຜນງານ, ໂຄງການສະເພາະ; ຊ່ວຍເຫຼືອການບຳລຸງສ້າງ, ຝຶກອົບຮົມຊັບພະຍາກອນມະນຸດ.',
        ),
        clause(
          'Tạo điều kiện cho cán bộ, chuyên gia của hai bên sang thăm, làm việc và khảo sát.',
          'ສ້າງເງື່ອນໄຂໃຫ້ພະນັກງານ, ຊ່ຽວຊານຂອງສອງຝ່າຍ ໄປຢ້ຽມຢາມ, ເຮັດວຽກ ແລະ ສຳຫຼວດ.',
        ),
      ],
    },
    implementation([
      COORDINATION,
      clause(
        'Hằng năm, các cơ quan liên quan của hai bên xây dựng kế hoạch cụ thể để triển khai các nội dung hợp tác.',
        'ແຕ່ລະປີ, ບັນດາອົງການທີ່ກ່ຽວຂ້ອງຂອງສອງຝ່າຍ ສ້າງແຜນການລະອຽດ ເພື່ອຈັດຕັ້ງປະຕິບັດບັນດາເນື້ອໃນການຮ່ວມມື.',
      ),
      clause('Kết quả thực hiện được hai bên đánh giá tại kỳ hội đàm tiếp theo.', 'ຜົນຂອງການຈັດຕັ້ງປະຕິບັດ ຈະຖືກສອງຝ່າຍຕີລາຄາ ໃນກອງປະຊຸມເຈລະຈາຄັ້ງຕໍ່ໄປ.'),
      amendments('Biên bản ghi nhớ này', 'ບົດບັນທຶກຄວາມເຂົ້າໃຈສະບັບນີ້'),
    ]),
  ],
  closing: [
    DONE_AT,
    draft('Biên bản ghi nhớ này có hiệu lực kể từ ngày ký.', 'ບົດບັນທຶກຄວາມເຂົ້າໃຈສະບັບນີ້ ມີຜົນສັກສິດນັບແຕ່ວັນລົງນາມເປັນຕົ້ນໄປ.'),
    originals('Biên bản ghi nhớ này', 'ບົດບັນທຶກຄວາມເຂົ້າໃຈສະບັບນີ້'),
  ],
};

export const BUILTIN_TEMPLATES: readonly TemplateDefinition[] = [
  { id: 'builtin-minutes-v1', kind: 'minutes', nameVi: 'Biên bản hội đàm', nameLo: 'ບົດບັນທຶກການເຈລະຈາ', version: 1, body: MINUTES },
  { id: 'builtin-agreement-v1', kind: 'agreement', nameVi: 'Thỏa thuận hợp tác', nameLo: 'ຂໍ້ຕົກລົງຮ່ວມມື', version: 1, body: AGREEMENT },
  { id: 'builtin-memorandum-v1', kind: 'memorandum', nameVi: 'Biên bản ghi nhớ', nameLo: 'ບົດບັນທຶກຄວາມເຂົ້າໃຈ', version: 1, body: MEMORANDUM },
];

export function builtinTemplateOf(kind: DocumentKind): TemplateDefinition {
  return BUILTIN_TEMPLATES.find((t) => t.kind === kind)!;
}
