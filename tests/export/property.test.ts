import { fc, test } from '@fast-check/vitest';
import type { Element } from '@xmldom/xmldom';
import { describe, expect } from 'vitest';
import { buildDocument, EXPORT_LAYOUTS, exportFileName, exportText, packDocument, type ExportModel } from '../../shared/export';
import { bookmarkNames } from '../../shared/export/bookmarks';
import { els, readDocx, runText } from './docx';

/**
 * Random clause texts go straight into the builder (bypassing toExportModel, which sanitises too), so
 * this checks the builder's own boundary: every exported part must be strictly valid XML, and the
 * clause text must come out as exactly its sanitised form (nothing else lost or added).
 */

const NASTY = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\u007F', '\u0085', '\u009F',
  '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u061C',
  '\uFEFF', '\u2028', '\u2029', '\r\n', '\r', '\n', '\t', ' ', '  ',
  '😀', '👨‍👩‍👧‍👦', '🇻🇳', '🇱🇦', '\u200B', '\u200D',
  'ສາທາລະນະລັດ', 'ຫຼວງນ້ຳທາ', 'ໍາ', 'ệ', 'Đ', 'ể', 'e\u0301', '<', '>', '&', '"', "'", ']]>', '&amp;', '<w:t>', '&#1;', '\u{10FFFF}', '\u{1FFFE}',
] as const;

const nasty = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), {
  maxLength: 30,
}).map((parts) => parts.join(''));

/** Single-line fields (titles, names, places): bad characters of every kind, up to 200 characters. */
const line = fc.oneof(
  { weight: 6, arbitrary: nasty },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\uFFFE') },
);

/** 20,000 characters (the longest clause the contract accepts), built from repeated nasty pieces. */
const huge = nasty.map((s) => {
  const unit = `${s}ສັນຕິພາບ ệ 😀\uFFFE\u0007\n`;
  return unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
});

/** Clause texts: as above, plus now and then a 20,000-character one (about one run in ten has one). */
const text = fc.oneof({ weight: 38, arbitrary: line }, { weight: 1, arbitrary: huge });

const ID = '0f8e5a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
const ID2 = '1f8e5a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b';

function model(t: { vi: string; lo: string; vi2: string; lo2: string; title: string; name: string; place: string }): ExportModel {
  const person = { nameVi: t.name, nameLo: t.name, titleVi: t.title, titleLo: t.title, loNeedsReview: true };
  const party = (country: 'VN' | 'LA', id: string) => ({
    provinceId: id,
    country,
    isOurs: country === 'VN',
    nameVi: t.place,
    nameLo: t.place,
    inTextVi: t.place,
    inTextLo: t.place,
    hasDelegation: true,
  });
  const delegation = (side: 'VN' | 'LA', provinceId: string) => ({
    id: `${side}-${ID}`,
    side,
    nameVi: t.title,
    nameLo: t.title,
    provinceId,
    heads: [person],
    members: [person],
    signatories: [],
    witnesses: [person],
  });
  return {
    documentId: ID,
    kind: 'agreement',
    meetingDate: '2025-01-05',
    periodStart: null,
    periodEnd: null,
    placeVi: t.place,
    placeLo: t.place,
    datelinePlaceVi: t.place,
    datelinePlaceLo: t.place,
    titleVi: t.title,
    titleLo: t.title,
    titleLoNeedsReview: true,
    summaryVi: t.title,
    summaryLo: t.title,
    parties: [party('VN', 'vn-thanh-hoa'), party('LA', 'la-houaphanh')],
    delegations: [delegation('VN', 'vn-thanh-hoa'), delegation('LA', 'la-houaphanh')],
    sections: [
      {
        id: ID2,
        label: 'I.',
        part: 'tasks',
        sector: 'custom',
        titleVi: t.title,
        titleLo: t.title,
        loNeedsReview: true,
        clauses: [
          { id: ID, bookmark: 'c_a', label: '1.', level: 1, textVi: t.vi, textLo: t.lo, loNeedsReview: true },
          { id: ID2, bookmark: 'c_b', label: 'a)', level: 2, textVi: t.vi2, textLo: t.lo2, loNeedsReview: false },
        ],
      },
    ],
    bookmarks: bookmarkNames([ID, ID2]),
    omittedClauses: 0,
  };
}

/** The clause text as printed: runs inside the bookmark, line breaks as "\n", without the label and U+200B. */
function printed(start: Element, label: string): string {
  const p = start.parentNode as Element;
  const all = els(p, 'r').map(runText).join('').replace(/\u200B/gu, '');
  expect(all.startsWith(`${label} `)).toBe(true);
  return all.slice(label.length + 1);
}

function expected(raw: string, missing: string): string {
  const clean = exportText(raw).trim();
  return clean === '' ? missing : clean.replace(/\u200B/gu, '');
}

describe('builder input boundary', () => {
  test.prop(
    {
      vi: text,
      lo: text,
      vi2: text,
      lo2: text,
      title: line,
      name: line,
      place: line,
      layout: fc.constantFrom(...EXPORT_LAYOUTS),
    },
    // 1,000 in every test run; `npm run bench` runs it with HOPTAC_PROPERTY_RUNS=10000 (tests/bench/property.ts).
    { numRuns: Math.max(1000, Number(process.env['HOPTAC_PROPERTY_RUNS'] ?? 1000)) },
  )('random texts always give strictly valid XML and the sanitised text verbatim', async (t) => {
    const built = buildDocument(model(t), { layout: t.layout });
    const docx = await readDocx(await packDocument(built.document)); // throws on any invalid part
    const starts = els(docx.part('word/document.xml'), 'bookmarkStart');
    expect(starts).toHaveLength(2);
    const language = t.layout === 'lo' ? 'lo' : 'vi';
    const missing = language === 'lo' ? '[ຍັງບໍ່ມີຂໍ້ຄວາມພາສາລາວ]' : '[Chưa có nội dung tiếng Việt]';
    expect(printed(starts[0]!, '1.')).toBe(expected(language === 'lo' ? t.lo : t.vi, missing));
    expect(printed(starts[1]!, 'a)')).toBe(expected(language === 'lo' ? t.lo2 : t.vi2, missing));
    // The suggested file name is plain ASCII without characters Windows refuses.
    expect(exportFileName(model(t), t.layout)).toMatch(/^[\x20-\x7E]+\.docx$/u);
    expect(exportFileName(model(t), t.layout)).not.toMatch(/[<>:"/\\|?*]/u);
  }, 300_000);
});
