import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentList, DocumentSummary } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call, type CallFailure } from '../../bridge';
import { failureMessage, useUiLanguage } from '../../i18n';
import { Badge, Button, cx, EmptyState, Loading, Notice, Page, PageHeading, VirtualList } from '../../ui';
import { flattenGroups, groupDocuments } from './grouping';
import { useDocumentList } from './useDocumentList';

export interface DocumentListScreenProps {
  /** Link target of a document row, e.g. "#/document/<id>". */
  documentHref(id: string): string;
  onOpenDocument(id: string): void;
  onNewDocument(): void;
}

/** The first screen: every document, by year and partner province, or an explanation when there is none. */
export function DocumentListScreen({ documentHref, onOpenDocument, onNewDocument }: DocumentListScreenProps) {
  const { t } = useTranslation();
  const [state, reload] = useDocumentList();

  const newButton = (
    <Button variant="primary" onClick={onNewDocument} data-testid="new-document">
      <span aria-hidden="true" className="btn__icon">+</span>
      {t('nav.newDocument')}
    </Button>
  );

  const list = state.status === 'ready' ? state.list : undefined;
  const empty = list !== undefined && list.total === 0;

  return (
    <Page
      testId="document-list"
      heading={<PageHeading>{t('list.heading')}</PageHeading>}
      subheading={
        state.status === 'ready' && !empty ? (
          <span data-testid="document-count">{t('list.count', { count: list?.total ?? 0 })}</span>
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
      {list && !empty ? <GroupedDocuments list={list} documentHref={documentHref} onOpenDocument={onOpenDocument} /> : null}
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
  list: DocumentList;
  documentHref(id: string): string;
  onOpenDocument(id: string): void;
}

function GroupedDocuments({ list, documentHref, onOpenDocument }: GroupedDocumentsProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const items = useMemo(() => {
    // Year counts come from the backend, so headings are right before every page has arrived.
    const counts = new Map(list.years.map((y) => [y.year, y.count]));
    const years = groupDocuments(list.items, language, locale).map((y) => ({ ...y, count: counts.get(y.year) ?? y.count }));
    return flattenGroups(years);
  }, [list, language, locale]);

  return (
    <VirtualList
      items={items}
      className="doc-groups"
      lineClassName="doc-groups__line"
      getKey={(item) => item.key}
      estimateSize={(item) => (item.kind === 'row' ? 112 : item.kind === 'year' ? 64 : 36)}
      renderItem={(item) =>
        item.kind === 'year' ? (
          <h2 className="doc-year__title" data-testid="year-group">
            {t('list.year', { year: item.year })}
            <span className="doc-year__count">{item.count}</span>
          </h2>
        ) : item.kind === 'group' ? (
          <h3 className="doc-group__title" data-testid="partner-group">
            {t('list.with', { partners: item.partnerNames.join(', ') })}
          </h3>
        ) : (
          <div className={cx('doc-rows__row', item.first && 'doc-rows__row--first', item.last && 'doc-rows__row--last')}>
            <DocumentRow doc={item.doc} href={documentHref(item.doc.id)} onOpen={onOpenDocument} />
          </div>
        )
      }
    />
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
