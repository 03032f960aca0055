import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n';
import { Button, cx } from '../../ui';
import type { EditorController, EditorNotice, EditorState } from './controller';
import { ARIA_SHORTCUTS, SHORTCUTS, type EditorCommand } from './keys';
import { pasteChangesText, refusalText } from './messages';
import type { ClauseItem } from './model';

export interface ToolbarProps {
  controller: EditorController;
  state: EditorState;
  active: ClauseItem | null;
  onCommand(command: EditorCommand): void;
  /** Opens the library, move-to-section or save-as-template dialog. */
  onOpen(dialog: 'library' | 'move' | 'template' | 'scope'): void;
  /** The document has several partner provinces: clauses may be scoped to some of them. */
  canScope?: boolean;
}

type ClauseCommand = Exclude<EditorCommand, 'undo' | 'redo'>;

const CLAUSE_COMMANDS: { command: ClauseCommand; icon?: string; danger?: boolean }[] = [
  { command: 'addAfter', icon: '+' },
  { command: 'addChild', icon: '+' },
  { command: 'split' },
  { command: 'merge' },
  { command: 'outdent', icon: '←' },
  { command: 'indent', icon: '→' },
  { command: 'moveUp', icon: '↑' },
  { command: 'moveDown', icon: '↓' },
  { command: 'delete', danger: true },
];

/** Icon-only buttons: the arrows. Their name is in aria-label and the tooltip. */
const ICON_ONLY = new Set<ClauseCommand>(['moveUp', 'moveDown']);

/**
 * The bar under the clauses, kept at the bottom of the window while the editor is on screen: actions
 * on the active clause (the last one that had the focus), undo/redo, the save indicator and the
 * latest notice (deleted → Undo, paste clean-up, refusals). Pressing a button keeps the caret where it
 * was (mouse down does not take the focus), so split uses the caret of the text box in use.
 */
export function Toolbar({ controller, state, active, onCommand, onOpen, canScope = false }: ToolbarProps) {
  const { t } = useTranslation();
  const keep = (event: { preventDefault(): void }) => event.preventDefault();
  // Not disabled while an action runs (a disabled button would drop the focus): clicks are queued.
  const disabled = !active;

  const enabled = (command: ClauseCommand): boolean => {
    if (!active) return false;
    switch (command) {
      case 'merge':
      case 'moveDown':
        return active.nextSiblingId !== null;
      case 'moveUp':
      case 'indent':
        return active.siblingIndex > 0;
      case 'outdent':
        return active.level > 1;
      case 'addChild':
        return active.level < 4;
      default:
        return true;
    }
  };

  return (
    <div className="ed-toolbar" data-testid="editor-toolbar">
      <ToolbarNotice controller={controller} notice={state.notice} />
      <div className="ed-toolbar__row" role="group" aria-label={t('editor.toolbar.label')} aria-busy={state.busy}>
        <span className="ed-toolbar__active" data-testid="active-clause">
          {active ? t('editor.toolbar.active', { label: active.fullLabel }) : t('editor.toolbar.none')}
        </span>
        {CLAUSE_COMMANDS.map(({ command, icon, danger }) => {
          const name = t(`editor.toolbar.${command}`);
          const iconOnly = ICON_ONLY.has(command);
          return (
            <Button
              key={command}
              size="small"
              variant="ghost"
              className={cx('ed-toolbar__button', danger && 'ed-danger')}
              data-testid={`tool-${command}`}
              disabled={disabled || !enabled(command)}
              aria-label={iconOnly ? name : undefined}
              aria-keyshortcuts={ARIA_SHORTCUTS[command]}
              title={`${name} (${SHORTCUTS[command]})`}
              onMouseDown={keep}
              onClick={() => onCommand(command)}
            >
              {icon ? <span aria-hidden="true">{icon}</span> : null}
              {iconOnly ? null : <span>{name}</span>}
            </Button>
          );
        })}
        <Button size="small" variant="ghost" data-testid="tool-library" onMouseDown={keep} onClick={() => onOpen('library')}>
          {t('editor.extras.library')}
        </Button>
        <Button size="small" variant="ghost" data-testid="tool-moveSection" disabled={disabled} onMouseDown={keep} onClick={() => onOpen('move')}>
          {t('editor.extras.moveToSection')}
        </Button>
        {canScope ? (
          <Button size="small" variant="ghost" data-testid="tool-scope" disabled={disabled} onMouseDown={keep} onClick={() => onOpen('scope')}>
            {t('editor.scope.button')}
          </Button>
        ) : null}
        <Button size="small" variant="ghost" data-testid="tool-saveTemplate" onMouseDown={keep} onClick={() => onOpen('template')}>
          {t('editor.extras.saveTemplate')}
        </Button>
        <span className="ed-toolbar__spacer" />
        <Button
          size="small"
          variant="ghost"
          data-testid="tool-undo"
          disabled={!state.canUndo}
          aria-keyshortcuts={ARIA_SHORTCUTS.undo}
          title={`${t('editor.toolbar.undo')} (${SHORTCUTS.undo})`}
          onMouseDown={keep}
          onClick={() => onCommand('undo')}
        >
          <span aria-hidden="true">↶</span> {t('editor.toolbar.undo')}
        </Button>
        <Button
          size="small"
          variant="ghost"
          data-testid="tool-redo"
          disabled={!state.canRedo}
          aria-keyshortcuts={ARIA_SHORTCUTS.redo}
          title={`${t('editor.toolbar.redo')} (${SHORTCUTS.redo})`}
          onMouseDown={keep}
          onClick={() => onCommand('redo')}
        >
          <span aria-hidden="true">↷</span> {t('editor.toolbar.redo')}
        </Button>
        <SaveStatus controller={controller} />
      </div>
    </div>
  );
}

