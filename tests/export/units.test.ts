import { describe, expect, it } from 'vitest';
import {
  asciiFold,
  bookmarkName,
  bookmarkNames,
  clauseIdFromBookmark,
  exportLine,
  exportText,
  isValidBookmarkName,
  laoDate,
  laoDateLine,
  LAO_DRAFT_TEXTS,
  mmToTwips,
  vietnameseDate,
  vietnameseDateLine,
} from '../../shared/export';
import { balancedLines, estimateWidth } from '../../shared/export/measure';
import { summaryFromTitle, provinceInText } from '../../shared/export/model';
import { laoBreakHints, splitByScript } from '../../shared/export/runs';
import { numberInWords, VI_TEXTS } from '../../shared/export/texts';

describe('exportText (the builder boundary)', () => {
  it('removes what XML cannot hold and the bidi marks, keeps emoji, Lao and Vietnamese', () => {
    const raw = 'a\u0000b\u0007c\u000Bd\uFFFEe\uFFFFf\uD800g\uDC00h\u200Fi\u202Ej\u2066k\u061Cl\uFEFFm\u0085n';
    expect(exportText(raw)).toBe('abcdefghijklmn');
    expect(exportText('😀 👨‍👩‍👧 🇻🇳 ສາທາລະນະລັດ Độc lập')).toBe('😀 👨‍👩‍👧 🇻🇳 ສາທາລະນະລັດ Độc lập');
    expect(exportText('a\r\nb\rc\u2028d\te')).toBe('a\nb\nc\nd e');
    expect(exportText('Hoa\u0300')).toBe('Hoà'); // NFC
    expect(exportLine('  Sầm Nưa,\n tỉnh   Hủa Phăn ')).toBe('Sầm Nưa, tỉnh Hủa Phăn');
  });
});

describe('dates', () => {
  it('writes Vietnamese dates with leading zeros and the place first', () => {
    expect(vietnameseDate('2025-01-05')).toBe('ngày 05 tháng 01 năm 2025');
    expect(vietnameseDate('2025-03-21')).toBe('ngày 21 tháng 3 năm 2025');
    expect(vietnameseDateLine('Thanh Hóa', '2025-01-05')).toBe('Thanh Hóa, ngày 05 tháng 01 năm 2025');
    expect(vietnameseDateLine('', '2025-12-31')).toBe('Ngày 31 tháng 12 năm 2025');
  });

  it('writes Lao dates with the month names of the domain brief', () => {
    expect(laoDate('2025-01-05')).toBe('ວັນທີ 05 ມັງກອນ 2025');
    expect(laoDateLine('ນະຄອນຫຼວງວຽງຈັນ', '2025-05-14')).toBe('ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 14 ພຶດສະພາ 2025');
    expect(LAO_DRAFT_TEXTS.months).toHaveLength(12);
    expect(laoDate('2025-12-01')).toBe('ວັນທີ 01 ທັນວາ 2025');
  });
});

describe('numbers in words (closing sentence)', () => {
  it('spells counts in Vietnamese and Lao', () => {
    expect([4, 6, 8, 10, 15, 21, 24, 36].map((n) => numberInWords(n, 'vi'))).toEqual([
      'bốn', 'sáu', 'tám', 'mười', 'mười lăm', 'hai mươi mốt', 'hai mươi tư', 'ba mươi sáu',
    ]);
    expect([4, 6, 10, 12, 21, 36].map((n) => numberInWords(n, 'lo'))).toEqual(['ສີ່', 'ຫົກ', 'ສິບ', 'ສິບສອງ', 'ຊາວເອັດ', 'ສາມສິບຫົກ']);
  });
});

describe('bookmark names', () => {
  it('turns a UUID into c_ + 32 hex digits and back', () => {
    const id = '0f8e5a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(bookmarkName(id)).toBe('c_0f8e5a1c2b3d4e5f8a9b0c1d2e3f4a5b');
    expect(clauseIdFromBookmark(bookmarkName(id))).toBe(id);
  });

  it('hashes anything else into a valid Word name, unique within a document', () => {
    const ids = ['x-1', 'ສາທາ', 'a'.repeat(80), '', 'c_0f8e', '0F8E5A1C-2B3D-4E5F-8A9B-0C1D2E3F4A5B', '0f8e5a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b'];
    const names = bookmarkNames(ids);
    expect(new Set(names.values()).size).toBe(ids.length);
    for (const name of names.values()) {
      expect(isValidBookmarkName(name), name).toBe(true);
      expect(name.length).toBeLessThanOrEqual(40);
      expect(name).not.toContain('-');
    }
  });
});

