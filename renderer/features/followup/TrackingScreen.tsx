import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackingRow } from '../../../shared/contract/features/followup';
import { call } from '../../bridge';
import { failureMessage, useUiLanguage } from '../../i18n';
import { Button, EmptyState, Loading, Notice, Page, PageHeading, useLoad } from '../../ui';
import { useAsOf } from './asOf';
import { AsOfField } from './AsOfField';
import { asOfIssue, asOfRefusal } from './asOfRefusal';
import { ClausePanel } from './ClausePanel';
import { ExportXlsxButton } from './ExportXlsxButton';
import { ReportButton } from './ReportButton';
import { TrackingTable } from './TrackingTable';

export interface TrackingScreenProps {
  id: string;
  documentHref: string;
  /** Links to other documents (the one a task was carried over to). */
  documentHrefOf(documentId: string): string;
  reportSettingsHref: string;
  /** The Agencies screen on this document's provinces. */
  agenciesHref?: string | undefined;
}

/** Follow-up of one signed document as of a day (today by default): its tasks on the left, the chosen task's follow-up on the right. */
export function TrackingScreen({ id, documentHref, documentHrefOf, reportSettingsHref, agenciesHref }: TrackingScreenProps) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const asOf = useAsOf();
  const [doc] = useLoad(`document:${id}`, () => call('documents.get', { id }));
  // A reload keeps the table (and the open panel) on screen while the fresh rows arrive.
  const [rows, reloadRows] = useLoad(`tracking-rows:${id}:${asOf.asOf}`, () =>
    call('followup.clauses', { filters: { documentIds: [id] }, limit: 1000, ...asOf.request }),
  );
  const [selected, setSelected] = useState<string | null>(null);

  const back = (
    <a className="back-link" href={documentHref} data-testid="back-to-document">
      <span aria-hidden="true">‹ </span>
      {doc.status === 'ready' ? doc.value.titleVi : t('nav.documents')}
    </a>
  );
  const heading = <PageHeading>{t('followup.tracking.heading')}</PageHeading>;

  if (doc.status !== 'ready') {
    return (
      <Page top={back} heading={heading} testId="tracking-screen" width="wide">
        {doc.status === 'failed' ? <Notice tone="error" role="alert">{failureMessage(t, doc.failure)}</Notice> : <Loading label={t('list.loading')} />}
      </Page>
    );
  }
  const signed = doc.value.status !== 'draft';
  const list: TrackingRow[] = rows.status === 'ready' ? rows.value.rows : [];
  const refusal = asOfRefusal(t, locale, rows);

  return (
    <Page
      top={back}
      heading={heading}
      subheading={signed && rows.status === 'ready' ? <span data-testid="tracking-count">{t('followup.tracking.count', { count: list.length })}</span> : null}
      actions={
        signed ? (
          <>
            <ReportButton scope={{ documentId: id }} asOf={asOf.request} settingsHref={reportSettingsHref} />
            <ExportXlsxButton filters={{ documentIds: [id] }} asOf={asOf.request} />
          </>
        ) : null
      }
      testId="tracking-screen"
      width="wide"
    >
      {signed ? <AsOfField control={asOf} refusal={refusal} /> : null}
      {rows.status === 'loading' ? <Loading label={t('list.loading')} /> : null}
      {rows.status === 'failed' && !asOfIssue(rows.failure) ? (
        <Notice tone="error" role="alert" actions={<Button onClick={reloadRows}>{t('common.retry')}</Button>}>
          {failureMessage(t, rows.failure)}
        </Notice>
      ) : null}
      {!signed ? <EmptyState testId="tracking-not-signed" title={t('followup.tracking.notSigned')} /> : null}
      {signed && rows.status === 'ready' && list.length === 0 ? <EmptyState testId="tracking-empty" title={t('followup.tracking.empty')} /> : null}
      {signed && list.length > 0 ? (
        <div className="fu-split">
          <TrackingTable rows={list} selectedId={selected} onSelect={(r) => setSelected(r.clauseId)} label={t('followup.tracking.heading')} />
          <div className="fu-split__panel">
            {selected ? (
              <ClausePanel
                agenciesHref={agenciesHref}
                key={`${selected}:${asOf.asOf}`}
                clauseId={selected}
                ourProvince={doc.value.ourProvince}
                partners={doc.value.partners}
                asOf={asOf}
                documentHref={documentHrefOf}
                onChanged={reloadRows}
              />
            ) : (
              <p className="fu-muted fu-choose">{t('followup.tracking.choose')}</p>
            )}
          </div>
        </div>
      ) : null}
    </Page>
  );
}
