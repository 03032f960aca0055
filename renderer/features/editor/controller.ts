/**
 * The editor's behaviour, apart from React: autosave of typed text, the structural actions (one
 * backend call each, answered with the stored document), undo/redo as a stack of inverse commands,
 * focus requests and notices. The React component renders what this decides.
 *
 * Every action first saves what was typed (so the backend operates on the text on screen), then
 * runs alone: actions are queued, never interleaved. Undo entries keep ids, never positions in a
 * list, so they stay valid whatever happened after them: a deleted clause is archived by the backend
 * and clauses.restore brings back the same row.
 */
import type { Req } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/errors';
import type { Clause, DocumentDetail, Section } from '../../../shared/contract/schemas';
import type { DocumentPart, Sector } from '../../../shared/domain/document';
import type { PasteChange } from '../../../shared/drafting';
import { call, type CallFailure, type CallResult } from '../../bridge';
import { DraftStore, type Fields } from './drafts';
import {
  clauseKey,
  editorModel,
  neighbourAfterRemoval,
  sectionKey,
  storedOffset,
  withClause,
  withSection,
  type ClauseItem,
  type EditorModel,
} from './model';

export type Lang = 'vi' | 'lo';
export const TEXT_FIELD = { vi: 'textVi', lo: 'textLo' } as const satisfies Record<Lang, keyof Clause>;
export const TITLE_FIELD = { vi: 'titleVi', lo: 'titleLo' } as const satisfies Record<Lang, keyof Section>;

/** Focusable controls of a section header (a disabled one hands the focus to the Vietnamese title). */
export type SectionControl = 'titleVi' | 'titleLo' | 'add' | 'up' | 'down';

export type FocusTarget =
  | { kind: 'clause'; id: string; lang: Lang; caret: number | 'start' | 'end' }
  | { kind: 'section'; id: string; control: SectionControl }
  | { kind: 'addSection' };

/** Where the officer is when an action starts: the clause, the text box and its caret. */
export interface ClauseContext {
  id: string;
  lang: Lang;
  /** Caret (selectionStart) in the text box, in the text as typed; the end when unknown. */
  caret?: number | undefined;
  selectionEnd?: number | undefined;
  /** The text box's text as typed (may differ from storage by trimming/normalisation). */
  value?: string | undefined;
}

export interface UndoEntry {
  kind: 'text' | 'add' | 'split' | 'merge' | 'move' | 'delete' | 'review' | 'paste' | 'sectionAdd' | 'sectionRemove' | 'sectionMove' | 'sectionFacet' | 'scope';
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

interface TextEntry extends UndoEntry {
  kind: 'text';
  key: string;
  field: string;
  session: number;
  before: string;
  after: string;
}

export type EditorNotice =
  | { kind: 'deleted'; label: string; entry: UndoEntry }
  | { kind: 'sectionRemoved'; title: string; entry: UndoEntry }
  | { kind: 'paste'; changes: PasteChange[]; inserted: number }
  | { kind: 'failure'; failure: CallFailure }
  | { kind: 'blocked' };

export interface Announcement {
  key: string;
  params?: Record<string, string | number>;
  /** Distinguishes two equal messages in a row, so screen readers hear both. */
  seq: number;
}

export interface EditorState {
  busy: boolean;
  canUndo: boolean;
  canRedo: boolean;
  notice: EditorNotice | null;
  announcement: Announcement | null;
  /** The clause (and text box) the toolbar acts on: the last one that had the focus. */
  active: { id: string; lang: Lang } | null;
}

export interface EditorHost {
  /** Hands the stored document to the page (which renders the editor with it). */
  documentChanged(doc: DocumentDetail): void;
  focus(target: FocusTarget): void;
}

export interface NewSection {
  part: DocumentPart;
  sector: Sector;
  titleVi: string;
  titleLo: string;
}

const UNDO_LIMIT = 200;

/** A refusal the editor decides itself, shaped like the backend's (same message catalogue). */
export function localRefusal(code: FieldIssue['code'], path = ''): CallFailure {
  return { ok: false, code: 'E_INVALID_INPUT', message: code, issues: [{ path, code }] };
}

export function isSignedRefusal(failure: CallFailure): boolean {
  return (failure.issues ?? []).some((issue) => issue.code === 'document_signed');
}

export class EditorController {
  readonly drafts: DraftStore;
  private doc: DocumentDetail;
  /** Documents this controller handed to the page: when they come back as props, they are not news. */
  private readonly emitted = new WeakSet<DocumentDetail>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly past: UndoEntry[] = [];
  private readonly future: UndoEntry[] = [];
  /** Typing in one text box between two other actions is one undo step. */
  private session = 0;
  private focusedField: string | null = null;
  private state: EditorState = { busy: false, canUndo: false, canRedo: false, notice: null, announcement: null, active: null };
  private readonly listeners = new Set<() => void>();
  private announceSeq = 0;

