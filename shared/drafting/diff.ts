/**
 * Clause-level diff between two versions of a document (e.g. the signed version and its amendment),
 * in both languages. Clauses and sections are matched by id.
 *
 * A clause is
 *  - added / removed: its id is only in the new / old version;
 *  - changed: its Vietnamese or Lao text differs (`moved` tells whether it also moved);
 *  - moved: same texts, but a different parent (or section, for a top-level clause), or a different
 *    order relative to the siblings it had in both versions. Positions themselves are not compared:
 *    deleting clause 2 renumbers clauses 3, 4 … without moving them. Sub-items of a clause that moved
 *    keep their parent and are not reported as moved themselves;
 *  - unchanged otherwise.
 *
 * The result is in the new version's display order. Removed clauses are listed after their former
 * previous sibling (after its sub-items), or first under their former parent / at the top of their
 * former section when they had no previous sibling left; removed sections likewise after their former
 * previous section.
 */
import { diffArrays, diffWordsWithSpace, type ChangeObject } from 'diff';
import {
  numberDocument,
  numberSections,
  siblingKey,
  type ClauseRow,
  type NumberedClause,
  type NumberedSection,
  type SectionRow,
} from './numbering';
import { graphemes } from './tree';

export interface DiffSectionRow extends SectionRow {
  titleVi: string;
  titleLo: string;
  part?: string;
  sector?: string;
}

export interface DocumentSnapshot<C extends ClauseRow = ClauseRow, S extends DiffSectionRow = DiffSectionRow> {
  sections: readonly S[];
  clauses: readonly C[];
}

export type TextOp = 'equal' | 'insert' | 'delete';
export interface TextRun {
  op: TextOp;
  text: string;
}

export type ClauseChangeKind = 'added' | 'removed' | 'changed' | 'unchanged' | 'moved';

export interface ClauseDiff<C extends ClauseRow = ClauseRow> {
  id: string;
  kind: ClauseChangeKind;
  /** True for 'moved', and for 'changed' clauses that also moved. */
  moved: boolean;
  /** Nesting in this listing (1 = top level); removed clauses sit where they were. */
  level: number;
  /** The section this entry is listed under: the new one, or the old one for a removed clause. */
  sectionId: string;
  /** Numbering in the old version (null if added). */
  before: NumberedClause<C> | null;
  /** Numbering in the new version (null if removed). */
  after: NumberedClause<C> | null;
  /** Inline diff of the Vietnamese text (all 'equal' when unchanged, all 'insert' when added …). */
  textVi: TextRun[];
  /** Inline diff of the Lao text, by grapheme cluster. */
  textLo: TextRun[];
}

export type SectionChangeKind = 'added' | 'removed' | 'renamed' | 'changed' | 'unchanged';
export type SectionField = 'titleVi' | 'titleLo' | 'part' | 'sector';

export interface SectionDiff<C extends ClauseRow = ClauseRow, S extends DiffSectionRow = DiffSectionRow> {
  id: string;
  /** renamed: a title changed; changed: only part or sector changed. */
  kind: SectionChangeKind;
  /** Order changed relative to the sections present in both versions. */
  moved: boolean;
  changedFields: SectionField[];
  before: NumberedSection<S> | null;
  after: NumberedSection<S> | null;
  titleVi: TextRun[];
  titleLo: TextRun[];
  clauses: ClauseDiff<C>[];
}

export interface DocumentDiff<C extends ClauseRow = ClauseRow, S extends DiffSectionRow = DiffSectionRow> {
  sections: SectionDiff<C, S>[];
  summary: {
    clauses: Record<ClauseChangeKind, number>;
    sections: Record<SectionChangeKind, number>;
  };
}

/**
 * Diffs longer than this many token edits are not worked out: the whole text is shown as deleted and
 * inserted instead (keeps a 20,000-character rewrite fast).
 */
export const MAX_TEXT_EDITS = 1000;

function whole(before: string, after: string): TextRun[] {
  return mergeRuns([
    { op: 'delete', text: before },
    { op: 'insert', text: after },
  ]);
}

function toRuns<T>(changes: ChangeObject<T>[], text: (value: T) => string, absorb?: (text: string) => boolean): TextRun[] {
  return mergeRuns(
    changes.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: text(change.value) })),
    absorb,
  );
}

