/**
 * Provinces seeded by migration 0001, from ../shared/domain/provinces.csv (Vietnamese border provinces
 * after the 2025 mergers and all Lao provinces). Ids are stable slugs shared by every installation.
 * Lao spellings of Vietnamese provinces are unverified, hence nameLoNeedsReview.
 * tests/migrations checks this list against the CSV when the steering folder is present.
 */
export interface ProvinceSeed {
  id: string;
  country: 'VN' | 'LA';
  code: string;
  nameVi: string;
  nameLo: string;
  nameEn: string;
  nameLoNeedsReview: boolean;
  bordersOtherCountry: boolean;
  note: string;
}

export const PROVINCE_SEED: readonly ProvinceSeed[] = [
  {id: "vn-dien-bien", country: "VN", code: "", nameVi: "Điện Biên", nameLo: "ດ້ຽນບຽນ", nameEn: "Dien Bien", nameLoNeedsReview: true, bordersOtherCountry: true, note: "Not merged in 2025. Borders Phongsaly and Luang Prabang (unverified). Lao spelling unverified."},
  {id: "vn-son-la", country: "VN", code: "", nameVi: "Sơn La", nameLo: "ເຊີນລາ", nameEn: "Son La", nameLoNeedsReview: true, bordersOtherCountry: true, note: "Not merged in 2025. Borders Houaphanh and Luang Prabang (seed 004). Cooperates with 9 northern Lao provinces; twinned with Bokeo (seed 004). Lao spelling unverified."},
  {id: "vn-thanh-hoa", country: "VN", code: "", nameVi: "Thanh Hóa", nameLo: "ແທງຮວາ", nameEn: "Thanh Hoa", nameLoNeedsReview: true, bordersOtherCountry: true, note: "Not merged in 2025. Borders Houaphanh; partnership with Houaphanh since 1967 (seed 001). Lao spelling unverified."},
  {id: "vn-nghe-an", country: "VN", code: "", nameVi: "Nghệ An", nameLo: "ເງະອານ", nameEn: "Nghe An", nameLoNeedsReview: true, bordersOtherCountry: true, note: "Not merged in 2025. Borders Houaphanh, Xiangkhouang, Bolikhamxay (unverified). Lao spelling unverified."},
  {id: "vn-ha-tinh", country: "VN", code: "", nameVi: "Hà Tĩnh", nameLo: "ຮ່າຕິ້ງ", nameEn: "Ha Tinh", nameLoNeedsReview: true, bordersOtherCountry: true, note: "Not merged in 2025. Borders Bolikhamxay and Khammouane (unverified). Lao spelling unverified."},
  {id: "vn-quang-tri", country: "VN", code: "", nameVi: "Quảng Trị", nameLo: "ກວາງຈິ", nameEn: "Quang Tri", nameLoNeedsReview: true, bordersOtherCountry: true, note: "From 01/07/2025 merges former Quảng Bình + Quảng Trị (name as widely reported; unverified here). Borders Khammouane, Savannakhet, Salavan (unverified). Lao spelling unverified."},
  {id: "vn-hue", country: "VN", code: "", nameVi: "Huế", nameLo: "ເຫ້ວ", nameEn: "Hue City", nameLoNeedsReview: true, bordersOtherCountry: true, note: "Thành phố Huế: former Thừa Thiên Huế province, centrally-run city since 2025; not merged on 01/07/2025 (verified). Borders Salavan and Sekong (unverified). Lao spelling unverified."},
  {id: "vn-da-nang", country: "VN", code: "", nameVi: "Đà Nẵng", nameLo: "ດ່າໜັງ", nameEn: "Da Nang City", nameLoNeedsReview: true, bordersOtherCountry: true, note: "Thành phố Đà Nẵng (centrally-run city): from 01/07/2025 merges former Quảng Nam province + Đà Nẵng city (widely reported; unverified here). Former Quảng Nam bordered Sekong. Lao spelling unverified."},
  {id: "vn-quang-ngai", country: "VN", code: "", nameVi: "Quảng Ngãi", nameLo: "ກວາງງາຍ", nameEn: "Quang Ngai", nameLoNeedsReview: true, bordersOtherCountry: true, note: "From 01/07/2025 merges former Kon Tum + Quảng Ngãi (verified: Resolution 202/2025/QH15; new province borders Laos and Cambodia). Former Kon Tum bordered Attapeu. Lao spelling unverified."},
  {id: "la-vientiane-capital", country: "LA", code: "01", nameVi: "Thủ đô Viêng Chăn", nameLo: "ນະຄອນຫຼວງວຽງຈັນ", nameEn: "Vientiane Capital", nameLoNeedsReview: false, bordersOtherCountry: false, note: "Code 01 / ISO LA-VT. Lao name verified (dataset)."},
  {id: "la-phongsaly", country: "LA", code: "02", nameVi: "Phông Sa Lỳ", nameLo: "ຜົ້ງສາລີ", nameEn: "Phongsaly", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 02 / LA-PH. Borders Điện Biên (unverified). Northern province cooperating with Sơn La (seed 004)."},
  {id: "la-luang-namtha", country: "LA", code: "03", nameVi: "Luông Nậm Thà", nameLo: "ຫຼວງນ້ຳທາ", nameEn: "Luang Namtha", nameLoNeedsReview: false, bordersOtherCountry: false, note: "Code 03 / LA-LM. Northern province cooperating with Sơn La (seed 004). Lao AM vowel may be typed ຳ or ໍາ."},
  {id: "la-oudomxay", country: "LA", code: "04", nameVi: "U Đôm Xay", nameLo: "ອຸດົມໄຊ", nameEn: "Oudomxay", nameLoNeedsReview: false, bordersOtherCountry: false, note: "Code 04 / LA-OU. Northern province cooperating with Sơn La (seed 004)."},
  {id: "la-bokeo", country: "LA", code: "05", nameVi: "Bò Kẹo", nameLo: "ບໍ່ແກ້ວ", nameEn: "Bokeo", nameLoNeedsReview: false, bordersOtherCountry: false, note: "Code 05 / LA-BK. Twinned with Sơn La (seed 004)."},
  {id: "la-luang-prabang", country: "LA", code: "06", nameVi: "Luông Pha Băng", nameLo: "ຫຼວງພະບາງ", nameEn: "Luang Prabang", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 06 / LA-LP. Borders Sơn La (seed 004) and Điện Biên (unverified)."},
  {id: "la-houaphanh", country: "LA", code: "07", nameVi: "Hủa Phăn", nameLo: "ຫົວພັນ", nameEn: "Houaphanh", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 07 / LA-HO. Capital Xam Neua (Sầm Nưa). Partners Sơn La (2024–2026 agreement, seed 000) and Thanh Hóa (2025 agreement, seed 001); also borders Nghệ An (unverified)."},
  {id: "la-sainyabuli", country: "LA", code: "08", nameVi: "Xay Nhạ Bu Ly", nameLo: "ໄຊຍະບູລີ", nameEn: "Sainyabuli (Xayabury)", nameLoNeedsReview: false, bordersOtherCountry: false, note: "Code 08 / LA-XA. Northern province cooperating with Sơn La (seed 004)."},
  {id: "la-xiangkhouang", country: "LA", code: "09", nameVi: "Xiêng Khoảng", nameLo: "ຊຽງຂວາງ", nameEn: "Xiangkhouang", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 09 / LA-XI. Borders Nghệ An (unverified). Cooperates with Sơn La (seed 004)."},
  {id: "la-vientiane-province", country: "LA", code: "10", nameVi: "Viêng Chăn", nameLo: "ວຽງຈັນ", nameEn: "Vientiane Province", nameLoNeedsReview: false, bordersOtherCountry: false, note: "Code 10 / LA-VI. Province (tỉnh Viêng Chăn / ແຂວງວຽງຈັນ), distinct from Vientiane Capital."},
  {id: "la-bolikhamxay", country: "LA", code: "11", nameVi: "Bô Ly Khăm Xay", nameLo: "ບໍລິຄຳໄຊ", nameEn: "Bolikhamxay", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 11 / LA-BL. Borders Nghệ An and Hà Tĩnh (unverified). Vietnamese spelling unverified."},
  {id: "la-khammouane", country: "LA", code: "12", nameVi: "Khăm Muộn", nameLo: "ຄຳມ່ວນ", nameEn: "Khammouane", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 12 / LA-KH. Borders Hà Tĩnh and former Quảng Bình, now Quảng Trị (unverified)."},
  {id: "la-savannakhet", country: "LA", code: "13", nameVi: "Xa Vẳn Na Khệt", nameLo: "ສະຫວັນນະເຂດ", nameEn: "Savannakhet", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 13 / LA-SV. Borders former Quảng Bình and Quảng Trị, now Quảng Trị (unverified). Vietnamese spelling varies (Savannakhet / Xa-van-na-khet)."},
  {id: "la-salavan", country: "LA", code: "14", nameVi: "Sa Lạ Vẳn", nameLo: "ສາລະວັນ", nameEn: "Salavan", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 14 / LA-SL. Borders Quảng Trị and Huế (unverified). Vietnamese spelling unverified."},
  {id: "la-sekong", country: "LA", code: "15", nameVi: "Xê Kông", nameLo: "ເຊກອງ", nameEn: "Sekong", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 15 / LA-XE. Borders Huế and former Quảng Nam, now Đà Nẵng (unverified)."},
  {id: "la-champasak", country: "LA", code: "16", nameVi: "Chăm Pa Xắc", nameLo: "ຈຳປາສັກ", nameEn: "Champasak", nameLoNeedsReview: false, bordersOtherCountry: false, note: "Code 16 / LA-CH. Borders Cambodia and Thailand, not Vietnam."},
  {id: "la-attapeu", country: "LA", code: "17", nameVi: "Át Tạ Pư", nameLo: "ອັດຕະປື", nameEn: "Attapeu", nameLoNeedsReview: false, bordersOtherCountry: true, note: "Code 17 / LA-AT. Borders former Kon Tum, now Quảng Ngãi (unverified)."},
  {id: "la-xaisomboun", country: "LA", code: "18", nameVi: "Xay Xổm Bun", nameLo: "ໄຊສົມບູນ", nameEn: "Xaisomboun", nameLoNeedsReview: false, bordersOtherCountry: false, note: "Code 18 / LA-XS. Province since end of 2013; seed 004 spells it both 'Xay Xổm Bun' and 'Say Xổm Bun'. Signed talks minutes with Sơn La in 06/2018 (seed 004)."},
];