  constructor(
    doc: DocumentDetail,
    private readonly host: EditorHost,
    options: { saveDelayMs?: number } = {},
  ) {
    this.doc = doc;
    this.drafts = new DraftStore({
      send: (key, patch) => this.save(key, patch),
      check: (key, patch) => (key.startsWith('s:') && patch['titleVi'] !== undefined && patch['titleVi'].trim() === '' ? localRefusal('required', 'titleVi') : null),
      ...(options.saveDelayMs !== undefined ? { delayMs: options.saveDelayMs } : {}),
    });
  }

  // ------------------------------------------------------------------ state for React

  getState = (): EditorState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setState(patch: Partial<EditorState>): void {
    this.state = { ...this.state, ...patch, canUndo: this.past.length > 0, canRedo: this.future.length > 0 };
    for (const listener of this.listeners) listener();
  }

  get model(): EditorModel {
    return editorModel(this.doc);
  }

  get readOnly(): boolean {
    return this.doc.status === 'signed';
  }

  /** The page rendered the editor with `doc`: adopt it unless it is one this controller sent. */
  sync(doc: DocumentDetail): void {
    if (doc === this.doc || this.emitted.has(doc)) return;
    const statusChanged = doc.status !== this.doc.status;
    this.doc = doc;
    if (statusChanged) {
      // Signed or amended elsewhere (the signing bar): the old inverse commands no longer apply.
      this.past.length = 0;
      this.future.length = 0;
      this.setState({ notice: null });
    }
    this.pruneDrafts();
  }

  dispose(): void {
    this.drafts.dispose();
  }

  private setDoc(doc: DocumentDetail): void {
    this.doc = doc;
    this.emitted.add(doc);
    this.pruneDrafts();
    this.host.documentChanged(doc);
  }

  private pruneDrafts(): void {
    const model = this.model;
    this.drafts.prune((key) => model.indexOf.has(key));
  }

  // ------------------------------------------------------------------ typing and autosave

  /** A text box got the focus: typing there starts a new undo step unless it is the same box. */
  focusField(key: string, field: string, active?: { id: string; lang: Lang }): void {
    const id = `${key}:${field}`;
    if (this.focusedField !== id) {
      this.focusedField = id;
      this.session += 1;
    }
    if (active && (this.state.active?.id !== active.id || this.state.active.lang !== active.lang)) this.setState({ active });
  }

  /** The text box lost the focus: save now, then show the stored text again. */
  blurField(key: string): void {
    void this.drafts.flush(key).then(() => this.drafts.release(key));
  }

  type(key: string, field: string, value: string): void {
    if (this.readOnly) return;
    this.drafts.edit(key, field, value);
  }

  private async save(key: string, patch: Fields): Promise<CallResult<unknown>> {
    if (key.startsWith('c:')) {
      const id = key.slice(2);
      const before = this.model.clauses.get(id)?.clause;
      const result = await call('clauses.update', { id, ...patch });
      if (result.ok) {
        this.setDoc(withClause(this.doc, result.value));
        if (before) {
          for (const field of Object.keys(patch)) {
            const f = field as 'textVi' | 'textLo';
            this.recordText(key, f, before[f], result.value[f]);
          }
        }
      } else if (isSignedRefusal(result)) void this.reloadDocument();
      return result;
    }
    const id = key.slice(2);
    const before = this.doc.sections.find((s) => s.id === id);
    const result = await call('sections.update', { id, ...patch });
    if (result.ok) {
      this.setDoc(withSection(this.doc, result.value));
      if (before) {
        for (const field of Object.keys(patch)) {
          const f = field as 'titleVi' | 'titleLo';
          this.recordText(key, f, before[f], result.value[f]);
        }
      }
    } else if (isSignedRefusal(result)) void this.reloadDocument();
    return result;
  }

  /** A confirmed text save becomes an undo step, merged with the previous one while typing in the same box. */
  private recordText(key: string, field: string, before: string, after: string): void {
    const top = this.past[this.past.length - 1];
    if (top?.kind === 'text') {
      const text = top as TextEntry;
      if (text.key === key && text.field === field && text.session === this.session) {
        text.after = after;
        if (text.after === text.before) this.past.pop();
        this.setState({});
        return;
      }
    }
    if (before === after) return;
    const entry: TextEntry = {
      kind: 'text',
      key,
      field,
      session: this.session,
      before,
      after,
      undo: () => this.replaceText(key, field, entry.before),
      redo: () => this.replaceText(key, field, entry.after),
    };
    this.push(entry);
  }

