import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Country } from '../domain/document';
import { capitalise, laoDate, laoDateLine, vietnameseDate, vietnameseDateLine } from './dates';
import { FIRST_LINE_INDENT, LINE_SPACING, MARGINS, PAGE, PARAGRAPH_SPACING, SIZES, TEXT_WIDTH } from './format';
import { balancedLines, estimateWidth } from './measure';
import type { ExportClause, ExportDelegation, ExportModel, ExportParty, ExportPerson, ExportSection } from './model';
import { cleanTextRuns, DEFAULT_LAO_FONT, textRuns, VIETNAMESE_FONT, type LaoFont, type RunStyle, type Typography } from './runs';
import { exportLine, exportText } from './sanitize';
import { LAO_DRAFT_TEXTS, numberInWords, twoDigits, VI_TEXTS, type ExportLanguage } from './texts';

export const EXPORT_LAYOUTS = ['vi', 'lo', 'bilingual'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export interface ExportOptions {
  layout: ExportLayout;
  /** Lao font family, written into every font slot of Lao runs. Default Phetsarath OT. */
  laoFont?: LaoFont | (string & {});
  /** Points added to Lao sizes (1–2). Default 1. */
  laoIncreasePt?: 1 | 1.5 | 2;
  /** U+200B between Lao words so Word can break lines (export only). Default true. */
  laoLineBreakHints?: boolean;
  /** Unnumbered part headings (results / tasks / implementation) where the part changes. Default true. */
  partHeadings?: boolean;
  /** Alignment of Lao body text: justified like the Vietnamese original (default) or ragged right. */
  laoAlignment?: 'justified' | 'left';
  /** Originals each party keeps in each language ("04 bản gốc, mỗi bên giữ 02 bản" for two parties and 1). Default 1. */
  copiesPerLanguage?: 1 | 2;
}

export interface BuiltDocument {
  document: Document;
  layout: ExportLayout;
  /** Clauses printed with the Lao placeholder (no Lao text): the export dialog warns with this count. */
  missingLaoClauses: number;
  /** Clauses printed with the Vietnamese placeholder. */
  missingViClauses: number;
  /** Other Lao fields (title, section titles, names, titles of people) printed as the placeholder. */
  missingLaoTexts: number;
  /** Clauses whose Lao text is printed but still flagged as needing review. */
  laoToReview: number;
  /** Clause id → bookmark name around the clause. */
  bookmarks: ReadonlyMap<string, string>;
}

/** Missing text marker inside composed sentences; U+FFFF never survives sanitising, so user text cannot hold it. */
const MISSING = '\uFFFF';

interface Ctx {
  model: ExportModel;
  layout: ExportLayout;
  typo: Typography;
  body: number;
  partHeadings: boolean;
  copiesPerLanguage: number;
  laoAlignment: 'justified' | 'left';
  counts: { missingLaoClauses: number; missingViClauses: number; laoToReview: number };
  /** Keys of the other Lao fields shown as the placeholder (a field used twice counts once). */
  missingLao: Set<string>;
}

const CELL_MARGIN = 108;
const NO_BORDERS = TableBorders.NONE;

function texts(language: ExportLanguage) {
  return language === 'vi' ? VI_TEXTS : LAO_DRAFT_TEXTS;
}

/** Runs of a composed sentence; MISSING markers become the highlighted placeholder of the language. */
function runs(ctx: Ctx, text: string, language: ExportLanguage, style: RunStyle): ParagraphChild[] {
  const parts = text.split(MISSING);
  const out: ParagraphChild[] = [];
  parts.forEach((part, index) => {
    if (index > 0) out.push(...textRuns(texts(language).missing, language, { ...style, highlight: true, upper: false }, ctx.typo));
    if (part !== '') out.push(...textRuns(part, language, style, ctx.typo));
  });
  return out;
}

/** A field in `language`, or MISSING (counted under `key`) when it is empty. */
function value(ctx: Ctx, vi: string, lo: string, language: ExportLanguage, key: string): string {
  const text = exportLine(language === 'vi' ? vi : lo);
  if (text !== '') return text;
  if (language === 'lo') ctx.missingLao.add(key);
  return MISSING;
}

function bodyParagraph(children: ParagraphChild[], extra: { keepNext?: boolean; left?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: extra.left ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 0, after: PARAGRAPH_SPACING, line: LINE_SPACING, lineRule: LineRuleType.AUTO },
    ...(extra.keepNext ? { keepNext: true } : {}),
    children,
  });
}

function centred(children: ParagraphChild[], spacing: { before?: number; after?: number } = {}, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0, line: 240, lineRule: LineRuleType.AUTO },
    ...(keepNext ? { keepNext: true } : {}),
    children,
  });
}

