import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { normalisePastedText, splitPastedParagraphs, stripListMarker } from '../../../../shared/drafting';

describe('normalisePastedText', () => {
  it('leaves clean Vietnamese and Lao text alone and reports nothing', () => {
    const text = 'Hai bên thống nhất “tăng cường hợp tác” – ‘toàn diện’…\nສັນຕິພາບ ເອກະລາດ ຫຼວງນ້ຳທາ ຫລວງ ນໍ້າ';
    expect(normalisePastedText(text)).toEqual({ text, changes: [] });
  });

  it('turns no-break and other Unicode spaces into ordinary spaces and says how many', () => {
    const result = normalisePastedText('Thanh\u00A0Hóa,\u202Fngày\u200705\u2003tháng 5');
    expect(result.text).toBe('Thanh Hóa, ngày 05 tháng 5');
    expect(result.changes).toEqual([
      { kind: 'non_breaking_spaces', count: 3 },
      { kind: 'other_spaces', count: 1 },
    ]);
  });

  it('removes zero-width characters, soft hyphens, direction marks; keeps a ZWJ inside an emoji', () => {
    const result = normalisePastedText('hợp\u200B tác\uFEFF ສັນ\u200Cຕິ\u200Dພາບ đồng\u00ADbộ \u200Eabc\u202C 👩\u200D💻');
    expect(result.text).toBe('hợp tác ສັນຕິພາບ đồngbộ abc 👩\u200D💻');
    expect(result.changes).toEqual([
      { kind: 'soft_hyphens', count: 1 },
      { kind: 'zero_width_characters', count: 4 },
      { kind: 'direction_marks', count: 2 },
    ]);
  });

  it('replaces Word’s non-breaking hyphen and the ð/Ð look-alikes', () => {
    const result = normalisePastedText('Thanh Hóa\u2011Hủa Phăn\u001ELào, ðoàn Ðại biểu');
    expect(result.text).toBe('Thanh Hóa-Hủa Phăn-Lào, đoàn Đại biểu');
    expect(result.changes).toEqual([
      { kind: 'non_breaking_hyphens', count: 2 },
      { kind: 'lookalike_letters', count: 2 },
    ]);
  });

  it('turns tabs into spaces, collapses runs, trims lines, keeps line breaks', () => {
    const result = normalisePastedText('  1.\tTăng   cường  \r\n\r\n  a)\tHợp tác \u2028cuối  ');
    expect(result.text).toBe('1. Tăng cường\n\na) Hợp tác\ncuối');
    expect(result.changes.map((c) => c.kind)).toEqual(['tabs', 'spaces_collapsed']);
    expect(result.changes.find((c) => c.kind === 'tabs')?.count).toBe(2);
  });

  it('keeps Word’s manual line break (VT) and page break (FF) as line breaks instead of gluing lines', () => {
    expect(normalisePastedText('dòng một\u000Bdòng hai\u000Cdòng ba').text).toBe('dòng một\ndòng hai\ndòng ba');
  });

  it('runs cleanText: control characters removed and counted, NFD recomposed to NFC', () => {
    const nfd = 'Hợp tác'.normalize('NFD');
    const result = normalisePastedText(`${nfd}\u0007\u0085!`);
    expect(result.text).toBe('Hợp tác!');
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.changes).toEqual([
      { kind: 'control_characters', count: 2 },
      { kind: 'unicode_normalised', count: 1 },
    ]);
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', 'ư', 'ເ', 'ັ', ' ', '\t', '\u00A0', '\u200B', '\u00AD', '\n', '\r', '“', '”', '\u0007') })], { numRuns: 300 })(
    'is idempotent and leaves no double spaces, tabs, NBSP or zero-width characters',
    (raw) => {
      const once = normalisePastedText(raw);
      expect(normalisePastedText(once.text)).toEqual({ text: once.text, changes: [] });
      expect(once.text).not.toMatch(/ {2}|[\t\u00A0\u200B\u00AD\r]|^ | $/u);
      expect(once.text).not.toContain('\u0007');
      expect(once.text).toBe(once.text.normalize('NFC'));
      expect(once.text.includes('“')).toBe(raw.includes('“'));
    },
  );
});

