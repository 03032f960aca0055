import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryClause } from '../../../shared/contract/features/templates';
import type { DocumentDetail } from '../../../shared/contract/schemas';
import { DOCUMENT_PARTS, SECTORS } from '../../../shared/domain/document';
import { call, type CallFailure } from '../../bridge';
import { failureMessage, issueMessage, useUiLanguage } from '../../i18n';
import { Badge, Button, Dialog, useMounted } from '../../ui';
import type { ClauseContext, EditorController } from './controller';
import type { ClauseItem, SectionItem } from './model';

export type ExtraDialog = 'library' | 'move' | 'template' | 'scope' | null;

/** Where a library clause goes: after the active clause (same level), else at the end of the first section. */
function insertionPlace(controller: EditorController, active: ClauseItem | null) {
  if (active) return { sectionId: active.section.id, parentId: active.clause.parentId, index: active.siblingIndex + 1, after: active.fullLabel, section: null };
  const first = controller.model.sections[0];
  return first ? { sectionId: first.section.id, parentId: null, index: first.topLevelCount, after: null, section: first.label } : null;
}

/** The clause library per sector, with search; a chosen clause is inserted in one undoable step. */
export function LibraryDialog({ controller, active, onClose }: { controller: EditorController; active: ClauseItem | null; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const mounted = useMounted();
  const startSector = active?.section.sector === 'custom' || !active ? 'political' : active.section.sector;
  const [sector, setSector] = useState<string>(startSector);
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<LibraryClause[] | null>(null);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const place = insertionPlace(controller, active);

  useEffect(() => {
    let current = true;
    void call('library.list', { sector: sector as LibraryClause['sector'], query, limit: 100 }).then((result) => {
      if (!current || !mounted.current) return;
      if (result.ok) {
        setItems(result.value.items);
        setFailure(null);
      } else setFailure(result);
    });
    return () => {
      current = false;
    };
  }, [sector, query, mounted]);

  const insert = async (item: LibraryClause) => {
    if (!place) return;
    onClose();
    await controller.insertText(place, { textVi: item.textVi, textLo: item.textLo, loNeedsReview: item.loNeedsReview });
  };

  return (
    <Dialog
      title={t('editor.extras.libraryTitle')}
      testId="library-dialog"
      onCancel={onClose}
      actions={<Button onClick={onClose} data-testid="library-close">{t('editor.extras.close')}</Button>}
    >
      <p className="muted" data-testid="library-where">
        {place?.after ? t('editor.extras.libraryWhere', { label: place.after }) : place?.section ? t('editor.extras.libraryWhereEnd', { label: place.section }) : ''}
      </p>
      <div className="ed-library__filters">
        <label className="ed-field">
          <span>{t('editor.extras.librarySector')}</span>
          <select value={sector} onChange={(e) => setSector(e.target.value)} data-testid="library-sector">
            {[...SECTORS.filter((s) => s !== 'custom'), 'implementation'].map((s) => (
              <option key={s} value={s}>
                {s === 'implementation' ? t('part.implementation') : t(`sector.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="ed-field">
          <span>{t('editor.extras.librarySearch')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="library-search" data-autofocus />
        </label>
      </div>
      {failure ? <p className="field-error" role="alert">{failureMessage(t, failure)}</p> : null}
      <ul className="ed-library__list" data-testid="library-list">
        {items?.length === 0 ? <li className="muted">{t('editor.extras.libraryEmpty')}</li> : null}
        {items?.map((item) => (
          <li key={`${item.source}:${item.id}`} className="ed-library__item" data-testid="library-item">
            <div className="ed-library__texts">
              <p lang="vi">{item.textVi}</p>
              {item.textLo ? <p lang="lo">{item.textLo}</p> : null}
              <p className="ed-library__meta" lang={language}>
                {item.source === 'builtin'
                  ? t('editor.extras.sourceBuiltin')
                  : item.source === 'officer'
                    ? t('editor.extras.sourceOfficer')
                    : t('editor.extras.sourceDocument', { title: item.documentTitleVi ?? '' })}
                {item.loNeedsReview && item.textLo ? (
                  <>
                    {' '}
                    <Badge tone="warning">{t('editor.extras.loUnreviewed')}</Badge>
                  </>
                ) : null}
              </p>
            </div>
            <Button size="small" disabled={!place} onClick={() => void insert(item)} data-testid="library-insert">
              {t('editor.extras.libraryInsert')}
            </Button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

/** Moves the active clause (with its sub-items) to the end of another section. */
export function MoveDialog({ controller, ctx, active, onClose }: { controller: EditorController; ctx: ClauseContext; active: ClauseItem; onClose(): void }) {
  const { t } = useTranslation();
  const sections = controller.model.sections.filter((s) => s.section.id !== active.section.id);
  const [target, setTarget] = useState(sections[0]?.section.id ?? '');
  const move = async () => {
    const section = controller.model.sections.find((s) => s.section.id === target);
    if (!section) return;
    onClose();
    await controller.moveTo(ctx, { sectionId: target, parentId: null, index: section.topLevelCount });
  };
  return (
    <Dialog
      title={t('editor.extras.moveTitle', { label: active.fullLabel })}
      testId="move-dialog"
      onCancel={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('editor.extras.cancel')}</Button>
          <Button variant="primary" onClick={() => void move()} disabled={!target} data-testid="move-confirm">
            {t('editor.extras.moveConfirm')}
          </Button>
        </>
      }
    >
      <label className="ed-field">
        <span>{t('editor.extras.moveTarget')}</span>
        <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="move-target" data-autofocus>
          {sections.map((s) => (
            <option key={s.section.id} value={s.section.id}>
              {s.label} {s.section.titleVi}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}

/** Saves the document's structure (sections, clause tree, both languages) as the officer's own template. */
export function SaveTemplateDialog({ doc, onClose, onSaved }: { doc: DocumentDetail; onClose(): void; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const mounted = useMounted();
  const [nameVi, setNameVi] = useState(doc.titleVi.slice(0, 200));
  const [nameLo, setNameLo] = useState(doc.titleLo.slice(0, 200));
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await call('templates.saveFromDocument', { documentId: doc.id, nameVi, nameLo });
    if (!mounted.current) return;
    setBusy(false);
    if (result.ok) {
      onSaved(t('editor.extras.templateSaved', { name: result.value.nameVi, version: result.value.version }));
      onClose();
      return;
    }
    const issue = result.issues?.[0];
    setError({ field: issue?.path ?? '', text: issue ? issueMessage(t, issue, locale) : failureMessage(t, result) });
  };

  return (
    <Dialog
      title={t('editor.extras.templateTitle')}
      testId="template-dialog"
      onCancel={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('editor.extras.cancel')}</Button>
          <Button variant="primary" type="submit" form="ed-template-form" disabled={busy} data-testid="template-save">
            {t('editor.extras.templateSave')}
          </Button>
        </>
      }
    >
      <form id="ed-template-form" onSubmit={(e) => void save(e)} className="ed-template-form">
        <label className="ed-field">
          <span>{t('editor.extras.templateNameVi')}</span>
          <input value={nameVi} onChange={(e) => setNameVi(e.target.value)} lang="vi" data-testid="template-name-vi" data-autofocus aria-invalid={error?.field === 'nameVi' || undefined} />
        </label>
        {error?.field === 'nameVi' ? <p className="field-error" role="alert" data-testid="template-error">{error.text}</p> : null}
        <label className="ed-field">
          <span>{t('editor.extras.templateNameLo')}</span>
          <input value={nameLo} onChange={(e) => setNameLo(e.target.value)} lang="lo" data-testid="template-name-lo" />
        </label>
        {error && error.field !== 'nameVi' ? <p className="field-error" role="alert" data-testid="template-error">{error.text}</p> : null}
      </form>
    </Dialog>
  );
}

/** Part and sector of a section, changed from its header (one undoable step each). */
export function SectionFacets({ controller, item }: { controller: EditorController; item: SectionItem }) {
  const { t } = useTranslation();
  return (
    <span className="ed-facets">
      <select
        aria-label={t('editor.extras.sectionPart')}
        value={item.section.part}
        onChange={(e) => void controller.setSectionFacet(item.section.id, 'part', e.target.value)}
        data-testid="section-part"
      >
        {DOCUMENT_PARTS.map((p) => (
          <option key={p} value={p}>
            {t(`part.${p}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('editor.extras.sectionSector')}
        value={item.section.sector}
        onChange={(e) => void controller.setSectionFacet(item.section.id, 'sector', e.target.value)}
        data-testid="section-sector"
      >
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`sector.${s}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
