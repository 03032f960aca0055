import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../../shared/contract/issues';
import {
  BUILTIN_TEMPLATES,
  builtinTemplateOf,
  clauseDepth,
  countInWords,
  documentValues,
  fillTemplate,
  fillText,
  findPlaceholders,
  foldVietnamese,
  laoNumberWords,
  provinceInText,
  STANDARD_SECTORS,
  TemplateBodySchema,
  textMatcher,
  vietnameseNumberWords,
  type FixedText,
  type PlaceholderSource,
  type TemplateBody,
  type TemplateClause,
} from '../../../shared/templates';

const LAO = /[\u0E80-\u0EFF]/u;
/** sha256 of JSON.stringify(BUILTIN_TEMPLATES) as shipped by migration 0002. */
const FROZEN_BUILTIN_HASH = 'aacaf3c19d90b6d8c60716c99c0cf7c6e67be904bb583afd1e9cacea9b800249';

const thanhHoa = { country: 'VN', nameVi: 'Thanh Hóa', nameLo: 'ແທງຮວາ', nameEn: 'Thanh Hoa' } as const;
const huaPhan = { country: 'LA', nameVi: 'Hủa Phăn', nameLo: 'ຫົວພັນ', nameEn: 'Houaphanh' } as const;
const source: PlaceholderSource = {
  ourProvince: thanhHoa,
  partners: [huaPhan],
  meetingDate: '2025-05-13',
  placeVi: 'thành phố Thanh Hóa',
  placeLo: 'ນະຄອນແທງຮວາ',
};

