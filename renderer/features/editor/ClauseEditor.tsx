import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../shared/contract/schemas';
import { normalisePastedText, splitPastedParagraphs, type NormalisedPaste, type PasteChange } from '../../../shared/drafting';
import { localName, useUiLanguage } from '../../i18n';
import { Button, Dialog, Notice, useFocusRequests, VirtualList, type VirtualListHandle } from '../../ui';
import { AddSectionForm } from './AddSectionForm';
import { ClauseRow, type ClauseRowHandlers } from './ClauseRow';
import { EditorController, type ClauseContext, type FocusTarget, type Lang } from './controller';
import { commandOf, historyCommandOf, SHORTCUTS, type EditorCommand } from './keys';
import { pasteChangesText } from './messages';
import { clauseKey, editorModel, estimateItemHeight, sectionKey, type ClauseItem, type EditorItem, type SectionItem } from './model';
import { SectionHeader } from './SectionHeader';
import { clauseScope, ScopeDialog, sectionScope, type ScopeTarget } from './ScopeDialog';
import { Toolbar } from './Toolbar';
import { LibraryDialog, MoveDialog, SaveTemplateDialog, type ExtraDialog } from './EditorExtras';

export interface ClauseEditorProps {
  doc: DocumentDetail;
  /** Hands the stored document back to the page after every change. */
  onDocumentChange(doc: DocumentDetail): void;
}

type Question =
  | { kind: 'deleteClause'; ctx: ClauseContext; label: string; descendants: number }
  | { kind: 'removeSection'; id: string; label: string; title: string; count: number }
  | { kind: 'paste'; ctx: ClauseContext; paragraphs: string[]; changes: PasteChange[]; whole: NormalisedPaste };

/** Lines rendered beyond each edge of the window: text boxes are costly to mount mid-scroll. */
const OVERSCAN = 20;
/** One empty list for unscoped rows, so memoised rows keep equal props. */
const NO_NAMES: string[] = [];

/**
 * The side-by-side bilingual editor of a document's body: sections and their clauses, Vietnamese on
 * the left and Lao on the right, numbered by the app, virtualised, saved as the officer types.
 * Signed versions are shown read-only. Keyboard: see keys.ts and README.md.
 */
