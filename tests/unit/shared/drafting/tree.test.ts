import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  buildTree,
  deleteClause,
  descendantsOf,
  flattenTree,
  graphemeBoundaries,
  indentClause,
  joinClauseText,
  mergeClauses,
  moveClause,
  numberDocument,
  outdentClause,
  snapToGrapheme,
  splitClause,
  splitClauseText,
  validateTree,
  type ClauseRow,
  type TreeResult,
} from '../../../../shared/drafting';

function c(id: string, parentId: string | null, position: number, sectionId = 's1', textVi = `vi ${id}`, textLo = `lo ${id}`): ClauseRow {
  return { id, sectionId, parentId, position, textVi, textLo };
}

/**
 * s1: 1 (children a, b (child b1 (child b1x))), 2, 3
 * s2: 4
 */
const rows: ClauseRow[] = [
  c('1', null, 0),
  c('a', '1', 0),
  c('b', '1', 1),
  c('b1', 'b', 0),
  c('b1x', 'b1', 0),
  c('2', null, 1),
  c('3', null, 2),
  c('4', null, 0, 's2'),
];
const sections = [
  { id: 's1', position: 0 },
  { id: 's2', position: 1 },
];

function outline(list: readonly ClauseRow[]): string[] {
  return numberDocument(sections, list).map((n) => `${n.sectionIndex}:${'.'.repeat(n.level - 1)}${n.label}${n.clause.id}`);
}

function changesOf(result: TreeResult): Extract<TreeResult, { ok: true }>['changes'] {
  if (!result.ok) throw new Error(result.error.code);
  return result.changes;
}

describe('reading the tree', () => {
  it('buildTree and flattenTree give display order with levels', () => {
    const forest = buildTree(rows);
    expect(flattenTree(forest.get('s1') ?? []).map((r) => r.id)).toEqual(['1', 'a', 'b', 'b1', 'b1x', '2', '3']);
    expect(forest.get('s1')?.[0]?.children[1]?.children[0]?.children[0]?.level).toBe(4);
    expect(flattenTree(forest.get('s2') ?? []).map((r) => r.id)).toEqual(['4']);
  });

  it('descendantsOf lists sub-items depth-first, not the clause itself', () => {
    expect(descendantsOf(rows, '1')).toEqual(['a', 'b', 'b1', 'b1x']);
    expect(descendantsOf(rows, '2')).toEqual([]);
  });

  it('validateTree accepts a good tree and names every problem of a bad one', () => {
    expect(validateTree(rows)).toEqual([]);
    const problems = validateTree([
      ...rows,
      c('1', null, 9),
      c('orphan', 'missing', 0),
      c('cross', '4', 0, 's1'),
      c('loop1', 'loop2', 0),
      c('loop2', 'loop1', 0),
      c('deep', 'b1x', 0),
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'duplicate_id', id: '1' },
        { kind: 'missing_parent', id: 'orphan', parentId: 'missing' },
        { kind: 'parent_in_other_section', id: 'cross', parentId: '4' },
        { kind: 'cycle', id: 'loop1' },
        { kind: 'cycle', id: 'loop2' },
        { kind: 'too_deep', id: 'deep', level: 5 },
      ]),
    );
  });
});

