/**
 * What the editor shows, computed from the stored document: one flat list of lines (a section
 * header, then its clauses depth-first) with the app's numbering, and for each clause what the
 * structural actions need (siblings, children, sub-tree size). Pure: no React, no bridge.
 */
import type { Clause, DocumentDetail, Section } from '../../../shared/contract/schemas';
import { groupSiblings, numberDocument, numberSections, siblingKey } from '../../../shared/drafting';

export interface SectionItem {
  kind: 'section';
  key: string;
  section: Section;
  /** 'I.', 'II.' … over the whole document. */
  label: string;
  /** 0-based, display order. */
  index: number;
  sectionCount: number;
  /** Live clauses of the section at every level. */
  clauseCount: number;
  /** Top-level clauses (where "add a clause" appends). */
  topLevelCount: number;
  /** Clauses whose Lao text is empty. */
  lackingLao: number;
}

export interface ClauseItem {
  kind: 'clause';
  key: string;
  clause: Clause;
  section: Section;
  sectionLabel: string;
  /** 1 … 4 */
  level: number;
  /** '1.', 'a)', '-', '+' */
  label: string;
  /** Section and clause labels down to this one, e.g. 'II. 2. a)': what a screen reader hears. */
  fullLabel: string;
  /** 0-based index among its siblings, and how many there are. */
  siblingIndex: number;
  siblingCount: number;
  previousSiblingId: string | null;
  nextSiblingId: string | null;
  /** Direct sub-items, in order. */
  childIds: string[];
  /** Sub-items at every depth. */
  descendantCount: number;
}

export type EditorItem = SectionItem | ClauseItem;

export interface EditorModel {
  doc: DocumentDetail;
  items: EditorItem[];
  /** Line index by item key ('s:<id>' or 'c:<id>'). */
  indexOf: Map<string, number>;
  clauses: Map<string, ClauseItem>;
  sections: SectionItem[];
}

export const clauseKey = (id: string) => `c:${id}`;
export const sectionKey = (id: string) => `s:${id}`;

export function buildEditorModel(doc: DocumentDetail): EditorModel {
  const allClauses = doc.sections.flatMap((s) => s.clauses);
  const numberedSections = numberSections(doc.sections);
  const numbered = numberDocument(doc.sections, allClauses);
  const siblings = groupSiblings(allClauses);

  const bySection = new Map<number, typeof numbered>();
  for (const entry of numbered) {
    const list = bySection.get(entry.sectionIndex);
    if (list) list.push(entry);
    else bySection.set(entry.sectionIndex, [entry]);
  }

  const items: EditorItem[] = [];
  const clauses = new Map<string, ClauseItem>();
  const sections: SectionItem[] = [];

  for (const { section, index, label } of numberedSections) {
    const entries = bySection.get(index) ?? [];
    const sectionItem: SectionItem = {
      kind: 'section',
      key: sectionKey(section.id),
      section,
      label,
      index,
      sectionCount: numberedSections.length,
      clauseCount: entries.length,
      topLevelCount: siblings.get(siblingKey({ sectionId: section.id, parentId: null }))?.length ?? 0,
      lackingLao: entries.filter((e) => e.clause.textLo.trim() === '').length,
    };
    items.push(sectionItem);
    sections.push(sectionItem);

    const labels: string[] = [];
    const open: ClauseItem[] = [];
    for (const entry of entries) {
      const { clause, level } = entry;
      labels.length = level - 1;
      labels.push(entry.label);
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      for (const ancestor of open) ancestor.descendantCount += 1;

      const list = siblings.get(siblingKey(clause)) ?? [];
      const at = list.findIndex((c) => c.id === clause.id);
      const item: ClauseItem = {
        kind: 'clause',
        key: clauseKey(clause.id),
        clause,
        section,
        sectionLabel: label,
        level,
        label: entry.label,
        fullLabel: [label, ...labels].join(' '),
        siblingIndex: at,
        siblingCount: list.length,
        previousSiblingId: list[at - 1]?.id ?? null,
        nextSiblingId: list[at + 1]?.id ?? null,
        childIds: (siblings.get(siblingKey({ sectionId: section.id, parentId: clause.id })) ?? []).map((c) => c.id),
        descendantCount: 0,
      };
      open.push(item);
      items.push(item);
      clauses.set(clause.id, item);
    }
  }

  return { doc, items, indexOf: new Map(items.map((item, i) => [item.key, i])), clauses, sections };
}

const cache = new WeakMap<DocumentDetail, EditorModel>();

/** The model of a document object, computed once per object (the editor and its controller share it). */
export function editorModel(doc: DocumentDetail): EditorModel {
  let model = cache.get(doc);
  if (!model) {
    model = buildEditorModel(doc);
    cache.set(doc, model);
  }
  return model;
}

/**
 * The clause to focus after `id` and its sub-items go away: the next line of the same section,
 * else the previous clause of that section, else null (the section is then empty).
 */
export function neighbourAfterRemoval(model: EditorModel, id: string): string | null {
  const item = model.clauses.get(id);
  if (!item) return null;
  const at = model.indexOf.get(item.key) ?? -1;
  const after = model.items[at + 1 + item.descendantCount];
  if (after?.kind === 'clause') return after.clause.id;
  const before = model.items[at - 1];
  return before?.kind === 'clause' ? before.clause.id : null;
}

/** A rough first guess of a line's height before it is measured, so the scrollbar is about right. */
export function estimateItemHeight(item: EditorItem): number {
  if (item.kind === 'section') return 118;
  const longest = Math.max(item.clause.textVi.length, item.clause.textLo.length * 1.15);
  return 46 + Math.ceil(Math.max(1, longest) / 62) * 25;
}

/** A copy of the document with one clause replaced (after a text save). */
export function withClause(doc: DocumentDetail, clause: Clause): DocumentDetail {
  return {
    ...doc,
    sections: doc.sections.map((s) =>
      s.id !== clause.sectionId ? s : { ...s, clauses: s.clauses.map((c) => (c.id === clause.id ? clause : c)) },
    ),
  };
}

/** A copy of the document with one section's own fields replaced (after a title save). */
export function withSection(doc: DocumentDetail, section: Omit<Section, 'clauses'>): DocumentDetail {
  return { ...doc, sections: doc.sections.map((s) => (s.id === section.id ? { ...s, ...section, clauses: s.clauses } : s)) };
}

/**
 * Offset in the stored text for a caret in the text as typed: the backend stores text trimmed and
 * NFC-normalised, so an offset in the textarea can be a little off from the same place in storage.
 */
export function storedOffset(typed: string, caret: number, stored: string): number {
  const before = typed.slice(0, Math.max(0, Math.min(caret, typed.length))).normalize('NFC').trimStart();
  return Math.min(before.length, stored.length);
}
