/**
 * Pure operations on the clause tree of one document. Nothing is mutated: each operation returns the
 * row changes (placement patches, text patches, new rows, removed ids) so the backend can apply them in
 * one transaction and the renderer can preview them, plus the complete resulting row list.
 *
 * Invariants every successful operation keeps (and the property tests check): every clause has a
 * null parent or a parent in the same section, no cycles, depth ≤ 4, each sibling list the operation
 * touched is numbered 0..n-1 (untouched lists keep their stored positions), no clause lost or
 * duplicated except the ones reported as removed.
 *
 * Refusals are returned as typed errors, never thrown.
 */
import { groupSiblings, MAX_CLAUSE_DEPTH, siblingKey, type ClauseRow } from './numbering';

export const DRAFTING_ERROR_CODES = [
  /** An id given to the operation (clause, target parent, second clause of a merge) does not exist. */
  'clause_not_found',
  /** Moving a clause into itself or into one of its own descendants. */
  'move_into_own_child',
  /** The target parent belongs to another section than the target section. */
  'parent_in_other_section',
  /** The result would be deeper than 4 levels (params: max). */
  'too_deep',
  /** Target index outside 0..n of the target sibling list (params: index, max). */
  'invalid_position',
  /** Indent of a clause that has no previous sibling to become its child. */
  'no_previous_sibling',
  /** Outdent of a top-level clause. */
  'already_top_level',
  /** Merge of two clauses where the second is not the next sibling of the first. */
  'not_next_sibling',
  /** Split offset not an integer in 0..text length (params: offset, length). */
  'invalid_offset',
  /** A new id (from newId() or an inserted row) is already in use. */
  'duplicate_id',
] as const;
export type DraftingErrorCode = (typeof DRAFTING_ERROR_CODES)[number];

export interface DraftingError {
  code: DraftingErrorCode;
  /** English fallback for logs; the UI shows the catalogue text for `code`. */
  message: string;
  params?: Record<string, string | number>;
}

/** A changed row: placement always, text only when the operation changed it. */
export interface ClausePatch {
  id: string;
  sectionId: string;
  parentId: string | null;
  position: number;
  textVi?: string;
  textLo?: string;
}

export interface TreeChanges<C extends ClauseRow = ClauseRow> {
  /** Existing rows whose placement or text changed (removed rows are not patched). */
  patches: ClausePatch[];
  /** New rows (split, insert), complete. */
  added: C[];
  /** Ids to archive: the backend never hard-deletes. */
  removed: string[];
  /** Every row after the operation (removed rows left out, added rows included), input order kept. */
  rows: C[];
}

export type TreeResult<C extends ClauseRow = ClauseRow> =
  | { ok: true; changes: TreeChanges<C> }
  | { ok: false; error: DraftingError };

export interface ClauseTarget {
  sectionId: string;
  /** null: top level of the section. */
  parentId: string | null;
  /** 0-based index in the target sibling list as it is without the moved clause (0..n). */
  index: number;
}

export interface ClauseNode<C extends ClauseRow = ClauseRow> {
  row: C;
  /** 1 for a top-level clause. */
  level: number;
  children: ClauseNode<C>[];
}

function failure(code: DraftingErrorCode, message: string, params?: Record<string, string | number>): { ok: false; error: DraftingError } {
  return { ok: false, error: { code, message, ...(params ? { params } : {}) } };
}

// ---------------------------------------------------------------------------------------------
// Reading the tree

/**
 * The clause forest per section (key: sectionId), roots and children in sibling order. Clauses not
 * reachable from a root of their section (missing parent, parent in another section, cycle) are
 * left out; validateTree reports them.
 */
export function buildTree<C extends ClauseRow>(rows: readonly C[]): Map<string, ClauseNode<C>[]> {
  const siblings = groupSiblings(rows);
  const seen = new Set<string>();
  const build = (list: readonly C[], sectionId: string, level: number): ClauseNode<C>[] => {
    const nodes: ClauseNode<C>[] = [];
    for (const row of list) {
      if (row.sectionId !== sectionId || seen.has(row.id)) continue;
      seen.add(row.id);
      nodes.push({ row, level, children: build(siblings.get(siblingKey({ sectionId, parentId: row.id })) ?? [], sectionId, level + 1) });
    }
    return nodes;
  };
  const forest = new Map<string, ClauseNode<C>[]>();
  for (const row of rows) {
    if (row.parentId !== null || forest.has(row.sectionId)) continue;
    forest.set(row.sectionId, build(siblings.get(siblingKey(row)) ?? [], row.sectionId, 1));
  }
  return forest;
}

