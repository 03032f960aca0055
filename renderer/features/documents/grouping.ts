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

/** One line of the virtualised list: a year heading, a partner-group heading or a document row. */
export type ListItem =
  | { kind: 'year'; key: string; year: number; count: number }
  | { kind: 'group'; key: string; partnerNames: string[] }
  | { kind: 'row'; key: string; doc: DocumentSummary; first: boolean; last: boolean };

/** Flattens the groups so that only the lines on screen need to be in the DOM (10,000 documents stay fast). */
export function flattenGroups(years: readonly YearGroup[]): ListItem[] {
  const items: ListItem[] = [];
  for (const year of years) {
    items.push({ kind: 'year', key: `y${year.year}`, year: year.year, count: year.count });
    for (const group of year.partnerGroups) {
      items.push({ kind: 'group', key: `g${year.year}:${group.key}`, partnerNames: group.partnerNames });
      group.documents.forEach((doc, index) => {
        items.push({ kind: 'row', key: doc.id, doc, first: index === 0, last: index === group.documents.length - 1 });
      });
    }
  }
  return items;
}