/** Every bilingual text of a body with where it is. */
function texts(body: TemplateBody): { path: string; vi: string; lo: string; loNeedsReview: boolean }[] {
  const out: { path: string; vi: string; lo: string; loNeedsReview: boolean }[] = [];
  const fixed = (t: FixedText, path: string) => out.push({ path, ...t });
  const clauses = (list: readonly TemplateClause[], path: string) =>
    list.forEach((c, i) => {
      out.push({ path: `${path}.${i}`, vi: c.vi, lo: c.lo, loNeedsReview: c.loNeedsReview });
      clauses(c.children ?? [], `${path}.${i}.children`);
    });
  fixed(body.title, 'title');
  fixed(body.summary, 'summary');
  body.preamble.forEach((t, i) => fixed(t, `preamble.${i}`));
  body.sections.forEach((s, i) => {
    out.push({ path: `sections.${i}.title`, vi: s.titleVi, lo: s.titleLo, loNeedsReview: s.loNeedsReview });
    clauses(s.clauses, `sections.${i}.clauses`);
  });
  body.closing.forEach((t, i) => fixed(t, `closing.${i}`));
  return out;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const issueCodes = (body: unknown) => {
  const result = TemplateBodySchema.safeParse(body);
  return result.success ? [] : toFieldIssues(result.error).map((i) => i.code);
};

describe('built-in templates', () => {
  it('are three, one per kind, with stable ids, version 1 and bilingual names', () => {
    expect(BUILTIN_TEMPLATES.map((t) => [t.id, t.kind, t.version])).toEqual([
      ['builtin-minutes-v1', 'minutes', 1],
      ['builtin-agreement-v1', 'agreement', 1],
      ['builtin-memorandum-v1', 'memorandum', 1],
    ]);
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.nameVi).not.toBe('');
      expect(t.nameLo).toMatch(LAO);
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s parses with the template schema', (_id, template) => {
    expect(TemplateBodySchema.parse(template.body)).toEqual(template.body);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s has both languages in every title, clause and fixed text, Lao marked as draft', (_id, template) => {
    const all = texts(template.body);
    expect(all.length).toBeGreaterThan(10);
    for (const t of all) {
      expect(t.vi.trim(), t.path).not.toBe('');
      expect(t.lo, t.path).toMatch(LAO);
      expect(t.loNeedsReview, t.path).toBe(true);
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s uses the same placeholders in both languages ({thang} is {thang_lo} in Lao)', (_id, template) => {
    for (const t of texts(template.body)) {
      const vi = findPlaceholders(t.vi).map((n) => (n === 'thang' ? 'thang_lo' : n)).sort();
      expect(findPlaceholders(t.lo).sort(), t.path).toEqual(vi);
    }
  });

  it('hard-code no title or name of a person', () => {
    const titles = /Bí thư|Chủ tịch|Tỉnh trưởng|Giám đốc|Trưởng ban|Phó|ເລຂາ|ເຈົ້າແຂວງ|ປະທານ|ຫົວໜ້າພະແນກ/u;
    for (const template of BUILTIN_TEMPLATES) {
      for (const t of texts(template.body)) {
        expect(t.vi, t.path).not.toMatch(titles);
        expect(t.lo, t.path).not.toMatch(titles);
      }
    }
    const preamble = builtinTemplateOf('minutes').body.preamble.map((p) => p.vi).join(' ');
    expect(findPlaceholders(preamble)).toEqual(expect.arrayContaining(['truong_doan_vn', 'chuc_vu_truong_doan_vn', 'truong_doan_lo', 'chuc_vu_truong_doan_lo']));
  });

  it('minutes: Part I results and Part II tasks over the six sectors, then Part III implementation', () => {
    const { sections } = builtinTemplateOf('minutes').body;
    expect(sections.map((s) => `${s.part}:${s.sector}`)).toEqual([
      ...STANDARD_SECTORS.map((s) => `results:${s}`),
      ...STANDARD_SECTORS.map((s) => `tasks:${s}`),
      'implementation:custom',
    ]);
    for (const s of sections) expect(s.clauses.length, s.titleVi).toBeGreaterThan(0);
    expect(sections[0]!.titleVi).toMatch(/Đảng và các đoàn thể/u);
    expect(sections[1]!.titleVi).toMatch(/biên giới/u);
    expect(sections[2]!.titleVi).toMatch(/thương mại, đầu tư, giao thông vận tải và nông nghiệp/u);
  });

  it('agreement: tasks by sector (with nested points) and implementation, no review part', () => {
    const { sections } = builtinTemplateOf('agreement').body;
    expect(sections.map((s) => `${s.part}:${s.sector}`)).toEqual([...STANDARD_SECTORS.map((s) => `tasks:${s}`), 'implementation:custom']);
    expect(Math.max(...sections.map((s) => clauseDepth(s.clauses)))).toBe(2);
  });

  it('memorandum: a short structure for one field', () => {
    const { sections, summary } = builtinTemplateOf('memorandum').body;
    expect(sections.map((s) => s.part)).toEqual(['tasks', 'tasks', 'implementation']);
    expect(findPlaceholders(summary.vi)).toContain('linh_vuc');
    expect(findPlaceholders(sections[0]!.clauses[0]!.vi)).toContain('linh_vuc');
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s: Part III names the coordinators, annual plans, the review and written amendments', (_id, template) => {
    const part3 = template.body.sections.filter((s) => s.part === 'implementation').flatMap((s) => s.clauses.map((c) => c.vi)).join(' ');
    expect(part3).toMatch(/Sở Ngoại vụ/u);
    expect(part3).toMatch(/kế hoạch/u);
    expect(part3).toMatch(/kỳ hội đàm tiếp theo/u);
    expect(part3).toMatch(/sửa đổi, bổ sung .* bằng văn bản/u);
  });

  it('closing of the minutes reads as the domain brief prescribes once filled', () => {
    const { body } = fillTemplate(builtinTemplateOf('minutes').body, documentValues(source));
    expect(body.closing.map((c) => c.vi)).toEqual([
      'Làm tại thành phố Thanh Hóa, ngày 13 tháng 5 năm 2025.',
      'Biên bản này được lập thành 04 (bốn) bản gốc, mỗi bên giữ 02 bản, gồm 02 bản tiếng Việt và 02 bản tiếng Lào; các văn bản có giá trị pháp lý như nhau.',
    ]);
    expect(body.closing[0]!.lo).toBe('ເຮັດທີ່ ນະຄອນແທງຮວາ, ວັນທີ 13 ພຶດສະພາ 2025.');
    expect(body.summary.vi).toBe(
      'giữa Đoàn đại biểu cấp cao tỉnh Thanh Hóa, nước Cộng hòa xã hội chủ nghĩa Việt Nam và Đoàn đại biểu cấp cao tỉnh Hủa Phăn, nước Cộng hòa Dân chủ Nhân dân Lào năm 2025',
    );
  });

  it('are frozen with migration 0002 (a new wording ships as v2 with a new migration)', () => {
    const hash = createHash('sha256').update(JSON.stringify(BUILTIN_TEMPLATES)).digest('hex');
    expect(hash).toBe(FROZEN_BUILTIN_HASH);
  });
});

describe('the template schema', () => {
  const base = () => clone(builtinTemplateOf('agreement').body);

  it('refuses two sections with the same title in one part (case and spacing ignored)', () => {
    const body = base();
    body.sections[1]!.titleVi = `  ${body.sections[0]!.titleVi.toUpperCase()} `;
    expect(issueCodes(body)).toEqual(['duplicate_title']);
    body.sections[1]!.part = 'results';
    expect(issueCodes(body)).toEqual([]);
  });

  it('refuses nesting deeper than four levels', () => {
    const body = base();
    const leaf = (): TemplateClause => ({ vi: 'a', lo: 'ກ', loNeedsReview: true });
    let deep = leaf();
    for (let i = 0; i < 4; i++) deep = { ...leaf(), children: [deep] };
    body.sections[0]!.clauses = [deep];
    expect(clauseDepth(body.sections[0]!.clauses)).toBe(5);
    expect(issueCodes(body)).toEqual(['too_deep']);
  });

  it('refuses control characters, non-NFC text, an empty section title, over-long clauses and unknown fields', () => {
    const body = base();
    body.sections[0]!.clauses[0]!.vi = 'Hai bên\u0001';
    expect(issueCodes(body)).toEqual(['illegal_characters']);
    const nfd = base();
    nfd.sections[0]!.clauses[0]!.vi = 'Hợp tác'.normalize('NFD');
    expect(issueCodes(nfd)).toEqual(['invalid']);
    const empty = base();
    empty.sections[0]!.titleVi = '  ';
    expect(issueCodes(empty)).toEqual(['required']);
    const long = base();
    long.sections[0]!.clauses[0]!.lo = 'ກ'.repeat(20_001);
    expect(issueCodes(long)).toEqual(['too_long']);
    expect(issueCodes({ ...base(), extra: 1 })).toEqual(['invalid']);
    expect(issueCodes({ ...base(), format: 2 })).toEqual(['invalid']);
    expect(issueCodes({ ...base(), sections: [{ ...base().sections[0]!, sector: 'space' }] })).toEqual(['invalid']);
  });
});

describe('fillTemplate', () => {
  it('fills each language with its own values and leaves the input untouched', () => {
    const body = builtinTemplateOf('agreement').body;
    const before = JSON.stringify(body);
    const { body: filled, unknown, unknownAt } = fillTemplate(body, documentValues(source));
    expect(JSON.stringify(body)).toBe(before);
    const education = filled.sections.find((s) => s.sector === 'education')!;
    expect(education.clauses[0]!.vi).toBe('Phối hợp đào tạo nguồn nhân lực cho tỉnh Hủa Phăn, cụ thể:');
    expect(education.clauses[0]!.lo).toBe('ປະສານສົມທົບບຳລຸງສ້າງຊັບພະຍາກອນມະນຸດໃຫ້ ແຂວງຫົວພັນ, ສະເພາະແມ່ນ:');
    // A value that opens the text gets a capital letter.
    expect(education.clauses[0]!.children![0]!.vi).toMatch(/^Tỉnh Thanh Hóa tiếp nhận \{so_luong\} lưu học sinh của tỉnh Hủa Phăn/u);
    expect(education.clauses[0]!.children![0]!.lo).toMatch(/^ແຂວງແທງຮວາ ຮັບນັກສຶກສາຂອງ ແຂວງຫົວພັນ ຈຳນວນ \{so_luong\}/u);
    // Unknown placeholders stay visible and are reported, per language and place.
    expect(unknown).toEqual(['cua_khau', 'moc_thoi_gian', 'so_luong']);
    expect(unknownAt).toContainEqual({ name: 'so_luong', language: 'lo', path: expect.stringMatching(/^sections\.3\.clauses\.0\.children\.0$/u) });
    expect(filled.sections.flatMap((s) => s.clauses).some((c) => c.vi.includes('{tinh_vn}'))).toBe(false);
    // Flags are kept.
    expect(texts(filled).every((t) => t.loNeedsReview)).toBe(true);
  });

  it('treats an empty value as unknown and ignores brace text that is not a placeholder', () => {
    expect(fillText('{dia_diem}, {Ngày} { nam } {nam}', { dia_diem: '', nam: '2025' })).toEqual({
      text: '{dia_diem}, {Ngày} { nam } 2025',
      unknown: ['dia_diem'],
    });
    // Names are looked up as own keys only: an object's inherited members are never values.
    expect(fillText('{constructor} {toString}', {})).toEqual({ text: '{constructor} {toString}', unknown: ['constructor'] });
    expect(fillText('{__proto__}', {}).text).toBe('{__proto__}');
  });

  test.prop([fc.string().filter((s) => !s.includes('{'))])('leaves text without placeholders unchanged', (text) => {
    expect(fillText(text, { nam: '2025' })).toEqual({ text, unknown: [] });
  });

  test.prop([fc.array(fc.constantFrom('{a}', '{b}', ' ', 'x', '{', '}', '{c}'), { maxLength: 30 }), fc.string(), fc.string()])(
    'inserts values literally, once: a value holding a placeholder is never expanded again',
    (pieces, a, b) => {
      const text = pieces.join('');
      const values = { a: `${a}{b}`, b };
      const { text: out, unknown } = fillText(text, values);
      const expected = text.replace(/\{([a-c])\}/gu, (whole, name: string, offset: number) => {
        const value = name === 'a' ? values.a : name === 'b' ? values.b : undefined;
        if (value === undefined || value === '') return whole;
        return text.slice(0, offset).trim() === '' ? value.charAt(0).toLocaleUpperCase('vi') + value.slice(1) : value;
      });
      // Surrogate pairs: the capitalised first code point may differ from charAt(0); compare only plain cases.
      if (!/[\uD800-\uDFFF]/u.test(a + b)) expect(out).toBe(expected);
      expect(unknown).toEqual(findPlaceholders(text).filter((n) => !(n === 'a' || (n === 'b' && b !== ''))));
    },
  );
});

describe('document values', () => {
  it('name provinces in each language, two-digit day and month, Lao month name and the originals', () => {
    const { vi, lo } = documentValues(source);
    expect(vi).toMatchObject({ tinh_vn: 'tỉnh Thanh Hóa', tinh_lo: 'tỉnh Hủa Phăn', nam: '2025', ngay: '13', thang: '5', dia_diem: 'thành phố Thanh Hóa', so_ban: '04 (bốn)', so_ban_moi_ben: '02', so_ban_moi_ngon_ngu: '02' });
    expect(lo).toMatchObject({ tinh_vn: 'ແຂວງແທງຮວາ', tinh_lo: 'ແຂວງຫົວພັນ', thang_lo: 'ພຶດສະພາ', dia_diem: 'ນະຄອນແທງຮວາ', so_ban: '04 (ສີ່)' });
  });

  it('are the same whichever side drafts, list several partners and add the right unit', () => {
    const lao = documentValues({ ...source, ourProvince: huaPhan, partners: [thanhHoa] });
    expect(lao.vi.tinh_vn).toBe('tỉnh Thanh Hóa');
    expect(lao.lo.tinh_lo).toBe('ແຂວງຫົວພັນ');
    const capital = { country: 'LA', nameVi: 'Thủ đô Viêng Chăn', nameLo: 'ນະຄອນຫຼວງວຽງຈັນ', nameEn: 'Vientiane Capital' } as const;
    const many = documentValues({ ...source, ourProvince: { country: 'VN', nameVi: 'Sơn La', nameLo: 'ເຊີນລາ', nameEn: 'Son La' }, partners: [huaPhan, capital, { ...huaPhan, nameVi: 'Bò Kẹo', nameLo: 'ບໍ່ແກ້ວ', nameEn: 'Bokeo' }] });
    expect(many.vi.tinh_lo).toBe('tỉnh Hủa Phăn, Thủ đô Viêng Chăn và tỉnh Bò Kẹo');
    expect(many.lo.tinh_lo).toBe('ແຂວງຫົວພັນ, ນະຄອນຫຼວງວຽງຈັນ ແລະ ແຂວງບໍ່ແກ້ວ');
    expect(many.vi.so_ban).toBe('08 (tám)');
    expect(many.vi.so_ban_moi_ngon_ngu).toBe('04');
    expect(provinceInText({ country: 'VN', nameVi: 'Huế', nameLo: 'ເຫ້ວ', nameEn: 'Hue City' }, 'vi')).toBe('thành phố Huế');
  });

  it('write counts in words', () => {
    expect([1, 4, 10, 14, 15, 21, 24, 25, 30, 38].map(vietnameseNumberWords)).toEqual([
      'một', 'bốn', 'mười', 'mười bốn', 'mười lăm', 'hai mươi mốt', 'hai mươi bốn', 'hai mươi lăm', 'ba mươi', 'ba mươi tám',
    ]);
    expect([4, 10, 11, 12, 20, 21, 30, 38].map(laoNumberWords)).toEqual(['ສີ່', 'ສິບ', 'ສິບເອັດ', 'ສິບສອງ', 'ຊາວ', 'ຊາວເອັດ', 'ສາມສິບ', 'ສາມສິບແປດ']);
    expect(countInWords(6, 'vi')).toBe('06 (sáu)');
    expect(() => vietnameseNumberWords(100)).toThrow(RangeError);
  });
});

describe('Vietnamese search folding', () => {
  it('drops marks, folds đ and case, and treats both tone placements alike', () => {
    expect(foldVietnamese('Hợp Tác')).toBe('hop tac');
    expect(foldVietnamese('ĐƯỜNG  đến')).toBe('duong den');
    expect(foldVietnamese('hoà')).toBe(foldVietnamese('hòa'));
    expect(foldVietnamese('Thỏa thuận'.normalize('NFD'))).toBe('thoa thuan');
  });

  it('matches folded Vietnamese or a Lao substring; an empty query matches everything', () => {
    const match = textMatcher('HOP TAC');
    expect(match('hợp tác toàn diện', '')).toBe(true);
    expect(match('trao đổi', 'ຮ່ວມມື')).toBe(false);
    expect(textMatcher('ຊາຍແດນ')('x', 'ເຂດຊາຍແດນ')).toBe(true);
    expect(textMatcher('   ')('x', 'y')).toBe(true);
  });
});