/** Depth-first (display) order of a forest. */
export function flattenTree<C extends ClauseRow>(nodes: readonly ClauseNode<C>[]): C[] {
  const out: C[] = [];
  const walk = (list: readonly ClauseNode<C>[]): void => {
    for (const node of list) {
      out.push(node.row);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** Ids of all descendants of `id`, depth-first in display order (the clause itself excluded). */
export function descendantsOf(rows: readonly ClauseRow[], id: string): string[] {
  return descendantRows(groupSiblings(rows), id).map((row) => row.id);
}

function descendantRows<C extends ClauseRow>(siblings: ReadonlyMap<string, C[]>, id: string): C[] {
  const out: C[] = [];
  const seen = new Set<string>([id]);
  const walk = (parentId: string): void => {
    for (const child of siblings.get(`c:${parentId}`) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      out.push(child);
      walk(child.id);
    }
  };
  walk(id);
  return out;
}

export type TreeProblem =
  | { kind: 'duplicate_id'; id: string }
  | { kind: 'missing_parent'; id: string; parentId: string }
  | { kind: 'parent_in_other_section'; id: string; parentId: string }
  | { kind: 'cycle'; id: string }
  | { kind: 'too_deep'; id: string; level: number };

/** Everything wrong with a set of rows as a tree (empty for a valid tree). */
export function validateTree(rows: readonly ClauseRow[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const byId = new Map<string, ClauseRow>();
  for (const row of rows) {
    if (byId.has(row.id)) problems.push({ kind: 'duplicate_id', id: row.id });
    else byId.set(row.id, row);
  }
  for (const row of byId.values()) {
    if (row.parentId === null) continue;
    const parent = byId.get(row.parentId);
    if (!parent) problems.push({ kind: 'missing_parent', id: row.id, parentId: row.parentId });
    else if (parent.sectionId !== row.sectionId) problems.push({ kind: 'parent_in_other_section', id: row.id, parentId: row.parentId });
  }
  for (const row of byId.values()) {
    let level = 1;
    let current: ClauseRow | undefined = row;
    const chain = new Set<string>();
    while (current && current.parentId !== null) {
      if (chain.has(current.id)) break;
      chain.add(current.id);
      current = byId.get(current.parentId);
      if (current) level += 1;
    }
    if (current && current.parentId !== null) problems.push({ kind: 'cycle', id: row.id });
    else if (level > MAX_CLAUSE_DEPTH) problems.push({ kind: 'too_deep', id: row.id, level });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Working copy shared by the operations

class Draft<C extends ClauseRow> {
  readonly byId = new Map<string, C>();
  readonly siblings: Map<string, C[]>;
  readonly removed: string[] = [];
  readonly added: C[] = [];

  constructor(readonly original: readonly C[]) {
    for (const row of original) this.byId.set(row.id, { ...row });
    this.siblings = groupSiblings([...this.byId.values()]);
  }

  get(id: string): C | undefined {
    return this.byId.get(id);
  }

  list(sectionId: string, parentId: string | null): C[] {
    const key = siblingKey({ sectionId, parentId });
    let list = this.siblings.get(key);
    if (!list) {
      list = [];
      this.siblings.set(key, list);
    }
    return list;
  }

  listOf(row: C): C[] {
    return this.list(row.sectionId, row.parentId);
  }

  /** 1 for a top-level clause; parent chains are walked at most once around (safe on bad data). */
  level(row: C): number {
    let level = 1;
    let current = row;
    for (let guard = 0; current.parentId !== null && guard <= this.byId.size; guard++) {
      const parent = this.byId.get(current.parentId);
      if (!parent) break;
      current = parent;
      level += 1;
    }
    return level;
  }

  /** Levels in the subtree of row, counting row itself as 1. */
  height(row: C): number {
    const children = this.siblings.get(`c:${row.id}`) ?? [];
    let max = 0;
    for (const child of children) max = Math.max(max, this.height(child));
    return max + 1;
  }

  descendants(id: string): C[] {
    return descendantRows(this.siblings, id);
  }

  /** Take a row out of its sibling list and renumber what is left. */
  detach(row: C): void {
    const list = this.listOf(row);
    const at = list.indexOf(row);
    if (at >= 0) list.splice(at, 1);
    this.renumber(list);
  }

  /** Put a row into a sibling list at index and renumber that list; descendants follow the section. */
  attach(row: C, sectionId: string, parentId: string | null, index: number): void {
    const sectionChanged = row.sectionId !== sectionId;
    row.sectionId = sectionId;
    row.parentId = parentId;
    const list = this.list(sectionId, parentId);
    list.splice(index, 0, row);
    this.renumber(list);
    if (sectionChanged) for (const child of this.descendants(row.id)) child.sectionId = sectionId;
  }

  renumber(list: readonly C[]): void {
    list.forEach((row, index) => {
      row.position = index;
    });
  }

  remove(row: C): void {
    this.detach(row);
    this.byId.delete(row.id);
    this.siblings.delete(`c:${row.id}`);
    this.removed.push(row.id);
  }

  add(row: C): void {
    this.byId.set(row.id, row);
    this.added.push(row);
  }

  result(): { ok: true; changes: TreeChanges<C> } {
    const patches: ClausePatch[] = [];
    const rows: C[] = [];
    for (const before of this.original) {
      const after = this.byId.get(before.id);
      if (!after || this.added.includes(after)) continue;
      rows.push(after);
      const textChanged = after.textVi !== before.textVi || after.textLo !== before.textLo;
      const placementChanged =
        after.sectionId !== before.sectionId || after.parentId !== before.parentId || after.position !== before.position;
      if (!textChanged && !placementChanged) continue;
      patches.push({
        id: after.id,
        sectionId: after.sectionId,
        parentId: after.parentId,
        position: after.position,
        ...(after.textVi !== before.textVi ? { textVi: after.textVi } : {}),
        ...(after.textLo !== before.textLo ? { textLo: after.textLo } : {}),
      });
    }
    rows.push(...this.added);
    return { ok: true, changes: { patches, added: [...this.added], removed: [...this.removed], rows } };
  }
}

/** Applies changes to rows (what the backend does in its transaction); equals changes.rows. */
export function applyChanges<C extends ClauseRow>(rows: readonly C[], changes: Pick<TreeChanges<C>, 'patches' | 'added' | 'removed'>): C[] {
  const removed = new Set(changes.removed);
  const patches = new Map(changes.patches.map((patch) => [patch.id, patch]));
  const out: C[] = [];
  for (const row of rows) {
    if (removed.has(row.id)) continue;
    const patch = patches.get(row.id);
    out.push(patch ? { ...row, ...patch } : row);
  }
  return [...out, ...changes.added];
}

// ---------------------------------------------------------------------------------------------
// Operations

function moveIn<C extends ClauseRow>(draft: Draft<C>, row: C, target: ClauseTarget): { ok: false; error: DraftingError } | null {
  let parentLevel = 0;
  if (target.parentId !== null) {
    const parent = draft.get(target.parentId);
    if (!parent) return failure('clause_not_found', `No clause ${target.parentId}`, { id: target.parentId });
    if (parent.id === row.id || draft.descendants(row.id).includes(parent)) {
      return failure('move_into_own_child', 'A clause cannot be moved into itself or one of its sub-items');
    }
    if (parent.sectionId !== target.sectionId) {
      return failure('parent_in_other_section', 'The target parent is in another section', { parentId: parent.id, sectionId: target.sectionId });
    }
    parentLevel = draft.level(parent);
  }
  if (parentLevel + draft.height(row) > MAX_CLAUSE_DEPTH) {
    return failure('too_deep', `Clauses nest at most ${MAX_CLAUSE_DEPTH} levels deep`, { max: MAX_CLAUSE_DEPTH });
  }
  const targetList = draft.list(target.sectionId, target.parentId).filter((other) => other !== row);
  if (!Number.isInteger(target.index) || target.index < 0 || target.index > targetList.length) {
    return failure('invalid_position', `Index must be 0..${targetList.length}`, { index: target.index, max: targetList.length });
  }
  draft.detach(row);
  draft.attach(row, target.sectionId, target.parentId, target.index);
  return null;
}

/**
 * Moves a clause (with its sub-items) to `target`. Refused: unknown clause or parent, a parent that
 * is the clause itself or one of its descendants, a parent in another section than target.sectionId,
 * a result deeper than 4 levels, an index outside 0..n. The target section itself is not checked
 * (the rows do not list empty sections): the backend checks it exists in the same document.
 */
export function moveClause<C extends ClauseRow>(rows: readonly C[], id: string, target: ClauseTarget): TreeResult<C> {
  const draft = new Draft(rows);
  const row = draft.get(id);
  if (!row) return failure('clause_not_found', `No clause ${id}`, { id });
  return moveIn(draft, row, target) ?? draft.result();
}

/** Makes the clause the last child of its previous sibling. */
export function indentClause<C extends ClauseRow>(rows: readonly C[], id: string): TreeResult<C> {
  const draft = new Draft(rows);
  const row = draft.get(id);
  if (!row) return failure('clause_not_found', `No clause ${id}`, { id });
  const list = draft.listOf(row);
  const previous = list[list.indexOf(row) - 1];
  if (!previous) return failure('no_previous_sibling', 'The first clause of a list cannot be indented');
  const index = draft.list(previous.sectionId, previous.id).length;
  return moveIn(draft, row, { sectionId: row.sectionId, parentId: previous.id, index }) ?? draft.result();
}

/**
 * Makes the clause the next sibling of its parent. Its following siblings stay with the old parent
 * (they are not adopted by the outdented clause): only the clause and its own sub-items move, so the
 * officer never sees unrelated items change parent, and outdent exactly undoes indent.
 */
export function outdentClause<C extends ClauseRow>(rows: readonly C[], id: string): TreeResult<C> {
  const draft = new Draft(rows);
  const row = draft.get(id);
  if (!row) return failure('clause_not_found', `No clause ${id}`, { id });
  if (row.parentId === null) return failure('already_top_level', 'A top-level clause cannot be outdented');
  const parent = draft.get(row.parentId);
  if (!parent) return failure('clause_not_found', `No clause ${row.parentId}`, { id: row.parentId });
  const index = draft.listOf(parent).indexOf(parent) + 1;
  return moveIn(draft, row, { sectionId: parent.sectionId, parentId: parent.parentId, index }) ?? draft.result();
}

/**
 * Inserts complete new rows (from the clause library, or pasted paragraphs) as consecutive siblings
 * at target; their sectionId/parentId/position are set here. Their ids must be new.
 */
export function insertClauses<C extends ClauseRow>(rows: readonly C[], target: ClauseTarget, newRows: readonly C[]): TreeResult<C> {
  const draft = new Draft(rows);
  const fresh = new Set<string>();
  for (const row of newRows) {
    if (draft.get(row.id) || fresh.has(row.id)) return failure('duplicate_id', `Clause id ${row.id} is already in use`, { id: row.id });
    fresh.add(row.id);
  }
  let level = 1;
  if (target.parentId !== null) {
    const parent = draft.get(target.parentId);
    if (!parent) return failure('clause_not_found', `No clause ${target.parentId}`, { id: target.parentId });
    if (parent.sectionId !== target.sectionId) {
      return failure('parent_in_other_section', 'The target parent is in another section', { parentId: parent.id, sectionId: target.sectionId });
    }
    level = draft.level(parent) + 1;
  }
  if (level > MAX_CLAUSE_DEPTH) return failure('too_deep', `Clauses nest at most ${MAX_CLAUSE_DEPTH} levels deep`, { max: MAX_CLAUSE_DEPTH });
  const list = draft.list(target.sectionId, target.parentId);
  if (!Number.isInteger(target.index) || target.index < 0 || target.index > list.length) {
    return failure('invalid_position', `Index must be 0..${list.length}`, { index: target.index, max: list.length });
  }
  const copies = newRows.map((row) => ({ ...row, sectionId: target.sectionId, parentId: target.parentId }));
  list.splice(target.index, 0, ...copies);
  for (const copy of copies) draft.add(copy);
  draft.renumber(list);
  return draft.result();
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** UTF-16 offsets of every grapheme-cluster boundary of text, 0 and text.length included. */
export function graphemeBoundaries(text: string): number[] {
  const out: number[] = [];
  for (const { index } of segmenter.segment(text)) out.push(index);
  out.push(text.length);
  return out;
}

/** Grapheme clusters of text (a Lao consonant with its vowel and tone marks is one cluster). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * The boundary at or after offset: an offset inside a cluster moves to the end of that cluster, so
 * marks stay with the base before the caret ('ນ້ຳ' at 1 or 2 → 3). RangeError unless 0 ≤ offset ≤ length.
 */
export function snapToGrapheme(text: string, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`Offset must be an integer in 0..${text.length}, got ${offset}`);
  }
  for (const { index, segment } of segmenter.segment(text)) {
    if (offset === index) return index;
    if (offset < index + segment.length) return index + segment.length;
  }
  return text.length;
}

const WHITESPACE = /^\s+$/u;

/** Drops whole whitespace clusters at the end (a space carrying a combining mark is kept). */
function trimEndClusters(text: string): string {
  const parts = graphemes(text);
  while (parts.length > 0 && WHITESPACE.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts.join('');
}

function trimStartClusters(text: string): string {
  const parts = graphemes(text);
  let start = 0;
  while (start < parts.length && WHITESPACE.test(parts[start] ?? '')) start++;
  return parts.slice(start).join('');
}

/**
 * Splits text at a UTF-16 offset (as a textarea's selectionStart gives it), snapped to a grapheme
 * boundary (see snapToGrapheme); whitespace at the seam is dropped from both parts, the outer ends
 * are kept as they are. RangeError for an offset outside 0..length.
 */
export function splitClauseText(text: string, offset: number): [string, string] {
  const at = snapToGrapheme(text, offset);
  return [trimEndClusters(text.slice(0, at)), trimStartClusters(text.slice(at))];
}

/** Joins two texts with exactly one space at the seam (none when either side is empty). */
export function joinClauseText(first: string, second: string): string {
  const a = trimEndClusters(first);
  const b = trimStartClusters(second);
  if (a === '') return b;
  if (b === '') return a;
  return `${a} ${b}`;
}

/**
 * Splits a clause at an offset in each language: the clause keeps the text before the offsets (and all
 * its sub-items); a new sibling right after it, id from newId(), gets the text after. The new row copies
 * the clause's other fields (status, review flag, …); the caller may reset them.
 */
export function splitClause<C extends ClauseRow>(
  rows: readonly C[],
  id: string,
  offsetVi: number,
  offsetLo: number,
  newId: () => string,
): TreeResult<C> {
  const draft = new Draft(rows);
  const row = draft.get(id);
  if (!row) return failure('clause_not_found', `No clause ${id}`, { id });
  for (const [offset, text] of [[offsetVi, row.textVi], [offsetLo, row.textLo]] as const) {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      return failure('invalid_offset', `Offset must be 0..${text.length}`, { offset, length: text.length });
    }
  }
  const fresh = newId();
  if (draft.get(fresh)) return failure('duplicate_id', `Clause id ${fresh} is already in use`, { id: fresh });
  const [viBefore, viAfter] = splitClauseText(row.textVi, offsetVi);
  const [loBefore, loAfter] = splitClauseText(row.textLo, offsetLo);
  const next: C = { ...row, id: fresh, textVi: viAfter, textLo: loAfter };
  row.textVi = viBefore;
  row.textLo = loBefore;
  const list = draft.listOf(row);
  list.splice(list.indexOf(row) + 1, 0, next);
  draft.add(next);
  draft.renumber(list);
  return draft.result();
}

/**
 * Merges a clause with its next sibling: texts joined with one space in each language, the second's
 * sub-items appended after the first's, the second reported as removed.
 */
export function mergeClauses<C extends ClauseRow>(rows: readonly C[], firstId: string, secondId: string): TreeResult<C> {
  const draft = new Draft(rows);
  const first = draft.get(firstId);
  if (!first) return failure('clause_not_found', `No clause ${firstId}`, { id: firstId });
  const second = draft.get(secondId);
  if (!second) return failure('clause_not_found', `No clause ${secondId}`, { id: secondId });
  const list = draft.listOf(first);
  if (list[list.indexOf(first) + 1] !== second) {
    return failure('not_next_sibling', 'Only a clause and the clause right after it at the same level can be merged');
  }
  first.textVi = joinClauseText(first.textVi, second.textVi);
  first.textLo = joinClauseText(first.textLo, second.textLo);
  const adopted = [...draft.list(second.sectionId, second.id)];
  const children = draft.list(first.sectionId, first.id);
  for (const child of adopted) {
    child.parentId = first.id;
    children.push(child);
  }
  draft.renumber(children);
  draft.remove(second);
  return draft.result();
}

/** Removes a clause and all its sub-items (reported as removed, to be archived); siblings renumbered. */
export function deleteClause<C extends ClauseRow>(rows: readonly C[], id: string): TreeResult<C> {
  const draft = new Draft(rows);
  const row = draft.get(id);
  if (!row) return failure('clause_not_found', `No clause ${id}`, { id });
  const doomed = draft.descendants(id);
  draft.remove(row);
  for (const child of doomed) {
    draft.byId.delete(child.id);
    draft.siblings.delete(`c:${child.id}`);
    draft.removed.push(child.id);
  }
  return draft.result();
}

/** Renumbers every sibling list to 0..n-1 (keeping order); e.g. to tidy rows imported with gaps. */
export function normalisePositions<C extends ClauseRow>(rows: readonly C[]): TreeResult<C> {
  const draft = new Draft(rows);
  for (const list of draft.siblings.values()) draft.renumber(list);
  return draft.result();
}