/** "Saving…" / "Saved" / "Not saved": a polite live region that follows every save. */
function SaveStatus({ controller }: { controller: EditorController }) {
  const { t } = useTranslation();
  const status = useSyncExternalStore(
    (listener) => controller.drafts.subscribeStatus(listener),
    () => controller.drafts.saveState(),
  );
  return (
    <span className={cx('ed-status', `ed-status--${status}`)} role="status" data-testid="save-status" data-state={status}>
      <span className="ed-status__dot" aria-hidden="true" />
      {t(`editor.status.${status}`)}
    </span>
  );
}

function ToolbarNotice({ controller, notice }: { controller: EditorController; notice: EditorNotice | null }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  if (!notice) return <div role="status" className="visually-hidden" />;

  let body: ReactNode;
  let action: ReactNode = null;
  let tone: 'info' | 'error' = 'info';
  switch (notice.kind) {
    case 'deleted':
      body = t('editor.delete.done', { label: notice.label });
      action = (
        <Button size="small" variant="primary" data-testid="undo-delete" onClick={() => void controller.undoEntry(notice.entry)}>
          {t('editor.undo')}
        </Button>
      );
      break;
    case 'sectionRemoved':
      body = t('editor.section.removed', { title: notice.title });
      action = (
        <Button size="small" variant="primary" data-testid="undo-section-remove" onClick={() => void controller.undoEntry(notice.entry)}>
          {t('editor.undo')}
        </Button>
      );
      break;
    case 'paste': {
      const parts = [
        notice.changes.length > 0 ? t('editor.paste.cleaned', { changes: pasteChangesText(t, notice.changes) }) : null,
        notice.inserted > 0 ? t('editor.paste.inserted', { count: notice.inserted }) : null,
      ].filter(Boolean);
      body = parts.join(' ');
      break;
    }
    case 'failure':
      tone = 'error';
      body = refusalText(t, notice.failure, locale);
      break;
    case 'blocked':
      tone = 'error';
      body = t('editor.blocked');
      break;
  }

  return (
    <div
      className={cx('ed-toolbar__notice', tone === 'error' && 'ed-toolbar__notice--error')}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={notice.kind === 'paste' ? 'paste-notice' : notice.kind === 'deleted' || notice.kind === 'sectionRemoved' ? 'undo-notice' : 'editor-notice'}
    >
      <span className="ed-toolbar__notice-text">{body}</span>
      {action}
      <Button size="small" variant="ghost" aria-label={t('editor.dismiss')} title={t('editor.dismiss')} onClick={() => controller.dismissNotice()} data-testid="notice-dismiss">
        <span aria-hidden="true">×</span>
      </Button>
    </div>
  );
}