/** A solid rule `length` twips long, centred in `width`, drawn as the top border of a 1 pt paragraph. */
function rule(length: number, width: number): Paragraph {
  const inset = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: inset, right: inset },
    // 4 pt clear of the descenders of the line above.
    spacing: { before: 80, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

// ---------------------------------------------------------------------------------------------
// National headers (quốc hiệu and tiêu ngữ) side by side in a borderless table.

function nationalHeader(ctx: Ctx, country: Country, language: ExportLanguage, cellWidth: number): Paragraph[] {
  const t = texts(language);
  const header = country === 'VN' ? t.vietnam : t.laos;
  const usable = cellWidth - 2 * CELL_MARGIN;
  const extra = language === 'lo' ? ctx.typo.laoIncrease : 0;
  const nameSize = SIZES.nationalName + extra;
  const mottoSize = SIZES.motto + extra;
  const nameLines = balancedLines(header.namePhrases, ' ', '', usable, nameSize, true);
  const mottoLines = header.motto.includes(' - ')
    ? balancedLines(header.motto.split(' - '), ' - ', ' -', usable, mottoSize, true)
    : balancedLines(header.motto.split(' '), ' ', '', usable, mottoSize, true);
  const ruleLength = Math.min(usable, Math.max(...mottoLines.map((l) => estimateWidth(l, mottoSize, true))));
  return [
    centred(runs(ctx, nameLines.join('\n'), language, { size: SIZES.nationalName, bold: true })),
    centred(runs(ctx, mottoLines.join('\n'), language, { size: SIZES.motto, bold: true })),
    rule(ruleLength, usable),
  ];
}

function headerTable(ctx: Ctx, language: ExportLanguage): Table {
  const order: Country[] = language === 'vi' ? ['VN', 'LA'] : ['LA', 'VN'];
  const widths = halves(TEXT_WIDTH);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: order.map(
          (country, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children: nationalHeader(ctx, country, language, widths[i]!) }),
        ),
      }),
    ],
  });
}

function halves(total: number): [number, number] {
  const left = Math.floor(total / 2);
  return [left, total - left];
}

// ---------------------------------------------------------------------------------------------
// Title, date line, preamble, closing, signatures: the running text of each language version.

/** Sides in the order a language version shows them: the Vietnamese original puts Vietnam first, the Lao original Laos. */
function sidesFor(language: ExportLanguage): Country[] {
  return language === 'lo' ? ['LA', 'VN'] : ['VN', 'LA'];
}

/** Delegations in the order of `sides`, stored order within a side. */
function delegationsFor(model: ExportModel, sides: readonly Country[]): ExportDelegation[] {
  return sides.flatMap((side) => model.delegations.filter((d) => d.side === side));
}

function placeOf(ctx: Ctx, language: ExportLanguage): string {
  return language === 'vi' ? ctx.model.placeVi : ctx.model.placeLo;
}

/** "<địa danh>, ngày 05 tháng 01 năm 2025" / "<ສະຖານທີ່>, ວັນທີ 05 ມັງກອນ 2025": the place name, never the venue's address. */
function dateLine(ctx: Ctx, language: ExportLanguage): string {
  return language === 'vi'
    ? vietnameseDateLine(ctx.model.datelinePlaceVi, ctx.model.meetingDate)
    : laoDateLine(ctx.model.datelinePlaceLo, ctx.model.meetingDate);
}

function kindHeading(ctx: Ctx, language: ExportLanguage): string {
  return texts(language).kind[ctx.model.kind];
}

function summary(ctx: Ctx, language: ExportLanguage): string {
  const text = language === 'vi' ? ctx.model.summaryVi : ctx.model.summaryLo;
  if (text !== '') return text;
  if (language === 'lo') ctx.missingLao.add('summary');
  return MISSING;
}

function delegationName(ctx: Ctx, delegation: ExportDelegation, language: ExportLanguage): string {
  return value(ctx, delegation.nameVi, delegation.nameLo, language, `delegation:${delegation.id}`);
}

function provinceName(ctx: Ctx, party: ExportParty, language: ExportLanguage): string {
  return value(ctx, party.inTextVi, party.inTextLo, language, `party:${party.provinceId}`);
}

function countryName(country: Country, language: ExportLanguage): string {
  const t = texts(language);
  return country === 'VN' ? t.vietnam.country : t.laos.country;
}

