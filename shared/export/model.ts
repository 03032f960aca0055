import type { Delegate, DocumentDetail, ProvinceRef } from '../contract/schemas';
import type { Country, DocumentKind, DocumentPart, Sector } from '../domain/document';
import { numberDocument, numberSections } from '../drafting/numbering';
import { bookmarkNames } from './bookmarks';
import { exportLine, exportText } from './sanitize';
import { LAO_DRAFT_TEXTS, VI_TEXTS } from './texts';

/**
 * What the Word builder needs, derived from a stored document by the pure `toExportModel`. Numbers
 * come from the app's own numbering (shared/drafting/numbering), never from the export: the Lao
 * version carries the same labels as the Vietnamese one.
 */
export interface ExportPerson {
  nameVi: string;
  nameLo: string;
  titleVi: string;
  titleLo: string;
  loNeedsReview: boolean;
}

export interface ExportParty {
  provinceId: string;
  country: Country;
  isOurs: boolean;
  /** Bare names as stored ("Sơn La", "ເຊີນລາ"). */
  nameVi: string;
  nameLo: string;
  /** As running text names them: "tỉnh Sơn La", "thành phố Huế", "ແຂວງເຊີນລາ"; Vientiane Capital as stored. */
  inTextVi: string;
  inTextLo: string;
  heads: ExportPerson[];
  members: ExportPerson[];
  signatories: ExportPerson[];
  witnesses: ExportPerson[];
}

export interface ExportClause {
  id: string;
  /** Word bookmark name around the clause (see ./bookmarks). */
  bookmark: string;
  /** '1.', 'a)', '-', '+' from numberDocument. */
  label: string;
  /** 1 for a top-level clause. */
  level: number;
  textVi: string;
  textLo: string;
  loNeedsReview: boolean;
}

export interface ExportSection {
  id: string;
  /** 'I.', 'II.' from numberSections. */
  label: string;
  part: DocumentPart;
  sector: Sector;
  /** The stored title, or the sector's name when the officer left it empty. */
  titleVi: string;
  titleLo: string;
  loNeedsReview: boolean;
  clauses: ExportClause[];
}

export interface ExportModel {
  documentId: string;
  kind: DocumentKind;
  meetingDate: string;
  periodStart: string | null;
  periodEnd: string | null;
  placeVi: string;
  placeLo: string;
  titleVi: string;
  titleLo: string;
  titleLoNeedsReview: boolean;
  /** The stored title without the leading document kind: the trích yếu under the heading. */
  summaryVi: string;
  summaryLo: string;
  /** Our province first, then the partners in stored order. */
  parties: ExportParty[];
  sections: ExportSection[];
  /** Clause id → bookmark name, for a later import to match a returned Word file to its clauses. */
  bookmarks: ReadonlyMap<string, string>;
  /** Stored clauses that numbering could not reach (broken parent chain); they are not exported. */
  omittedClauses: number;
}

/** "tỉnh Thanh Hóa" / "ແຂວງແທງຮວາ"; a centrally-run Vietnamese city "thành phố Huế" / "ນະຄອນເຫ້ວ"; Vientiane Capital as stored. */
export function provinceInText(p: Pick<ProvinceRef, 'country' | 'nameVi' | 'nameLo' | 'nameEn'>, language: 'vi' | 'lo'): string {
  const name = exportLine(language === 'vi' ? p.nameVi : p.nameLo);
  if (name === '') return '';
  if (/capital/iu.test(p.nameEn)) return name;
  const texts = language === 'vi' ? VI_TEXTS : LAO_DRAFT_TEXTS;
  const unit = p.country === 'VN' && /\bcity\b/iu.test(p.nameEn) ? texts.city : texts.province;
  return language === 'vi' ? `${unit} ${name}` : `${unit}${name}`;
}

/** Lower case, no tone marks, đ → d: "Thoả thuận" and "Thỏa thuận" compare equal. */
function foldVi(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLocaleLowerCase('vi');
}

