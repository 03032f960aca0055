import type { DelegateRole, DocumentKind, DocumentPart, Sector } from '../domain/document';

/**
 * The sample agreement offered on an empty database: minutes of the Sơn La – Hủa Phăn high-level
 * talks of 21/03/2025 in Sầm Nưa, built from seed 000 (a published news report). Vietnamese text
 * restates facts from that report; the Lao text is the development team's draft, adapted from
 * ../shared/domain/sample-clauses.md, and every Lao string is flagged as needing review.
 */
export interface SampleClause {
  vi: string;
  lo: string;
}

export interface SampleSection {
  part: DocumentPart;
  sector: Sector;
  titleVi: string;
  titleLo: string;
  clauses: SampleClause[];
}

/** A named delegation of the sample (both are provinces' delegations). */
export interface SampleDelegation {
  side: 'VN' | 'LA';
  provinceId: string;
  nameVi: string;
  nameLo: string;
}

export interface SampleDelegate {
  /** The province of the delegation the person belongs to. */
  provinceId: string;
  role: DelegateRole;
  nameVi: string;
  nameLo: string;
  titleVi: string;
  titleLo: string;
}

export interface SampleDocument {
  kind: DocumentKind;
  ourProvinceId: string;
  partnerProvinceIds: string[];
  meetingDate: string;
  periodStart: string;
  periodEnd: string;
  placeVi: string;
  placeLo: string;
  /** Date-line địa danh (Decree 30): the town, not the address. */
  datelinePlaceVi: string;
  datelinePlaceLo: string;
  titleVi: string;
  titleLo: string;
  delegations: SampleDelegation[];
  delegates: SampleDelegate[];
  sections: SampleSection[];
}

export const SAMPLE_SOURCE = 'seed 000: Hội đàm giữa đoàn đại biểu cấp cao tỉnh Sơn La và tỉnh Hủa Phăn (21/03/2025)';

