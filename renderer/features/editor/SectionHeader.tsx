import { memo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n';
import { Badge, Button, cx } from '../../ui';
import { TITLE_FIELD, type EditorController, type Lang } from './controller';
import { refusalText } from './messages';
import { SectionFacets } from './EditorExtras';
import { ScopeBadge } from './ScopeDialog';
import type { SectionItem } from './model';
import { TextBox } from './TextBox';

export interface SectionHeaderProps {
  item: SectionItem;
  controller: EditorController;
  readOnly: boolean;
  onRemove(item: SectionItem): void;
  /** Opens the partner-scope dialog of this section; absent with a single partner. */
  onScope?: ((item: SectionItem) => void) | undefined;
  /** Partner names the section is limited to ([] = all partners). */
  scopeNames: string[];
}

/**
 * A section: its Roman label, part, the count of clauses still without Lao text, the Vietnamese and
 * Lao titles (edited in place, saved like clause text; an empty or duplicate title is refused next to
 * the title) and the section's actions.
 */
export const SectionHeader = memo(function SectionHeader({ item, controller, readOnly, onRemove, onScope, scopeNames }: SectionHeaderProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const { key, section } = item;
  const draft = useSyncExternalStore(
    (listener) => controller.drafts.subscribe(key, listener),
    () => controller.drafts.get(key),
  );
  const titles = { vi: draft.values['titleVi'] ?? section.titleVi, lo: draft.values['titleLo'] ?? section.titleLo };
  const failure = draft.saveFailure && draft.dirty ? draft.saveFailure : draft.actionFailure;
  const fieldOf = (path: string) => (path === 'titleLo' ? 'lo' : 'vi');
  const failedLang: Lang | null = failure ? fieldOf(failure.issues?.[0]?.path ?? 'titleVi') : null;

  const title = (lang: Lang) => {
    const field = TITLE_FIELD[lang];
    const errorId = `ed-section-error-${section.id}-${lang}`;
    const label = t(lang === 'vi' ? 'editor.section.titleVi' : 'editor.section.titleLo', { label: item.label });
    const error = failure && failedLang === lang ? refusalText(t, failure, locale) : null;
    return (
      <div className="ed-section__title" lang={lang}>
        {readOnly ? (
          <p className="ed-title ed-title--readonly" data-testid={`section-title-${lang}`} aria-label={label}>
            {titles[lang] || <span className="muted">—</span>}
          </p>
        ) : (
          <TextBox
            key={`${lang}:${draft.epoch}`}
            className="ed-title"
            lang={lang}
            rows={1}
            spellCheck={false}
            initial={titles[lang]}
            data-testid={`section-title-${lang}`}
            data-control={field}
            aria-label={label}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            aria-required={lang === 'vi' ? true : undefined}
            onChange={(event) => {
              // A title is one line: a pasted line break becomes a space.
              const box = event.target;
              if (/[\r\n]/u.test(box.value)) box.value = box.value.replace(/[\r\n]+/gu, ' ');
              controller.type(key, field, box.value);
            }}
            onFocus={() => controller.focusField(key, field)}
            onBlur={() => controller.blurField(key)}
            onKeyDown={(event) => {
              // A title is one line: Enter saves it.
              if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                event.preventDefault();
                void controller.drafts.flush(key);
              }
            }}
          />
        )}
        {error ? (
          <p className="field__error ed-section__error" id={errorId} role="alert" data-testid={`section-title-${lang}-error`} lang={language}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <div className={cx('ed-section', item.index === 0 && 'ed-section--first')} data-testid="editor-section" data-section-id={section.id}>
      <div className="ed-section__bar">
        <span className="ed-section__label" data-testid="section-label">
          {item.label}
        </span>
        {readOnly ? <Badge tone="neutral">{t(`part.${section.part}`)}</Badge> : <SectionFacets controller={controller} item={item} />}
        {item.lackingLao > 0 ? (
          <Badge tone="warning" testId="section-lacking-lao" title={t('editor.lackingLaoHint')}>
            {t('editor.lackingLao', { count: item.lackingLao })}
          </Badge>
        ) : null}
        <ScopeBadge names={scopeNames} inherited={false} testId="section-scope" />
        {readOnly ? null : (
          <div className="ed-section__actions">
            {onScope ? (
              <Button
                size="small"
                variant="ghost"
                data-testid="section-scope-edit"
                aria-label={t('editor.scope.editSection', { label: item.label })}
                onClick={() => onScope(item)}
              >
                {t('editor.scope.button')}
              </Button>
            ) : null}
            <Button size="small" variant="ghost" data-control="add" data-testid="section-add-clause" onClick={() => void controller.addToSection(section.id)}>
              <span aria-hidden="true">+ </span>
              {t('editor.section.addClause')}
            </Button>
            <Button
              size="small"
              variant="ghost"
              data-control="up"
              data-testid="section-move-up"
              disabled={item.index === 0}
              aria-label={t('editor.section.moveUp', { label: item.label })}
              title={t('editor.section.moveUp', { label: item.label })}
              onClick={() => void controller.moveSection(section.id, -1)}
            >
              <span aria-hidden="true">↑</span>
            </Button>
            <Button
              size="small"
              variant="ghost"
              data-control="down"
              data-testid="section-move-down"
              disabled={item.index === item.sectionCount - 1}
              aria-label={t('editor.section.moveDown', { label: item.label })}
              title={t('editor.section.moveDown', { label: item.label })}
              onClick={() => void controller.moveSection(section.id, 1)}
            >
              <span aria-hidden="true">↓</span>
            </Button>
            <Button size="small" variant="ghost" className="ed-danger" data-testid="section-remove" onClick={() => onRemove(item)}>
              {t('editor.section.remove')}
            </Button>
          </div>
        )}
      </div>
      <div className="ed-section__titles">
        {title('vi')}
        {title('lo')}
      </div>
      {item.clauseCount === 0 ? (
        <p className="ed-section__empty muted" data-testid="section-empty">
          {t('editor.section.empty')}
        </p>
      ) : null}
    </div>
  );
});
