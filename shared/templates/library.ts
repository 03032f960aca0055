import { SECTORS } from '../domain/document';

/**
 * The built-in clause library: every clause of ../shared/domain/sample-clauses.md, copied here because
 * the app cannot read that folder at run time (tests/unit/shared/templates-library.test.ts compares the
 * two whenever the markdown is present). Migration 0002 seeds these rows into `library_clauses` with
 * stable ids (`builtin-<ref>`); the list is frozen with that migration — a change ships as a new one.
 *
 * The wording is the team's own, modelled on real documents. **Every Lao text is unverified** and is
 * stored with `lo_needs_review = 1` ("chưa rà soát") until a Lao-speaking officer approves it.
 *
 * Copying rules: the markdown's hard-wrapped lines are joined with a space in Vietnamese. Lao writes no
 * spaces between words, and the markdown breaks Lao lines inside phrases ("ທີ່|ກ່ຽວຂ້ອງ"), so Lao lines
 * are joined with nothing, except after punctuation, next to a placeholder, around ແລະ / ຫຼື / ລະຫວ່າງ
 * and before ເພື່ອ, where the text keeps its phrase spaces.
 *
 * Sectors: the app's sector codes (shared/domain/document.ts). Agriculture (§4 of the markdown) belongs
 * to the economy sector as the domain brief groups it; the remains-repatriation example (§8) is a custom
 * section; implementation and closing (§9) are the Part III clauses, under `implementation`.
 */
export const LIBRARY_SECTORS = [...SECTORS, 'implementation'] as const;
export type LibrarySector = (typeof LIBRARY_SECTORS)[number];

export interface LibrarySeedClause {
  /** Number in sample-clauses.md, e.g. "2.4". */
  ref: string;
  sector: LibrarySector;
  vi: string;
  /** Unverified draft Lao. */
  lo: string;
  /** The indicator the follow-up module would attach by default (English, with its unit), or ''. */
  indicator: string;
}

export const libraryClauseId = (ref: string) => `builtin-${ref}`;

