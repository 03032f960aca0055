/**
 * Property tests of the clause-tree operations over random trees: the tree stays valid (parents in the
 * same section, no cycles, depth ≤ 4, sibling positions 0..n-1), no clause is lost or duplicated except
 * those reported removed, texts are preserved, and refusals carry the right code.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  deleteClause,
  indentClause,
  insertClauses,
  mergeClauses,
  moveClause,
  normalisePositions,
  numberDocument,
  outdentClause,
  splitClause,
  type ClauseRow,
  type SectionRow,
  type TreeResult,
} from '../../../../shared/drafting';
import {
  TARGET_SECTION_IDS,
  childrenOf,
  docArb,
  expectConserved,
  expectValidTree,
  gappedDocArb,
  heightOf,
  levelOf,
  snapshot,
  subtreeIds,
  type Doc,
} from './arbitraries';

const RUNS = { numRuns: 300 };

function at<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function ok(result: TreeResult): Extract<TreeResult, { ok: true }>['changes'] {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.changes;
}

function codeOf(result: TreeResult): string | null {
  return result.ok ? null : result.error.code;
}

/** Sibling order of every list, leaving out the given ids. */
function orderWithout(rows: readonly ClauseRow[], skip: ReadonlySet<string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const row of [...rows].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))) {
    if (skip.has(row.id)) continue;
    const key = row.parentId === null ? `s:${row.sectionId}` : `c:${row.parentId}`;
    (out[key] ??= []).push(row.id);
  }
  return out;
}

function texts(rows: readonly ClauseRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.id, `${row.textVi}|${row.textLo}`]));
}

/** Every clause is reachable from its section's top level (no orphans, no cycles). */
function expectAllNumbered(sections: readonly SectionRow[], rows: readonly ClauseRow[]): void {
  expect(numberDocument(sections, rows)).toHaveLength(rows.length);
}

