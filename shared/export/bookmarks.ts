/**
 * Word bookmark names for clauses, so that a later import can match a returned Word file to its
 * clauses. Word accepts names that start with a letter, hold only letters, digits and underscores
 * (no hyphens) and are at most 40 characters long; names starting with "_" are hidden ones.
 *
 * A clause id (a UUID) becomes "c_" + its 32 hex digits (34 characters). Anything else, or an id too
 * long, becomes "c_" + a 64-bit FNV-1a hash in hex. Names are unique within a document: a repeat gets
 * "_2", "_3"… The map returned is the truth; `clauseIdFromBookmark` only inverts the UUID form.
 */
export const BOOKMARK_MAX_LENGTH = 40;
const VALID = /^[A-Za-z][A-Za-z0-9_]{0,39}$/u;

export function isValidBookmarkName(name: string): boolean {
  return VALID.test(name);
}

/** 64-bit FNV-1a over the UTF-16 code units, as 16 hex digits. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

export function bookmarkName(clauseId: string): string {
  const compact = clauseId.replace(/-/gu, '').toLowerCase();
  const body = /^[a-z0-9]{1,38}$/u.test(compact) ? compact : fnv1a64(clauseId);
  return `c_${body}`;
}

/** Names for the clauses of one document, in order, unique. */
export function bookmarkNames(clauseIds: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of clauseIds) {
    if (out.has(id)) continue;
    let name = bookmarkName(id);
    for (let n = 2; used.has(name); n++) {
      const suffix = `_${n}`;
      name = `${bookmarkName(id).slice(0, BOOKMARK_MAX_LENGTH - suffix.length)}${suffix}`;
    }
    used.add(name);
    out.set(id, name);
  }
  return out;
}

/** "c_0f8e…" (32 hex) → the UUID it came from; undefined for hashed or suffixed names. */
export function clauseIdFromBookmark(name: string): string | undefined {
  const m = /^c_([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/u.exec(name);
  return m ? m.slice(1).join('-') : undefined;
}
