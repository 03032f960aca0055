/**
 * Place names as officers type them. Vietnamese texts spell Lao provinces many ways ("Bolikhămxay",
 * "Bô-ly-khăm-xay", "Bô Ly Khăm Xay"); search and matching compare a folded key, the app prints the
 * official spelling (the province's nameVi / nameLo).
 */

/**
 * A comparison key: Vietnamese tone and vowel marks removed (Latin letters only, so Lao vowel signs
 * survive), đ → d, y → i ("Lỳ" / "Li"), lower case, and every space, hyphen, dot or apostrophe dropped.
 * Lao: NFKC (ຳ / ໍາ, ໜ / ຫນ) and the subscript ລ (ຫຼ) folded to the full letter (ຫລ).
 */
export function foldPlaceName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Script=Latin}\p{M}*/gu, (letter) => letter.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/[đĐ]/gu, 'd')
    .replace(/[ðÐ]/gu, 'd')
    .toLocaleLowerCase('vi')
    .replace(/y/gu, 'i')
    .replace(/\u0EBC/gu, '\u0EA5')
    .replace(/[^\p{L}\p{N}\p{M}]/gu, '');
}

/** What matching needs from a province (the contract's Province fits). */
export interface NamedPlace {
  nameVi: string;
  nameLo: string;
  nameEn: string;
  aliases?: readonly string[];
}

function keysOf(place: NamedPlace): string[] {
  return [place.nameVi, place.nameLo, place.nameEn, ...(place.aliases ?? [])].map(foldPlaceName).filter((k) => k !== '');
}

/** The province a name designates (official name, English name or alias, folded), or undefined. */
export function findPlace<P extends NamedPlace>(name: string, places: readonly P[]): P | undefined {
  const key = foldPlaceName(name);
  if (key === '') return undefined;
  return places.find((p) => keysOf(p).includes(key));
}

/**
 * Search: places whose official names or aliases contain the query (folded), best first — a whole-name
 * match, then a name starting with the query, then one containing it; stable within each rank. An
 * empty query matches everything.
 */
export function matchPlaces<P extends NamedPlace>(query: string, places: readonly P[]): P[] {
  const key = foldPlaceName(query);
  if (key === '') return [...places];
  const ranked: { place: P; rank: number; index: number }[] = [];
  places.forEach((place, index) => {
    const keys = keysOf(place);
    const rank = keys.includes(key) ? 0 : keys.some((k) => k.startsWith(key)) ? 1 : keys.some((k) => k.includes(key)) ? 2 : -1;
    if (rank >= 0) ranked.push({ place, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.place);
}

/** The places a free text mentions (e.g. "Sầm Nưa, tỉnh Hủa Phăn" → Hủa Phăn), in the order given. */
export function placesMentioned<P extends NamedPlace>(text: string, places: readonly P[]): P[] {
  const key = foldPlaceName(text);
  if (key === '') return [];
  return places.filter((p) => keysOf(p).some((k) => k.length >= 3 && key.includes(k)));
}

/**
 * The default địa danh of the Decree 30 date line: the bare name of the province where the document is
 * made — the party the meeting place names (the last one mentioned wins: "Sầm Nưa, tỉnh Hủa Phăn"),
 * else our own province. The officer may shorten or change it ("Sầm Nưa").
 */
export function defaultDatelinePlace<P extends NamedPlace>(doc: { ourProvince: P; partners: readonly P[]; placeVi: string; placeLo: string }): { vi: string; lo: string } {
  const parties = [doc.ourProvince, ...doc.partners];
  const mentioned = placesMentioned(doc.placeVi, parties);
  const fromLao = mentioned.length === 0 ? placesMentioned(doc.placeLo, parties) : [];
  const host = lastMentioned(doc.placeVi, mentioned) ?? lastMentioned(doc.placeLo, fromLao) ?? doc.ourProvince;
  return { vi: host.nameVi, lo: host.nameLo };
}

function lastMentioned<P extends NamedPlace>(text: string, candidates: readonly P[]): P | undefined {
  if (candidates.length <= 1) return candidates[0];
  const key = foldPlaceName(text);
  let best: P | undefined;
  let at = -1;
  for (const p of candidates) {
    for (const k of keysOf(p)) {
      const index = key.lastIndexOf(k);
      if (index > at) {
        at = index;
        best = p;
      }
    }
  }
  return best;
}
