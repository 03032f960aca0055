import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  VIETNAMESE_LETTERS,
  clauseLabel,
  numberDocument,
  numberSections,
  romanNumeral,
  sectionLabel,
  vietnameseLetter,
  type ClauseRow,
} from '../../../../shared/drafting';

describe('romanNumeral', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [49, 'XLIX'],
    [90, 'XC'],
    [400, 'CD'],
    [1990, 'MCMXC'],
    [2025, 'MMXXV'],
    [3999, 'MMMCMXCIX'],
  ])('%i → %s', (n, roman) => {
    expect(romanNumeral(n)).toBe(roman);
  });

  it.each([0, -1, 4000, 1.5, Number.NaN, Infinity])('refuses %s with a RangeError', (n) => {
    expect(() => romanNumeral(n)).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: 1, max: 3999 }), fc.integer({ min: 1, max: 3999 })], { numRuns: 200 })(
    'is injective and uses only canonical symbols',
    (a, b) => {
      expect(romanNumeral(a)).toMatch(/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u);
      if (a !== b) expect(romanNumeral(a)).not.toBe(romanNumeral(b));
    },
  );
});

describe('vietnameseLetter', () => {
  it('follows the administrative alphabet: đ after d, no f j w z', () => {
    const first23 = Array.from({ length: 23 }, (_, i) => vietnameseLetter(i + 1));
    expect(first23.join(' ')).toBe('a b c d đ e g h i k l m n o p q r s t u v x y');
    expect(first23).not.toContain('f');
    expect(first23).not.toContain('j');
    expect(first23).not.toContain('w');
    expect(first23).not.toContain('z');
    expect(VIETNAMESE_LETTERS).toHaveLength(23);
  });

  it('goes d → đ → e', () => {
    expect([4, 5, 6].map(vietnameseLetter)).toEqual(['d', 'đ', 'e']);
    expect(vietnameseLetter(5)).toBe('\u0111');
  });

  it('continues past y as a bijective base-23 numeral (aa, ab, … yy, aaa)', () => {
    expect(vietnameseLetter(23)).toBe('y');
    expect(vietnameseLetter(24)).toBe('aa');
    expect(vietnameseLetter(25)).toBe('ab');
    expect(vietnameseLetter(28)).toBe('ađ');
    expect(vietnameseLetter(46)).toBe('ay');
    expect(vietnameseLetter(47)).toBe('ba');
    expect(vietnameseLetter(23 * 23 + 23)).toBe('yy');
    expect(vietnameseLetter(23 * 23 + 24)).toBe('aaa');
  });

  it.each([0, -3, 2.5, Number.NaN])('refuses %s', (n) => {
    expect(() => vietnameseLetter(n)).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 })], { numRuns: 300 })(
    'gives distinct labels made of the 23 letters only',
    (a, b) => {
      expect([...vietnameseLetter(a)].every((ch) => (VIETNAMESE_LETTERS as readonly string[]).includes(ch))).toBe(true);
      if (a !== b) expect(vietnameseLetter(a)).not.toBe(vietnameseLetter(b));
    },
  );
});

describe('clauseLabel and sectionLabel', () => {
  it('labels each level as Decree 30 practice does', () => {
    expect(clauseLabel(1, 1)).toBe('1.');
    expect(clauseLabel(1, 12)).toBe('12.');
    expect(clauseLabel(2, 1)).toBe('a)');
    expect(clauseLabel(2, 5)).toBe('đ)');
    expect(clauseLabel(3, 7)).toBe('-');
    expect(clauseLabel(4, 2)).toBe('+');
    expect(sectionLabel(1)).toBe('I.');
    expect(sectionLabel(4)).toBe('IV.');
  });

  it('refuses levels outside 1..4 and ordinals below 1', () => {
    expect(() => clauseLabel(0, 1)).toThrow(RangeError);
    expect(() => clauseLabel(5, 1)).toThrow(RangeError);
    expect(() => clauseLabel(1, 0)).toThrow(RangeError);
    expect(() => sectionLabel(0)).toThrow(RangeError);
  });
});

function clause(id: string, sectionId: string, parentId: string | null, position: number, textVi = id, textLo = ''): ClauseRow {
  return { id, sectionId, parentId, position, textVi, textLo };
}

