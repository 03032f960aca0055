/**
 * Numbering of the document body (../shared/domain/README.md §3.5): parts/sections `I.` `II.`,
 * clauses `1.` `2.`, points `a)` `b)` … with Vietnamese letters (đ after d), then `-`, then `+`.
 * Numbers are never stored: they are computed from the clause tree, and the Lao version uses the
 * same labels as the Vietnamese one so that clause numbers match across the two languages.
 */

/** Deepest clause level: 1. → a) → - → + */
export const MAX_CLAUSE_DEPTH = 4;

/** The clause fields numbering and the tree operations need (a stored row may carry more). */
export interface ClauseRow {
  id: string;
  sectionId: string;
  /** null for a top-level clause (level 1). */
  parentId: string | null;
  /** Orders siblings (same sectionId and parentId); not necessarily contiguous; ties broken by id. */
  position: number;
  textVi: string;
  textLo: string;
}

/** The section fields numbering needs. */
export interface SectionRow {
  id: string;
  /** Orders the sections across the document; ties broken by id. */
  position: number;
}

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → 'I', 4 → 'IV', 1990 → 'MCMXC', up to 3999; RangeError for anything else. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`Roman numerals are defined for integers 1..3999, got ${n}`);
  }
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * The Vietnamese alphabet as used for điểm in administrative documents: 23 letters, đ after d,
 * no f, j, w, z (and no ă, â, ê, ô, ơ, ư, which are never used as labels).
 */
export const VIETNAMESE_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const;

/**
 * The n-th letter label (1-based): 1 → 'a', 5 → 'đ', 23 → 'y'.
 *
 * Beyond 23 (no rule exists; a point list that long should be split into clauses) the labels go on
 * as a bijective base-23 numeral over the same alphabet, like spreadsheet columns:
 * 24 → 'aa', 25 → 'ab', …, 46 → 'ay', 47 → 'ba', …, 552 → 'yy', 553 → 'aaa'. Every n gets a distinct
 * label, labels never use f/j/w/z, and labels of equal length sort in alphabet order.
 */
export function vietnameseLetter(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`Letter labels are defined for integers ≥ 1, got ${n}`);
  }
  const base = VIETNAMESE_LETTERS.length;
  let rest = n;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % base;
    out = VIETNAMESE_LETTERS[digit] + out;
    rest = Math.floor((rest - 1) / base);
  }
  return out;
}

/**
 * Label of a clause at `level` (1..4) that is the `ordinal`-th (1-based) among its siblings:
 * level 1 → '3.', level 2 → 'c)', level 3 → '-', level 4 → '+'. RangeError outside those ranges.
 */
export function clauseLabel(level: number, ordinal: number): string {
  if (!Number.isInteger(ordinal) || ordinal < 1) {
    throw new RangeError(`Clause ordinals start at 1, got ${ordinal}`);
  }
  switch (level) {
    case 1:
      return `${ordinal}.`;
    case 2:
      return `${vietnameseLetter(ordinal)})`;
    case 3:
      return '-';
    case 4:
      return '+';
    default:
      throw new RangeError(`Clause levels are 1..${MAX_CLAUSE_DEPTH}, got ${level}`);
  }
}

/** Label of the `ordinal`-th (1-based) section of the document: 1 → 'I.', 2 → 'II.'. */
export function sectionLabel(ordinal: number): string {
  return `${romanNumeral(ordinal)}.`;
}

/** Sibling order: position, then id (plain code-unit comparison, so it never depends on a locale). */
export function compareByPosition(a: { id: string; position: number }, b: { id: string; position: number }): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** Sections in display order (position, then id). Returns a new array. */
export function orderSections<S extends SectionRow>(sections: readonly S[]): S[] {
  return [...sections].sort(compareByPosition);
}

export interface NumberedSection<S extends SectionRow = SectionRow> {
  section: S;
  /** 0-based index in display order. */
  index: number;
  /** 'I.', 'II.', … */
  label: string;
}

/** Sections in display order with their Roman labels. */
export function numberSections<S extends SectionRow>(sections: readonly S[]): NumberedSection<S>[] {
  return orderSections(sections).map((section, index) => ({ section, index, label: sectionLabel(index + 1) }));
}

export interface NumberedClause<C extends ClauseRow = ClauseRow> {
  clause: C;
  /** 1 for a top-level clause … 4. */
  level: number;
  /** '1.', 'a)', '-', '+' — the same in both language versions. */
  label: string;
  /** 1-based ordinals from the top-level clause down to this one: [2, 5] is point đ) of clause 2. */
  path: number[];
  /** 0-based index of the clause's section in display order (see numberSections). */
  sectionIndex: number;
}

/** Key of a sibling list: the roots of a section, or the children of a clause. */
export function siblingKey(row: { sectionId: string; parentId: string | null }): string {
  return row.parentId === null ? `s:${row.sectionId}` : `c:${row.parentId}`;
}

/** Sibling lists keyed by siblingKey, each sorted by position then id. */
export function groupSiblings<C extends ClauseRow>(clauses: readonly C[]): Map<string, C[]> {
  const groups = new Map<string, C[]>();
  for (const clause of clauses) {
    const key = siblingKey(clause);
    const list = groups.get(key);
    if (list) list.push(clause);
    else groups.set(key, [clause]);
  }
  for (const list of groups.values()) list.sort(compareByPosition);
  return groups;
}

/**
 * The whole body numbered, flat and in display order: sections by position, then each section's
 * clauses depth-first, siblings by position then id. Top-level clauses are numbered from 1 in each
 * section; points restart at a) under each clause.
 *
 * Only clauses reachable from their section's top level are listed: a clause whose section is not in
 * `sections`, whose parent is missing or in another section, or that sits on a parent cycle is left
 * out (validateTree in ./tree reports such rows). A clause deeper than level 4 (never produced by the
 * tree operations) is labelled like level 4.
 */
export function numberDocument<C extends ClauseRow, S extends SectionRow>(
  sections: readonly S[],
  clauses: readonly C[],
): NumberedClause<C>[] {
  const siblings = groupSiblings(clauses);
  const out: NumberedClause<C>[] = [];
  const visited = new Set<string>();

  const walk = (sectionId: string, list: readonly C[], level: number, parentPath: readonly number[], sectionIndex: number): void => {
    let ordinal = 0;
    for (const clause of list) {
      if (clause.sectionId !== sectionId || visited.has(clause.id)) continue;
      visited.add(clause.id);
      ordinal += 1;
      const path = [...parentPath, ordinal];
      out.push({ clause, level, label: clauseLabel(Math.min(level, MAX_CLAUSE_DEPTH), ordinal), path, sectionIndex });
      const children = siblings.get(siblingKey({ sectionId, parentId: clause.id }));
      if (children) walk(sectionId, children, level + 1, path, sectionIndex);
    }
  };

  orderSections(sections).forEach((section, sectionIndex) => {
    const roots = siblings.get(siblingKey({ sectionId: section.id, parentId: null }));
    if (roots) walk(section.id, roots, 1, [], sectionIndex);
  });
  return out;
}
