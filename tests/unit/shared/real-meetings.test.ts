import { describe, expect, it } from 'vitest';
import { CHECK_CODES } from '../../../shared/drafting/check-codes';
import { effectiveScope } from '../../../shared/drafting/scope';
import { subjectOf, subjectRepeatsKind } from '../../../shared/drafting/title';
import { decreeMonth } from '../../../shared/domain/dates';
import { defaultDatelinePlace, findPlace, foldPlaceName } from '../../../shared/domain/places';
import { signatureRows } from '../../../shared/export/build';
import { catalogues } from '../../../shared/i18n';

describe('title rule: the subject never repeats the kind', () => {
  it('strips the kind and any other kind phrase at the head of the subject', () => {
    expect(subjectOf('Biên bản hội đàm giữa tỉnh A và tỉnh B năm 2025', 'minutes', 'vi')).toBe('giữa tỉnh A và tỉnh B năm 2025');
    expect(subjectOf('Biên bản Hội nghị hội đàm giữa tỉnh A và tỉnh B', 'minutes', 'vi')).toBe('Hội nghị hội đàm giữa tỉnh A và tỉnh B');
    expect(subjectOf('Biên bản hội đàm: Biên bản Hội nghị thường niên', 'minutes', 'vi')).toBe('Hội nghị thường niên');
    expect(subjectOf('Biên bản thỏa thuận hợp tác giữa tỉnh A', 'agreement', 'vi')).toBe('giữa tỉnh A');
    expect(subjectOf('Thoả  thuận hợp tác – giữa tỉnh A', 'agreement', 'vi')).toBe('giữa tỉnh A');
    expect(subjectOf('Kế hoạch chung của hai tỉnh', 'minutes', 'vi')).toBe('Kế hoạch chung của hai tỉnh');
    expect(subjectOf('Biên bảnh lạ', 'minutes', 'vi')).toBe('Biên bảnh lạ');
    expect(subjectOf('ບົດບັນທຶກການເຈລະຈາ ລະຫວ່າງ ແຂວງ', 'minutes', 'lo')).toBe('ລະຫວ່າງ ແຂວງ');
    expect(subjectOf('ບົດບັນທຶກກອງປະຊຸມ ລະຫວ່າງ ແຂວງ', 'minutes', 'lo')).toBe('ລະຫວ່າງ ແຂວງ');
  });

  it('warns when the subject repeats a kind, not for a plain title', () => {
    expect(subjectRepeatsKind('Biên bản Hội nghị hội đàm giữa tỉnh A', 'minutes', 'vi')).toBe(true);
    expect(subjectRepeatsKind('Biên bản hội đàm Biên bản hội đàm', 'minutes', 'vi')).toBe(true);
    expect(subjectRepeatsKind('Biên bản thỏa thuận hợp tác giữa tỉnh A', 'agreement', 'vi')).toBe(true);
    expect(subjectRepeatsKind('Biên bản hội đàm giữa tỉnh A', 'minutes', 'vi')).toBe(false);
    expect(subjectRepeatsKind('giữa tỉnh A', 'minutes', 'vi')).toBe(false);
    expect(subjectRepeatsKind('ບົດບັນທຶກກອງປະຊຸມ ລະຫວ່າງ', 'minutes', 'lo')).toBe(true);
    expect(subjectRepeatsKind('ບົດບັນທຶກການເຈລະຈາ ລະຫວ່າງ', 'minutes', 'lo')).toBe(false);
  });
});

