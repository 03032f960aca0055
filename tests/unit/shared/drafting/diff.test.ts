import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  deleteClause,
  diffDocuments,
  diffLao,
  diffVietnamese,
  mergeRuns,
  moveClause,
  splitClause,
  type ClauseRow,
  type DiffSectionRow,
  type DocumentDiff,
  type TextRun,
} from '../../../../shared/drafting';
import { docArb, textUnit } from './arbitraries';

const oldText = (runs: readonly TextRun[]): string => runs.filter((r) => r.op !== 'insert').map((r) => r.text).join('');
const newText = (runs: readonly TextRun[]): string => runs.filter((r) => r.op !== 'delete').map((r) => r.text).join('');

function expectWellFormedRuns(runs: readonly TextRun[], before: string, after: string): void {
  expect(oldText(runs)).toBe(before);
  expect(newText(runs)).toBe(after);
  for (const run of runs) expect(run.text).not.toBe('');
  for (let i = 1; i < runs.length; i++) expect(runs[i]?.op).not.toBe(runs[i - 1]?.op);
}

describe('text diffs', () => {
  it('diffs Vietnamese by words', () => {
    expect(diffVietnamese('Tiếp tục tăng cường hợp tác biên giới', 'Tiếp tục đẩy mạnh hợp tác biên giới')).toEqual([
      { op: 'equal', text: 'Tiếp tục ' },
      { op: 'delete', text: 'tăng cường' },
      { op: 'insert', text: 'đẩy mạnh' },
      { op: 'equal', text: ' hợp tác biên giới' },
    ]);
    // A word is replaced whole, never letter by letter (Hóa vs Hòa share letters).
    expect(diffVietnamese('tỉnh Thanh Hóa', 'tỉnh Thanh Hòa')).toEqual([
      { op: 'equal', text: 'tỉnh Thanh ' },
      { op: 'delete', text: 'Hóa' },
      { op: 'insert', text: 'Hòa' },
    ]);
  });

  it('diffs Lao by grapheme clusters: a changed vowel shows with its consonant', () => {
    // ເປັນ → ເປີນ: the cluster ປັ becomes ປີ; a character diff would show a lone mark.
    expect(diffLao('ເປັນ', 'ເປີນ')).toEqual([
      { op: 'equal', text: 'ເ' },
      { op: 'delete', text: 'ປັ' },
      { op: 'insert', text: 'ປີ' },
      { op: 'equal', text: 'ນ' },
    ]);
    expect(diffLao('ສືບຕໍ່ຮ່ວມມື', 'ສືບຕໍ່ຮ່ວມມືຢ່າງແໜ້ນແຟ້ນ')).toEqual([
      { op: 'equal', text: 'ສືບຕໍ່ຮ່ວມມື' },
      { op: 'insert', text: 'ຢ່າງແໜ້ນແຟ້ນ' },
    ]);
  });

  it('gives whole runs for equal, added and removed texts, and nothing for two empty texts', () => {
    expect(diffVietnamese('a b', 'a b')).toEqual([{ op: 'equal', text: 'a b' }]);
    expect(diffVietnamese('', 'mới')).toEqual([{ op: 'insert', text: 'mới' }]);
    expect(diffLao('ເກົ່າ', '')).toEqual([{ op: 'delete', text: 'ເກົ່າ' }]);
    expect(diffLao('', '')).toEqual([]);
  });

  it('reads a Lao rewrite as one replacement, not around a consonant matched by chance', () => {
    // ປະຊຸມ → ສະພາ share only the vowel ະ in the middle: shown as one replacement.
    expect(diffLao('ກອງປະຊຸມແຂວງ', 'ກອງສະພາແຂວງ')).toEqual([
      { op: 'equal', text: 'ກອງ' },
      { op: 'delete', text: 'ປະຊຸມ' },
      { op: 'insert', text: 'ສະພາ' },
      { op: 'equal', text: 'ແຂວງ' },
    ]);
  });

  it('mergeRuns keeps a real word shared between two changes', () => {
    expect(diffVietnamese('tăng cường hợp tác', 'đẩy mạnh hợp lực')).toEqual([
      { op: 'delete', text: 'tăng cường' },
      { op: 'insert', text: 'đẩy mạnh' },
      { op: 'equal', text: ' hợp ' },
      { op: 'delete', text: 'tác' },
      { op: 'insert', text: 'lực' },
    ]);
  });

  it('mergeRuns joins same ops and puts deletions before insertions between equal runs', () => {
    expect(
      mergeRuns([
        { op: 'equal', text: 'a' },
        { op: 'equal', text: 'b' },
        { op: 'insert', text: 'X' },
        { op: 'delete', text: 'c' },
        { op: 'insert', text: '' },
        { op: 'insert', text: 'Y' },
        { op: 'delete', text: 'd' },
        { op: 'equal', text: 'e' },
      ]),
    ).toEqual([
      { op: 'equal', text: 'ab' },
      { op: 'delete', text: 'cd' },
      { op: 'insert', text: 'XY' },
      { op: 'equal', text: 'e' },
    ]);
  });

  it('falls back to delete-all/insert-all for a huge rewrite, quickly', () => {
    const a = Array.from({ length: 4000 }, (_, i) => `từ${i}`).join(' ');
    const b = Array.from({ length: 4000 }, (_, i) => `chữ${i}`).join(' ');
    const started = Date.now();
    const runs = diffVietnamese(a, b);
    expect(Date.now() - started).toBeLessThan(5000);
    expectWellFormedRuns(runs, a, b);
  });

  const textArb = fc.string({ unit: textUnit, maxLength: 40 });
  test.prop([textArb, textArb], { numRuns: 300 })('runs rebuild both texts, alternate ops and never cut a Lao cluster', (a, b) => {
    expectWellFormedRuns(diffVietnamese(a, b), a, b);
    const lao = diffLao(a, b);
    expectWellFormedRuns(lao, a, b);
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const cuts = (text: string): Set<number> => new Set([text.length, ...Array.from(segmenter.segment(text), (s) => s.index)]);
    const oldCuts = cuts(a);
    const newCuts = cuts(b);
    let inOld = 0;
    let inNew = 0;
    for (const run of lao) {
      if (run.op !== 'insert') inOld += run.text.length;
      if (run.op !== 'delete') inNew += run.text.length;
      expect(oldCuts.has(inOld)).toBe(true);
      expect(newCuts.has(inNew)).toBe(true);
    }
  });
});