  /** Undo/redo of typing: the stored text becomes `value`, the text box is rebuilt with it. */
  private async replaceText(key: string, field: string, value: string): Promise<boolean> {
    const id = key.slice(2);
    if (key.startsWith('c:')) {
      const result = await call('clauses.update', { id, [field]: value });
      if (!result.ok) return this.refused(key, result);
      this.setDoc(withClause(this.doc, result.value));
      this.drafts.reset(key);
      this.host.focus({ kind: 'clause', id, lang: field === 'textLo' ? 'lo' : 'vi', caret: 'end' });
      return true;
    }
    const result = await call('sections.update', { id, [field]: value });
    if (!result.ok) return this.refused(key, result);
    this.setDoc(withSection(this.doc, result.value));
    this.drafts.reset(key);
    this.host.focus({ kind: 'section', id, control: field === 'titleLo' ? 'titleLo' : 'titleVi' });
    return true;
  }

  // ------------------------------------------------------------------ running actions

  /** Runs one action after the previous ones, with everything typed saved first. */
  private run(involved: readonly string[], task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(async () => {
      if (this.readOnly) return;
      this.setState({ busy: true });
      try {
        const unsaved = await this.drafts.flushAll();
        // Text that cannot be saved stays on screen with its message; an action on that very clause
        // would work on the stored text, not the text on screen, so it waits until the text is fixed.
        if (unsaved.some((key) => involved.includes(key))) {
          this.setState({ notice: { kind: 'blocked' } });
          return;
        }
        this.session += 1;
        this.drafts.clearActionFailures();
        if (this.state.notice) this.setState({ notice: null });
        await task();
      } finally {
        this.setState({ busy: false });
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private push(entry: UndoEntry): void {
    this.past.push(entry);
    if (this.past.length > UNDO_LIMIT) this.past.shift();
    this.future.length = 0;
    this.setState({});
  }

  private announce(key: string, params?: Record<string, string | number>): void {
    this.announceSeq += 1;
    this.setState({ announcement: { key, ...(params ? { params } : {}), seq: this.announceSeq } });
  }

  dismissNotice(): void {
    this.setState({ notice: null });
  }

  /** A refused call: next to its line when there is one, otherwise as a notice. Always false. */
  private refused(key: string | null, failure: CallFailure): false {
    if (isSignedRefusal(failure)) {
      this.setState({ notice: { kind: 'failure', failure } });
      void this.reloadDocument();
    } else if (key && this.model.indexOf.has(key)) {
      this.drafts.setActionFailure(key, failure);
    } else {
      this.setState({ notice: { kind: 'failure', failure } });
    }
    return false;
  }

  /** Signed meanwhile (another window): show the frozen document. */
  private async reloadDocument(): Promise<void> {
    const result = await call('documents.get', { id: this.doc.id });
    if (result.ok) this.setDoc(result.value);
  }

  private async clauseCall<C extends ClauseChannel>(channel: C, req: ClauseRequest<C>, key: string | null): Promise<{ created: string[]; removed: string[] } | null> {
    const result = (await call(channel, req as never)) as CallResult<{ document: DocumentDetail; created: string[]; removed: string[] }>;
    if (!result.ok) {
      this.refused(key, result);
      return null;
    }
    this.setDoc(result.value.document);
    return result.value;
  }

  private async sectionCall<C extends SectionChannel>(channel: C, req: SectionRequest<C>, key: string | null): Promise<DocumentDetail | null> {
    const result = (await call(channel, req as never)) as CallResult<DocumentDetail>;
    if (!result.ok) {
      this.refused(key, result);
      return null;
    }
    this.setDoc(result.value);
    return result.value;
  }

  private async setTexts(id: string, texts: { textVi?: string; textLo?: string }): Promise<boolean> {
    const result = await call('clauses.update', { id, ...texts });
    if (!result.ok) return this.refused(clauseKey(id), result);
    this.setDoc(withClause(this.doc, result.value));
    this.drafts.reset(clauseKey(id));
    return true;
  }

  private focusClause(id: string, lang: Lang, caret: number | 'start' | 'end' = 'end'): void {
    this.host.focus({ kind: 'clause', id, lang, caret });
  }

  private item(id: string): ClauseItem | undefined {
    return this.model.clauses.get(id);
  }

  // ------------------------------------------------------------------ clause actions

  /** A new empty clause right after this one, at the same level. */
  addAfter(ctx: ClauseContext): Promise<void> {
    return this.run([clauseKey(ctx.id)], async () => {
      const item = this.item(ctx.id);
      if (!item) return;
      await this.addClause(item.section.id, item.clause.parentId, item.siblingIndex + 1, ctx.lang, ctx.id);
    });
  }

  /** A new empty sub-item at the end of this clause's sub-items. */
  addChild(ctx: ClauseContext): Promise<void> {
    return this.run([clauseKey(ctx.id)], async () => {
      const item = this.item(ctx.id);
      if (!item) return;
      await this.addClause(item.section.id, item.clause.id, item.childIds.length, ctx.lang, ctx.id);
    });
  }

  /** A new empty clause at the end of a section's top level. */
  addToSection(sectionId: string): Promise<void> {
    return this.run([], async () => {
      const section = this.model.sections.find((s) => s.section.id === sectionId);
      if (!section) return;
      await this.addClause(sectionId, null, section.topLevelCount, 'vi', null);
    });
  }

  private async addClause(sectionId: string, parentId: string | null, index: number, lang: Lang, fromId: string | null): Promise<void> {
    const errorKey = fromId ? clauseKey(fromId) : sectionKey(sectionId);
    const req = { documentId: this.doc.id, sectionId, parentId, index, textVi: '', textLo: '' };
    const result = await this.clauseCall('clauses.add', req, errorKey);
    const id = result?.created[0];
    if (!id) return;
    const back = () => (fromId ? this.focusClause(fromId, lang) : this.host.focus({ kind: 'section', id: sectionId, control: 'add' }));
    this.push({
      kind: 'add',
      undo: async () => {
        if (!(await this.clauseCall('clauses.delete', { id }, clauseKey(id)))) return false;
        back();
        return true;
      },
      redo: async () => {
        if (!(await this.clauseCall('clauses.restore', { ids: [id] }, null))) return false;
        this.focusClause(id, lang, 'start');
        return true;
      },
    });
    this.focusClause(id, lang, 'start');
    this.announce('editor.announce.added', { label: this.item(id)?.fullLabel ?? '' });
  }

  /**
   * A clause from the library, after the active clause (same level) or at the end of a section. Its Lao
   * keeps the library's review flag ("chưa rà soát"). One undo step: the clause is deleted again.
   */
  insertText(place: { sectionId: string; parentId: string | null; index: number }, texts: { textVi: string; textLo: string; loNeedsReview: boolean }): Promise<void> {
    return this.run([], async () => {
      const req = {
        documentId: this.doc.id,
        sectionId: place.sectionId,
        parentId: place.parentId,
        index: place.index,
        textVi: texts.textVi,
        textLo: texts.textLo,
        loNeedsReview: texts.loNeedsReview,
      };
      const result = await this.clauseCall('clauses.add', req, sectionKey(place.sectionId));
      const id = result?.created[0];
      if (!id) return;
      this.push({
        kind: 'add',
        undo: async () => Boolean(await this.clauseCall('clauses.delete', { id }, clauseKey(id))),
        redo: async () => {
          if (!(await this.clauseCall('clauses.restore', { ids: [id] }, null))) return false;
          this.focusClause(id, 'vi', 'end');
          return true;
        },
      });
      this.focusClause(id, 'vi', 'end');
      this.announce('editor.announce.added', { label: this.item(id)?.fullLabel ?? '' });
    });
  }

  /** Moves a clause with its sub-items to another place (another section, or where it was dropped); undone by moving it back. */
  moveTo(ctx: ClauseContext, to: { sectionId: string; parentId: string | null; index: number }): Promise<void> {
    return this.run([clauseKey(ctx.id)], async () => {
      const item = this.item(ctx.id);
      if (!item) return;
      const { id } = ctx;
      const from = { id, sectionId: item.section.id, parentId: item.clause.parentId, index: item.siblingIndex };
      const target = { id, ...to };
      if (!(await this.clauseCall('clauses.move', target, clauseKey(id)))) return;
      this.push({
        kind: 'move',
        undo: async () => {
          if (!(await this.clauseCall('clauses.move', from, clauseKey(id)))) return false;
          this.focusClause(id, ctx.lang, 'end');
          return true;
        },
        redo: async () => {
          if (!(await this.clauseCall('clauses.move', target, clauseKey(id)))) return false;
          this.focusClause(id, ctx.lang, 'end');
          return true;
        },
      });
      this.focusClause(id, ctx.lang, 'end');
      this.announce('editor.announce.placed', { label: this.item(id)?.fullLabel ?? '' });
    });
  }

  /** Changes a section's part or sector; undone by setting the old value back. */
  setSectionFacet(id: string, facet: 'part' | 'sector', value: string): Promise<void> {
    return this.run([], async () => {
      const section = this.doc.sections.find((s) => s.id === id);
      if (!section || section[facet] === value) return;
      const before = section[facet];
      const apply = async (next: string) => {
        const result = await call('sections.update', { id, [facet]: next } as never);
        if (!result.ok) return this.refused(sectionKey(id), result);
        this.setDoc(withSection(this.doc, result.value as never));
        return true;
      };
      if (!(await apply(value))) return;
      this.push({ kind: 'sectionFacet', undo: () => apply(before), redo: () => apply(value) });
    });
  }

  /** Splits at the caret of the text box in use; the other language splits at its end. */
  split(ctx: ClauseContext): Promise<void> {
    return this.run([clauseKey(ctx.id)], async () => {
      const item = this.item(ctx.id);
      if (!item) return;
      const { id } = ctx;
      const before = { textVi: item.clause.textVi, textLo: item.clause.textLo };
      const stored = before[TEXT_FIELD[ctx.lang]];
      const caret = ctx.caret ?? stored.length;
      const offset = storedOffset(ctx.value ?? stored, caret, stored);
      const offsets = {
        offsetVi: ctx.lang === 'vi' ? offset : before.textVi.length,
        offsetLo: ctx.lang === 'lo' ? offset : before.textLo.length,
      };
      const result = await this.clauseCall('clauses.split', { id, ...offsets }, clauseKey(id));
      const newId = result?.created[0];
      if (!newId) return;
      this.drafts.reset(clauseKey(id));
      const head = this.item(id)?.clause;
      const after = head ? { textVi: head.textVi, textLo: head.textLo } : before;
      this.push({
        kind: 'split',
        undo: async () => {
          if (!(await this.clauseCall('clauses.delete', { id: newId }, clauseKey(newId)))) return false;
          if (!(await this.setTexts(id, before))) return false;
          this.focusClause(id, ctx.lang, offset);
          return true;
        },
        redo: async () => {
          if (!(await this.clauseCall('clauses.restore', { ids: [newId] }, null))) return false;
          if (!(await this.setTexts(id, after))) return false;
          this.focusClause(newId, ctx.lang, 'start');
          return true;
        },
      });
      this.focusClause(newId, ctx.lang, 'start');
      this.announce('editor.announce.split', { label: this.item(newId)?.fullLabel ?? '' });
    });
  }

  /** Joins this clause with the next one at the same level (texts joined, sub-items adopted). */
  mergeWithNext(ctx: ClauseContext): Promise<void> {
    const next = this.item(ctx.id)?.nextSiblingId;
    return this.run([clauseKey(ctx.id), ...(next ? [clauseKey(next)] : [])], async () => {
      const item = this.item(ctx.id);
      if (!item) return;
      const firstId = item.clause.id;
      const secondId = item.nextSiblingId;
      if (!secondId) {
        this.refused(item.key, localRefusal('not_next_sibling'));
        return;
      }
      const before = { textVi: item.clause.textVi, textLo: item.clause.textLo };
      const adopted = [...(this.item(secondId)?.childIds ?? [])];
      const sectionId = item.section.id;
      const second = this.item(secondId)?.clause[TEXT_FIELD[ctx.lang]] ?? '';
      const result = await this.clauseCall('clauses.merge', { firstId, secondId }, item.key);
      if (!result) return;
      // The caret goes to the seam: after the first text and the space the merge put there.
      const joined = this.item(firstId)?.clause[TEXT_FIELD[ctx.lang]] ?? '';
      const seam = Math.max(0, joined.length - second.trim().length);
      this.drafts.reset(clauseKey(firstId));
      this.push({
        kind: 'merge',
        undo: async () => {
          if (!(await this.clauseCall('clauses.restore', { ids: [secondId] }, null))) return false;
          if (!(await this.setTexts(firstId, before))) return false;
          for (const [index, child] of adopted.entries()) {
            if (!(await this.clauseCall('clauses.move', { id: child, sectionId, parentId: secondId, index }, clauseKey(child)))) return false;
          }
          this.focusClause(secondId, ctx.lang, 'start');
          return true;
        },
        redo: async () => {
          if (!(await this.clauseCall('clauses.merge', { firstId, secondId }, clauseKey(firstId)))) return false;
          this.drafts.reset(clauseKey(firstId));
          this.focusClause(firstId, ctx.lang, seam);
          return true;
        },
      });
      this.focusClause(firstId, ctx.lang, seam);
      this.announce('editor.announce.merged', { label: this.item(firstId)?.fullLabel ?? '' });
    });
  }

  indent(ctx: ClauseContext): Promise<void> {
    return this.placement(ctx, 'clauses.indent');
  }

  outdent(ctx: ClauseContext): Promise<void> {
    return this.placement(ctx, 'clauses.outdent');
  }

  moveUp(ctx: ClauseContext): Promise<void> {
    return this.placement(ctx, 'up');
  }

  moveDown(ctx: ClauseContext): Promise<void> {
    return this.placement(ctx, 'down');
  }

  /** Indent, outdent, or one step up/down among its siblings; undone by moving it back where it was. */
  private placement(ctx: ClauseContext, how: 'clauses.indent' | 'clauses.outdent' | 'up' | 'down'): Promise<void> {
    return this.run([clauseKey(ctx.id)], async () => {
      const item = this.item(ctx.id);
      if (!item) return;
      const { id } = ctx;
      const from = { id, sectionId: item.section.id, parentId: item.clause.parentId, index: item.siblingIndex };
      const caret = ctx.caret ?? 'end';
      let redo: () => Promise<unknown>;
      if (how === 'up' || how === 'down') {
        if (how === 'up' && item.siblingIndex === 0) return this.announce('editor.announce.first');
        if (how === 'down' && item.nextSiblingId === null) return this.announce('editor.announce.last');
        const to = { ...from, index: item.siblingIndex + (how === 'up' ? -1 : 1) };
        redo = () => this.clauseCall('clauses.move', to, clauseKey(id));
      } else {
        redo = () => this.clauseCall(how, { id }, clauseKey(id));
      }
      if (!(await redo())) return;
      this.push({
        kind: 'move',
        undo: async () => {
          if (!(await this.clauseCall('clauses.move', from, clauseKey(id)))) return false;
          this.focusClause(id, ctx.lang, caret);
          return true;
        },
        redo: async () => {
          if (!(await redo())) return false;
          this.focusClause(id, ctx.lang, caret);
          return true;
        },
      });
      this.focusClause(id, ctx.lang, caret);
      this.announce('editor.announce.placed', { label: this.item(id)?.fullLabel ?? '' });
    });
  }

  /** Deletes (archives) the clause and its sub-items, after the officer confirmed; offers Undo. */
  remove(ctx: ClauseContext): Promise<void> {
    return this.run([], async () => {
      const item = this.item(ctx.id);
      if (!item) return;
      const { id } = ctx;
      const label = item.fullLabel;
      const sectionId = item.section.id;
      const neighbour = neighbourAfterRemoval(this.model, id);
      const result = await this.clauseCall('clauses.delete', { id }, item.key);
      if (!result) return;
      const removed = result.removed;
      // Text typed into the removed clauses that could not be saved goes with them (undo brings back the stored text).
      for (const gone of removed) this.drafts.reset(clauseKey(gone));
      const entry: UndoEntry = {
        kind: 'delete',
        undo: async () => {
          if (!(await this.clauseCall('clauses.restore', { ids: removed }, null))) return false;
          this.focusClause(id, ctx.lang, 'end');
          return true;
        },
        redo: async () => {
          if (!(await this.clauseCall('clauses.delete', { id }, clauseKey(id)))) return false;
          this.afterRemoval(neighbour, sectionId, ctx.lang);
          return true;
        },
      };
      this.push(entry);
      this.setState({ notice: { kind: 'deleted', label, entry } });
      this.afterRemoval(neighbour, sectionId, ctx.lang);
    });
  }

  private afterRemoval(neighbour: string | null, sectionId: string, lang: Lang): void {
    if (neighbour && this.item(neighbour)) this.focusClause(neighbour, lang, 'end');
    else this.host.focus({ kind: 'section', id: sectionId, control: 'add' });
  }

  /** Marks the Lao text reviewed (or flags it again). */
  /**
   * Which partner provinces a clause or a whole section is for ([] = all partners, or the parent's scope
   * for a clause); one undoable step that sets the old scope back.
   */
  setScope(target: { kind: 'clause' | 'section'; id: string }, provinceIds: string[]): Promise<void> {
    return this.run([], async () => {
      const before =
        target.kind === 'section'
          ? this.doc.sections.find((s) => s.id === target.id)?.scopeProvinceIds
          : this.item(target.id)?.clause.scopeProvinceIds;
      if (!before) return;
      const key = target.kind === 'section' ? sectionKey(target.id) : clauseKey(target.id);
      const apply = async (ids: string[]) => {
        const result =
          target.kind === 'section'
            ? await call('sections.setScope', { sectionId: target.id, provinceIds: ids })
            : await call('clauses.setScope', { clauseId: target.id, provinceIds: ids });
        if (!result.ok) return this.refused(key, result);
        this.setDoc(result.value);
        return true;
      };
      const previous = [...before];
      if (!(await apply(provinceIds))) return;
      this.push({ kind: 'scope', undo: () => apply(previous), redo: () => apply(provinceIds) });
      this.announce('editor.announce.scope', { count: provinceIds.length });
    });
  }

  setLoReview(id: string, needsReview: boolean): Promise<void> {
    return this.run([], async () => {
      const apply = async (flag: boolean) => {
        const result = await call('clauses.update', { id, loNeedsReview: flag });
        if (!result.ok) return this.refused(clauseKey(id), result);
        this.setDoc(withClause(this.doc, result.value));
        return true;
      };
      if (!(await apply(needsReview))) return;
      this.push({ kind: 'review', undo: () => apply(!needsReview), redo: () => apply(needsReview) });
      this.focusClause(id, 'lo', 'end');
      this.announce(needsReview ? 'editor.announce.flagged' : 'editor.announce.reviewed');
    });
  }

  /**
   * Pasted paragraphs: the first goes into this clause at the caret (replacing the selection), the
   * others become new clauses right after it, at the same level, in the same language.
   */
  pasteParagraphs(ctx: ClauseContext, paragraphs: readonly string[], changes: PasteChange[]): Promise<void> {
    return this.run([clauseKey(ctx.id)], async () => {
      const item = this.item(ctx.id);
      const [first, ...rest] = paragraphs;
      if (!item || first === undefined) return;
      const { id } = ctx;
      const field = TEXT_FIELD[ctx.lang];
      const previous = item.clause[field];
      const typed = ctx.value ?? previous;
      const start = Math.min(ctx.caret ?? typed.length, typed.length);
      const end = Math.max(start, Math.min(ctx.selectionEnd ?? start, typed.length));
      if (!(await this.setTexts(id, { [field]: typed.slice(0, start) + first + typed.slice(end) }))) return;
      const merged = this.item(id)?.clause[field] ?? previous;
      const created: string[] = [];
      for (const [i, paragraph] of rest.entries()) {
        const req = {
          documentId: this.doc.id,
          sectionId: item.section.id,
          parentId: item.clause.parentId,
          index: item.siblingIndex + 1 + i,
          textVi: ctx.lang === 'vi' ? paragraph : '',
          textLo: ctx.lang === 'lo' ? paragraph : '',
        };
        const result = await this.clauseCall('clauses.add', req, clauseKey(id));
        const newId = result?.created[0];
        if (!newId) break;
        created.push(newId);
      }
      this.push({
        kind: 'paste',
        undo: async () => {
          for (const newId of [...created].reverse()) {
            if (!(await this.clauseCall('clauses.delete', { id: newId }, clauseKey(newId)))) return false;
          }
          if (!(await this.setTexts(id, { [field]: previous }))) return false;
          this.focusClause(id, ctx.lang, 'end');
          return true;
        },
        redo: async () => {
          if (created.length > 0 && !(await this.clauseCall('clauses.restore', { ids: created }, null))) return false;
          if (!(await this.setTexts(id, { [field]: merged }))) return false;
          this.focusClause(created[created.length - 1] ?? id, ctx.lang, 'end');
          return true;
        },
      });
      this.setState({ notice: { kind: 'paste', changes, inserted: created.length } });
      this.focusClause(created[created.length - 1] ?? id, ctx.lang, 'end');
    });
  }

  /** Text pasted into one clause was cleaned: say what changed. */
  reportPaste(changes: PasteChange[]): void {
    if (changes.length > 0) this.setState({ notice: { kind: 'paste', changes, inserted: 0 } });
  }

  // ------------------------------------------------------------------ sections

  /** Adds a section at the end; answers the refusal for the form to show next to its fields. */
  async addSection(input: NewSection): Promise<CallFailure | null> {
    let failure: CallFailure | null = null;
    await this.run([], async () => {
      const before = new Set(this.doc.sections.map((s) => s.id));
      const result = await call('sections.add', { documentId: this.doc.id, ...input });
      if (!result.ok) {
        failure = result;
        if (isSignedRefusal(result)) this.refused(null, result);
        return;
      }
      this.setDoc(result.value);
      const id = result.value.sections.find((s) => !before.has(s.id))?.id;
      if (!id) return;
      this.push({
        kind: 'sectionAdd',
        undo: async () => {
          if (!(await this.sectionCall('sections.remove', { id }, null))) return false;
          this.host.focus({ kind: 'addSection' });
          return true;
        },
        redo: async () => {
          if (!(await this.sectionCall('sections.restore', { id }, null))) return false;
          this.host.focus({ kind: 'section', id, control: 'add' });
          return true;
        },
      });
      this.host.focus({ kind: 'section', id, control: 'add' });
      this.announce('editor.announce.sectionAdded', { title: input.titleVi });
    });
    return failure;
  }

  removeSection(id: string): Promise<void> {
    return this.run([], async () => {
      const section = this.model.sections.find((s) => s.section.id === id);
      if (!section) return;
      const title = section.section.titleVi;
      const keys = [section.key, ...this.model.items.filter((i) => i.kind === 'clause' && i.section.id === id).map((i) => i.key)];
      const neighbour = this.model.sections[section.index + 1] ?? this.model.sections[section.index - 1];
      if (!(await this.sectionCall('sections.remove', { id }, section.key))) return;
      for (const key of keys) this.drafts.reset(key);
      const entry: UndoEntry = {
        kind: 'sectionRemove',
        undo: async () => {
          if (!(await this.sectionCall('sections.restore', { id }, null))) return false;
          this.host.focus({ kind: 'section', id, control: 'titleVi' });
          return true;
        },
        redo: async () => {
          if (!(await this.sectionCall('sections.remove', { id }, sectionKey(id)))) return false;
          this.host.focus({ kind: 'addSection' });
          return true;
        },
      };
      this.push(entry);
      this.setState({ notice: { kind: 'sectionRemoved', title, entry } });
      this.host.focus(neighbour ? { kind: 'section', id: neighbour.section.id, control: 'titleVi' } : { kind: 'addSection' });
    });
  }

  moveSection(id: string, delta: -1 | 1): Promise<void> {
    return this.run([], async () => {
      const section = this.model.sections.find((s) => s.section.id === id);
      if (!section) return;
      const from = section.index;
      const to = from + delta;
      if (to < 0 || to >= section.sectionCount) return;
      if (!(await this.sectionCall('sections.move', { id, index: to }, section.key))) return;
      this.push({
        kind: 'sectionMove',
        undo: async () => {
          if (!(await this.sectionCall('sections.move', { id, index: from }, sectionKey(id)))) return false;
          this.host.focus({ kind: 'section', id, control: 'titleVi' });
          return true;
        },
        redo: async () => {
          if (!(await this.sectionCall('sections.move', { id, index: to }, sectionKey(id)))) return false;
          this.host.focus({ kind: 'section', id, control: 'titleVi' });
          return true;
        },
      });
      this.host.focus({ kind: 'section', id, control: delta < 0 ? 'up' : 'down' });
      this.announce('editor.announce.sectionMoved', { label: this.model.sections.find((s) => s.section.id === id)?.label ?? '' });
    });
  }

  // ------------------------------------------------------------------ undo / redo

  undo(): Promise<void> {
    return this.run([], async () => {
      const entry = this.past.pop();
      if (!entry) return this.announce('editor.announce.nothingToUndo');
      this.setState({ notice: null });
      if (await entry.undo()) {
        this.future.push(entry);
        this.announce('editor.announce.undone');
      } else {
        this.past.push(entry);
      }
      this.setState({});
    });
  }

  redo(): Promise<void> {
    return this.run([], async () => {
      const entry = this.future.pop();
      if (!entry) return this.announce('editor.announce.nothingToRedo');
      if (await entry.redo()) {
        this.past.push(entry);
        this.announce('editor.announce.redone');
      } else {
        this.future.push(entry);
      }
      this.setState({});
    });
  }

  /** "Undo" on a notice (delete, section removed): that step, even if others came after it. */
  undoEntry(entry: UndoEntry): Promise<void> {
    return this.run([], async () => {
      this.setState({ notice: null });
      const at = this.past.lastIndexOf(entry);
      if (at < 0) return;
      if (await entry.undo()) {
        this.past.splice(at, 1);
        if (at === this.past.length) this.future.push(entry);
        this.announce('editor.announce.undone');
      }
      this.setState({});
    });
  }
}

type ClauseChannel = 'clauses.add' | 'clauses.move' | 'clauses.indent' | 'clauses.outdent' | 'clauses.split' | 'clauses.merge' | 'clauses.delete' | 'clauses.restore';
type SectionChannel = 'sections.move' | 'sections.remove' | 'sections.restore';
type ClauseRequest<C extends ClauseChannel> = Req<C>;
type SectionRequest<C extends SectionChannel> = Req<C>;
