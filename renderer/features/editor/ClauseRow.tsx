import { memo, useState, useSyncExternalStore, type ClipboardEvent, type CSSProperties, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n';
import { Badge, Button, cx } from '../../ui';
import { TEXT_FIELD, type EditorController, type Lang } from './controller';
import { refusalText } from './messages';
import { ScopeBadge } from './ScopeDialog';
import type { ClauseItem } from './model';
import { TextBox } from './TextBox';

export interface ClauseRowHandlers {
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>, item: ClauseItem, lang: Lang): void;
  onPaste(event: ClipboardEvent<HTMLTextAreaElement>, item: ClauseItem, lang: Lang): void;
  /** Opens the partner-scope dialog of this clause. */
  onScope(item: ClauseItem): void;
}

export interface ClauseRowProps {
  item: ClauseItem;
  controller: EditorController;
  handlers: ClauseRowHandlers;
  active: boolean;
  readOnly: boolean;
  /** id of the short keyboard hint every text box refers to. */
  hintId: string;
  /** Names of the partner provinces this clause is for, when it is not for all of them (several partners only). */
  scopeNames: string[];
  /** The scope comes from the section or a parent clause, not the clause itself. */
  scopeInherited: boolean;
}

/**
 * One clause: the app's label (never typed), the Vietnamese text on the left and the Lao text on the
 * right, indented by level. Text boxes grow with their text; what is typed shows at once and is saved
 * by the controller. Flags under the Lao text: no Lao text yet, Lao not reviewed (with its button).
 */
/** What a dragged clause row carries: its id. */
const DRAG_TYPE = 'application/x-hoptac-clause';

export const ClauseRow = memo(function ClauseRow({ item, controller, handlers, active, readOnly, hintId, scopeNames, scopeInherited }: ClauseRowProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const { key, clause } = item;
  const draft = useSyncExternalStore(
    (listener) => controller.drafts.subscribe(key, listener),
    () => controller.drafts.get(key),
  );
  const texts = { vi: draft.values['textVi'] ?? clause.textVi, lo: draft.values['textLo'] ?? clause.textLo };
  const failure = draft.saveFailure && draft.dirty ? draft.saveFailure : draft.actionFailure;
  const errorId = `ed-error-${clause.id}`;
  const noLao = texts.lo.trim() === '';

  const box = (lang: Lang) => {
    const field = TEXT_FIELD[lang];
    const label = t(lang === 'vi' ? 'editor.clauseVi' : 'editor.clauseLo', { label: item.fullLabel });
    if (readOnly) {
      return (
        <div className="ed-text ed-text--readonly" lang={lang} data-lang={lang} data-testid={`clause-${lang}`} aria-label={label}>
          {texts[lang] || <span className="muted">—</span>}
        </div>
      );
    }
    return (
      <TextBox
        key={`${lang}:${draft.epoch}`}
        className="ed-text"
        lang={lang}
        data-lang={lang}
        data-testid={`clause-${lang}`}
        initial={texts[lang]}
        rows={1}
        // No spell checking: the browser's dictionary is rarely Vietnamese and never Lao, so it would underline every word.
        spellCheck={false}
        aria-label={label}
        aria-describedby={failure ? `${errorId} ${hintId}` : hintId}
        aria-invalid={draft.saveFailure && draft.dirty ? true : undefined}
        onChange={(event) => controller.type(key, field, event.target.value)}
        onFocus={() => controller.focusField(key, field, { id: clause.id, lang })}
        onBlur={() => controller.blurField(key)}
        onKeyDown={(event) => handlers.onKeyDown(event, item, lang)}
        onPaste={(event) => handlers.onPaste(event, item, lang)}
      />
    );
  };

  const [dropTarget, setDropTarget] = useState(false);
  const dragProps = readOnly
    ? {}
    : {
        onDragOver: (event: DragEvent) => {
          if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          setDropTarget(true);
        },
        onDragLeave: () => setDropTarget(false),
        onDrop: (event: DragEvent) => {
          const id = event.dataTransfer.getData(DRAG_TYPE);
          setDropTarget(false);
          if (!id || id === clause.id) return;
          event.preventDefault();
          const moving = controller.model.clauses.get(id);
          // Dropped on a row: it takes that row's place (before it) among the row's siblings.
          const sameSiblings = moving && moving.section.id === item.section.id && moving.clause.parentId === clause.parentId;
          const index = sameSiblings && moving.siblingIndex < item.siblingIndex ? item.siblingIndex - 1 : item.siblingIndex;
          void controller.moveTo({ id, lang: 'vi' }, { sectionId: item.section.id, parentId: clause.parentId, index });
        },
      };

  return (
    <div
      {...dragProps}
      className={cx('ed-clause', active && 'ed-clause--active', failure && 'ed-clause--failed', dropTarget && 'ed-clause--drop')}
      data-testid="clause"
      data-clause-id={clause.id}
      data-level={item.level}
      data-label={item.fullLabel}
      style={{ '--ed-level': item.level - 1 } as CSSProperties}
    >
      <div className="ed-clause__cell" lang="vi">
        <span className="ed-clause__label ed-clause__label--handle">
          {readOnly ? null : (
            <span
              className="ed-drag"
              draggable
              title={t('editor.extras.drag', { label: item.fullLabel })}
              aria-hidden="true"
              data-testid="clause-drag"
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, clause.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
            >
              ⠿
            </span>
        )}
          <span aria-hidden="true" data-testid="clause-label">
            {item.label}
          </span>
        </span>
        {box('vi')}
        {scopeNames.length > 0 ? (
          <div className="ed-clause__flags" lang={language}>
            <ScopeBadge names={scopeNames} inherited={scopeInherited} testId="clause-scope" />
            {readOnly || scopeInherited ? null : (
              <Button
                variant="ghost"
                size="small"
                data-testid="clause-scope-edit"
                aria-label={t('editor.scope.editClause', { label: item.fullLabel })}
                onClick={() => handlers.onScope(item)}
              >
                {t('editor.scope.change')}
              </Button>
            )}
          </div>
        ) : null}
      </div>
      <div className="ed-clause__cell" lang="lo">
        <span className="ed-clause__label" aria-hidden="true">
          {item.label}
        </span>
        {box('lo')}
        {noLao || (clause.loNeedsReview && !noLao) ? (
          <div className="ed-clause__flags" lang={language}>
            {noLao ? (
              <Badge tone="muted" testId="no-lao-badge">
                {t('editor.noLao')}
              </Badge>
            ) : (
              <>
                <Badge tone="warning" testId="lo-review-badge">
                  {t('editor.loNotReviewed')}
                </Badge>
                {readOnly ? null : (
                  <Button
                    variant="ghost"
                    size="small"
                    className="ed-clause__review"
                    data-testid="mark-reviewed"
                    aria-label={t('editor.markReviewedClause', { label: item.fullLabel })}
                    onClick={() => void controller.setLoReview(clause.id, false)}
                  >
                    {t('editor.markReviewed')}
                  </Button>
                )}
              </>
            )}
          </div>
        ) : null}
      </div>
      {failure ? (
        <p className="ed-clause__error" id={errorId} role="alert" data-testid="clause-error" lang={language}>
          {refusalText(t, failure, locale)}
          {draft.saveFailure && draft.dirty ? ` ${t('editor.keptText')}` : null}
        </p>
      ) : null}
    </div>
  );
});