describe('place names', () => {
  it('folds tone marks, đ, y/i, spaces and hyphens; Lao AM and ຫຼ variants', () => {
    expect(foldPlaceName('Bô-ly-khăm-xay')).toBe(foldPlaceName('Bô Ly Khăm Xay'));
    expect(foldPlaceName('Bolikhămxay')).toBe('bolikhamxai');
    expect(foldPlaceName('U Đôm Xay')).toBe('udomxai');
    expect(foldPlaceName('ຫຼວງນ້ຳທາ')).toBe(foldPlaceName('ຫລວງນ້ໍາທາ'));
  });

  it('finds a province by alias and gives the date-line place of the host', () => {
    const places = [
      { nameVi: 'Điện Biên', nameLo: 'ດ້ຽນບຽນ', nameEn: 'Dien Bien' },
      { nameVi: 'Luông Pha Băng', nameLo: 'ຫຼວງພະບາງ', nameEn: 'Luang Prabang', aliases: ['Luông-Pha-Bang'] },
    ];
    expect(findPlace('luong pha bang', places)).toBe(places[1]);
    expect(findPlace('Luang Prabang', places)).toBe(places[1]);
    expect(defaultDatelinePlace({ ourProvince: places[0]!, partners: [places[1]!], placeVi: 'Nhà khách, thành phố Luang Prabang', placeLo: '' })).toEqual({ vi: 'Luông Pha Băng', lo: 'ຫຼວງພະບາງ' });
    expect(defaultDatelinePlace({ ourProvince: places[0]!, partners: [places[1]!], placeVi: '', placeLo: '' })).toEqual({ vi: 'Điện Biên', lo: 'ດ້ຽນບຽນ' });
  });
});

describe('Decree 30 month', () => {
  it('pads January and February only', () => {
    expect(Array.from({ length: 12 }, (_, i) => decreeMonth(i + 1))).toEqual(['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });
});

describe('scope inheritance', () => {
  it('takes the clause’s own scope, else its parent’s, else its section’s, else all partners', () => {
    const tree = new Map([
      ['a', { id: 'a', parentId: null, scopeProvinceIds: ['p2'] }],
      ['b', { id: 'b', parentId: 'a', scopeProvinceIds: [] }],
      ['c', { id: 'c', parentId: null, scopeProvinceIds: [] }],
    ]);
    const partners = ['p1', 'p2', 'p3'];
    expect(effectiveScope('b', tree, ['p3'], partners)).toEqual({ provinceIds: ['p2'], scoped: true });
    expect(effectiveScope('c', tree, ['p3', 'p1'], partners)).toEqual({ provinceIds: ['p1', 'p3'], scoped: true });
    expect(effectiveScope('c', tree, [], partners)).toEqual({ provinceIds: partners, scoped: false });
    expect(effectiveScope('c', tree, ['gone'], partners)).toEqual({ provinceIds: partners, scoped: false });
  });
});

describe('signature rows', () => {
  it('faces the sides in two columns and never leaves one block alone under a pair', () => {
    expect(signatureRows([['v1'], []])).toEqual([['v1']]);
    expect(signatureRows([['v1'], ['l1']])).toEqual([['v1', 'l1']]);
    expect(signatureRows([['v1'], ['l1', 'l2']])).toEqual([['v1', 'l1', 'l2']]);
    expect(signatureRows([['l1', 'l2'], ['v1']])).toEqual([['l1', 'l2', 'v1']]);
    expect(signatureRows([['v1', 'v2'], ['l1', 'l2']])).toEqual([['v1', 'l1'], ['v2', 'l2']]);
    expect(signatureRows([['v1'], ['l1', 'l2', 'l3']])).toEqual([['v1', 'l1'], ['l2', 'l3']]);
    expect(signatureRows([['v1', 'v2', 'v3'], []])).toEqual([['v1', 'v2', 'v3']]);
    // Three that do not fit one row: the lone block stays under its side's column.
    expect(signatureRows([['v1'], ['l1', 'l2']], () => false)).toEqual([['v1', 'l1'], [null, 'l2']]);
    expect(signatureRows([['l1', 'l2'], ['v1']], () => false)).toEqual([['l1', 'v1'], ['l2', null]]);
    expect(signatureRows([['v1', 'v2', 'v3'], []], () => false)).toEqual([['v1', 'v2'], ['v3']]);
  });
});

describe('check messages', () => {
  it('exist for every check code in every catalogue', () => {
    for (const lang of ['vi', 'lo', 'en'] as const) {
      for (const code of CHECK_CODES) expect((catalogues[lang].check as Record<string, unknown>)[code], `${lang} check.${code}`).toBeTruthy();
    }
  });
});