export const LIBRARY_CLAUSES: readonly LibrarySeedClause[] = [
  {
    ref: '1.1',
    sector: 'political',
    vi: 'Hai bên tiếp tục phối hợp tuyên truyền, giáo dục cán bộ, đảng viên và nhân dân về quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam – Lào, nhất là cho thế hệ trẻ và nhân dân khu vực biên giới.',
    lo: 'ສອງຝ່າຍສືບຕໍ່ປະສານສົມທົບກັນໂຄສະນາ ສຶກສາອົບຮົມພະນັກງານ, ສະມາຊິກພັກ ແລະ ປະຊາຊົນກ່ຽວກັບສາຍພົວພັນມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ ແລະ ການຮ່ວມມືຮອບດ້ານ ລາວ-ຫວຽດນາມ, ໂດຍສະເພາະແມ່ນຊາວໜຸ່ມ ແລະ ປະຊາຊົນຢູ່ເຂດຊາຍແດນ.',
    indicator: 'awareness activities held [events]; participants [persons].',
  },
  {
    ref: '1.2',
    sector: 'political',
    vi: 'Mỗi năm hai bên trao đổi ít nhất {so_luong} đoàn đại biểu các cấp, các ngành sang thăm, làm việc và chia sẻ kinh nghiệm; đoàn đại biểu cấp cao luân phiên tổ chức hội đàm hằng năm.',
    lo: 'ແຕ່ລະປີ ສອງຝ່າຍແລກປ່ຽນຄະນະຜູ້ແທນຂັ້ນຕ່າງໆ ແລະ ຂະແໜງການຕ່າງໆ ຢ່າງໜ້ອຍ {so_luong} ຄະນະ ໄປຢ້ຽມຢາມ, ເຮັດວຽກ ແລະ ແລກປ່ຽນບົດຮຽນ; ຄະນະຜູ້ແທນຂັ້ນສູງຜັດປ່ຽນກັນຈັດກອງປະຊຸມເຈລະຈາປະຈຳປີ.',
    indicator: 'delegations sent / received [delegations]; person-visits [lượt người].',
  },
  {
    ref: '1.3',
    sector: 'political',
    vi: 'Trao đổi kinh nghiệm về công tác xây dựng Đảng, xây dựng chính quyền và hệ thống chính trị ở cơ sở thông qua hội thảo hoặc đoàn khảo sát chuyên đề.',
    lo: 'ແລກປ່ຽນບົດຮຽນກ່ຽວກັບວຽກງານກໍ່ສ້າງພັກ, ກໍ່ສ້າງອຳນາດການປົກຄອງ ແລະ ລະບົບການເມືອງຮາກຖານ ຜ່ານກອງປະຊຸມສຳມະນາ ຫຼື ຄະນະສຶກສາຄົ້ນຄວ້າສະເພາະເລື່ອງ.',
    indicator: 'seminars / study tours [events].',
  },
  {
    ref: '1.4',
    sector: 'political',
    vi: 'Duy trì cơ chế trao đổi thông tin định kỳ giữa hai Sở Ngoại vụ (hoặc cơ quan được giao nhiệm vụ đối ngoại) để kịp thời phối hợp giải quyết các vấn đề phát sinh.',
    lo: 'ຮັກສາກົນໄກແລກປ່ຽນຂໍ້ມູນຂ່າວສານເປັນປະຈຳ ລະຫວ່າງ ພະແນກການຕ່າງປະເທດ ຂອງສອງແຂວງ ເພື່ອປະສານສົມທົບແກ້ໄຂບັນຫາທີ່ເກີດຂຶ້ນໃຫ້ທັນການ.',
    indicator: 'information exchanges / liaison meetings [meetings].',
  },
  {
    ref: '2.1',
    sector: 'defence_security',
    vi: 'Lực lượng vũ trang hai tỉnh phối hợp quản lý, bảo vệ đường biên giới và hệ thống mốc quốc giới; tổ chức tuần tra song phương theo kế hoạch hằng năm.',
    lo: 'ກຳລັງປະກອບອາວຸດຂອງສອງແຂວງ ປະສານສົມທົບກັນຄຸ້ມຄອງ, ປົກປັກຮັກສາເສັ້ນຊາຍແດນ ແລະ ຫຼັກໝາຍຊາຍແດນ; ຈັດຕັ້ງການລາດຕະເວນສອງຝ່າຍ ຕາມແຜນການປະຈຳປີ.',
    indicator: 'bilateral patrols [patrols]; markers inspected/maintained [markers].',
  },
  {
    ref: '2.2',
    sector: 'defence_security',
    vi: 'Phối hợp đấu tranh phòng, chống tội phạm xuyên biên giới, trọng tâm là ma túy, mua bán người và buôn lậu; trao đổi thông tin, phối hợp xác minh và bàn giao đối tượng theo quy định.',
    lo: 'ປະສານສົມທົບຕ້ານ ແລະ ສະກັດກັ້ນອາຊະຍາກຳຂ້າມຊາຍແດນ ໂດຍສະເພາະແມ່ນຢາເສບຕິດ, ການຄ້າມະນຸດ ແລະ ການລັກລອບຄ້າຂາຍ; ແລກປ່ຽນຂໍ້ມູນ, ຮ່ວມກັນກວດສອບ ແລະ ມອບຕົວຜູ້ກະທຳຜິດ ຕາມລະບຽບການ.',
    indicator: 'joint cases handled [cases]; persons handed over [persons].',
  },
  {
    ref: '2.3',
    sector: 'defence_security',
    vi: 'Duy trì giao ban định kỳ giữa các đồn biên phòng và chính quyền các xã biên giới của {tinh_vn} với các đơn vị, chính quyền bản, cụm bản tương ứng của {tinh_lo}.',
    lo: 'ຮັກສາການປະຊຸມປະຈຳໄລຍະ ລະຫວ່າງ ປ້ອມປ້ອງກັນຊາຍແດນ ແລະ ອຳນາດການປົກຄອງບັນດາຕາແສງຊາຍແດນຂອງ {tinh_vn} ກັບ ບັນດາໜ່ວຍງານ ແລະ ອຳນາດການປົກຄອງບ້ານ, ກຸ່ມບ້ານ ຂອງ {tinh_lo}.',
    indicator: 'border liaison meetings [meetings].',
  },
  {
    ref: '2.4',
    sector: 'defence_security',
    vi: 'Phối hợp hoàn thiện thủ tục để nâng cấp cặp cửa khẩu {cua_khau}, phấn đấu khai trương {moc_thoi_gian}; tăng cường quản lý xuất nhập cảnh và hàng hóa qua cửa khẩu.',
    lo: 'ປະສານສົມທົບສຳເລັດບັນດາຂັ້ນຕອນເພື່ອຍົກລະດັບຄູ່ດ່ານ {cua_khau} ໂດຍຕັ້ງເປົ້າເປີດນຳໃຊ້ {moc_thoi_gian}; ເພີ່ມທະວີການຄຸ້ມຄອງການເຂົ້າ-ອອກ ແລະ ສິນຄ້າຜ່ານດ່ານ.',
    indicator: 'border-gate pair status [milestone: proposal → approval → opening]; crossings [persons, vehicles].',
  },
  {
    ref: '2.5',
    sector: 'defence_security',
    vi: 'Phối hợp thực hiện các biên bản hợp tác đã ký giữa Bộ Quốc phòng, Bộ Công an hai nước trên địa bàn hai tỉnh.',
    lo: 'ປະສານສົມທົບຈັດຕັ້ງປະຕິບັດບັນດາບົດບັນທຶກການຮ່ວມມືທີ່ໄດ້ລົງນາມ ລະຫວ່າງ ກະຊວງປ້ອງກັນປະເທດ ແລະ ກະຊວງປ້ອງກັນຄວາມສະຫງົບ ຂອງສອງປະເທດ ຢູ່ໃນຂອບເຂດສອງແຂວງ.',
    indicator: 'qualitative (progress log only).',
  },
  {
    ref: '3.1',
    sector: 'economy',
    vi: 'Hai bên phối hợp tổ chức hoạt động xúc tiến thương mại, hội chợ và giới thiệu sản phẩm địa phương; tạo điều kiện cho doanh nghiệp tìm hiểu cơ hội đầu tư.',
    lo: 'ສອງຝ່າຍປະສານສົມທົບຈັດກິດຈະກຳສົ່ງເສີມການຄ້າ, ງານວາງສະແດງສິນຄ້າ ແລະ ແນະນຳຜະລິດຕະພັນທ້ອງຖິ່ນ; ສ້າງເງື່ອນໄຂໃຫ້ຫົວໜ່ວຍທຸລະກິດສຶກສາໂອກາດການລົງທຶນ.',
    indicator: 'trade-promotion events [events]; participating enterprises [enterprises].',
  },
  {
    ref: '3.2',
    sector: 'economy',
    vi: 'Phấn đấu nâng kim ngạch thương mại hai chiều giữa hai tỉnh năm {nam} đạt {so_luong} triệu USD.',
    lo: 'ພະຍາຍາມຍົກມູນຄ່າການຄ້າສອງທາງລະຫວ່າງສອງແຂວງ ໃນປີ {nam} ໃຫ້ບັນລຸ {so_luong} ລ້ານໂດລາສະຫະລັດ.',
    indicator: 'two-way trade value [million USD].',
  },
  {
    ref: '3.3',
    sector: 'economy',
    vi: '{tinh_vn} hỗ trợ {tinh_lo} {so_luong} tỷ đồng để xây dựng công trình hạ tầng tại khu vực biên giới; hai bên phối hợp bảo đảm tiến độ, chất lượng và bàn giao đưa vào sử dụng.',
    lo: '{tinh_vn} ຊ່ວຍເຫຼືອ {tinh_lo} ຈຳນວນ {so_luong} ຕື້ດົ່ງ ເພື່ອກໍ່ສ້າງພື້ນຖານໂຄງລ່າງຢູ່ເຂດຊາຍແດນ; ສອງຝ່າຍປະສານສົມທົບຮັບປະກັນຄວາມຄືບໜ້າ, ຄຸນນະພາບ ແລະ ມອບຮັບນຳໃຊ້.',
    indicator: 'aid disbursed [billion VND]; facilities handed over [facilities].',
  },
  {
    ref: '3.4',
    sector: 'economy',
    vi: 'Nghiên cứu kết nối tuyến giao thông giữa hai tỉnh và cải thiện đường đến các cửa khẩu.',
    lo: 'ສຶກສາຄົ້ນຄວ້າການເຊື່ອມຕໍ່ເສັ້ນທາງຄົມມະນາຄົມລະຫວ່າງສອງແຂວງ ແລະ ປັບປຸງເສັ້ນທາງໄປສູ່ດ່ານ.',
    indicator: 'road sections studied/upgraded [km]; milestone.',
  },
  {
    ref: '4.1',
    sector: 'economy',
    vi: 'Phối hợp xây dựng mô hình trình diễn về giống cây trồng, vật nuôi phù hợp với điều kiện vùng biên và chuyển giao kỹ thuật cho nông dân.',
    lo: 'ປະສານສົມທົບສ້າງແບບຢ່າງສາທິດກ່ຽວກັບແນວພັນພືດ, ສັດ ທີ່ເໝາະສົມກັບເງື່ອນໄຂເຂດຊາຍແດນ ແລະ ຖ່າຍທອດເຕັກນິກໃຫ້ຊາວກະສິກອນ.',
    indicator: 'demonstration models [models]; farmers trained [persons].',
  },
  {
    ref: '4.2',
    sector: 'economy',
    vi: 'Trao đổi thông tin và phối hợp phòng, chống dịch bệnh trên cây trồng, vật nuôi qua biên giới.',
    lo: 'ແລກປ່ຽນຂໍ້ມູນ ແລະ ປະສານສົມທົບປ້ອງກັນ, ຄວບຄຸມພະຍາດພືດ ແລະ ພະຍາດສັດ ຂ້າມຊາຍແດນ.',
    indicator: 'alerts exchanged [notices]; joint responses [events].',
  },
  {
    ref: '4.3',
    sector: 'economy',
    vi: 'Phối hợp quản lý, bảo vệ rừng khu vực giáp biên, phòng chống cháy rừng và buôn bán trái phép lâm sản.',
    lo: 'ປະສານສົມທົບຄຸ້ມຄອງ, ປົກປັກຮັກສາປ່າໄມ້ເຂດຕິດຈອດຊາຍແດນ, ປ້ອງກັນໄຟໄໝ້ປ່າ ແລະ ການຄ້າຂາຍເຄື່ອງປ່າຂອງດົງທີ່ຜິດກົດໝາຍ.',
    indicator: 'joint inspections [inspections]; violations handled [cases].',
  },
  {
    ref: '5.1',
    sector: 'education',
    vi: '{tinh_vn} tiếp nhận {so_luong} lưu học sinh của {tinh_lo} sang học tập theo diện học bổng của tỉnh ở các trình độ cao đẳng, đại học và sau đại học.',
    lo: '{tinh_vn} ຮັບນັກສຶກສາຂອງ {tinh_lo} ຈຳນວນ {so_luong} ຄົນ ມາຮຽນຕາມທຶນການສຶກສາຂອງແຂວງ ໃນລະດັບຊັ້ນສູງ, ປະລິນຍາຕີ ແລະ ຫຼັງປະລິນຍາຕີ.',
    indicator: 'students hosted by level [students]; graduates [students].',
  },
  {
    ref: '5.2',
    sector: 'education',
    vi: 'Tổ chức các lớp bồi dưỡng tiếng Việt cho cán bộ cơ quan Đảng, chính quyền, đoàn thể và lực lượng vũ trang của {tinh_lo}.',
    lo: 'ຈັດຫຼັກສູດຝຶກອົບຮົມພາສາຫວຽດນາມ ໃຫ້ພະນັກງານຂອງອົງການພັກ, ອຳນາດການປົກຄອງ, ອົງການຈັດຕັ້ງມະຫາຊົນ ແລະ ກຳລັງປະກອບອາວຸດ ຂອງ {tinh_lo}.',
    indicator: 'courses [classes]; trainees [persons]; course length [months].',
  },
  {
    ref: '5.3',
    sector: 'education',
    vi: 'Đào tạo trình độ trung cấp lý luận chính trị cho cán bộ lãnh đạo, quản lý của {tinh_lo} tại trường chính trị tỉnh.',
    lo: 'ຝຶກອົບຮົມທິດສະດີການເມືອງຊັ້ນກາງ ໃຫ້ພະນັກງານການນຳ ແລະ ຄຸ້ມຄອງ ຂອງ {tinh_lo} ຢູ່ໂຮງຮຽນການເມືອງຂອງແຂວງ.',
    indicator: 'trainees [học viên].',
  },
  {
    ref: '5.4',
    sector: 'education',
    vi: 'Tổ chức hoạt động đón Tết cổ truyền của hai nước và các hoạt động giao lưu cho lưu học sinh Lào đang học tập tại tỉnh.',
    lo: 'ຈັດກິດຈະກຳສະເຫຼີມສະຫຼອງປີໃໝ່ປະເພນີຂອງສອງປະເທດ ແລະ ກິດຈະກຳພົບປະແລກປ່ຽນໃຫ້ນັກສຶກສາລາວທີ່ກຳລັງຮຽນຢູ່ແຂວງ.',
    indicator: 'events [events]; students participating [students].',
  },
  {
    ref: '6.1',
    sector: 'health',
    vi: 'Bệnh viện và cơ sở y tế của {tinh_vn} tiếp nhận, khám và điều trị cho người bệnh từ {tinh_lo}, ưu tiên cư dân vùng biên; hai bên thống nhất cách giới thiệu người bệnh và chi trả chi phí.',
    lo: 'ບັນດາສະຖານທີ່ບໍລິການສາທາລະນະສຸກຂອງ {tinh_vn} ສືບຕໍ່ສ້າງເງື່ອນໄຂໃຫ້ການກວດ ແລະ ປິ່ນປົວພະຍາດ ແກ່ຄົນເຈັບຈາກ {tinh_lo}, ໂດຍໃຫ້ບູລິມະສິດແກ່ປະຊາຊົນເຂດຊາຍແດນ; ສອງຝ່າຍຕົກລົງວິທີສົ່ງຕໍ່ຄົນເຈັບ ແລະ ການຊຳລະຄ່າໃຊ້ຈ່າຍ.',
    indicator: 'patient visits [lượt người]; free or subsidised treatments [cases].',
  },
  {
    ref: '6.2',
    sector: 'health',
    vi: 'Phối hợp hoàn thành dự án bệnh viện hữu nghị tại {tinh_lo} đúng tiến độ, bảo đảm chất lượng và hỗ trợ trang thiết bị, đào tạo nhân lực vận hành.',
    lo: 'ປະສານສົມທົບສຳເລັດໂຄງການໂຮງໝໍມິດຕະພາບ ຢູ່ {tinh_lo} ຕາມກຳນົດເວລາ, ຮັບປະກັນຄຸນນະພາບ ແລະ ຊ່ວຍເຫຼືອອຸປະກອນ, ຝຶກອົບຮົມບຸກຄະລາກອນ.',
    indicator: 'project milestone [% complete]; staff trained [persons].',
  },
  {
    ref: '6.3',
    sector: 'health',
    vi: 'Trao đổi thông tin dịch bệnh và phối hợp kiểm dịch y tế tại các cửa khẩu.',
    lo: 'ແລກປ່ຽນຂໍ້ມູນພະຍາດລະບາດ ແລະ ປະສານສົມທົບການກວດກາດ້ານສາທາລະນະສຸກ ຢູ່ບັນດາດ່ານ.',
    indicator: 'notifications exchanged [notices].',
  },
  {
    ref: '7.1',
    sector: 'culture_tourism',
    vi: 'Phối hợp xây dựng và quảng bá tour du lịch kết nối hai tỉnh theo cả hai chiều.',
    lo: 'ປະສານສົມທົບສ້າງ ແລະ ໂຄສະນາເສັ້ນທາງທ່ອງທ່ຽວ ເຊື່ອມຕໍ່ສອງແຂວງ ທັງສອງທິດທາງ.',
    indicator: 'tour routes launched [routes]; visitors [persons].',
  },
  {
    ref: '7.2',
    sector: 'culture_tourism',
    vi: 'Nghiên cứu tổ chức ngày hội văn hóa vùng biên luân phiên tại các cửa khẩu có tiềm năng du lịch.',
    lo: 'ສຶກສາຄົ້ນຄວ້າການຈັດງານບຸນວັດທະນະທຳເຂດຊາຍແດນ ໂດຍຜັດປ່ຽນກັນຈັດຢູ່ບັນດາດ່ານທີ່ມີທ່າແຮງດ້ານທ່ອງທ່ຽວ.',
    indicator: 'festivals held [events].',
  },
  {
    ref: '7.3',
    sector: 'culture_tourism',
    vi: 'Trao đổi đoàn nghệ thuật, đoàn thể thao và tổ chức giao lưu nhân dịp các ngày lễ lớn của hai nước.',
    lo: 'ແລກປ່ຽນຄະນະສິລະປະ, ຄະນະກິລາ ແລະ ຈັດງານພົບປະສັງສັນ ເນື່ອງໃນໂອກາດວັນສຳຄັນຂອງສອງປະເທດ.',
    indicator: 'exchanges [delegations]; events [events].',
  },
  {
    ref: '7.4',
    sector: 'culture_tourism',
    vi: 'Mở rộng quan hệ kết nghĩa giữa xã biên giới phía {tinh_vn} và bản, cụm bản biên giới phía {tinh_lo}; mỗi cặp kết nghĩa xây dựng kế hoạch giao lưu hằng năm.',
    lo: 'ຊຸກຍູ້ການສ້າງຄູ່ມິດຕະພາບ ລະຫວ່າງ ບັນດາຕາແສງຊາຍແດນຂອງ {tinh_vn} ກັບ ບັນດາບ້ານ, ກຸ່ມບ້ານຊາຍແດນຂອງ {tinh_lo}; ແຕ່ລະຄູ່ສ້າງແຜນການພົບປະແລກປ່ຽນປະຈຳປີ.',
    indicator: 'twinned pairs [pairs]; exchange visits per pair [visits].',
  },
  {
    ref: '8.1',
    sector: 'custom',
    vi: 'Tạo điều kiện cho đội chuyên trách của {tinh_vn} tìm kiếm, cất bốc và hồi hương hài cốt quân tình nguyện, chuyên gia Việt Nam hy sinh trên địa bàn {tinh_lo}.',
    lo: 'ສ້າງເງື່ອນໄຂໃຫ້ໜ່ວຍງານສະເພາະກິດຂອງ {tinh_vn} ຊອກຄົ້ນ, ຂຸດຄົ້ນ ແລະ ສົ່ງອັດຖິກະດູກທະຫານອາສາສະໝັກ ແລະ ຊ່ຽວຊານຫວຽດນາມ ທີ່ໄດ້ເສຍສະລະຢູ່ {tinh_lo} ກັບຄືນປະເທດ.',
    indicator: 'sets of remains repatriated [sets]; search missions [missions].',
  },
  {
    ref: '8.2',
    sector: 'custom',
    vi: 'Hai bên trao đổi thông tin, tư liệu về địa điểm mai táng để phục vụ công tác tìm kiếm.',
    lo: 'ສອງຝ່າຍແລກປ່ຽນຂໍ້ມູນ, ເອກະສານ ກ່ຽວກັບສະຖານທີ່ຝັງສົບ ເພື່ອຮັບໃຊ້ວຽກງານຊອກຄົ້ນ.',
    indicator: 'information items provided [items].',
  },
  {
    ref: '9.1',
    sector: 'implementation',
    vi: 'Giao {co_quan_vn} và {co_quan_lo} là đầu mối theo dõi, đôn đốc các cơ quan liên quan xây dựng kế hoạch và triển khai thỏa thuận này; định kỳ báo cáo kết quả cho lãnh đạo hai tỉnh.',
    lo: 'ມອບໃຫ້ {co_quan_vn} ແລະ {co_quan_lo} ເປັນເສນາທິການ ຕິດຕາມ, ຊຸກຍູ້ບັນດາຂະແໜງການທີ່ກ່ຽວຂ້ອງ ສ້າງແຜນການ ແລະ ຈັດຕັ້ງປະຕິບັດຂໍ້ຕົກລົງສະບັບນີ້; ລາຍງານຜົນເປັນໄລຍະໃຫ້ການນຳສອງແຂວງ.',
    indicator: 'progress reports submitted [reports].',
  },
  {
    ref: '9.2',
    sector: 'implementation',
    vi: 'Kết quả thực hiện được hai bên đánh giá tại kỳ hội đàm tiếp theo; nội dung chưa hoàn thành được chuyển sang kỳ sau.',
    lo: 'ຜົນຂອງການຈັດຕັ້ງປະຕິບັດ ຈະຖືກສອງຝ່າຍຕີລາຄາ ໃນກອງປະຊຸມເຈລະຈາຄັ້ງຕໍ່ໄປ; ເນື້ອໃນທີ່ຍັງບໍ່ສຳເລັດ ຈະສືບຕໍ່ໃນໄລຍະຕໍ່ໄປ.',
    indicator: '',
  },
  {
    ref: '9.3',
    sector: 'implementation',
    vi: 'Việc sửa đổi, bổ sung thỏa thuận này do hai bên thống nhất bằng văn bản.',
    lo: 'ການດັດແກ້, ເພີ່ມເຕີມຂໍ້ຕົກລົງສະບັບນີ້ ຕ້ອງໄດ້ຮັບການເຫັນດີຈາກສອງຝ່າຍເປັນລາຍລັກອັກສອນ.',
    indicator: '',
  },
  {
    ref: '9.4',
    sector: 'implementation',
    vi: 'Văn bản này được ký tại {dia_diem}, ngày {ngay} tháng {thang} năm {nam}, thành {so_ban} bản gốc bằng tiếng Việt và tiếng Lào, mỗi bên giữ {so_ban_moi_ben} bản; các bản có giá trị như nhau.',
    lo: 'ເອກະສານສະບັບນີ້ໄດ້ລົງນາມຢູ່ {dia_diem}, ວັນທີ {ngay} {thang_lo} {nam}, ເປັນ {so_ban} ສະບັບຕົ້ນ ເປັນພາສາຫວຽດນາມ ແລະ ພາສາລາວ, ແຕ່ລະຝ່າຍເກັບຮັກສາໄວ້ {so_ban_moi_ben} ສະບັບ; ທຸກສະບັບມີຄຸນຄ່າເທົ່າທຽມກັນ.',
    indicator: '',
  },
];