describe('moveClause', () => {
  it('moves a clause with its sub-items to another section and renumbers both lists', () => {
    const changes = changesOf(moveClause(rows, 'b', { sectionId: 's2', parentId: null, index: 0 }));
    expect(outline(changes.rows)).toEqual(['0:1.1', '0:.a)a', '0:2.2', '0:3.3', '1:1.b', '1:.a)b1', '1:..-b1x', '1:2.4']);
    expect(changes.patches).toEqual(
      expect.arrayContaining([
        { id: 'b', sectionId: 's2', parentId: null, position: 0 },
        { id: 'b1', sectionId: 's2', parentId: 'b', position: 0 },
        { id: 'b1x', sectionId: 's2', parentId: 'b1', position: 0 },
        { id: '4', sectionId: 's2', parentId: null, position: 1 },
      ]),
    );
    expect(changes.patches).toHaveLength(4);
    expect(applyChanges(rows, changes)).toEqual(changes.rows);
  });

  it('moving to the same place changes nothing', () => {
    const changes = changesOf(moveClause(rows, '2', { sectionId: 's1', parentId: null, index: 1 }));
    expect(changes.patches).toEqual([]);
  });

  it('reorders within a list (index counts the list without the moved clause)', () => {
    const changes = changesOf(moveClause(rows, '1', { sectionId: 's1', parentId: null, index: 2 }));
    expect(outline(changes.rows).filter((line) => /^0:\d/u.test(line))).toEqual(['0:1.2', '0:2.3', '0:3.1']);
  });

  it.each([
    ['into itself', '1', { sectionId: 's1', parentId: '1', index: 0 }, 'move_into_own_child'],
    ['into its own grandchild', '1', { sectionId: 's1', parentId: 'b1', index: 0 }, 'move_into_own_child'],
    ['under a parent of another section', '2', { sectionId: 's2', parentId: '1', index: 0 }, 'parent_in_other_section'],
    ['so deep a sub-item would be level 5', 'b', { sectionId: 's1', parentId: 'a', index: 0 }, 'too_deep'],
    ['an unknown clause', 'zz', { sectionId: 's1', parentId: null, index: 0 }, 'clause_not_found'],
    ['under an unknown parent', '2', { sectionId: 's1', parentId: 'zz', index: 0 }, 'clause_not_found'],
    ['past the end of the list', '2', { sectionId: 's2', parentId: null, index: 2 }, 'invalid_position'],
    ['to a negative index', '2', { sectionId: 's1', parentId: null, index: -1 }, 'invalid_position'],
    ['to a fractional index', '2', { sectionId: 's1', parentId: null, index: 0.5 }, 'invalid_position'],
  ] as const)('refuses a move %s', (_, id, target, code) => {
    const result = moveClause(rows, id, target);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  });

  it('reports too_deep with the maximum as a parameter', () => {
    const result = moveClause(rows, 'b', { sectionId: 's1', parentId: 'a', index: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too_deep', params: { max: 4 } } });
  });

  it('does not touch its input', () => {
    const copy = structuredClone(rows);
    moveClause(rows, 'b', { sectionId: 's2', parentId: null, index: 0 });
    expect(rows).toEqual(copy);
  });
});

describe('indentClause / outdentClause', () => {
  it('indent makes a clause the last child of its previous sibling', () => {
    const changes = changesOf(indentClause(rows, '2'));
    expect(outline(changes.rows).slice(0, 7)).toEqual(['0:1.1', '0:.a)a', '0:.b)b', '0:..-b1', '0:...+b1x', '0:.c)2', '0:2.3']);
  });

  it('indent refuses the first clause of a list and a clause whose sub-items would go below level 4', () => {
    expect(indentClause(rows, '1')).toMatchObject({ ok: false, error: { code: 'no_previous_sibling' } });
    expect(indentClause(rows, 'b')).toMatchObject({ ok: false, error: { code: 'too_deep' } });
  });

  it('outdent makes a clause the next sibling of its parent; its following siblings stay with the parent', () => {
    const changes = changesOf(outdentClause(rows, 'a'));
    expect(outline(changes.rows).slice(0, 7)).toEqual(['0:1.1', '0:.a)b', '0:..-b1', '0:...+b1x', '0:2.a', '0:3.2', '0:4.3']);
  });

  it('outdent refuses a top-level clause', () => {
    expect(outdentClause(rows, '1')).toMatchObject({ ok: false, error: { code: 'already_top_level' } });
    expect(outdentClause(rows, 'nope')).toMatchObject({ ok: false, error: { code: 'clause_not_found' } });
  });
});

describe('grapheme snapping (Lao stacks marks on consonants)', () => {
  const combining = /^\p{M}/u;

  it.each(['ເປັນ', 'ນ້ຳ', 'ຫຼວງນ້ຳທາ', 'ສາທາລະນະລັດ', 'Hợp tác', 'Thủy'.normalize('NFD')])(
    'splitting %s at every offset never separates a mark from its base',
    (text) => {
      for (let offset = 0; offset <= text.length; offset++) {
        const [before, after] = splitClauseText(text, offset);
        if (!/\s/u.test(text)) expect(before + after).toBe(text);
        expect(text.startsWith(before)).toBe(true);
        expect(text.endsWith(after)).toBe(true);
        expect(after).not.toMatch(combining);
        expect(graphemeBoundaries(text)).toContain(before.length);
      }
    },
  );

  it('snaps an offset inside a cluster forward to the end of that cluster', () => {
    // ນ້ຳ = ນ U+0E99, ້ U+0EC9, ຳ U+0EB3: one cluster of three code units.
    expect('ນ້ຳ').toHaveLength(3);
    expect(snapToGrapheme('ນ້ຳ', 0)).toBe(0);
    expect(snapToGrapheme('ນ້ຳ', 1)).toBe(3);
    expect(snapToGrapheme('ນ້ຳ', 2)).toBe(3);
    expect(snapToGrapheme('ນ້ຳ', 3)).toBe(3);
    // ເປັນ = ເ | ປັ | ນ: ເ is written before the consonant but is its own cluster.
    expect(graphemeBoundaries('ເປັນ')).toEqual([0, 1, 3, 4]);
    expect(splitClauseText('ເປັນ', 2)).toEqual(['ເປັ', 'ນ']);
    expect(splitClauseText('ເປັນ', 1)).toEqual(['ເ', 'ປັນ']);
    // A flag is one cluster of four UTF-16 units.
    expect(splitClauseText('a🇻🇳b', 2)).toEqual(['a🇻🇳', 'b']);
  });

  it('trims whitespace at the seam only, and refuses offsets outside the text', () => {
    expect(splitClauseText('  Tăng cường   hợp tác  ', 13)).toEqual(['  Tăng cường', 'hợp tác  ']);
    expect(splitClauseText('ສັນຕິພາບ ເອກະລາດ', 8)).toEqual(['ສັນຕິພາບ', 'ເອກະລາດ']);
    expect(splitClauseText('abc', 0)).toEqual(['', 'abc']);
    expect(splitClauseText('abc', 3)).toEqual(['abc', '']);
    expect(() => splitClauseText('abc', 4)).toThrow(RangeError);
    expect(() => splitClauseText('abc', -1)).toThrow(RangeError);
  });

  it('joins with exactly one space, none next to an empty side', () => {
    expect(joinClauseText('Tăng cường ', '  hợp tác')).toBe('Tăng cường hợp tác');
    expect(joinClauseText('ສັນຕິພາບ', 'ເອກະລາດ')).toBe('ສັນຕິພາບ ເອກະລາດ');
    expect(joinClauseText('', 'x')).toBe('x');
    expect(joinClauseText('x ', '')).toBe('x');
    expect(joinClauseText('', '')).toBe('');
  });
});

describe('splitClause / mergeClauses / deleteClause', () => {
  const doc: ClauseRow[] = [
    c('1', null, 0, 's1', 'Tăng cường trao đổi đoàn. Tiếp tục tuyên truyền', 'ເພີ່ມທະວີ ສືບຕໍ່'),
    c('1a', '1', 0),
    c('2', null, 1, 's1', 'Đẩy mạnh thương mại', 'ຊຸກຍູ້ການຄ້າ'),
    c('2a', '2', 0),
    c('3', null, 2),
  ];

  it('split keeps the sub-items with the first part and adds the new clause right after', () => {
    const offsetVi = 'Tăng cường trao đổi đoàn.'.length;
    const offsetLo = 'ເພີ່ມທະວີ'.length;
    const changes = changesOf(splitClause(doc, '1', offsetVi, offsetLo, () => 'new'));
    expect(changes.added).toEqual([c('new', null, 1, 's1', 'Tiếp tục tuyên truyền', 'ສືບຕໍ່')]);
    expect(changes.patches).toEqual(
      expect.arrayContaining([
        { id: '1', sectionId: 's1', parentId: null, position: 0, textVi: 'Tăng cường trao đổi đoàn.', textLo: 'ເພີ່ມທະວີ' },
        { id: '2', sectionId: 's1', parentId: null, position: 2 },
        { id: '3', sectionId: 's1', parentId: null, position: 3 },
      ]),
    );
    expect(outline(changes.rows)).toEqual(['0:1.1', '0:.a)1a', '0:2.new', '0:3.2', '0:.a)2a', '0:4.3']);
  });

  it('split copies the other fields of the row and refuses a taken id or a bad offset', () => {
    const stored = [{ ...c('x', null, 0), status: 'in_progress', loNeedsReview: true }];
    const changes = changesOf(splitClause(stored, 'x', 2, 2, () => 'y'));
    expect(changes.added[0]).toMatchObject({ id: 'y', status: 'in_progress', loNeedsReview: true });
    expect(splitClause(doc, '1', 0, 0, () => '2')).toMatchObject({ ok: false, error: { code: 'duplicate_id' } });
    expect(splitClause(doc, '1', 999, 0, () => 'n')).toMatchObject({ ok: false, error: { code: 'invalid_offset' } });
    expect(splitClause(doc, '1', 0, -1, () => 'n')).toMatchObject({ ok: false, error: { code: 'invalid_offset' } });
  });

  it('merge joins texts with one space and appends the second’s sub-items', () => {
    const changes = changesOf(mergeClauses(doc, '1', '2'));
    expect(changes.removed).toEqual(['2']);
    const merged = changes.rows.find((r) => r.id === '1');
    expect(merged?.textVi).toBe('Tăng cường trao đổi đoàn. Tiếp tục tuyên truyền Đẩy mạnh thương mại');
    expect(merged?.textLo).toBe('ເພີ່ມທະວີ ສືບຕໍ່ ຊຸກຍູ້ການຄ້າ');
    expect(outline(changes.rows)).toEqual(['0:1.1', '0:.a)1a', '0:.b)2a', '0:2.3']);
    expect(changes.patches).toEqual(
      expect.arrayContaining([
        { id: '2a', sectionId: 's1', parentId: '1', position: 1 },
        { id: '3', sectionId: 's1', parentId: null, position: 1 },
      ]),
    );
  });

  it('merge refuses anything but the next sibling', () => {
    expect(mergeClauses(doc, '2', '1')).toMatchObject({ ok: false, error: { code: 'not_next_sibling' } });
    expect(mergeClauses(doc, '1', '3')).toMatchObject({ ok: false, error: { code: 'not_next_sibling' } });
    expect(mergeClauses(doc, '1', '1a')).toMatchObject({ ok: false, error: { code: 'not_next_sibling' } });
    expect(mergeClauses(doc, '1', '1')).toMatchObject({ ok: false, error: { code: 'not_next_sibling' } });
    expect(mergeClauses(doc, '1', 'zz')).toMatchObject({ ok: false, error: { code: 'clause_not_found' } });
  });

  it('delete reports the clause and its sub-items as removed and renumbers the siblings', () => {
    const changes = changesOf(deleteClause(doc, '2'));
    expect([...changes.removed].sort()).toEqual(['2', '2a']);
    expect(changes.patches).toEqual([{ id: '3', sectionId: 's1', parentId: null, position: 1 }]);
    expect(outline(changes.rows)).toEqual(['0:1.1', '0:.a)1a', '0:2.3']);
  });
});