function expectWellFormed(doc: Doc, changes: ReturnType<typeof ok>): void {
  expectValidTree(changes.rows);
  expectConserved(doc.rows, changes);
  expectAllNumbered(doc.sections, changes.rows);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function boundaries(text: string): Set<number> {
  const out = new Set<number>([text.length]);
  for (const s of segmenter.segment(text)) out.add(s.index);
  return out;
}

describe('moveClause', () => {
  test.prop([docArb, fc.nat(), fc.nat(), fc.boolean(), fc.constantFrom(...TARGET_SECTION_IDS), fc.nat()], RUNS)(
    'keeps the tree valid, or refuses with the code the situation calls for',
    (doc, pick, parentPick, sameSection, sectionPick, indexPick) => {
      const { rows } = doc;
      const row = at(rows, pick);
      const parentIndex = parentPick % (rows.length + 1);
      const parent = parentIndex === rows.length ? null : (rows[parentIndex] ?? null);
      const sectionId = sameSection && parent ? parent.sectionId : sectionPick;
      const parentId = parent?.id ?? null;
      const targetCount = childrenOf(rows, sectionId, parentId).filter((r) => r.id !== row.id).length;
      const index = indexPick % (targetCount + 2); // sometimes one past the end

      let expected: string | null = null;
      if (parent && (parent.id === row.id || subtreeIds(rows, row.id).includes(parent.id))) expected = 'move_into_own_child';
      else if (parent && parent.sectionId !== sectionId) expected = 'parent_in_other_section';
      else if ((parent ? levelOf(rows, parent.id) : 0) + heightOf(rows, row.id) > 4) expected = 'too_deep';
      else if (index > targetCount) expected = 'invalid_position';

      const result = moveClause(rows, row.id, { sectionId, parentId, index });
      expect(codeOf(result)).toBe(expected);
      if (!result.ok) return;
      const changes = ok(result);
      expectWellFormed(doc, changes);
      expect(changes.removed).toEqual([]);
      expect(changes.added).toEqual([]);
      const after = changes.rows;
      expect(childrenOf(after, sectionId, parentId)[index]?.id).toBe(row.id);
      // The sub-items travel with the clause, in order, into the target section.
      expect(subtreeIds(after, row.id)).toEqual(subtreeIds(rows, row.id));
      for (const id of subtreeIds(after, row.id)) expect(after.find((r) => r.id === id)?.sectionId).toBe(sectionId);
      // Nothing else changes parent, order or text.
      const skip = new Set([row.id]);
      const beforeOrder = orderWithout(rows, skip);
      const afterOrder = orderWithout(after, skip);
      for (const [key, list] of Object.entries(beforeOrder)) if (list.length > 0) expect(afterOrder[key]).toEqual(list);
      expect(texts(after)).toEqual(texts(rows));
    },
  );
});

describe('indentClause / outdentClause', () => {
  test.prop([docArb, fc.nat()], RUNS)('indent makes the clause the last child of its previous sibling; outdent undoes it', (doc, pick) => {
    const { rows } = doc;
    const row = at(rows, pick);
    const siblings = childrenOf(rows, row.sectionId, row.parentId);
    const previous = siblings[siblings.findIndex((r) => r.id === row.id) - 1];
    const expected = !previous ? 'no_previous_sibling' : levelOf(rows, previous.id) + heightOf(rows, row.id) > 4 ? 'too_deep' : null;

    const result = indentClause(rows, row.id);
    expect(codeOf(result)).toBe(expected);
    if (!result.ok || !previous) return;
    const changes = ok(result);
    expectWellFormed(doc, changes);
    const children = childrenOf(changes.rows, row.sectionId, previous.id);
    expect(children[children.length - 1]?.id).toBe(row.id);
    expect(levelOf(changes.rows, row.id)).toBe(levelOf(rows, row.id) + 1);
    expect(texts(changes.rows)).toEqual(texts(rows));

    const back = ok(outdentClause(changes.rows, row.id));
    expectWellFormed(doc, back);
    expect(snapshot(back.rows)).toEqual(snapshot(rows));
  });

  test.prop([docArb, fc.nat()], RUNS)('outdent makes the clause the next sibling of its parent; later siblings stay', (doc, pick) => {
    const { rows } = doc;
    const row = at(rows, pick);
    const result = outdentClause(rows, row.id);
    expect(codeOf(result)).toBe(row.parentId === null ? 'already_top_level' : null);
    if (!result.ok || row.parentId === null) return;
    const changes = ok(result);
    expectWellFormed(doc, changes);
    const after = changes.rows;
    const oldParent = rows.find((r) => r.id === row.parentId);
    if (!oldParent) throw new Error('generated tree has a missing parent');
    const moved = after.find((r) => r.id === row.id);
    expect(moved?.parentId).toBe(oldParent.parentId);
    const newSiblings = childrenOf(after, oldParent.sectionId, oldParent.parentId).map((r) => r.id);
    expect(newSiblings.indexOf(row.id)).toBe(newSiblings.indexOf(oldParent.id) + 1);
    const oldSiblings = childrenOf(rows, row.sectionId, row.parentId).map((r) => r.id);
    const following = oldSiblings.slice(oldSiblings.indexOf(row.id) + 1);
    for (const id of following) expect(after.find((r) => r.id === id)?.parentId).toBe(oldParent.id);
    expect(subtreeIds(after, row.id)).toEqual(subtreeIds(rows, row.id));
    expect(levelOf(after, row.id)).toBe(levelOf(rows, row.id) - 1);
    expect(texts(after)).toEqual(texts(rows));
  });
});

describe('splitClause / mergeClauses', () => {
  test.prop([docArb, fc.nat(), fc.nat(), fc.nat()], RUNS)(
    'split never cuts a grapheme cluster, adds the second part right after, and merge gives the text back',
    (doc, pick, viPick, loPick) => {
      const { rows } = doc;
      const row = at(rows, pick);
      const offsetVi = viPick % (row.textVi.length + 1);
      const offsetLo = loPick % (row.textLo.length + 1);
      const changes = ok(splitClause(rows, row.id, offsetVi, offsetLo, () => 'new'));
      expectWellFormed(doc, changes);
      expect(changes.added.map((r) => r.id)).toEqual(['new']);
      const after = changes.rows;
      const siblings = childrenOf(after, row.sectionId, row.parentId).map((r) => r.id);
      expect(siblings[siblings.indexOf(row.id) + 1]).toBe('new');
      expect(subtreeIds(after, row.id)).toEqual(subtreeIds(rows, row.id));
      expect(subtreeIds(after, 'new')).toEqual([]);

      const first = after.find((r) => r.id === row.id);
      const second = after.find((r) => r.id === 'new');
      if (!first || !second) throw new Error('split lost a part');
      for (const [original, a, b] of [
        [row.textVi, first.textVi, second.textVi],
        [row.textLo, first.textLo, second.textLo],
      ] as const) {
        expect(original.startsWith(a)).toBe(true);
        expect(original.endsWith(b)).toBe(true);
        expect(a.length + b.length).toBeLessThanOrEqual(original.length);
        expect(original.slice(a.length, original.length - b.length)).toMatch(/^\s*$/u);
        const cuts = boundaries(original);
        expect(cuts.has(a.length)).toBe(true);
        expect(cuts.has(original.length - b.length)).toBe(true);
      }

      const merged = ok(mergeClauses(after, row.id, 'new'));
      expectValidTree(merged.rows);
      expect(merged.removed).toEqual(['new']);
      const joined = merged.rows.find((r) => r.id === row.id);
      for (const [original, a, b, now] of [
        [row.textVi, first.textVi, second.textVi, joined?.textVi],
        [row.textLo, first.textLo, second.textLo, joined?.textLo],
      ] as const) {
        expect(now).toBe(a && b ? `${a} ${b}` : a + b);
        expect(now?.replace(/\s+/gu, '')).toBe(original.replace(/\s+/gu, ''));
      }
      // Structure is back exactly as it was.
      const placement = (list: readonly ClauseRow[]): Record<string, string> =>
        Object.fromEntries(list.map((r) => [r.id, `${r.sectionId}/${r.parentId}/${r.position}`]));
      expect(placement(merged.rows)).toEqual(placement(rows));
    },
  );

  test.prop([docArb, fc.nat(), fc.nat(), fc.boolean()], RUNS)(
    'merge joins a clause with its next sibling only, appending the second one’s sub-items',
    (doc, pick, otherPick, adjacent) => {
      const { rows } = doc;
      const firstRow = at(rows, pick);
      const siblings = childrenOf(rows, firstRow.sectionId, firstRow.parentId);
      const next = siblings[siblings.findIndex((r) => r.id === firstRow.id) + 1];
      const secondRow = adjacent && next ? next : at(rows, otherPick);
      const result = mergeClauses(rows, firstRow.id, secondRow.id);
      expect(codeOf(result)).toBe(next && secondRow.id === next.id ? null : 'not_next_sibling');
      if (!result.ok) return;
      const changes = ok(result);
      expectWellFormed(doc, changes);
      expect(changes.removed).toEqual([secondRow.id]);
      const after = changes.rows;
      const kids = (list: readonly ClauseRow[], id: string): string[] => childrenOf(list, firstRow.sectionId, id).map((r) => r.id);
      expect(kids(after, firstRow.id)).toEqual([...kids(rows, firstRow.id), ...kids(rows, secondRow.id)]);
      const merged = after.find((r) => r.id === firstRow.id);
      for (const [a, b, now] of [
        [firstRow.textVi, secondRow.textVi, merged?.textVi],
        [firstRow.textLo, secondRow.textLo, merged?.textLo],
      ] as const) {
        expect(now?.replace(/\s+/gu, '')).toBe((a + b).replace(/\s+/gu, ''));
      }
      const others = rows.filter((r) => r.id !== firstRow.id && r.id !== secondRow.id);
      const textsAfter = texts(after);
      for (const r of others) expect(textsAfter[r.id]).toBe(`${r.textVi}|${r.textLo}`);
    },
  );
});

describe('deleteClause', () => {
  test.prop([docArb, fc.nat()], RUNS)('removes exactly the clause and its sub-items, renumbering the rest', (doc, pick) => {
    const { rows } = doc;
    const row = at(rows, pick);
    const changes = ok(deleteClause(rows, row.id));
    expectWellFormed(doc, changes);
    expect([...changes.removed].sort()).toEqual([row.id, ...subtreeIds(rows, row.id)].sort());
    const gone = new Set(changes.removed);
    const beforeOrder = orderWithout(rows, gone);
    const afterOrder = orderWithout(changes.rows, gone);
    for (const [key, list] of Object.entries(beforeOrder)) expect(afterOrder[key]).toEqual(list);
    for (const r of changes.rows) {
      const old = rows.find((o) => o.id === r.id);
      expect(r.parentId).toBe(old?.parentId);
      expect(r.textVi).toBe(old?.textVi);
    }
  });

  test('an unknown id is refused, nothing removed', () => {
    expect(codeOf(deleteClause([], 'nope'))).toBe('clause_not_found');
  });
});

describe('insertClauses', () => {
  test.prop([docArb, fc.nat(), fc.boolean(), fc.constantFrom(...TARGET_SECTION_IDS), fc.nat(), fc.integer({ min: 0, max: 3 })], RUNS)(
    'puts new rows consecutively at the target, or refuses',
    (doc, parentPick, sameSection, sectionPick, indexPick, count) => {
      const { rows } = doc;
      const parentIndex = parentPick % (rows.length + 1);
      const parent = parentIndex === rows.length ? null : (rows[parentIndex] ?? null);
      const sectionId = sameSection && parent ? parent.sectionId : sectionPick;
      const existing = childrenOf(rows, sectionId, parent?.id ?? null).length;
      const index = indexPick % (existing + 2);
      let expected: string | null = null;
      if (parent && parent.sectionId !== sectionId) expected = 'parent_in_other_section';
      else if (parent && levelOf(rows, parent.id) >= 4) expected = 'too_deep';
      else if (index > existing) expected = 'invalid_position';
      const fresh = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, sectionId: 'x', parentId: null, position: 99, textVi: `mới ${i}`, textLo: `ໃໝ່ ${i}` }));
      const result = insertClauses(rows, { sectionId, parentId: parent?.id ?? null, index }, fresh);
      expect(codeOf(result)).toBe(expected);
      if (!result.ok) return;
      const changes = ok(result);
      expectWellFormed(doc, changes);
      const ids = childrenOf(changes.rows, sectionId, parent?.id ?? null).map((r) => r.id);
      expect(ids.slice(index, index + count)).toEqual(fresh.map((r) => r.id));
      expect(texts(changes.rows.filter((r) => !r.id.startsWith('n')))).toEqual(texts(rows));
    },
  );
});