export function ClauseEditor({ doc, onDocumentChange }: ClauseEditorProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<VirtualListHandle>(null);
  const hintId = useId();
  const pendingFocus = useRef<FocusTarget | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const documentChanged = useRef(onDocumentChange);
  useEffect(() => {
    documentChanged.current = onDocumentChange;
  });

  const [controller] = useState(
    () =>
      new EditorController(doc, {
        documentChanged: (next) => documentChanged.current(next),
        focus: (target) => {
          pendingFocus.current = target;
          setFocusRequest((n) => n + 1);
        },
      }),
  );
  useLayoutEffect(() => controller.sync(doc), [controller, doc]);
  // Leaving the page saves whatever is still waiting for its pause.
  useEffect(() => {
    const save = () => void controller.drafts.flushAll();
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [controller]);

  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const model = editorModel(doc);
  const readOnly = doc.status === 'signed';
  const active = state.active ? (model.clauses.get(state.active.id) ?? null) : null;
  const activeIndex = active ? model.indexOf.get(active.key) : undefined;
  const [question, setQuestion] = useState<Question | null>(null);
  const [extra, setExtra] = useState<ExtraDialog>(null);
  const [moveCtx, setMoveCtx] = useState<ClauseContext | null>(null);
  const [scopeTarget, setScopeTarget] = useState<ScopeTarget | null>(null);
  const canScope = doc.partners.length > 1;
  const [savedMessage, setSavedMessage] = useState<string | null>(null);

  // "Go to" from the signing check or the export dialog (another feature): same path as focus after actions.
  useFocusRequests((target) => {
    pendingFocus.current =
      target.kind === 'clause'
        ? { kind: 'clause', id: target.id, lang: target.lang, caret: 'start' }
        : { kind: 'section', id: target.id, control: target.lang === 'lo' ? 'titleLo' : 'titleVi' };
    setFocusRequest((n) => n + 1);
  });

  // ------------------------------------------------------------------ focus after actions

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target || !root.current) return undefined;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      if (pendingFocus.current !== target) return;
      const element = findTarget(root.current, target);
      if (element) {
        pendingFocus.current = null;
        element.focus();
        if (target.kind === 'clause' && element instanceof HTMLTextAreaElement) {
          const length = element.value.length;
          const at = target.caret === 'start' ? 0 : target.caret === 'end' ? length : Math.min(target.caret, length);
          element.setSelectionRange(at, at);
        }
        element.scrollIntoView({ block: 'nearest' });
        return;
      }
      const key = target.kind === 'clause' ? clauseKey(target.id) : target.kind === 'section' ? sectionKey(target.id) : null;
      const index = key ? editorModel(doc).indexOf.get(key) : undefined;
      if (tries === 0) {
        if (index !== undefined) list.current?.scrollToIndex(index, 'center');
        else if (target.kind === 'addSection') window.scrollTo({ top: document.body.scrollHeight });
      }
      tries += 1;
      if (tries < 40) frame = requestAnimationFrame(attempt);
      else pendingFocus.current = null;
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, doc]);

  // ------------------------------------------------------------------ commands

  const contextOf = useCallback((id: string, lang: Lang): ClauseContext => {
    const box = root.current?.querySelector<HTMLTextAreaElement>(`[data-clause-id="${id}"] textarea[data-lang="${lang}"]`);
    return box ? { id, lang, caret: box.selectionStart, selectionEnd: box.selectionEnd, value: box.value } : { id, lang };
  }, []);

  const runCommand = useCallback(
    (command: EditorCommand, ctx: ClauseContext | null) => {
      if (command === 'undo') return void controller.undo();
      if (command === 'redo') return void controller.redo();
      if (!ctx) return;
      switch (command) {
        case 'addAfter':
          return void controller.addAfter(ctx);
        case 'addChild':
          return void controller.addChild(ctx);
        case 'split':
          return void controller.split(ctx);
        case 'merge':
          return void controller.mergeWithNext(ctx);
        case 'indent':
          return void controller.indent(ctx);
        case 'outdent':
          return void controller.outdent(ctx);
        case 'moveUp':
          return void controller.moveUp(ctx);
        case 'moveDown':
          return void controller.moveDown(ctx);
        case 'delete': {
          const item = controller.model.clauses.get(ctx.id);
          if (item) setQuestion({ kind: 'deleteClause', ctx, label: item.fullLabel, descendants: item.descendantCount });
          return undefined;
        }
      }
    },
    [controller],
  );

  /**
   * Ctrl+Z in a text box: the browser undoes typing first, step by step. Only when it has nothing left
   * to undo there does the editor's own stack act. Chromium keeps one undo history for the whole page,
   * so "nothing left there" also covers a browser undo that would change another text box (possibly
   * scrolled away): that one is cancelled, and the editor's stack, which holds every saved edit, acts
   * instead.
   */
  const nativeHistory = useRef(0);
  useEffect(() => {
    const node = root.current;
    if (!node) return undefined;
    const onBeforeInput = (event: Event) => {
      const type = (event as InputEvent).inputType;
      if (type !== 'historyUndo' && type !== 'historyRedo') return;
      if (event.target !== document.activeElement && event.cancelable) {
        event.preventDefault();
        return;
      }
      nativeHistory.current += 1;
    };
    document.addEventListener('beforeinput', onBeforeInput, true);
    return () => document.removeEventListener('beforeinput', onBeforeInput, true);
  }, []);

  const tabLeaves = useRef(false);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>, item: ClauseItem, lang: Lang) => {
      if (event.nativeEvent.isComposing || event.keyCode === 229) return;
      if (event.key === 'Escape') {
        // Escape, then Tab: the focus moves on instead of indenting.
        tabLeaves.current = true;
        return;
      }
      if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (tabLeaves.current) {
          tabLeaves.current = false;
          return;
        }
        event.preventDefault();
        runCommand(event.shiftKey ? 'outdent' : 'indent', contextOf(item.clause.id, lang));
        return;
      }
      if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) tabLeaves.current = false;
      const command = commandOf(event);
      if (!command) return;
      if (command === 'undo' || command === 'redo') {
        const seen = nativeHistory.current;
        setTimeout(() => {
          if (nativeHistory.current === seen) runCommand(command, null);
        }, 0);
        return;
      }
      event.preventDefault();
      runCommand(command, contextOf(item.clause.id, lang));
    },
    [contextOf, runCommand],
  );

  // Undo/redo with the focus outside any text box (a button of the editor, or nothing focused).
  useEffect(() => {
    if (readOnly) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const command = historyCommandOf(event);
      if (!command || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      const inEditor = target === document.body || (target && root.current?.contains(target));
      if (!inEditor || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      runCommand(command, null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly, runCommand]);

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLTextAreaElement>, item: ClauseItem, lang: Lang) => {
      const raw = event.clipboardData.getData('text/plain');
      if (!raw) return;
      const box = event.currentTarget;
      const ctx: ClauseContext = { id: item.clause.id, lang, caret: box.selectionStart, selectionEnd: box.selectionEnd, value: box.value };
      const { paragraphs, changes } = splitPastedParagraphs(raw);
      if (paragraphs.length > 1) {
        event.preventDefault();
        setQuestion({ kind: 'paste', ctx, paragraphs, changes, whole: normalisePastedText(raw) });
        return;
      }
      const cleaned = normalisePastedText(raw);
      if (cleaned.text === raw) return; // nothing to clean: the browser pastes it
      event.preventDefault();
      insertText(box, cleaned.text, (value) => controller.type(item.key, lang === 'vi' ? 'textVi' : 'textLo', value));
      controller.reportPaste(cleaned.changes);
    },
    [controller],
  );

  const onScopeClause = useCallback((item: ClauseItem) => setScopeTarget({ kind: 'clause', id: item.clause.id, label: item.fullLabel }), []);
  const onScopeSection = useCallback((item: SectionItem) => setScopeTarget({ kind: 'section', id: item.section.id, label: item.label }), []);
  const handlers = useMemo<ClauseRowHandlers>(() => ({ onKeyDown, onPaste, onScope: onScopeClause }), [onKeyDown, onPaste, onScopeClause]);
  // Scope names per clause and section, recomputed only when the document changes (rows are memoised).
  const scopes = useMemo(() => {
    const clauses = new Map<string, { names: string[]; inherited: boolean }>();
    const sections = new Map<string, string[]>();
    if (doc.partners.length < 2) return { clauses, sections };
    const name = (p: { nameVi: string; nameLo: string; nameEn: string }) => localName(p, language);
    for (const section of doc.sections) {
      sections.set(section.id, sectionScope(doc, section.id).map(name));
      for (const clause of section.clauses) {
        const scope = clauseScope(doc, clause.id);
        if (scope.scoped) clauses.set(clause.id, { names: scope.chosen.map(name), inherited: !scope.own });
      }
    }
    return { clauses, sections };
  }, [doc, language]);

  const onRemoveSection = useCallback((item: SectionItem) => {
    setQuestion({ kind: 'removeSection', id: item.section.id, label: item.label, title: item.section.titleVi, count: item.clauseCount });
  }, []);

  const closeQuestion = (focus?: FocusTarget) => {
    setQuestion(null);
    if (focus) pendingFocus.current = focus;
    setFocusRequest((n) => n + 1);
  };

  // ------------------------------------------------------------------ rendering

  const renderItem = (item: EditorItem) =>
    item.kind === 'section' ? (
      <SectionHeader
        item={item}
        controller={controller}
        readOnly={readOnly}
        onRemove={onRemoveSection}
        onScope={canScope ? onScopeSection : undefined}
        scopeNames={scopes.sections.get(item.section.id) ?? NO_NAMES}
      />
    ) : (
      <ClauseRow
        item={item}
        controller={controller}
        handlers={handlers}
        active={item.clause.id === active?.clause.id}
        readOnly={readOnly}
        hintId={hintId}
        scopeNames={scopes.clauses.get(item.clause.id)?.names ?? NO_NAMES}
        scopeInherited={scopes.clauses.get(item.clause.id)?.inherited ?? false}
      />
    );

  return (
    <div className="ed" ref={root} data-testid="clause-editor" data-readonly={readOnly ? 'true' : 'false'}>
      {readOnly ? (
        <Notice tone="info" testId="editor-readonly">
          {t('editor.readOnly')}
        </Notice>
      ) : (
        <div className="ed-intro">
          <p>{t('editor.intro')}</p>
          <details className="ed-keys" data-testid="editor-shortcuts">
            <summary>{t('editor.keys.summary')}</summary>
            <dl className="ed-keys__list">
              {(['addAfter', 'addChild', 'split', 'merge', 'indent', 'outdent', 'moveUp', 'moveDown', 'delete', 'undo', 'redo'] as const).map((command) => (
                <div key={command} className="ed-keys__item">
                  <dt>
                    <kbd>{SHORTCUTS[command]}</kbd>
                  </dt>
                  <dd>{t(`editor.keys.${command}`)}</dd>
                </div>
              ))}
            </dl>
          </details>
          <p id={hintId} className="visually-hidden">
            {t('editor.keys.hint')}
          </p>
        </div>
      )}

      {model.items.length === 0 ? (
        <p className="muted ed-empty" data-testid="no-sections">
          {t(readOnly ? 'document.noSections' : 'editor.noSections')}
        </p>
      ) : (
        <>
          <div className="ed-columns" aria-hidden="true">
            <span lang={language}>{t('document.vietnamese')}</span>
            <span lang={language}>{t('document.lao')}</span>
          </div>
          <VirtualList
            items={model.items}
            getKey={(item) => item.key}
            estimateSize={estimateItemHeight}
            renderItem={renderItem}
            className="ed-list"
            lineClassName="ed-line"
            overscan={OVERSCAN}
            pinnedIndex={activeIndex}
            handle={list}
            label={t('editor.listLabel')}
            testId="clause-list"
          />
        </>
      )}

      {readOnly ? null : (
        <>
          <AddSectionForm controller={controller} documentId={doc.id} />
          <Toolbar
            controller={controller}
            state={state}
            active={active}
            onCommand={(command) => runCommand(command, active ? contextOf(active.clause.id, state.active?.lang ?? 'vi') : null)}
            canScope={canScope}
            onOpen={(dialog) => {
              if (dialog === 'scope') {
                if (active) setScopeTarget({ kind: 'clause', id: active.clause.id, label: active.fullLabel });
                return;
              }
              setMoveCtx(active ? contextOf(active.clause.id, state.active?.lang ?? 'vi') : null);
              setExtra(dialog);
            }}
          />
          {savedMessage ? (
            <p role="status" className="ed-saved-template" data-testid="template-saved">
              {savedMessage}
            </p>
          ) : null}
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="editor-announcement">
        {state.announcement ? t(state.announcement.key, state.announcement.params ?? {}) : ''}
      </p>

      {extra === 'library' ? <LibraryDialog controller={controller} active={active} onClose={() => setExtra(null)} /> : null}
      {extra === 'move' && active && moveCtx ? <MoveDialog controller={controller} ctx={moveCtx} active={active} onClose={() => setExtra(null)} /> : null}
      {scopeTarget ? (
        <ScopeDialog
          doc={doc}
          controller={controller}
          target={scopeTarget}
          onClose={() => {
            const target = scopeTarget;
            setScopeTarget(null);
            // Focus back where the dialog was opened from.
            pendingFocus.current = target.kind === 'clause' ? { kind: 'clause', id: target.id, lang: 'vi', caret: 'end' } : { kind: 'section', id: target.id, control: 'titleVi' };
            setFocusRequest((n) => n + 1);
          }}
        />
      ) : null}
      {extra === 'template' ? <SaveTemplateDialog doc={doc} onClose={() => setExtra(null)} onSaved={setSavedMessage} /> : null}

      {question?.kind === 'deleteClause' ? (
        <Dialog
          testId="delete-dialog"
          title={t('editor.delete.title', { label: question.label })}
          onCancel={() => closeQuestion({ kind: 'clause', id: question.ctx.id, lang: question.ctx.lang, caret: question.ctx.caret ?? 'end' })}
          actions={
            <>
              <Button
                onClick={() => closeQuestion({ kind: 'clause', id: question.ctx.id, lang: question.ctx.lang, caret: question.ctx.caret ?? 'end' })}
                data-testid="delete-cancel"
              >
                {t('editor.cancel')}
              </Button>
              <Button
                variant="primary"
                data-autofocus
                data-testid="delete-confirm"
                onClick={() => {
                  setQuestion(null);
                  void controller.remove(question.ctx);
                }}
              >
                {t('editor.delete.confirm')}
              </Button>
            </>
          }
        >
          {question.descendants > 0 ? t('editor.delete.bodyWithSubItems', { count: question.descendants }) : t('editor.delete.body')}
        </Dialog>
      ) : null}

      {question?.kind === 'removeSection' ? (
        <Dialog
          testId="remove-section-dialog"
          title={t('editor.section.removeTitle', { label: question.label })}
          onCancel={() => closeQuestion({ kind: 'section', id: question.id, control: 'titleVi' })}
          actions={
            <>
              <Button onClick={() => closeQuestion({ kind: 'section', id: question.id, control: 'titleVi' })} data-testid="remove-section-cancel">
                {t('editor.cancel')}
              </Button>
              <Button
                variant="primary"
                data-autofocus
                data-testid="remove-section-confirm"
                onClick={() => {
                  setQuestion(null);
                  void controller.removeSection(question.id);
                }}
              >
                {t('editor.section.removeConfirm')}
              </Button>
            </>
          }
        >
          <span lang="vi">{question.title}</span> — {t('editor.section.removeBody', { count: question.count })}
        </Dialog>
      ) : null}

      {question?.kind === 'paste' ? (
        <Dialog
          testId="paste-dialog"
          title={t('editor.paste.title', { count: question.paragraphs.length })}
          onCancel={() => closeQuestion({ kind: 'clause', id: question.ctx.id, lang: question.ctx.lang, caret: question.ctx.caret ?? 'end' })}
          actions={
            <>
              <Button
                onClick={() => closeQuestion({ kind: 'clause', id: question.ctx.id, lang: question.ctx.lang, caret: question.ctx.caret ?? 'end' })}
                data-testid="paste-cancel"
              >
                {t('editor.cancel')}
              </Button>
              <Button
                data-testid="paste-as-one"
                onClick={() => {
                  const { ctx, whole } = question;
                  setQuestion(null);
                  const box = root.current?.querySelector<HTMLTextAreaElement>(`[data-clause-id="${ctx.id}"] textarea[data-lang="${ctx.lang}"]`);
                  if (!box) return;
                  box.focus();
                  box.setSelectionRange(ctx.caret ?? box.value.length, ctx.selectionEnd ?? ctx.caret ?? box.value.length);
                  insertText(box, whole.text, (value) => controller.type(clauseKey(ctx.id), ctx.lang === 'vi' ? 'textVi' : 'textLo', value));
                  controller.reportPaste(whole.changes);
                }}
              >
                {t('editor.paste.asOne')}
              </Button>
              <Button
                variant="primary"
                data-autofocus
                data-testid="paste-as-clauses"
                onClick={() => {
                  setQuestion(null);
                  void controller.pasteParagraphs(question.ctx, question.paragraphs, question.changes);
                }}
              >
                {t('editor.paste.asClauses', { count: question.paragraphs.length })}
              </Button>
            </>
          }
        >
          <p>{t('editor.paste.body', { count: question.paragraphs.length })}</p>
          {question.changes.length > 0 ? <p className="ed-dialog__note">{t('editor.paste.cleaned', { changes: pasteChangesText(t, question.changes) })}</p> : null}
        </Dialog>
      ) : null}
    </div>
  );
}

function findTarget(root: HTMLElement | null, target: FocusTarget): HTMLElement | null {
  if (!root) return null;
  switch (target.kind) {
    case 'clause':
      return root.querySelector<HTMLElement>(`[data-clause-id="${target.id}"] textarea[data-lang="${target.lang}"]`);
    case 'section': {
      const section = root.querySelector<HTMLElement>(`[data-section-id="${target.id}"]`);
      const control = section?.querySelector<HTMLElement>(`[data-control="${target.control}"]`);
      if (control && !(control as HTMLButtonElement).disabled) return control;
      return section?.querySelector<HTMLElement>('[data-control="titleVi"]') ?? null;
    }
    case 'addSection':
      return root.querySelector<HTMLElement>('[data-control="add-section"]');
  }
}

/**
 * Inserts text at the caret as if typed: execCommand keeps the browser's own undo history (Ctrl+Z
 * undoes the paste) and fires the input event React listens to. Falls back to setting the value.
 */
function insertText(box: HTMLTextAreaElement, text: string, fallback: (value: string) => void): void {
  if (document.execCommand('insertText', false, text)) return;
  const start = box.selectionStart;
  const end = box.selectionEnd;
  fallback(box.value.slice(0, start) + text + box.value.slice(end));
}
