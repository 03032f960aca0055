import type { Delegate, DocumentDetail, ProvinceRef } from '../contract/schemas';
import type { Country, DocumentKind, DocumentPart, Sector } from '../domain/document';
import { defaultDatelinePlace } from '../domain/places';
import { numberDocument, numberSections } from '../drafting/numbering';
import { subjectOf } from '../drafting/title';
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

/** A party province of the document (our province or a partner). */
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
  /** A live delegation of the document comes from this province. */
  hasDelegation: boolean;
}

/** A named delegation and its people, in stored order. */
export interface ExportDelegation {
  id: string;
  side: Country;
  /** As the officer wrote it: "Đoàn đại biểu cấp cao Quốc hội nước CHDCND Lào". */
  nameVi: string;
  nameLo: string;
  /** The party province it comes from (null: a national body, ministry, party committee …). */
  provinceId: string | null;
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
  /** Địa danh of the date line (the document's own field, or the host province's bare name). */
  datelinePlaceVi: string;
  datelinePlaceLo: string;
  titleVi: string;
  titleLo: string;
  titleLoNeedsReview: boolean;
  /** The stored title without the leading document kind: the trích yếu under the heading. */
  summaryVi: string;
  summaryLo: string;
  /** Our province first, then the partners in stored order. */
  parties: ExportParty[];
  /** Live delegations in stored order (each language version puts its own side first). */
  delegations: ExportDelegation[];
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

/**
 * The summary line (trích yếu) from a stored title: the title without its leading document kind, and
 * without any other kind phrase that would repeat it ("Biên bản Hội nghị …"); see shared/drafting/title.ts.
 */
export function summaryFromTitle(title: string, kind: DocumentKind, language: 'vi' | 'lo'): string {
  return subjectOf(exportLine(title), kind, language);
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
  const withDelegation = new Set(detail.delegations.map((d) => d.provinceId));
  const party = (ref: ProvinceRef, isOurs: boolean): ExportParty => ({
    provinceId: ref.provinceId,
    country: ref.country,
    isOurs,
    nameVi: exportLine(ref.nameVi),
    nameLo: exportLine(ref.nameLo),
    inTextVi: provinceInText(ref, 'vi'),
    inTextLo: provinceInText(ref, 'lo'),
    hasDelegation: withDelegation.has(ref.provinceId),
  });
  const delegations = [...detail.delegations]
    .sort((a, b) => a.position - b.position)
    .map((d): ExportDelegation => {
      const people = detail.delegates.filter((p) => p.delegationId === d.id).sort((a, b) => a.position - b.position);
      const of = (role: Delegate['role']) => people.filter((p) => p.role === role).map(person);
      return {
        id: d.id,
        side: d.side,
        nameVi: exportLine(d.nameVi),
        nameLo: exportLine(d.nameLo),
        provinceId: d.provinceId,
        heads: of('head'),
        members: of('member'),
        signatories: of('signatory'),
        witnesses: of('witness'),
      };
    });
  const dateline = defaultDatelinePlace(detail);

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
    datelinePlaceVi: exportLine(detail.datelinePlaceVi) || exportLine(dateline.vi),
    datelinePlaceLo: exportLine(detail.datelinePlaceLo) || exportLine(dateline.lo),
    titleVi: exportLine(detail.titleVi),
    titleLo: exportLine(detail.titleLo),
    titleLoNeedsReview: detail.titleLoNeedsReview,
    summaryVi: summaryFromTitle(detail.titleVi, detail.kind, 'vi'),
    summaryLo: summaryFromTitle(detail.titleLo, detail.kind, 'lo'),
    parties: [party(detail.ourProvince, true), ...detail.partners.map((p) => party(p, false))],
    delegations,
    sections,
    bookmarks,
    omittedClauses: allClauses.length - numbered.length,
  };
}
