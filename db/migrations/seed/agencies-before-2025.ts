/**
 * Agencies by period, for migration 0005 (domain brief, "What real meetings add": agencies by period;
 * §8). Until the 2025 reorganisation a Vietnamese province had these departments and district people's
 * committees; documents from 2019–2024 name them. Each ends on 2025-06-30 and names the 0003-seeded
 * agency that took over (successorCode), so a document offers the agencies valid on its date.
 * The end date follows the brief (the exact date of each merger is unverified; an officer can change it).
 * Every Lao name here is a team draft: seeded as needing review. Frozen with the migration.
 */
export interface PeriodAgencySeed {
  code: string;
  nameVi: string;
  nameLo: string;
  nameEn: string;
  abbreviation: string;
  /** Code of the current agency (db/migrations/seed/followup.ts VN_AGENCIES) that took over; null when none. */
  successorCode: string | null;
}

export const VALID_TO_BEFORE_2025 = '2025-06-30';
export const VALID_FROM_2025 = '2025-07-01';

export const VN_AGENCIES_BEFORE_2025: readonly PeriodAgencySeed[] = [
  { code: 'transport', nameVi: 'Sở Giao thông vận tải', nameLo: 'ພະແນກຄົມມະນາຄົມ ແລະ ຂົນສົ່ງ', nameEn: 'Department of Transport', abbreviation: 'SGTVT', successorCode: 'construction' },
  { code: 'planning-investment', nameVi: 'Sở Kế hoạch và Đầu tư', nameLo: 'ພະແນກແຜນການ ແລະ ການລົງທຶນ', nameEn: 'Department of Planning and Investment', abbreviation: 'SKH&ĐT', successorCode: 'finance' },
  { code: 'agriculture-rural-development', nameVi: 'Sở Nông nghiệp và Phát triển nông thôn', nameLo: 'ພະແນກກະສິກຳ ແລະ ພັດທະນາຊົນນະບົດ', nameEn: 'Department of Agriculture and Rural Development', abbreviation: 'SNN&PTNT', successorCode: 'agriculture-environment' },
  { code: 'natural-resources-environment', nameVi: 'Sở Tài nguyên và Môi trường', nameLo: 'ພະແນກຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ', nameEn: 'Department of Natural Resources and Environment', abbreviation: 'STN&MT', successorCode: 'agriculture-environment' },
  { code: 'information-communications', nameVi: 'Sở Thông tin và Truyền thông', nameLo: 'ພະແນກຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ', nameEn: 'Department of Information and Communications', abbreviation: 'STT&TT', successorCode: 'science-technology' },
  { code: 'labour-invalids-social', nameVi: 'Sở Lao động – Thương binh và Xã hội', nameLo: 'ພະແນກແຮງງານ, ທະຫານເສຍອົງຄະ ແລະ ສັງຄົມ', nameEn: 'Department of Labour, Invalids and Social Affairs', abbreviation: 'SLĐTB&XH', successorCode: 'home-affairs' },
  // One generic entry: the district level ended on 1 July 2025 (two-level local government); its tasks
  // went to the communes and the province, so there is no single successor.
  { code: 'district-peoples-committees', nameVi: 'Ủy ban nhân dân các huyện', nameLo: 'ຄະນະກຳມະການປະຊາຊົນເມືອງ', nameEn: "District People's Committees", abbreviation: 'UBND huyện', successorCode: null },
];

/** Current agencies that are new bodies from the reorganisation (not renamed survivors): valid from 2025-07-01. */
export const VN_AGENCIES_FROM_2025: readonly string[] = ['agriculture-environment'];