/**
 * The summary line (trích yếu) from a stored title: the title without its leading document kind.
 * "Biên bản hội đàm giữa tỉnh A và tỉnh B năm 2025" → "giữa tỉnh A và tỉnh B năm 2025"; a title that
 * does not start with the kind is kept whole.
 */
export function summaryFromTitle(title: string, kindName: string, language: 'vi' | 'lo'): string {
  const clean = exportLine(title);
  if (language === 'lo') {
    return clean.startsWith(kindName) ? clean.slice(kindName.length).replace(/^[\s:–-]+/u, '') : clean;
  }
  const words = clean.split(' ');
  const kindWords = kindName.split(' ').map(foldVi);
  const matches = kindWords.every((k, i) => words[i] !== undefined && foldVi(words[i]) === k);
  if (!matches) return clean;
  return words.slice(kindWords.length).join(' ').replace(/^[\s:–-]+/u, '');
}

function person(d: Delegate): ExportPerson {
  return {
    nameVi: exportLine(d.nameVi),
    nameLo: exportLine(d.nameLo),
    titleVi: exportLine(d.titleVi),
    titleLo: exportLine(d.titleLo),
    loNeedsReview: d.loNeedsReview,
  };
}

export function toExportModel(detail: DocumentDetail): ExportModel {
  const delegates = [...detail.delegates].sort((a, b) => a.position - b.position);
  const party = (ref: ProvinceRef, isOurs: boolean): ExportParty => {
    const of = (role: Delegate['role']) => delegates.filter((d) => d.provinceId === ref.provinceId && d.role === role).map(person);
    return {
      provinceId: ref.provinceId,
      country: ref.country,
      isOurs,
      nameVi: exportLine(ref.nameVi),
      nameLo: exportLine(ref.nameLo),
      inTextVi: provinceInText(ref, 'vi'),
      inTextLo: provinceInText(ref, 'lo'),
      heads: of('head'),
      members: of('member'),
      signatories: of('signatory'),
      witnesses: of('witness'),
    };
  };

  const allClauses = detail.sections.flatMap((s) => s.clauses);
  const numbered = numberDocument(detail.sections, allClauses);
  const bookmarks = bookmarkNames(numbered.map((n) => n.clause.id));
  const sections: ExportSection[] = numberSections(detail.sections).map(({ section, label }) => ({
    id: section.id,
    label,
    part: section.part,
    sector: section.sector,
    titleVi: exportLine(section.titleVi) || VI_TEXTS.sector[section.sector],
    titleLo: exportLine(section.titleLo) || (section.titleVi.trim() === '' ? LAO_DRAFT_TEXTS.sector[section.sector] : ''),
    loNeedsReview: section.loNeedsReview,
    clauses: [],
  }));
  for (const n of numbered) {
    // numberSections and numberDocument share the display order, so sectionIndex indexes `sections`.
    sections[n.sectionIndex]?.clauses.push({
      id: n.clause.id,
      bookmark: bookmarks.get(n.clause.id)!,
      label: n.label,
      level: n.level,
      textVi: exportText(n.clause.textVi).trim(),
      textLo: exportText(n.clause.textLo).trim(),
      loNeedsReview: n.clause.loNeedsReview,
    });
  }

  return {
    documentId: detail.id,
    kind: detail.kind,
    meetingDate: detail.meetingDate,
    periodStart: detail.periodStart,
    periodEnd: detail.periodEnd,
    placeVi: exportLine(detail.placeVi),
    placeLo: exportLine(detail.placeLo),
    titleVi: exportLine(detail.titleVi),
    titleLo: exportLine(detail.titleLo),
    titleLoNeedsReview: detail.titleLoNeedsReview,
    summaryVi: summaryFromTitle(detail.titleVi, VI_TEXTS.kind[detail.kind], 'vi'),
    summaryLo: summaryFromTitle(detail.titleLo, LAO_DRAFT_TEXTS.kind[detail.kind], 'lo'),
    parties: [party(detail.ourProvince, true), ...detail.partners.map((p) => party(p, false))],
    sections,
    bookmarks,
    omittedClauses: allClauses.length - numbered.length,
  };
}
