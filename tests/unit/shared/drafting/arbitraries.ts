/** Random clause trees for the property tests, and an invariant checker independent of shared/drafting. */
import { fc } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { ClauseRow, SectionRow, TreeChanges } from '../../../../shared/drafting';

export interface Doc {
  sections: SectionRow[];
  rows: ClauseRow[];
}

export const SECTION_IDS = ['s0', 's1', 's2'];
/** Includes a section that never has clauses in generated trees (a target for moves). */
export const TARGET_SECTION_IDS = [...SECTION_IDS, 's3'];

/** Vietnamese letters, Lao consonants, vowels and tone marks, combining marks, spaces, a flag, NBSP. */
export const textUnit = fc.constantFrom(
  'a', 'ơ', 'đ', 'Ư', 'ệ', ' ', ' ', '\u00A0', '.', ',',
  'ເ', 'ປ', 'ັ', 'ນ', '້', 'ຳ', 'ໍ', 'າ', 'ຫ', 'ຼ', 'ີ', '່', 'ວ',
  '\u0301', '\u0323', '🇻🇳', '\n',
);
export const clauseText = fc.string({ unit: textUnit, maxLength: 16 });

interface Spec {
  section: number;
  parent: number;
  vi: string;
  lo: string;
  gap: number;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  section: fc.nat({ max: SECTION_IDS.length - 1 }),
  parent: fc.nat({ max: 60 }),
  vi: clauseText,
  lo: clauseText,
  gap: fc.nat({ max: 3 }),
});

function build(specs: readonly Spec[], gapped: boolean): Doc {
  const rows: ClauseRow[] = [];
  const level = new Map<string, number>();
  const lastPosition = new Map<string, number>();
  specs.forEach((spec, i) => {
    const sectionId = SECTION_IDS[spec.section] ?? 's0';
    const candidates = rows.filter((row) => row.sectionId === sectionId && (level.get(row.id) ?? 1) < 4);
    const pick = spec.parent % (candidates.length + 1);
    const parentId = pick === 0 ? null : (candidates[pick - 1]?.id ?? null);
    const key = `${sectionId}/${parentId ?? ''}`;
    const previous = lastPosition.get(key);
    const position = gapped ? (previous ?? -2) + spec.gap : previous === undefined ? 0 : previous + 1;
    lastPosition.set(key, position);
    const id = `c${String(i).padStart(2, '0')}`;
    level.set(id, parentId === null ? 1 : (level.get(parentId) ?? 1) + 1);
    rows.push({ id, sectionId, parentId, position, textVi: spec.vi, textLo: spec.lo });
  });
  return { sections: TARGET_SECTION_IDS.map((id, position) => ({ id, position })), rows };
}

/** A document with 1..30 clauses in up to three sections, depth ≤ 4, sibling positions 0..n-1. */
export const docArb = fc.array(specArb, { minLength: 1, maxLength: 30 }).map((specs) => build(specs, false));
/** Same, but positions have gaps, ties (broken by id) and negative values. */
export const gappedDocArb = fc.array(specArb, { minLength: 1, maxLength: 30 }).map((specs) => build(specs, true));

export function levelOf(rows: readonly ClauseRow[], id: string): number {
  const byId = new Map(rows.map((row) => [row.id, row]));
  let level = 0;
  let current = byId.get(id);
  while (current) {
    level += 1;
    if (level > rows.length + 1) throw new Error('cycle');
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return level;
}

export function childrenOf(rows: readonly ClauseRow[], sectionId: string, parentId: string | null): ClauseRow[] {
  return rows
    .filter((row) => row.parentId === parentId && (parentId !== null || row.sectionId === sectionId))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function subtreeIds(rows: readonly ClauseRow[], id: string): string[] {
  const out: string[] = [];
  const walk = (parentId: string): void => {
    for (const row of rows.filter((r) => r.parentId === parentId).sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))) {
      out.push(row.id);
      walk(row.id);
    }
  };
  walk(id);
  return out;
}

/** Height of the subtree of id, the clause itself counting 1. */
export function heightOf(rows: readonly ClauseRow[], id: string): number {
  const children = rows.filter((r) => r.parentId === id);
  return 1 + Math.max(0, ...children.map((c) => heightOf(rows, c.id)));
}

/**
 * The tree invariants: unique ids, parents exist and share the section, no cycles, depth ≤ 4, sibling
 * positions 0..n-1 (or, with `touchedOnly`, only in lists that contain a patched or added row).
 */
export function expectValidTree(rows: readonly ClauseRow[], touched?: ReadonlySet<string>): void {
  const byId = new Map(rows.map((row) => [row.id, row]));
  expect(byId.size).toBe(rows.length);
  for (const row of rows) {
    if (row.parentId !== null) {
      const parent = byId.get(row.parentId);
      expect(parent, `parent of ${row.id}`).toBeDefined();
      expect(parent?.sectionId, `section of ${row.id}'s parent`).toBe(row.sectionId);
    }
    expect(levelOf(rows, row.id)).toBeLessThanOrEqual(4);
  }
  const lists = new Map<string, ClauseRow[]>();
  for (const row of rows) {
    const key = row.parentId === null ? `s:${row.sectionId}` : `c:${row.parentId}`;
    lists.set(key, [...(lists.get(key) ?? []), row]);
  }
  for (const list of lists.values()) {
    if (touched && !list.some((row) => touched.has(row.id))) continue;
    expect(list.map((row) => row.position).sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
  }
}

/** No clause lost or duplicated except the ones reported removed; patches and added rows reproduce rows. */
export function expectConserved(before: readonly ClauseRow[], changes: TreeChanges): void {
  const beforeIds = new Set(before.map((row) => row.id));
  const afterIds = changes.rows.map((row) => row.id);
  expect(new Set(afterIds).size).toBe(afterIds.length);
  for (const id of changes.removed) expect(beforeIds.has(id)).toBe(true);
  for (const row of changes.added) expect(beforeIds.has(row.id)).toBe(false);
  const expected = [...beforeIds].filter((id) => !changes.removed.includes(id)).concat(changes.added.map((row) => row.id));
  expect([...afterIds].sort()).toEqual(expected.sort());
  // The patches alone (what the backend applies) give the same rows.
  const patched = new Map(before.map((row) => [row.id, { ...row }]));
  for (const id of changes.removed) patched.delete(id);
  for (const patch of changes.patches) {
    const row = patched.get(patch.id);
    expect(row, `patch for unknown row ${patch.id}`).toBeDefined();
    if (row) Object.assign(row, patch);
  }
  for (const row of changes.added) patched.set(row.id, row);
  const byId = (a: ClauseRow, b: ClauseRow): number => (a.id < b.id ? -1 : 1);
  expect([...patched.values()].sort(byId)).toEqual([...changes.rows].sort(byId));
}

/** Placement (section, parent, position) and texts of every row, keyed by id. */
export function snapshot(rows: readonly ClauseRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.id, JSON.stringify([row.sectionId, row.parentId, row.position, row.textVi, row.textLo])]));
}
