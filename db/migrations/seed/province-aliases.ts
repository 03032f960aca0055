/**
 * Other spellings of province names seen in Vietnamese texts (domain brief, "Province spellings vary")
 * and common romanisations, for search and matching only (shared/domain/places.ts folds case, tone
 * marks, đ/d, y/i, spaces and hyphens, so "Bô-ly-khăm-xay" and "Bô Ly Khăm Xay" already match each
 * other; aliases cover the spellings that differ in letters). The official spelling stays the
 * province's name_vi. Seeded by migration 0005; frozen with it.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'la-vientiane-capital': ['Vientiane', 'Thủ đô Vientiane', 'Nakhon Luang Vientiane'],
  'la-phongsaly': ['Phongsaly', 'Phong-Sa-Ly', 'Phôngxalỳ', 'Phongsali'],
  'la-luang-namtha': ['Luang Namtha', 'Luổng Nậm Thà', 'Luông Nặm Thà', 'Luang Nam Tha'],
  'la-oudomxay': ['Oudomxay', 'U-Đom-Xay', 'Udomxay', 'Oudomxai', 'Muang Xay'],
  'la-bokeo': ['Bokeo', 'Bò Keo', 'Bò-kẹo'],
  'la-luang-prabang': ['Luang Prabang', 'Luông-Pha-Bang', 'Luang Phrabang', 'Luổng Pha Bang', 'Luông Prabang'],
  'la-houaphanh': ['Houaphanh', 'Houaphan', 'Hua Phan', 'Huaphan', 'Hủa-phăn'],
  'la-sainyabuli': ['Sainyabuli', 'Xayabury', 'Xayaboury', 'Sayaboury', 'Xaignabouli', 'Xay-nha-bu-ly'],
  'la-xiangkhouang': ['Xiangkhouang', 'Xieng Khouang', 'Xiêng-khoảng'],
  'la-vientiane-province': ['Vientiane Province', 'tỉnh Viêng Chăn'],
  'la-bolikhamxay': ['Bolikhamxay', 'Bolikhămxay', 'Bô-ly-khăm-xay', 'Borikhamxay', 'Bolikhamsai', 'Bô-li-khăm-xay'],
  'la-khammouane': ['Khammouane', 'Khammouan', 'Khăm-muộn'],
  'la-savannakhet': ['Savannakhet', 'Xavannakhet', 'Xa-van-na-khệt', 'Savanakhet', 'Xa Van Na Khet'],
  'la-salavan': ['Salavan', 'Saravane', 'Salavane', 'Xa-la-văn', 'Sa-la-van'],
  'la-sekong': ['Sekong', 'Xekong', 'Sê Kông', 'Xê-kông'],
  'la-champasak': ['Champasak', 'Champassak', 'Chăm-pa-sắc'],
  'la-attapeu': ['Attapeu', 'Attapu', 'Ắt-tạ-pư', 'Át-tô-pơ'],
  'la-xaisomboun': ['Xaisomboun', 'Xaysomboun', 'Say Xổm Bun', 'Xay-xổm-bun'],
  'vn-hue': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thành phố Huế'],
  'vn-da-nang': ['Thành phố Đà Nẵng'],
};
