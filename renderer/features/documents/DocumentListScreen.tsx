import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call, type CallFailure } from '../../bridge';
import { failureMessage, useUiLanguage } from '../../i18n';
import { Badge, Button, EmptyState, Loading, Notice, Page, PageHeading } from '../../ui';
import { groupDocuments } from './grouping';
import { useLoad } from './useLoad';

export interface DocumentListScreenProps {
  /** Link target of a document row, e.g. "#/document/<id>". */
  documentHref(id: string): string;
  onOpenDocument(id: string): void;
  onNewDocument(): void;
}

/** The first screen: every document, by year and partner province, or an explanation when there is none. */
export function DocumentListScreen({ documentHref, onOpenDocument, onNewDocument }: DocumentListScreenProps) {
  const { t } = useTranslation();
  const [state, reload] = useLoad('documents', () => call('documents.list', {}));

  const newButton = (
    <Button variant="primary" onClick={onNewDocument} data-testid="new-document">
      <span aria-hidden="true" className="btn__icon">+</span>
      {t('nav.newDocument')}
    </Button>
  );

  const documents = state.status === 'ready' ? state.value : [];
  const empty = state.status === 'ready' && documents.length === 0;

  return (
    <Page
      testId="document-list"
      heading={<PageHeading>{t('list.heading')}</PageHeading>}
      subheading={
        state.status === 'ready' && !empty ? (
          <span data-testid="document-count">{t('list.count', { count: documents.length })}</span>
        ) : null
      }
      actions={empty ? null : newButton}
    >
      {state.status === 'loading' ? <Loading label={t('list.loading')} /> : null}
      {state.status === 'failed' ? (
        <Notice
          tone="error"
          role="alert"
          testId="list-error"
          actions={<Button onClick={reload}>{t('common.retry')}</Button>}
        >
          {failureMessage(t, state.failure)}
        </Notice>
      ) : null}
      {empty ? <EmptyList onOpenDocument={onOpenDocument} onNewDocument={onNewDocument} /> : null}
      {state.status === 'ready' && !empty ? (
        <GroupedDocuments documents={documents} documentHref={documentHref} onOpenDocument={onOpenDocument} />
      ) : null}
    </Page>
  );
}

function EmptyList({ onOpenDocument, onNewDocument }: Pick<DocumentListScreenProps, 'onOpenDocument' | 'onNewDocument'>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CallFailure | null>(null);

  async function openSample() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const result = await call('documents.createSample', {});
    setBusy(false);
    if (result.ok) onOpenDocument(result.value.id);
    else setFailure(result);
  }

  return (
    <EmptyState
      testId="empty-state"
      title={t('list.emptyTitle')}
      actions={
        <>
          <Button variant="primary" onClick={() => void openSample()} disabled={busy} aria-busy={busy} data-testid="open-sample">
            {t('list.openSample')}
          </Button>
          <Button onClick={onNewDocument} data-testid="create-first">
            {t('list.createFirst')}
          </Button>
        </>
      }
    >
      <p>{t('app.tagline')}.</p>
      <p>{t('list.emptyBody')}</p>
      {failure ? (
        <Notice tone="error" role="alert" testId="sample-error">
          {failureMessage(t, failure)}
        </Notice>
      ) : null}
    </EmptyState>
  );
}

interface GroupedDocumentsProps {
  documents: DocumentSummary[];
  documentHref(id: string): string;
  onOpenDocument(id: string): void;
}

function GroupedDocuments({ documents, documentHref, onOpenDocument }: GroupedDocumentsProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const years = useMemo(() => groupDocuments(documents, language, locale), [documents, language, locale]);

  return (
    <div className="doc-groups">
      {years.map((year) => (
        <section key={year.year} className="doc-year" aria-labelledby={`year-${year.year}`} data-testid="year-group">
          <h2 className="doc-year__title" id={`year-${year.year}`}>
            {t('list.year', { year: year.year })}
            <span className="doc-year__count">{year.count}</span>
          </h2>
          {year.partnerGroups.map((group) => (
            <section key={group.key} className="doc-group" data-testid="partner-group">
              <h3 className="doc-group__title">{t('list.with', { partners: group.partnerNames.join(', ') })}</h3>
              <ul className="doc-rows">
                {group.documents.map((doc) => (
                  <li key={doc.id}>
                    <DocumentRow doc={doc} href={documentHref(doc.id)} onOpen={onOpenDocument} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

function DocumentRow({ doc, href, onOpen }: { doc: DocumentSummary; href: string; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const id = useId();
  const placeLo = doc.placeLo.trim();
  const showLoPlace = language === 'lo' && placeLo !== '';
  const place = showLoPlace ? placeLo : doc.placeVi;

  const flagged = doc.isSample || (doc.titleLoNeedsReview && doc.titleLo.trim() !== '');
  const described = [`${id}-kind`, `${id}-date`, place.trim() !== '' ? `${id}-place` : null, `${id}-status`, flagged ? `${id}-flags` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <a
      className="doc-row"
      href={href}
      data-testid="document-row"
      data-document-id={doc.id}
      aria-labelledby={`${id}-title`}
      aria-describedby={described}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onOpen(doc.id);
      }}
    >
      <span className="doc-row__date" id={`${id}-date`}>
        {isoToDisplay(doc.meetingDate)}
      </span>
      <span className="doc-row__main">
        <span className="doc-row__line">
          <span className="doc-row__kind" id={`${id}-kind`}>
            {t(`kind.${doc.kind}`)}
          </span>
          {flagged ? (
            <span className="doc-row__flags" id={`${id}-flags`}>
              {doc.isSample ? (
                <Badge tone="accent" testId="sample-badge">
                  {t('list.sample')}
                </Badge>
              ) : null}
              {doc.titleLoNeedsReview && doc.titleLo.trim() !== '' ? (
                <Badge tone="warning" testId="lo-review-badge">
                  {t('list.loNeedsReview')}
                </Badge>
              ) : null}
            </span>
          ) : null}
        </span>
        <span className="doc-row__title" id={`${id}-title`} lang="vi" data-testid="document-row-title">
          {doc.titleVi}
        </span>
        {doc.titleLo.trim() !== '' ? (
          <span className="doc-row__title-lo" lang="lo">
            {doc.titleLo}
          </span>
        ) : (
          <span className="doc-row__title-lo doc-row__title-lo--missing">
            <Badge tone="muted" testId="lo-missing-badge">
              {t('list.loMissing')}
            </Badge>
          </span>
        )}
        {place.trim() !== '' ? (
          <span className="doc-row__place" id={`${id}-place`} lang={showLoPlace ? 'lo' : 'vi'}>
            {place}
          </span>
        ) : null}
      </span>
      <span className="doc-row__status" id={`${id}-status`}>
        <Badge tone={doc.status === 'signed' ? 'success' : doc.status === 'amended' ? 'info' : 'neutral'} testId="status-badge">
          {t(`status.${doc.status}`)}
        </Badge>
      </span>
      <span className="doc-row__chevron" aria-hidden="true">
        ›
      </span>
    </a>
  );
}
