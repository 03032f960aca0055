import type { DocumentSummary, ProvinceRef } from '../../../shared/contract/schemas';
import { yearOf } from '../../../shared/domain/dates';
import type { UiLanguage } from '../../../shared/i18n';
import { localName } from '../../i18n';

export interface PartnerGroup {
  /** Stable key: the sorted partner province ids. */
  key: string;
  partnerNames: string[];
  documents: DocumentSummary[];
}

export interface YearGroup {
  year: number;
  partnerGroups: PartnerGroup[];
  count: number;
}

function newestFirst(a: DocumentSummary, b: DocumentSummary): number {
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return 0;
}

export function partnerNames(partners: readonly ProvinceRef[], language: UiLanguage): string[] {
  return partners.map((p) => localName(p, language));
}

/**
 * Documents by year of the meeting (newest year first), then by the set of partner provinces (labels in
 * alphabetical order of the UI language), newest document first inside a group.
 */
export function groupDocuments(documents: readonly DocumentSummary[], language: UiLanguage, locale: string): YearGroup[] {
  const collator = new Intl.Collator(locale);
  const years = new Map<number, Map<string, PartnerGroup>>();
  for (const doc of documents) {
    const year = yearOf(doc.meetingDate);
    let groups = years.get(year);
    if (!groups) years.set(year, (groups = new Map()));
    const key = doc.partners.map((p) => p.provinceId).sort().join('+');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, partnerNames: partnerNames(doc.partners, language), documents: [] }));
    group.documents.push(doc);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, groups]) => {
      const partnerGroups = [...groups.values()]
        .map((g) => ({ ...g, documents: [...g.documents].sort(newestFirst) }))
        .sort((a, b) => collator.compare(a.partnerNames.join(', '), b.partnerNames.join(', ')));
      return { year, partnerGroups, count: partnerGroups.reduce((n, g) => n + g.documents.length, 0) };
    });
}