function c(id: string, sectionId: string, parentId: string | null, position: number, textVi: string, textLo = `ລາວ ${id}`): ClauseRow {
  return { id, sectionId, parentId, position, textVi, textLo };
}

function listing(diff: DocumentDiff): string[] {
  return diff.sections.flatMap((s) => [
    `${s.kind}${s.moved ? '+moved' : ''} section ${s.id}`,
    ...s.clauses.map((cl) => `${'  '.repeat(cl.level)}${cl.kind}${cl.moved && cl.kind !== 'moved' ? '+moved' : ''} ${cl.id}`),
  ]);
}

describe('diffDocuments', () => {
  const sections: DiffSectionRow[] = [
    { id: 'pol', position: 0, titleVi: 'Chính trị, đối ngoại', titleLo: 'ການເມືອງ' },
    { id: 'def', position: 1, titleVi: 'Quốc phòng – an ninh', titleLo: 'ປ້ອງກັນຊາດ' },
    { id: 'edu', position: 2, titleVi: 'Giáo dục', titleLo: 'ການສຶກສາ' },
  ];
  const clauses: ClauseRow[] = [
    c('p1', 'pol', null, 0, 'Tăng cường trao đổi đoàn'),
    c('p2', 'pol', null, 1, 'Tiếp tục tuyên truyền'),
    c('p2a', 'pol', 'p2', 0, 'trên báo chí'),
    c('p2b', 'pol', 'p2', 1, 'trên truyền hình'),
    c('p3', 'pol', null, 2, 'Trao đổi thông tin'),
    c('d1', 'def', null, 0, 'Tuần tra song phương', 'ລາດຕະເວນຮ່ວມ'),
    c('d2', 'def', null, 1, 'Quản lý mốc quốc giới'),
    c('e1', 'edu', null, 0, 'Đào tạo lưu học sinh'),
  ];
  const before = { sections, clauses };

  it('reports nothing but unchanged for identical versions', () => {
    const diff = diffDocuments(before, before);
    expect(diff.summary.clauses).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 8, moved: 0 });
    expect(diff.summary.sections).toEqual({ added: 0, removed: 0, renamed: 0, changed: 0, unchanged: 3 });
    expect(diff.sections.flatMap((s) => s.clauses.map((cl) => cl.id))).toEqual(['p1', 'p2', 'p2a', 'p2b', 'p3', 'd1', 'd2', 'e1']);
  });

  it('lists an amended version in the new order, with removed items where they were', () => {
    const after = {
      sections: [
        { id: 'pol', position: 0, titleVi: 'Chính trị, đối ngoại và xây dựng Đảng', titleLo: 'ການເມືອງ' },
        { id: 'def', position: 1, titleVi: 'Quốc phòng – an ninh', titleLo: 'ປ້ອງກັນຊາດ' },
        { id: 'health', position: 2, titleVi: 'Y tế', titleLo: 'ສາທາລະນະສຸກ' },
      ],
      clauses: [
        c('p1', 'pol', null, 0, 'Tăng cường trao đổi đoàn'),
        // p2 removed with its sub-items; p3 renumbered from 3 to 2 but not moved.
        c('p3', 'pol', null, 1, 'Trao đổi thông tin'),
        c('p4', 'pol', null, 2, 'Phối hợp tổ chức kỷ niệm'),
        c('d2', 'def', null, 0, 'Quản lý mốc quốc giới'), // swapped with d1
        c('d1', 'def', null, 1, 'Tuần tra song phương định kỳ', 'ລາດຕະເວນຮ່ວມເປັນປົກກະຕິ'),
        c('e1', 'health', null, 0, 'Đào tạo lưu học sinh'), // its section was removed
      ],
    };
    const diff = diffDocuments(before, after);
    expect(listing(diff)).toEqual([
      'renamed section pol',
      '  unchanged p1',
      '  removed p2',
      '    removed p2a',
      '    removed p2b',
      '  unchanged p3',
      '  added p4',
      'unchanged section def',
      '  unchanged d2',
      '  changed+moved d1',
      'removed section edu',
      'added section health',
      '  moved e1',
    ]);
    const pol = diff.sections[0];
    expect(pol?.changedFields).toEqual(['titleVi']);
    expect(pol?.titleVi).toEqual([
      { op: 'equal', text: 'Chính trị, đối ngoại' },
      { op: 'insert', text: ' và xây dựng Đảng' },
    ]);
    const d1 = diff.sections[1]?.clauses.find((cl) => cl.id === 'd1');
    expect(d1?.before?.label).toBe('1.');
    expect(d1?.after?.label).toBe('2.');
    expect(d1?.textVi).toEqual([
      { op: 'equal', text: 'Tuần tra song phương' },
      { op: 'insert', text: ' định kỳ' },
    ]);
    expect(d1?.textLo).toEqual([
      { op: 'equal', text: 'ລາດຕະເວນຮ່ວມ' },
      { op: 'insert', text: 'ເປັນປົກກະຕິ' },
    ]);
    const removed = diff.sections[0]?.clauses.find((cl) => cl.id === 'p2');
    expect(removed?.after).toBeNull();
    expect(removed?.before?.label).toBe('2.');
    expect(removed?.textVi).toEqual([{ op: 'delete', text: 'Tiếp tục tuyên truyền' }]);
    expect(diff.summary.clauses).toEqual({ added: 1, removed: 3, changed: 1, unchanged: 3, moved: 1 });
    expect(diff.summary.sections).toEqual({ added: 1, removed: 1, renamed: 1, changed: 0, unchanged: 1 });
  });

  it('separates a section whose only change is its sector from a renamed one', () => {
    const after = { sections: sections.map((s) => (s.id === 'edu' ? { ...s, sector: 'education' } : s)), clauses };
    const edu = diffDocuments(before, after).sections.find((s) => s.id === 'edu');
    expect(edu?.kind).toBe('changed');
    expect(edu?.changedFields).toEqual(['sector']);
  });

  it('places a removed first sub-item first under its parent, and a removed section after its former previous one', () => {
    const after = {
      sections: sections.filter((s) => s.id !== 'pol').concat([{ id: 'new', position: -1, titleVi: 'Mới', titleLo: 'ໃໝ່' }]),
      clauses: clauses.filter((cl) => cl.sectionId !== 'pol'),
    };
    const diff = diffDocuments(before, after);
    // pol had no previous section, so it is listed first.
    expect(diff.sections.map((s) => `${s.kind} ${s.id}`)).toEqual(['removed pol', 'added new', 'unchanged def', 'unchanged edu']);
    expect(diff.sections[0]?.clauses.map((cl) => `${cl.level} ${cl.kind} ${cl.id}`)).toEqual([
      '1 removed p1',
      '1 removed p2',
      '2 removed p2a',
      '2 removed p2b',
      '1 removed p3',
    ]);
    const noFirstChild = diffDocuments(before, { sections, clauses: clauses.filter((cl) => cl.id !== 'p2a') });
    expect(noFirstChild.sections[0]?.clauses.map((cl) => `${cl.kind} ${cl.id}`)).toEqual([
      'unchanged p1',
      'unchanged p2',
      'removed p2a',
      'unchanged p2b',
      'unchanged p3',
    ]);
  });

  it('does not call the sub-items of a moved clause moved', () => {
    const moved = moveClause(clauses, 'p2', { sectionId: 'edu', parentId: null, index: 1 });
    if (!moved.ok) throw new Error(moved.error.code);
    const diff = diffDocuments(before, { sections, clauses: moved.changes.rows });
    expect(listing(diff).filter((line) => /p2/u.test(line))).toEqual(['  moved p2', '    unchanged p2a', '    unchanged p2b']);
  });

  test.prop([docArb, fc.nat(), fc.nat(), fc.constantFrom('split', 'delete', 'move')], { numRuns: 200 })(
    'lists every clause of either version exactly once, with a kind that fits',
    (doc, pick, otherPick, op) => {
      const rows = doc.rows;
      const row = rows[pick % rows.length];
      const other = rows[otherPick % rows.length];
      if (!row || !other) return;
      const result =
        op === 'split'
          ? splitClause(rows, row.id, Math.min(1, row.textVi.length), 0, () => 'new')
          : op === 'delete'
            ? deleteClause(rows, row.id)
            : moveClause(rows, row.id, { sectionId: other.sectionId, parentId: other.parentId, index: 0 });
      if (!result.ok) return;
      const titled = doc.sections.map((s) => ({ ...s, titleVi: s.id, titleLo: s.id }));
      const diff = diffDocuments({ sections: titled, clauses: rows }, { sections: titled, clauses: result.changes.rows });
      const entries = diff.sections.flatMap((s) => s.clauses);
      const oldIds = new Set(rows.map((r) => r.id));
      const newIds = new Set(result.changes.rows.map((r) => r.id));
      expect(entries.map((e) => e.id).sort()).toEqual([...new Set([...oldIds, ...newIds])].sort());
      for (const entry of entries) {
        if (!oldIds.has(entry.id)) expect(entry.kind).toBe('added');
        else if (!newIds.has(entry.id)) expect(entry.kind).toBe('removed');
        else expect(['changed', 'unchanged', 'moved']).toContain(entry.kind);
        expect(oldText(entry.textVi)).toBe(entry.before?.clause.textVi ?? '');
        expect(newText(entry.textLo)).toBe(entry.after?.clause.textLo ?? '');
      }
      if (op === 'delete') expect(diff.summary.clauses.removed).toBe(result.changes.removed.length);
      if (op === 'delete') expect(diff.summary.clauses.moved).toBe(0);
      if (op === 'move') expect(diff.summary.clauses.moved).toBeLessThanOrEqual(2);
      // Entries not removed follow the new version's display order.
      const order = entries.filter((e) => e.after).map((e) => e.id);
      const expected = diffDocuments({ sections: titled, clauses: result.changes.rows }, { sections: titled, clauses: result.changes.rows })
        .sections.flatMap((s) => s.clauses.map((e) => e.id));
      expect(order).toEqual(expected);
    },
  );
});