describe('operations on stored positions with gaps and ties', () => {
  const ops: [string, (rows: readonly ClauseRow[], id: string, other: ClauseRow) => TreeResult][] = [
    ['move', (rows, id, other) => moveClause(rows, id, { sectionId: other.sectionId, parentId: other.parentId, index: 0 })],
    ['indent', (rows, id) => indentClause(rows, id)],
    ['outdent', (rows, id) => outdentClause(rows, id)],
    ['split', (rows, id) => splitClause(rows, id, 1, 1, () => 'new')],
    ['merge', (rows, id, other) => mergeClauses(rows, id, other.id)],
    ['delete', (rows, id) => deleteClause(rows, id)],
  ];

  test.prop([gappedDocArb, fc.nat(), fc.nat(), fc.constantFrom(...ops)], RUNS)(
    'depend only on sibling order, and renumber every list they touch to 0..n-1',
    (doc, pick, otherPick, [, op]) => {
      const row = at(doc.rows, pick);
      const other = at(doc.rows, otherPick);
      const tidy = ok(normalisePositions(doc.rows)).rows;
      expectValidTree(tidy);
      const display = (rows: readonly ClauseRow[]): string[] =>
        numberDocument(doc.sections, rows).map((n) => `${n.sectionIndex}:${n.path.join('.')}:${n.clause.id}:${n.clause.textVi}`);
      expect(display(tidy)).toEqual(display(doc.rows));

      const onGapped = op(doc.rows, row.id, other);
      const onTidy = op(tidy, row.id, other);
      expect(codeOf(onGapped)).toBe(codeOf(onTidy));
      if (!onGapped.ok || !onTidy.ok) return;
      expect(display(onGapped.changes.rows)).toEqual(display(onTidy.changes.rows));
      // Lists where a row was reordered, reparented or added (a sub-item that only followed its parent
      // into another section keeps its list as it was).
      const original = new Map(doc.rows.map((r) => [r.id, r]));
      const touched = new Set([
        ...onGapped.changes.patches
          .filter((p) => p.position !== original.get(p.id)?.position || p.parentId !== original.get(p.id)?.parentId)
          .map((p) => p.id),
        ...onGapped.changes.added.map((r) => r.id),
      ]);
      expectValidTree(onGapped.changes.rows, touched);
      expectConserved(doc.rows, onGapped.changes);
    },
  );
});