/**
 * Tidies raw diff runs for reading: drops empty runs, turns an equal run sandwiched between two changes
 * into part of the change when `absorb` says it is noise (by default: whitespace only, so "tăng cường"
 * → "đẩy mạnh" reads as one replacement, not two with a kept space), joins adjacent runs of the same op,
 * and within each stretch between two equal runs puts all deleted text first, then all inserted text.
 * Concatenating the equal and delete runs still gives the old text, equal and insert the new one.
 */
export function mergeRuns(runs: readonly TextRun[], absorb: (text: string) => boolean = isBlank): TextRun[] {
  const kept = runs.filter((run) => run.text !== '');
  const out: TextRun[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  kept.forEach((run, i) => {
    if (run.op === 'delete') deleted += run.text;
    else if (run.op === 'insert') inserted += run.text;
    else if ((deleted || inserted) && i + 1 < kept.length && kept[i + 1]?.op !== 'equal' && absorb(run.text)) {
      deleted += run.text;
      inserted += run.text;
    } else {
      flush();
      const last = out[out.length - 1];
      if (last && last.op === 'equal') last.text += run.text;
      else out.push({ op: 'equal', text: run.text });
    }
  });
  flush();
  return out;
}

function isBlank(text: string): boolean {
  return /^\s+$/u.test(text);
}

/** Lao noise between two changes: blank, or a single grapheme cluster matched by chance. */
function isLaoNoise(text: string): boolean {
  return isBlank(text) || graphemes(text).length === 1;
}

/** Vietnamese: word by word, spaces and punctuation as their own tokens. */
export function diffVietnamese(before: string, after: string): TextRun[] {
  if (before === after) return mergeRuns([{ op: 'equal', text: before }]);
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_TEXT_EDITS });
  return changes ? toRuns(changes, (value) => value) : whole(before, after);
}

/** Lao (no spaces between words): by grapheme cluster, so a mark never shows apart from its consonant. */
export function diffLao(before: string, after: string): TextRun[] {
  if (before === after) return mergeRuns([{ op: 'equal', text: before }]);
  const changes = diffArrays(graphemes(before), graphemes(after), { maxEditLength: MAX_TEXT_EDITS });
  return changes ? toRuns(changes, (value) => value.join(''), isLaoNoise) : whole(before, after);
}

/** Ids of `after` that are not on a longest common subsequence with `before` (i.e. reordered). */
function reordered(before: readonly string[], after: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (before.length < 2 || after.length < 2) return out;
  for (const change of diffArrays([...before], [...after])) {
    if (change.added) for (const id of change.value) out.add(id);
  }
  return out;
}

function countBy<K extends string>(keys: readonly K[], items: readonly { kind: K }[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const item of items) out[item.kind] += 1;
  return out;
}

/** Inserts id into list after the nearest of `previous` already in the list, or at the start. */
function insertAfterNearest(list: string[], id: string, previous: readonly string[]): void {
  for (const candidate of previous) {
    const at = list.indexOf(candidate);
    if (at >= 0) {
      list.splice(at + 1, 0, id);
      return;
    }
  }
  list.unshift(id);
}