describe('stripListMarker', () => {
  it.each([
    ['1. Tăng cường', 'Tăng cường'],
    ['12) Tăng cường', 'Tăng cường'],
    ['(3) Tăng cường', 'Tăng cường'],
    ['1.2. Tăng cường', 'Tăng cường'],
    ['໑. ສືບຕໍ່', 'ສືບຕໍ່'],
    ['IV. Tổ chức thực hiện', 'Tổ chức thực hiện'],
    ['a) Hợp tác', 'Hợp tác'],
    ['đ) Hợp tác', 'Hợp tác'],
    ['(b) Hợp tác', 'Hợp tác'],
    ['c. Hợp tác', 'Hợp tác'],
    ['A) Hợp tác', 'Hợp tác'],
    ['- Duy trì', 'Duy trì'],
    ['– Duy trì', 'Duy trì'],
    ['+ Duy trì', 'Duy trì'],
    ['• Duy trì', 'Duy trì'],
    ['\uF0B7Duy trì', 'Duy trì'],
    ['▪ ສືບຕໍ່', 'ສືບຕໍ່'],
  ])('strips the marker of %s', (input, text) => {
    expect(stripListMarker(input)).toEqual({ text, stripped: true });
  });

  it.each([
    '2024 là năm bản lề',
    '5.000 người đã tham gia',
    'C. Mác đã viết',
    'v.v. và các nội dung khác',
    '-5% so với năm trước',
    'Tăng cường hợp tác',
    'ສືບຕໍ່ຮ່ວມມື',
    '“Tiếp tục” phối hợp',
  ])('leaves %s alone', (input) => {
    expect(stripListMarker(input)).toEqual({ text: input, stripped: false });
  });
});

describe('splitPastedParagraphs', () => {
  it('makes one paragraph per line, drops empty ones, strips list markers and says so', () => {
    const raw = '1.\tTăng cường trao đổi đoàn;\r\n\r\n2.\tTiếp tục phối hợp:\r\n\ta)\tQuản lý biên giới;\r\n\tb)\tTuần tra song phương.\r\n\r\n\r\n-\u00A0Hỗ trợ đào tạo\r\n   \r\n';
    const result = splitPastedParagraphs(raw);
    expect(result.paragraphs).toEqual([
      'Tăng cường trao đổi đoàn;',
      'Tiếp tục phối hợp:',
      'Quản lý biên giới;',
      'Tuần tra song phương.',
      'Hỗ trợ đào tạo',
    ]);
    expect(result.changes).toContainEqual({ kind: 'list_markers', count: 5 });
    expect(result.changes).toContainEqual({ kind: 'non_breaking_spaces', count: 1 });
  });

  it('splits Lao paragraphs and reports no markers when there are none', () => {
    const result = splitPastedParagraphs('ສືບຕໍ່ຮ່ວມມື\nເພີ່ມທະວີການແລກປ່ຽນ');
    expect(result).toEqual({ paragraphs: ['ສືບຕໍ່ຮ່ວມມື', 'ເພີ່ມທະວີການແລກປ່ຽນ'], changes: [] });
  });

  it('gives nothing for blank input, and drops a line that is only a marker', () => {
    expect(splitPastedParagraphs(' \n\t\n').paragraphs).toEqual([]);
    expect(splitPastedParagraphs('1.\nNội dung').paragraphs).toEqual(['Nội dung']);
    expect(splitPastedParagraphs('2024\nNội dung').paragraphs).toEqual(['2024', 'Nội dung']);
    expect(splitPastedParagraphs('- \nNội dung').paragraphs).toEqual(['Nội dung']);
  });
});