describe('numberDocument', () => {
  // Modelled on a minutes of talks: I. political, II. economy; points a) … e) under one clause.
  const sections = [
    { id: 'econ', position: 20, titleVi: 'Kinh tế' },
    { id: 'pol', position: 10, titleVi: 'Chính trị, đối ngoại' },
  ];
  const clauses: ClauseRow[] = [
    clause('p1', 'pol', null, 0, 'Tăng cường trao đổi đoàn các cấp', 'ເພີ່ມທະວີການແລກປ່ຽນຄະນະ'),
    clause('p2', 'pol', null, 1, 'Tiếp tục tuyên truyền'),
    clause('p2a', 'pol', 'p2', 0, 'trên báo chí'),
    clause('p2b', 'pol', 'p2', 3, 'trên truyền hình'),
    clause('p2b1', 'pol', 'p2b', 0, 'đài tỉnh'),
    clause('p2b1x', 'pol', 'p2b1', 0, 'giờ vàng'),
    clause('p2b2', 'pol', 'p2b', 1, 'đài huyện'),
    clause('p2c', 'pol', 'p2', 5, 'trong trường học'),
    clause('p2d', 'pol', 'p2', 6, 'tại cơ sở'),
    clause('p2dd', 'pol', 'p2', 9, 'qua mạng xã hội'),
    clause('p2e', 'pol', 'p2', 10, 'qua triển lãm'),
    // Economy: positions not contiguous, and a tie broken by id.
    clause('e-b', 'econ', null, 7, 'Phát triển cửa khẩu'),
    clause('e-a', 'econ', null, 7, 'Xúc tiến thương mại'),
    clause('e-0', 'econ', null, -2, 'Hỗ trợ doanh nghiệp'),
    clause('e-a-1', 'econ', 'e-a', 0, 'hội chợ'),
  ];

  it('numbers a realistic two-section document', () => {
    const numbered = numberDocument(sections, clauses);
    expect(numbered.map((n) => `${n.sectionIndex}|${'  '.repeat(n.level - 1)}${n.label} ${n.clause.textVi}`)).toEqual([
      '0|1. Tăng cường trao đổi đoàn các cấp',
      '0|2. Tiếp tục tuyên truyền',
      '0|  a) trên báo chí',
      '0|  b) trên truyền hình',
      '0|    - đài tỉnh',
      '0|      + giờ vàng',
      '0|    - đài huyện',
      '0|  c) trong trường học',
      '0|  d) tại cơ sở',
      '0|  đ) qua mạng xã hội',
      '0|  e) qua triển lãm',
      '1|1. Hỗ trợ doanh nghiệp',
      '1|2. Xúc tiến thương mại',
      '1|  a) hội chợ',
      '1|3. Phát triển cửa khẩu',
    ]);
    const byId = new Map(numbered.map((n) => [n.clause.id, n]));
    expect(byId.get('p2dd')?.path).toEqual([2, 5]);
    expect(byId.get('p2b1x')?.path).toEqual([2, 2, 1, 1]);
    expect(byId.get('p2b1x')?.level).toBe(4);
    expect(byId.get('e-a-1')?.path).toEqual([2, 1]);
    expect(numberSections(sections).map((s) => `${s.label} ${s.section.titleVi}`)).toEqual(['I. Chính trị, đối ngoại', 'II. Kinh tế']);
  });

  it('gives the Lao text the same labels (one tree, both languages)', () => {
    const numbered = numberDocument(sections, clauses);
    const p1 = numbered.find((n) => n.clause.id === 'p1');
    expect(p1?.label).toBe('1.');
    expect(p1?.clause.textLo).toBe('ເພີ່ມທະວີການແລກປ່ຽນຄະນະ');
  });

  it('leaves out clauses it cannot place (unknown section, missing parent, cycle, parent in another section)', () => {
    const numbered = numberDocument(sections, [
      ...clauses,
      clause('ghost', 'nowhere', null, 0),
      clause('orphan', 'pol', 'missing', 0),
      clause('loopA', 'pol', 'loopB', 0),
      clause('loopB', 'pol', 'loopA', 0),
      clause('cross', 'econ', 'p1', 0),
    ]);
    const ids = numbered.map((n) => n.clause.id);
    for (const id of ['ghost', 'orphan', 'loopA', 'loopB', 'cross']) expect(ids).not.toContain(id);
    expect(ids).toHaveLength(clauses.length);
  });

  it('is empty for an empty document and restarts at 1. in every section', () => {
    expect(numberDocument([], [])).toEqual([]);
    const labels = numberDocument(
      [{ id: 'a', position: 0 }, { id: 'b', position: 1 }],
      [clause('a1', 'a', null, 0), clause('b1', 'b', null, 0), clause('b2', 'b', null, 1)],
    ).map((n) => `${n.sectionIndex}${n.label}`);
    expect(labels).toEqual(['01.', '11.', '12.']);
  });
});