export function diffDocuments<C extends ClauseRow, S extends DiffSectionRow>(
  before: DocumentSnapshot<C, S>,
  after: DocumentSnapshot<C, S>,
): DocumentDiff<C, S> {
  // Sections
  const oldSections = numberSections(before.sections);
  const newSections = numberSections(after.sections);
  const oldSectionById = new Map(oldSections.map((s) => [s.section.id, s]));
  const newSectionById = new Map(newSections.map((s) => [s.section.id, s]));
  const sectionOrder = newSections.map((s) => s.section.id);
  const oldSectionOrder = oldSections.map((s) => s.section.id);
  oldSectionOrder.forEach((id, index) => {
    if (!newSectionById.has(id)) insertAfterNearest(sectionOrder, id, oldSectionOrder.slice(0, index).reverse());
  });
  const movedSections = reordered(
    oldSectionOrder.filter((id) => newSectionById.has(id)),
    sectionOrder.filter((id) => oldSectionById.has(id) && newSectionById.has(id)),
  );

  // Clauses: numbering of both versions
  const oldNumbered = numberDocument(before.sections, before.clauses);
  const newNumbered = numberDocument(after.sections, after.clauses);
  const oldById = new Map(oldNumbered.map((n) => [n.clause.id, n]));
  const newById = new Map(newNumbered.map((n) => [n.clause.id, n]));

  // Which surviving clauses moved
  const moved = new Set<string>();
  const oldLists = new Map<string, string[]>();
  for (const n of oldNumbered) {
    const key = siblingKey(n.clause);
    const list = oldLists.get(key) ?? [];
    list.push(n.clause.id);
    oldLists.set(key, list);
  }
  // Merged listing: new tree, then removed clauses slotted in where they were.
  const lists = new Map<string, string[]>();
  for (const n of newNumbered) {
    const key = siblingKey(n.clause);
    const old = oldById.get(n.clause.id);
    if (old && siblingKey(old.clause) !== key) moved.add(n.clause.id);
    const list = lists.get(key) ?? [];
    list.push(n.clause.id);
    lists.set(key, list);
  }
  for (const [key, list] of lists) {
    const stayed = list.filter((id) => {
      const old = oldById.get(id);
      return old !== undefined && siblingKey(old.clause) === key;
    });
    const stayedSet = new Set(stayed);
    const oldOrder = (oldLists.get(key) ?? []).filter((id) => stayedSet.has(id));
    for (const id of reordered(oldOrder, stayed)) moved.add(id);
  }
  for (const n of oldNumbered) {
    if (newById.has(n.clause.id)) continue;
    const key = siblingKey(n.clause);
    const oldList = oldLists.get(key) ?? [];
    const list = lists.get(key) ?? [];
    lists.set(key, list);
    insertAfterNearest(list, n.clause.id, oldList.slice(0, oldList.indexOf(n.clause.id)).reverse());
  }

  const clauseEntry = (id: string, sectionId: string, level: number): ClauseDiff<C> => {
    const old = oldById.get(id) ?? null;
    const now = newById.get(id) ?? null;
    const oldVi = old?.clause.textVi ?? '';
    const oldLo = old?.clause.textLo ?? '';
    const newVi = now?.clause.textVi ?? '';
    const newLo = now?.clause.textLo ?? '';
    let kind: ClauseChangeKind;
    if (!old) kind = 'added';
    else if (!now) kind = 'removed';
    else if (oldVi !== newVi || oldLo !== newLo) kind = 'changed';
    else kind = moved.has(id) ? 'moved' : 'unchanged';
    return {
      id,
      kind,
      moved: moved.has(id),
      level,
      sectionId,
      before: old,
      after: now,
      textVi: diffVietnamese(oldVi, newVi),
      textLo: diffLao(oldLo, newLo),
    };
  };

  const sections = sectionOrder.map((id): SectionDiff<C, S> => {
    const old = oldSectionById.get(id) ?? null;
    const now = newSectionById.get(id) ?? null;
    const changedFields: SectionField[] = [];
    if (old && now) {
      for (const field of ['titleVi', 'titleLo', 'part', 'sector'] as const) {
        if (old.section[field] !== now.section[field]) changedFields.push(field);
      }
    }
    let kind: SectionChangeKind;
    if (!old) kind = 'added';
    else if (!now) kind = 'removed';
    else if (changedFields.includes('titleVi') || changedFields.includes('titleLo')) kind = 'renamed';
    else kind = changedFields.length > 0 ? 'changed' : 'unchanged';

    const clauses: ClauseDiff<C>[] = [];
    const seen = new Set<string>();
    const walk = (key: string, level: number): void => {
      for (const clauseId of lists.get(key) ?? []) {
        if (seen.has(clauseId)) continue;
        seen.add(clauseId);
        clauses.push(clauseEntry(clauseId, id, level));
        walk(`c:${clauseId}`, level + 1);
      }
    };
    walk(siblingKey({ sectionId: id, parentId: null }), 1);

    return {
      id,
      kind,
      moved: movedSections.has(id),
      changedFields,
      before: old,
      after: now,
      titleVi: diffVietnamese(old?.section.titleVi ?? '', now?.section.titleVi ?? ''),
      titleLo: diffLao(old?.section.titleLo ?? '', now?.section.titleLo ?? ''),
      clauses,
    };
  });

  return {
    sections,
    summary: {
      clauses: countBy(['added', 'removed', 'changed', 'unchanged', 'moved'], sections.flatMap((s) => s.clauses)),
      sections: countBy(['added', 'removed', 'renamed', 'changed', 'unchanged'], sections),
    },
  };
}