describe('script runs', () => {
  it('splits Lao and Vietnamese; neutral characters follow the field or the enclosing script', () => {
    expect(splitByScript('ສະຫາຍ Nguyễn Văn A, ເລຂາ', 'lo')).toEqual([
      { language: 'lo', text: 'ສະຫາຍ ' },
      { language: 'vi', text: 'Nguyễn Văn A' },
      { language: 'lo', text: ', ເລຂາ' },
    ]);
    expect(splitByScript('Tỉnh ຫົວພັນ 2025', 'vi')).toEqual([
      { language: 'vi', text: 'Tỉnh ' },
      { language: 'lo', text: 'ຫົວພັນ' },
      { language: 'vi', text: ' 2025' },
    ]);
    expect(splitByScript('ປີ 2025 😀', 'lo')).toEqual([{ language: 'lo', text: 'ປີ 2025 😀' }]);
  });

  it('puts U+200B between Lao words only', () => {
    const hinted = laoBreakHints('ສືບຕໍ່ປະສານສົມທົບ ແລະ ກວ້າງຂວາງ');
    expect(hinted.replace(/\u200B/gu, '')).toBe('ສືບຕໍ່ປະສານສົມທົບ ແລະ ກວ້າງຂວາງ');
    expect(hinted.split('\u200B').length).toBeGreaterThan(2);
    expect(laoBreakHints('Độc lập')).toBe('Độc lập');
  });
});

describe('header lines', () => {
  it('breaks the national names between phrases, never inside one', () => {
    const width = 4535 - 216;
    const laos = balancedLines(VI_TEXTS.laos.namePhrases, ' ', '', width, 24, true);
    expect(laos).toEqual(['CỘNG HÒA', 'DÂN CHỦ NHÂN DÂN LÀO']);
    const motto = balancedLines(VI_TEXTS.laos.motto.split(' - '), ' - ', ' -', width, 26, true);
    expect(motto.join(' ')).toBe(VI_TEXTS.laos.motto);
    expect(motto).toHaveLength(2);
    expect(balancedLines([VI_TEXTS.vietnam.motto], ' ', '', width, 26, true)).toEqual([VI_TEXTS.vietnam.motto]);
    expect(estimateWidth('Độc lập - Tự do - Hạnh phúc', 26, true)).toBeLessThan(width);
  });
});

describe('model helpers', () => {
  it('takes the summary line from the title without its document kind', () => {
    expect(summaryFromTitle('Biên bản hội đàm giữa tỉnh A và tỉnh B năm 2025', 'minutes', 'vi')).toBe('giữa tỉnh A và tỉnh B năm 2025');
    expect(summaryFromTitle('Thoả thuận hợp tác giữa tỉnh A', 'agreement', 'vi')).toBe('giữa tỉnh A');
    expect(summaryFromTitle('Kế hoạch chung', 'minutes', 'vi')).toBe('Kế hoạch chung');
    expect(summaryFromTitle('ບົດບັນທຶກການເຈລະຈາ ລະຫວ່າງ ແຂວງ', 'minutes', 'lo')).toBe('ລະຫວ່າງ ແຂວງ');
  });

  it('names provinces as running text does', () => {
    const p = (country: 'VN' | 'LA', nameVi: string, nameLo: string, nameEn: string) => ({ country, nameVi, nameLo, nameEn });
    expect(provinceInText(p('VN', 'Thanh Hóa', 'ແທງຮວາ', 'Thanh Hoa'), 'vi')).toBe('tỉnh Thanh Hóa');
    expect(provinceInText(p('VN', 'Thanh Hóa', 'ແທງຮວາ', 'Thanh Hoa'), 'lo')).toBe('ແຂວງແທງຮວາ');
    expect(provinceInText(p('VN', 'Huế', 'ເຫ້ວ', 'Hue City'), 'vi')).toBe('thành phố Huế');
    expect(provinceInText(p('LA', 'Thủ đô Viêng Chăn', 'ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital'), 'lo')).toBe('ນະຄອນຫຼວງວຽງຈັນ');
  });
});

describe('units', () => {
  it('rounds margins up so they never fall below the decree', () => {
    expect(mmToTwips(25)).toBe(1418);
    expect(mmToTwips(30)).toBe(1701);
    expect(mmToTwips(20)).toBe(1134);
    expect(asciiFold('Đà Nẵng: "Hủa Phăn"/ສາທາ?')).toBe('Da Nang Hua Phan');
  });
});

describe('the strict XML reader of the export tests', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('accepts U+FFFD (legal XML an officer may paste) but still refuses malformed XML and illegal characters', async () => {
    const { parseStrict } = await import('./docx');
    expect(parseStrict('a.xml', bytes('<w><t>ký tự \uFFFD thay thế</t></w>')).documentElement?.textContent).toContain('\uFFFD');
    expect(() => parseStrict('b.xml', bytes('<w><t>mở</w>'))).toThrow();
    expect(() => parseStrict('c.xml', bytes('<w>\uFFFE</w>'))).toThrow(/not allowed in XML 1.0/u);
  });
});