function joined(names: readonly string[], language: ExportLanguage, separator = ', '): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(separator)} ${texts(language).and} ${names.at(-1)}`;
}

function personLine(ctx: Ctx, person: ExportPerson, language: ExportLanguage): string {
  const name = value(ctx, person.nameVi, person.nameLo, language, `name:${person.nameVi}`);
  const title = language === 'vi' ? person.titleVi : person.titleLo;
  if (title === '' && language === 'lo' && person.titleVi !== '') return `${name}, ${value(ctx, '', '', 'lo', `title:${person.titleVi}`)}`;
  return title ? `${name}, ${title}` : name;
}

/**
 * Who met: every delegation by its own name (a province's delegation followed by its country; a
 * national body's name says what it is). A side without any delegation is named by its provinces.
 */
function meetingParties(ctx: Ctx, language: ExportLanguage, sides: readonly Country[]): string[] {
  return sides.flatMap((side) => {
    const delegations = ctx.model.delegations.filter((d) => d.side === side);
    if (delegations.length > 0) {
      return delegations.map((d) => (d.provinceId === null ? delegationName(ctx, d, language) : `${delegationName(ctx, d, language)}, ${countryName(side, language)}`));
    }
    const provinces = ctx.model.parties.filter((p) => p.country === side).map((p) => provinceName(ctx, p, language));
    return provinces.length > 0 ? [`${joined(provinces, language)}, ${countryName(side, language)}`] : [];
  });
}

function preamble(ctx: Ctx, language: ExportLanguage, sides: readonly Country[]): string[] {
  const t = texts(language);
  const date = language === 'vi' ? capitalise(vietnameseDate(ctx.model.meetingDate)) : laoDate(ctx.model.meetingDate);
  const out = [t.opening(date, placeOf(ctx, language), t.event[ctx.model.kind], joined(meetingParties(ctx, language, sides), language, '; '))];
  // Partner provinces present without a delegation of their own, on a side that has delegations: named as partners.
  for (const side of sides) {
    if (!ctx.model.delegations.some((d) => d.side === side)) continue;
    const present = ctx.model.parties.filter((p) => p.country === side && !p.hasDelegation && !p.isOurs);
    if (present.length > 0) out.push(t.partnersPresent(joined(present.map((p) => provinceName(ctx, p, language)), language), countryName(side, language)));
  }
  for (const delegation of delegationsFor(ctx.model, sides)) {
    const head = delegation.heads[0];
    if (head) {
      const name = value(ctx, head.nameVi, head.nameLo, language, `name:${head.nameVi}`);
      const title = language === 'vi' ? head.titleVi : head.titleLo || (head.titleVi ? value(ctx, '', '', 'lo', `title:${head.titleVi}`) : '');
      out.push(t.ledBy(delegationName(ctx, delegation, language), name, title));
    }
    const members = [...delegation.heads.slice(1), ...delegation.members];
    if (members.length > 0) out.push(`${t.membersIntro}${members.map((m) => personLine(ctx, m, language)).join('; ')}.`);
  }
  out.push(t.purpose);
  return out;
}

function closing(ctx: Ctx, language: ExportLanguage): string {
  const t = texts(language);
  // Each body that signs keeps its originals: the delegations with signatories (or, on a draft without any,
  // the heads who sign instead); partners present without a delegation of their own sign nothing.
  const signing = ctx.model.delegations.filter((d) => d.signatories.length > 0).length;
  const heading = ctx.model.delegations.filter((d) => d.heads.length > 0).length;
  const parties = Math.max(2, signing || heading || ctx.model.parties.length);
  const perLanguage = parties * ctx.copiesPerLanguage;
  const total = perLanguage * 2;
  return t.closing(t.thisDocument[ctx.model.kind], twoDigits(total), numberInWords(total, language), twoDigits(2 * ctx.copiesPerLanguage), twoDigits(perLanguage));
}

function sectionHeading(ctx: Ctx, section: ExportSection, language: ExportLanguage): string {
  const title = language === 'vi' ? section.titleVi : section.titleLo;
  if (title !== '') return `${section.label} ${title}`;
  if (language === 'lo') ctx.missingLao.add(`section:${section.id}`);
  return `${section.label} ${MISSING}`;
}

/** The clause's text runs in `language`, or the highlighted placeholder (counted). */
function clauseRuns(ctx: Ctx, clause: ExportClause, language: ExportLanguage, size: number): ParagraphChild[] {
  const text = exportText(language === 'vi' ? clause.textVi : clause.textLo).trim();
  if (text === '') {
    if (language === 'lo') ctx.counts.missingLaoClauses++;
    else ctx.counts.missingViClauses++;
    const label = textRuns(`${clause.label} `, language, { size }, ctx.typo);
    return [...label, ...textRuns(texts(language).missing, language, { size, highlight: true }, ctx.typo)];
  }
  if (language === 'lo' && clause.loNeedsReview) ctx.counts.laoToReview++;
  // Label and text in one run where the scripts allow (fewer runs, smaller XML, faster packing).
  return cleanTextRuns(`${exportText(clause.label)} ${text}`, language, { size, running: true }, ctx.typo);
}

function bookmarked(clause: ExportClause, children: ParagraphChild[]): ParagraphChild[] {
  return [new Bookmark({ id: clause.bookmark, children })];
}

function partHeading(ctx: Ctx, section: ExportSection, previous: ExportSection | undefined): boolean {
  return ctx.partHeadings && (previous === undefined || previous.part !== section.part);
}

// ---------------------------------------------------------------------------------------------
// Signature page: one block per signatory, from the data.

interface SignatureBlock {
  side: Country;
  /** "TM. ĐOÀN ĐẠI BIỂU CẤP CAO TỈNH SƠN LA", "ĐẠI DIỆN TỈNH SƠN LA", "CHỨNG KIẾN". */
  heading: string;
  /** The signer's title in capitals; "TRƯỞNG ĐOÀN" when a head signs minutes for lack of a signatory. */
  title: string;
  name: string;
}

/**
 * The heading of a delegation's blocks. A national body (no province) and the delegations of minutes
 * sign "on behalf of" (TM.) the delegation, by its name; a province's delegation to an agreement or a
 * memorandum signs "ĐẠI DIỆN" its province.
 */
function signHeading(ctx: Ctx, delegation: ExportDelegation, language: ExportLanguage): string {
  const t = texts(language);
  const province = ctx.model.parties.find((p) => p.provinceId === delegation.provinceId);
  if (province && ctx.model.kind !== 'minutes') return `${t.representing} ${provinceName(ctx, province, language)}`;
  return `${t.onBehalfOf} ${delegationName(ctx, delegation, language)}`;
}

function block(ctx: Ctx, side: Country, heading: string, person: ExportPerson | undefined, title: string | null, language: ExportLanguage): SignatureBlock {
  let line = title ?? '';
  if (title === null && person) line = person.titleVi === '' && person.titleLo === '' ? '' : value(ctx, person.titleVi, person.titleLo, language, `title:${person.titleVi}`);
  const name = person ? value(ctx, person.nameVi, person.nameLo, language, `name:${person.nameVi}`) : '';
  return { side, heading, title: line, name };
}

/** Signers (each delegation's signatories; its head when it has none) and witnesses, own side first. */
function signatureBlocks(ctx: Ctx, language: ExportLanguage): { signers: SignatureBlock[][]; witnesses: SignatureBlock[][] } {
  const t = texts(language);
  const sides = sidesFor(language);
  const minutes = ctx.model.kind === 'minutes';
  const signers = sides.map((side) =>
    ctx.model.delegations
      .filter((d) => d.side === side)
      .flatMap((d) => {
        const heading = signHeading(ctx, d, language);
        if (d.signatories.length > 0) return d.signatories.map((p) => block(ctx, side, heading, p, null, language));
        const head = d.heads[0];
        return head ? [block(ctx, side, heading, head, minutes ? t.headOfDelegation : null, language)] : [];
      }),
  );
  const witnesses = sides.map((side) =>
    ctx.model.delegations.filter((d) => d.side === side).flatMap((d) => d.witnesses.map((p) => block(ctx, side, t.witness, p, null, language))),
  );
  return { signers, witnesses };
}

/**
 * Rows of blocks: the two sides face each other in two columns ([own₁, other₁], [own₂, other₂] …); what
 * one side has more goes two to a row. A row left with one block joins the row before it as a third
 * column (each side's blocks together, own side first) when `canShare` says the three fit; otherwise it
 * stays under its own side's column (null: an empty cell), or alone and centred when only one side signs.
 */
export function signatureRows<T>(bySide: readonly (readonly T[])[], canShare: (row: readonly T[]) => boolean = () => true): (T | null)[][] {
  const [first = [], second = []] = bySide;
  const rows: (T | null)[][] = [];
  const paired = Math.min(first.length, second.length);
  for (let i = 0; i < paired; i++) rows.push([first[i]!, second[i]!]);
  const fromFirst = first.length > paired;
  const rest = fromFirst ? first.slice(paired) : second.slice(paired);
  for (let i = 0; i < rest.length; i += 2) rows.push(rest.slice(i, i + 2));
  const last = rows.at(-1);
  const before = rows.at(-2);
  if (!last || last.length !== 1) return rows;
  const lone = last[0]!;
  if (before && before.length === 2) {
    const three = paired > 0 && rows.length - 1 === paired && fromFirst ? [before[0]!, lone, before[1]!] : [...(before as T[]), lone];
    if (canShare(three)) {
      rows.pop();
      rows[rows.length - 1] = three;
      return rows;
    }
  }
  // Two sides sign: the lone block stays in its side's column.
  if (paired > 0) rows[rows.length - 1] = fromFirst ? [lone, null] : [null, lone];
  return rows;
}

function columnWidths(columns: number): number[] {
  if (columns <= 1) return [TEXT_WIDTH];
  const base = Math.floor(TEXT_WIDTH / columns);
  return Array.from({ length: columns }, (_, i) => (i === columns - 1 ? TEXT_WIDTH - base * (columns - 1) : base));
}

/**
 * Capitals broken into balanced lines that fit the column: a title between its comma-separated posts
 * ("PHÓ BÍ THƯ TỈNH ỦY, / CHỦ TỊCH UBND TỈNH"), a body's name between words; never "CHỦ / TỊCH".
 */
function fitted(text: string, width: number, size: number): string {
  if (text === MISSING || text === '') return text;
  const usable = width - 2 * CELL_MARGIN;
  // The width estimate runs a few percent wide of LibreOffice's and Word's; a line a little over still fits.
  const fits = (line: string) => estimateWidth(line, size, true) <= usable * 1.06;
  const byPosts = balancedLines(text.split(', '), ', ', ',', usable, size, true);
  return byPosts.flatMap((line) => (fits(line) ? [line] : balancedLines(headingUnits(line), ' ', '', usable, size, true))).join('\n');
}

/** Words that read as one term in a heading: never "CẤP / CAO", "ĐẠI / BIỂU". */
const VI_TERMS = ['ĐẠI DIỆN', 'ĐẠI BIỂU', 'CẤP CAO', 'QUỐC HỘI', 'ỦY BAN', 'CỘNG HÒA', 'DÂN CHỦ', 'NHÂN DÂN', 'XÃ HỘI', 'CHỦ NGHĨA', 'VIỆT NAM', 'ĐỐI NGOẠI', 'CHỦ TỊCH', 'BÍ THƯ', 'TỈNH ỦY', 'THÀNH PHỐ'];

/**
 * The units a Vietnamese heading may break between: words, with the terms above kept whole and a
 * province kept with its name ("TỈNH BÔ LY KHĂM XAY") when it is the heading's last part.
 */
function headingUnits(line: string): string[] {
  const words = line.split(' ');
  const units: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (VI_TERMS.includes(pair)) {
      units.push(pair);
      i++;
    } else units.push(words[i]!);
  }
  const at = units.findIndex((u) => u === 'TỈNH' || u === 'THÀNH PHỐ');
  if (at > 0 && units.length - at <= 5) return [...units.slice(0, at), units.slice(at).join(' ')];
  return units;
}

/**
 * One table per row of blocks: heading and title on top, about 3 cm for signature and seal, then the
 * name in bold at the bottom (names line up across the row). Rows never split (cantSplit), and every
 * paragraph but those of the last row keeps with the next, so the rows stay together — with the closing
 * and the last clause before them (see `original`).
 */
function signatureTables(ctx: Ctx, rows: (SignatureBlock | null)[][], language: ExportLanguage, keepLast: boolean, signingSpace: number): Table[] {
  const size = ctx.body;
  const upper: RunStyle = { size, bold: true, upper: true };
  return rows.map((row, r) => {
    const keep = keepLast || r < rows.length - 1;
    const widths = columnWidths(row.length);
    const upperSize = size + (language === 'lo' ? ctx.typo.laoIncrease : 0);
    const cell = (children: Paragraph[], c: number, bottom: boolean) =>
      new TableCell({ width: { size: widths[c]!, type: WidthType.DXA }, ...(bottom ? { verticalAlign: VerticalAlignTable.BOTTOM } : {}), children });
    const empty = (c: number, bottom: boolean) => cell([new Paragraph({ ...(keep ? { keepNext: true } : {}), children: [] })], c, bottom);
    const top = row.map((b, c) => {
      if (b === null) return empty(c, false);
      // Balanced lines for Lao too: its spaces separate phrases, so a body's name never leaves "ລາວ" alone.
      const heading = fitted(language === 'vi' ? b.heading.toLocaleUpperCase('vi') : b.heading, widths[c]!, upperSize);
      const out = [centred(runs(ctx, heading, language, upper), {}, true)];
      if (b.title !== '') out.push(centred(runs(ctx, fitted(language === 'vi' ? b.title.toLocaleUpperCase('vi') : b.title, widths[c]!, upperSize), language, upper), {}, true));
      return cell(out, c, false);
    });
    const bottom = row.map((b, c) =>
      b === null ? empty(c, true) : cell([centred(b.name === '' ? [] : runs(ctx, b.name, language, { size, bold: true }), {}, keep)], c, true),
    );
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: [
        new TableRow({ cantSplit: true, children: top }),
        // Room to sign (and seal); the names sit at the bottom of this row, on one line across columns.
        new TableRow({ cantSplit: true, height: { value: signingSpace, rule: HeightRule.ATLEAST }, children: bottom }),
      ],
    });
  });
}

/** About 3 cm to sign and seal (twips); witnesses sign without a seal. */
const SIGNING_SPACE = 1700;
const WITNESS_SPACE = 1300;

function spacer(before: number, keepNext: boolean): Paragraph {
  return new Paragraph({ spacing: { before, after: 0 }, ...(keepNext ? { keepNext: true } : {}), children: [] });
}

function signatureBlock(ctx: Ctx, language: ExportLanguage): (Paragraph | Table)[] {
  const { signers, witnesses } = signatureBlocks(ctx, language);
  // Three blocks share a row only when each name fits one line of a third and no title needs more than two.
  const third = columnWidths(3)[0]! - 2 * CELL_MARGIN;
  const size = ctx.body + (language === 'lo' ? ctx.typo.laoIncrease : 0);
  const fits = (row: readonly SignatureBlock[]) =>
    row.every(
      (b) =>
        estimateWidth(b.name, size, true) <= third &&
        [b.heading, ...b.title.split(', ')].every((part) => estimateWidth(language === 'vi' ? part.toLocaleUpperCase('vi') : part, size, true) <= 2 * third),
    );
  const signerRows = signatureRows(signers, fits);
  const witnessRows = signatureRows(witnesses, fits);
  const out: (Paragraph | Table)[] = [];
  // The signers keep with the last clause, and with the witnesses when all of it can fit one page (up to
  // three rows); more rows than that cannot, and the witnesses then start the next page rather than a
  // signers' row being cut off from the others.
  const chainWitnesses = witnessRows.length > 0 && signerRows.length + witnessRows.length <= 3;
  signatureTables(ctx, signerRows, language, chainWitnesses, SIGNING_SPACE).forEach((table, i) => {
    if (i > 0) out.push(spacer(160, true));
    out.push(table);
  });
  if (witnessRows.length > 0) {
    out.push(spacer(240, chainWitnesses));
    signatureTables(ctx, witnessRows, language, false, WITNESS_SPACE).forEach((table, i) => {
      if (i > 0) out.push(spacer(160, true));
      out.push(table);
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The two originals.

function original(ctx: Ctx, language: ExportLanguage): (Paragraph | Table)[] {
  const t = texts(language);
  const size = ctx.body;
  const children: (Paragraph | Table)[] = [headerTable(ctx, language)];
  children.push(centred(runs(ctx, dateLine(ctx, language), language, { size, italics: true }), { before: 240, after: 240 }));
  const titleExtra = language === 'lo' ? 2 : 0;
  children.push(centred(runs(ctx, kindHeading(ctx, language), language, { size: SIZES.title + titleExtra, bold: true, upper: true }), { before: 120 }, true));
  const summaryText = summary(ctx, language);
  children.push(centred(runs(ctx, summaryText, language, { size, bold: true }), { before: 0 }, true));
  const summaryWidth = summaryText === MISSING ? TEXT_WIDTH / 3 : Math.min(TEXT_WIDTH, estimateWidth(summaryText, size, true));
  children.push(rule(Math.max(TEXT_WIDTH / 6, Math.min(TEXT_WIDTH / 3, summaryWidth / 2)), TEXT_WIDTH));
  children.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));

  const left = language === 'lo' && ctx.laoAlignment === 'left';
  for (const sentence of preamble(ctx, language, sidesFor(language))) {
    children.push(bodyParagraph(runs(ctx, sentence, language, { size, running: true }), { left }));
  }

  let previous: ExportSection | undefined;
  const last = ctx.model.sections.at(-1)?.clauses.at(-1);
  for (const section of ctx.model.sections) {
    if (partHeading(ctx, section, previous)) {
      children.push(centred(runs(ctx, t.part[section.part], language, { size, bold: true, upper: true }), { before: 240, after: 120 }, true));
    }
    children.push(bodyParagraph(runs(ctx, sectionHeading(ctx, section, language), language, { size, bold: true }), { keepNext: true, left }));
    for (const clause of section.clauses) {
      // The last clause keeps with the closing and the signatures: the signature page never stands alone.
      children.push(bodyParagraph(bookmarked(clause, clauseRuns(ctx, clause, language, size)), { left, keepNext: clause === last }));
    }
    previous = section;
  }

  children.push(bodyParagraph(runs(ctx, closing(ctx, language), language, { size, running: true }), { keepNext: true, left }));
  children.push(spacer(120, true));
  children.push(...signatureBlock(ctx, language));
  return children;
}

// ---------------------------------------------------------------------------------------------
// The bilingual working copy: one table, Vietnamese left, Lao right, a row per clause and heading.

function bilingual(ctx: Ctx): (Paragraph | Table)[] {
  const size = ctx.body;
  const widths = halves(TEXT_WIDTH);
  const cell = (children: Paragraph[], column: 0 | 1, shade = false) =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
      children,
    });
  const para = (children: ParagraphChild[], opts: { centre?: boolean; keepNext?: boolean } = {}) =>
    new Paragraph({
      alignment: opts.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
      ...(opts.keepNext ? { keepNext: true } : {}),
      spacing: { before: 40, after: 40, line: LINE_SPACING, lineRule: LineRuleType.AUTO },
      children,
    });
  const row = (vi: ParagraphChild[], lo: ParagraphChild[], opts: { centre?: boolean; shade?: boolean; header?: boolean; keepNext?: boolean } = {}) =>
    new TableRow({
      ...(opts.header || opts.keepNext ? { cantSplit: true } : {}),
      ...(opts.header ? { tableHeader: true } : {}),
      children: [cell([para(vi, opts)], 0, opts.shade), cell([para(lo, opts)], 1, opts.shade)],
    });
  const both = (make: (language: ExportLanguage) => string, style: RunStyle, opts: { centre?: boolean; shade?: boolean; keepNext?: boolean } = {}) =>
    row(runs(ctx, make('vi'), 'vi', style), runs(ctx, make('lo'), 'lo', style), opts);

  const rows: TableRow[] = [
    row(textRuns(VI_TEXTS.column, 'vi', { size, bold: true }, ctx.typo), textRuns(LAO_DRAFT_TEXTS.column, 'lo', { size, bold: true }, ctx.typo), {
      centre: true,
      shade: true,
      header: true,
    }),
    both((l) => `${l === 'vi' ? kindHeading(ctx, l).toLocaleUpperCase('vi') : kindHeading(ctx, l)}\n${summary(ctx, l)}`, { size, bold: true }, { centre: true }),
    both((l) => dateLine(ctx, l), { size, italics: true }, { centre: true }),
  ];
  // Both columns name the parties in the same order, so that each row holds one sentence and its translation.
  const order = sidesFor('vi');
  const preambles = { vi: preamble(ctx, 'vi', order), lo: preamble(ctx, 'lo', order) };
  for (let i = 0; i < Math.max(preambles.vi.length, preambles.lo.length); i++) {
    rows.push(row(runs(ctx, preambles.vi[i] ?? '', 'vi', { size, running: true }), runs(ctx, preambles.lo[i] ?? '', 'lo', { size, running: true })));
  }
  let previous: ExportSection | undefined;
  for (const section of ctx.model.sections) {
    if (partHeading(ctx, section, previous)) {
      rows.push(both((l) => texts(l).part[section.part], { size, bold: true, upper: true }, { centre: true, shade: true, keepNext: true }));
    }
    rows.push(both((l) => sectionHeading(ctx, section, l), { size, bold: true }, { shade: true, keepNext: true }));
    for (const clause of section.clauses) {
      rows.push(row(bookmarked(clause, clauseRuns(ctx, clause, 'vi', size)), clauseRuns(ctx, clause, 'lo', size)));
    }
    previous = section;
  }
  rows.push(both((l) => closing(ctx, l), { size, running: true }));

  return [
    centred(textRuns(VI_TEXTS.bilingualTitle, 'vi', { size: SIZES.title, bold: true }, ctx.typo), {}, true),
    centred(textRuns(LAO_DRAFT_TEXTS.bilingualTitle, 'lo', { size: SIZES.title, bold: true }, ctx.typo), {}, true),
    centred(
      [...textRuns(`${VI_TEXTS.bilingualNote} `, 'vi', { size: size - 2, italics: true }, ctx.typo), ...textRuns(LAO_DRAFT_TEXTS.bilingualNote, 'lo', { size: size - 2, italics: true }, ctx.typo)],
      { before: 60, after: 200 },
    ),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows }),
  ];
}

// ---------------------------------------------------------------------------------------------

function pageNumberHeader(size: number): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: VIETNAMESE_FONT, size, sizeComplexScript: size })],
      }),
    ],
  });
}

/**
 * The Word document for one layout. Pure: the same model and options give the same document (save
 * for the creation time docx writes into docProps/core.xml). Pack it with `packDocument`.
 */
export function buildDocument(model: ExportModel, options: ExportOptions): BuiltDocument {
  const typo: Typography = {
    laoFont: exportLine(options.laoFont ?? DEFAULT_LAO_FONT) || DEFAULT_LAO_FONT,
    laoIncrease: Math.round((options.laoIncreasePt ?? 1) * 2),
    laoLineBreakHints: options.laoLineBreakHints ?? true,
  };
  const ctx: Ctx = {
    model,
    layout: options.layout,
    typo,
    body: options.layout === 'bilingual' ? SIZES.bilingualBody : SIZES.body,
    partHeadings: options.partHeadings ?? true,
    copiesPerLanguage: options.copiesPerLanguage ?? 1,
    laoAlignment: options.laoAlignment ?? 'justified',
    counts: { missingLaoClauses: 0, missingViClauses: 0, laoToReview: 0 },
    missingLao: new Set(),
  };
  const children = options.layout === 'bilingual' ? bilingual(ctx) : original(ctx, options.layout);
  const language: ExportLanguage = options.layout === 'lo' ? 'lo' : 'vi';
  const title = exportLine(language === 'lo' && model.titleLo ? model.titleLo : model.titleVi);

  const document = new Document({
    creator: 'Hợp Tác',
    title,
    description: exportLine(`${model.titleVi} (${options.layout})`),
    styles: {
      default: {
        document: {
          run: { font: VIETNAMESE_FONT, size: ctx.body, sizeComplexScript: ctx.body, language: { value: 'vi-VN', bidirectional: 'lo-LA' } },
          paragraph: { spacing: { line: LINE_SPACING, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          // Different first page: page 1 shows no number (Decree 30).
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGINS, gutter: 0 },
          },
        },
        headers: { default: pageNumberHeader(ctx.body), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
  return { document, layout: options.layout, ...ctx.counts, missingLaoTexts: ctx.missingLao.size, bookmarks: model.bookmarks };
}

/** The .docx bytes (a Uint8Array everywhere: Node, Electron, the browser). */
export function packDocument(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, 'uint8array');
}

// ---------------------------------------------------------------------------------------------
// Building blocks for other Decree 30 documents (the progress report, ./report.ts).

const NO_MODEL: ExportModel = {
  documentId: '',
  kind: 'minutes',
  meetingDate: '2000-01-01',
  periodStart: null,
  periodEnd: null,
  placeVi: '',
  placeLo: '',
  datelinePlaceVi: '',
  datelinePlaceLo: '',
  titleVi: '',
  titleLo: '',
  titleLoNeedsReview: false,
  summaryVi: '',
  summaryLo: '',
  parties: [],
  delegations: [],
  sections: [],
  bookmarks: new Map(),
  omittedClauses: 0,
};

/** The national headers, runs with Lao in every font slot, paragraph shapes and the page-number header of the originals. */
export function documentKit(options: { language: ExportLanguage; laoFont?: string | undefined }) {
  const ctx: Ctx = {
    model: NO_MODEL,
    layout: options.language,
    typo: { laoFont: exportLine(options.laoFont ?? DEFAULT_LAO_FONT) || DEFAULT_LAO_FONT, laoIncrease: 2, laoLineBreakHints: true },
    body: SIZES.body,
    partHeadings: false,
    copiesPerLanguage: 1,
    laoAlignment: 'justified',
    counts: { missingLaoClauses: 0, missingViClauses: 0, laoToReview: 0 },
    missingLao: new Set(),
  };
  return {
    body: ctx.body,
    header: () => headerTable(ctx, options.language),
    /** One country's quốc hiệu, tiêu ngữ and rule, for a header cell `cellWidth` twips wide. */
    nationalHeader: (country: Country, cellWidth: number) => nationalHeader(ctx, country, options.language, cellWidth),
    /** A solid rule `length` twips long centred in `width` (under a heading or an issuing body). */
    rule,
    runs: (text: string, language: ExportLanguage, style: RunStyle) => runs(ctx, text, language, style),
    /** Text as given (already cleaned), split by script into Vietnamese and Lao runs. */
    cleanRuns: (text: string, language: ExportLanguage, style: RunStyle) => cleanTextRuns(text, language, style, ctx.typo),
    bodyParagraph,
    centred,
    pageNumberHeader: () => pageNumberHeader(ctx.body),
    missingText: texts(options.language).missing,
  };
}
