/**
 * Search keys (../shared/design/toolchain.md, "Vietnamese search"): Vietnamese text is folded — NFD,
 * combining marks dropped, đ/Đ → d, lower case, runs of spaces collapsed — so "hop tac" finds "hợp tác",
 * "duong" finds "Đường", and "hoà" finds "hòa". Lao is matched as a plain substring of the NFC text
 * (Lao has no letter case and no marks to drop; the ຳ/ໍາ and ຫຼ/ຫລ folds are left for the search issue).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A query folded once, tested against many texts. An empty query matches everything. */
export function textMatcher(query: string): (vi: string, lo: string) => boolean {
  const viKey = foldVietnamese(query);
  const loKey = query.normalize('NFC').trim();
  if (viKey === '' && loKey === '') return () => true;
  return (vi, lo) => (viKey !== '' && foldVietnamese(vi).includes(viKey)) || (loKey !== '' && lo.includes(loKey));
}