export const SON_LA_HUA_PHAN_2025: SampleDocument = {
  kind: 'minutes',
  ourProvinceId: 'vn-son-la',
  partnerProvinceIds: ['la-houaphanh'],
  meetingDate: '2025-03-21',
  periodStart: '2024-01-01',
  periodEnd: '2026-12-31',
  placeVi: 'Sầm Nưa, tỉnh Hủa Phăn',
  placeLo: 'ຊຳເໜືອ, ແຂວງຫົວພັນ',
  datelinePlaceVi: 'Sầm Nưa',
  datelinePlaceLo: 'ຊຳເໜືອ',
  titleVi: 'Biên bản hội đàm giữa Đoàn đại biểu cấp cao tỉnh Sơn La và tỉnh Hủa Phăn năm 2025',
  titleLo: 'ບົດບັນທຶກການເຈລະຈາ ລະຫວ່າງ ຄະນະຜູ້ແທນຂັ້ນສູງແຂວງເຊີນລາ ແລະ ແຂວງຫົວພັນ ປີ 2025',
  delegations: [
    { side: 'VN', provinceId: 'vn-son-la', nameVi: 'Đoàn đại biểu cấp cao tỉnh Sơn La', nameLo: 'ຄະນະຜູ້ແທນຂັ້ນສູງແຂວງເຊີນລາ' },
    { side: 'LA', provinceId: 'la-houaphanh', nameVi: 'Đoàn đại biểu cấp cao tỉnh Hủa Phăn', nameLo: 'ຄະນະຜູ້ແທນຂັ້ນສູງແຂວງຫົວພັນ' },
  ],
  delegates: [
    {
      provinceId: 'vn-son-la',
      role: 'head',
      nameVi: 'Nguyễn Hữu Đông',
      nameLo: 'ຫງວຽນ ຫືວ ດົງ',
      titleVi: 'Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La',
      titleLo: 'ກຳມະການສູນກາງພັກ, ເລຂາພັກແຂວງ, ຫົວໜ້າຄະນະຜູ້ແທນສະພາແຫ່ງຊາດ ແຂວງເຊີນລາ',
    },
    {
      provinceId: 'vn-son-la',
      role: 'member',
      nameVi: 'Tráng Thị Xuân',
      nameLo: 'ຈາງ ທິ ຊວນ',
      titleVi: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Sơn La',
      titleLo: 'ກຳມະການປະຈຳພັກແຂວງ, ຮອງປະທານປະຈຳຄະນະກຳມະການປະຊາຊົນແຂວງເຊີນລາ',
    },
    {
      provinceId: 'la-houaphanh',
      role: 'head',
      nameVi: 'Khăm Pheng Xay Sổm Pheng',
      nameLo: 'ຄຳເພັງ ໄຊສົມເພັງ',
      titleVi: 'Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn',
      titleLo: 'ກຳມະການສູນກາງພັກປະຊາຊົນປະຕິວັດລາວ, ເລຂາພັກແຂວງ, ເຈົ້າແຂວງຫົວພັນ',
    },
  ],
  sections: [
    {
      part: 'results',
      sector: 'political',
      titleVi: 'Chính trị, đối ngoại và xây dựng Đảng',
      titleLo: 'ການເມືອງ, ການຕ່າງປະເທດ ແລະ ການກໍ່ສ້າງພັກ',
      clauses: [
        {
          vi: 'Từ tháng 8/2022 đến nay, tỉnh Hủa Phăn đã cử 29 đoàn công tác với 338 lượt người sang thăm, làm việc, khám bệnh tại tỉnh Sơn La; tỉnh Sơn La đã cử 31 đoàn công tác với 259 lượt người sang thăm, làm việc tại tỉnh Hủa Phăn.',
          lo: 'ນັບແຕ່ເດືອນ 8/2022 ມາຮອດປັດຈຸບັນ, ແຂວງຫົວພັນ ໄດ້ສົ່ງຄະນະຜູ້ແທນ 29 ຄະນະ ລວມ 338 ເທື່ອຄົນ ໄປຢ້ຽມຢາມ, ເຮັດວຽກ ແລະ ກວດພະຍາດ ຢູ່ແຂວງເຊີນລາ; ແຂວງເຊີນລາ ໄດ້ສົ່ງຄະນະຜູ້ແທນ 31 ຄະນະ ລວມ 259 ເທື່ອຄົນ ໄປຢ້ຽມຢາມ ແລະ ເຮັດວຽກ ຢູ່ແຂວງຫົວພັນ.',
        },
        {
          vi: 'Hai tỉnh đã phối hợp tốt trong công tác tuyên truyền về tình đoàn kết hữu nghị truyền thống đặc biệt giữa hai nước, tạo điều kiện thuận lợi cho nhân dân hai bên qua lại thăm thân, giao lưu văn hóa và thương mại, đặc biệt là nhân dân ở khu vực biên giới.',
          lo: 'ສອງແຂວງໄດ້ປະສານສົມທົບກັນເປັນຢ່າງດີ ໃນວຽກງານໂຄສະນາກ່ຽວກັບສາຍພົວພັນມິດຕະພາບ ແລະ ຄວາມສາມັກຄີພິເສດຂອງສອງປະເທດ, ສ້າງເງື່ອນໄຂໃຫ້ປະຊາຊົນສອງຝ່າຍໄປມາຢ້ຽມຢາມຍາດພີ່ນ້ອງ, ແລກປ່ຽນວັດທະນະທຳ ແລະ ການຄ້າ, ໂດຍສະເພາະແມ່ນປະຊາຊົນຢູ່ເຂດຊາຍແດນ.',
        },
      ],
    },
    {
      part: 'results',
      sector: 'defence_security',
      titleVi: 'Quốc phòng – an ninh và biên giới',
      titleLo: 'ປ້ອງກັນຊາດ - ປ້ອງກັນຄວາມສະຫງົບ ແລະ ຊາຍແດນ',
      clauses: [
        {
          vi: 'Tỉnh Sơn La đã hỗ trợ tỉnh Hủa Phăn 47 trụ sở làm việc của Công an các bản tiếp giáp biên giới với Sơn La bằng nguồn hỗ trợ của Bộ Công an và tỉnh Sơn La.',
          lo: 'ແຂວງເຊີນລາ ໄດ້ຊ່ວຍເຫຼືອແຂວງຫົວພັນ ກໍ່ສ້າງສຳນັກງານປ້ອງກັນຄວາມສະຫງົບບ້ານ 47 ແຫ່ງ ຢູ່ບັນດາບ້ານທີ່ຕິດຈອດຊາຍແດນກັບແຂວງເຊີນລາ ດ້ວຍທຶນຊ່ວຍເຫຼືອຂອງກະຊວງປ້ອງກັນຄວາມສະຫງົບ ແລະ ແຂວງເຊີນລາ.',
        },
      ],
    },
    {
      part: 'results',
      sector: 'education',
      titleVi: 'Giáo dục – đào tạo',
      titleLo: 'ການສຶກສາ - ການຝຶກອົບຮົມ',
      clauses: [
        {
          vi: 'Năm 2022 – 2024, tỉnh Sơn La đã tiếp nhận 125 lưu học sinh tỉnh Hủa Phăn sang học tập ở các trình độ cao đẳng, đại học, liên thông đại học, thạc sĩ và bồi dưỡng tiếng Việt 9 tháng.',
          lo: 'ໃນປີ 2022 – 2024, ແຂວງເຊີນລາ ໄດ້ຮັບນັກສຶກສາຂອງແຂວງຫົວພັນ 125 ຄົນ ມາຮຽນໃນລະດັບຊັ້ນສູງ, ປະລິນຍາຕີ, ຕໍ່ເນື່ອງປະລິນຍາຕີ, ປະລິນຍາໂທ ແລະ ຫຼັກສູດພາສາຫວຽດນາມ 9 ເດືອນ.',
        },
      ],
    },
    {
      part: 'tasks',
      sector: 'political',
      titleVi: 'Chính trị, đối ngoại và xây dựng Đảng',
      titleLo: 'ການເມືອງ, ການຕ່າງປະເທດ ແລະ ການກໍ່ສ້າງພັກ',
      clauses: [
        {
          vi: 'Tiếp tục phối hợp tuyên truyền sâu, rộng cho cán bộ, chiến sĩ và nhân dân mỗi bên về truyền thống đoàn kết hữu nghị đặc biệt, sự hợp tác toàn diện Việt Nam – Lào nói chung, giữa tỉnh Sơn La và tỉnh Hủa Phăn nói riêng.',
          lo: 'ສືບຕໍ່ປະສານສົມທົບກັນໂຄສະນາຢ່າງເລິກເຊິ່ງ ແລະ ກວ້າງຂວາງ ໃຫ້ພະນັກງານ, ນັກຮົບ ແລະ ປະຊາຊົນຂອງແຕ່ລະຝ່າຍ ກ່ຽວກັບມູນເຊື້ອຄວາມສາມັກຄີມິດຕະພາບພິເສດ ແລະ ການຮ່ວມມືຮອບດ້ານ ລາວ - ຫວຽດນາມ ໂດຍທົ່ວໄປ, ລະຫວ່າງ ແຂວງເຊີນລາ ແລະ ແຂວງຫົວພັນ ໂດຍສະເພາະ.',
        },
        {
          vi: 'Duy trì trao đổi các đoàn đại biểu các cấp của hai bên sang thăm hữu nghị, làm việc và trao đổi kinh nghiệm trên các lĩnh vực; thường xuyên duy trì chế độ trao đổi thông tin, cùng nhau phối hợp giải quyết những vấn đề phát sinh.',
          lo: 'ຮັກສາການແລກປ່ຽນຄະນະຜູ້ແທນຂັ້ນຕ່າງໆ ຂອງສອງຝ່າຍ ໄປຢ້ຽມຢາມມິດຕະພາບ, ເຮັດວຽກ ແລະ ແລກປ່ຽນບົດຮຽນໃນທຸກຂົງເຂດ; ຮັກສາລະບົບການແລກປ່ຽນຂໍ້ມູນຂ່າວສານເປັນປະຈຳ ແລະ ຮ່ວມກັນແກ້ໄຂບັນຫາທີ່ເກີດຂຶ້ນ.',
        },
      ],
    },
    {
      part: 'tasks',
      sector: 'defence_security',
      titleVi: 'Quốc phòng – an ninh và biên giới',
      titleLo: 'ປ້ອງກັນຊາດ - ປ້ອງກັນຄວາມສະຫງົບ ແລະ ຊາຍແດນ',
      clauses: [
        {
          vi: 'Tiếp tục phối hợp và trao đổi thông tin trong bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội, đấu tranh phòng, chống tội phạm trên địa bàn hai tỉnh theo biên bản hợp tác giữa Bộ Quốc phòng và Bộ Công an Việt Nam với Bộ Quốc phòng và Bộ Công an Lào.',
          lo: 'ສືບຕໍ່ປະສານສົມທົບ ແລະ ແລກປ່ຽນຂໍ້ມູນຂ່າວສານ ໃນການຮັບປະກັນປ້ອງກັນຊາດ, ປ້ອງກັນຄວາມສະຫງົບ, ຄວາມເປັນລະບຽບຮຽບຮ້ອຍຂອງສັງຄົມ, ຕ້ານ ແລະ ສະກັດກັ້ນອາຊະຍາກຳ ຢູ່ໃນຂອບເຂດສອງແຂວງ ຕາມບົດບັນທຶກການຮ່ວມມືລະຫວ່າງ ກະຊວງປ້ອງກັນປະເທດ ແລະ ກະຊວງປ້ອງກັນຄວາມສະຫງົບ ຂອງສອງປະເທດ.',
        },
        {
          vi: 'Phối hợp triển khai các nội dung liên quan để hoàn thành thủ tục nâng cấp và tổ chức khai trương cặp cửa khẩu quốc tế Lóng Sập – Pa Háng vào khoảng giữa năm 2025.',
          lo: 'ປະສານສົມທົບຈັດຕັ້ງປະຕິບັດບັນດາເນື້ອໃນທີ່ກ່ຽວຂ້ອງ ເພື່ອສຳເລັດຂັ້ນຕອນຍົກລະດັບ ແລະ ເປີດນຳໃຊ້ຄູ່ດ່ານສາກົນ ລ່ອງຊັບ - ປາຮັງ ໃນກາງປີ 2025.',
        },
      ],
    },
    {
      part: 'tasks',
      sector: 'economy',
      titleVi: 'Kinh tế – thương mại – đầu tư – giao thông',
      titleLo: 'ເສດຖະກິດ - ການຄ້າ - ການລົງທຶນ - ຄົມມະນາຄົມ',
      clauses: [
        {
          vi: 'Tăng cường hợp tác xúc tiến thương mại, tuyên truyền, quảng bá hình ảnh các doanh nghiệp và các sản phẩm hàng hóa được sản xuất bằng nguyên liệu địa phương, về tiềm năng, lợi thế của hai tỉnh.',
          lo: 'ເພີ່ມທະວີການຮ່ວມມືສົ່ງເສີມການຄ້າ, ໂຄສະນາເຜີຍແຜ່ຮູບພາບຂອງບັນດາຫົວໜ່ວຍທຸລະກິດ ແລະ ຜະລິດຕະພັນທີ່ຜະລິດຈາກວັດຖຸດິບທ້ອງຖິ່ນ, ທ່າແຮງ ແລະ ຈຸດດີຂອງສອງແຂວງ.',
        },
      ],
    },
    {
      part: 'tasks',
      sector: 'education',
      titleVi: 'Giáo dục – đào tạo',
      titleLo: 'ການສຶກສາ - ການຝຶກອົບຮົມ',
      clauses: [
        {
          vi: 'Tiếp tục phối hợp thực hiện Kế hoạch đào tạo nguồn nhân lực của tỉnh Hủa Phăn theo Biên bản hợp tác đã ký kết.',
          lo: 'ສືບຕໍ່ປະສານສົມທົບຈັດຕັ້ງປະຕິບັດແຜນການຝຶກອົບຮົມຊັບພະຍາກອນມະນຸດຂອງແຂວງຫົວພັນ ຕາມບົດບັນທຶກການຮ່ວມມືທີ່ໄດ້ລົງນາມ.',
        },
      ],
    },
    {
      part: 'tasks',
      sector: 'health',
      titleVi: 'Y tế',
      titleLo: 'ສາທາລະນະສຸກ',
      clauses: [
        {
          vi: 'Tỉnh Sơn La tiếp tục tạo điều kiện cho cán bộ và nhân dân tỉnh Hủa Phăn sang khám và điều trị tại Bệnh viện đa khoa tỉnh và các cơ sở y tế của tỉnh Sơn La.',
          lo: 'ແຂວງເຊີນລາ ສືບຕໍ່ສ້າງເງື່ອນໄຂໃຫ້ພະນັກງານ ແລະ ປະຊາຊົນແຂວງຫົວພັນ ມາກວດ ແລະ ປິ່ນປົວພະຍາດ ຢູ່ໂຮງໝໍແຂວງ ແລະ ບັນດາສະຖານທີ່ບໍລິການສາທາລະນະສຸກຂອງແຂວງເຊີນລາ.',
        },
      ],
    },
    {
      part: 'tasks',
      sector: 'culture_tourism',
      titleVi: 'Văn hóa – thể thao – du lịch',
      titleLo: 'ວັດທະນະທຳ - ກິລາ - ທ່ອງທ່ຽວ',
      clauses: [
        {
          vi: 'Hợp tác xây dựng tour du lịch Sơn La – Hủa Phăn và Hủa Phăn – Sơn La; phối hợp nghiên cứu xây dựng sản phẩm “Ngày hội Vùng biên” luân phiên tại các cửa khẩu có tiềm năng phát triển du lịch.',
          lo: 'ຮ່ວມມືສ້າງເສັ້ນທາງທ່ອງທ່ຽວ ເຊີນລາ - ຫົວພັນ ແລະ ຫົວພັນ - ເຊີນລາ; ປະສານສົມທົບສຶກສາຄົ້ນຄວ້າການຈັດ “ງານບຸນເຂດຊາຍແດນ” ໂດຍຜັດປ່ຽນກັນຈັດຢູ່ບັນດາດ່ານທີ່ມີທ່າແຮງດ້ານທ່ອງທ່ຽວ.',
        },
      ],
    },
  ],
};
