import { useTranslation } from 'react-i18next';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { failureMessage, useUiLanguage } from '../../i18n';
import { Button, EmptyState, Loading, Notice, Page, PageHeading, useLoad } from '../../ui';
import { useAsOf } from './asOf';
import { AsOfField } from './AsOfField';
import { asOfIssue, asOfRefusal } from './asOfRefusal';
import { TrackingTable } from './TrackingTable';

/** "Cần xử lý": tasks overdue on the as-of day (with how many days) and those due within 30 days of it, counted per lead agency. */
export function DueScreen({ trackingHref }: { trackingHref(documentId: string): string }) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const asOf = useAsOf();
  const [state, reload] = useLoad(`due:${asOf.asOf}`, () => call('followup.due', { withinDays: 30, limit: 1000, ...asOf.request }));
  return (
    <Page heading={<PageHeading>{t('followup.due.heading')}</PageHeading>} testId="due-screen" width="wide"
      subheading={state.status === 'ready' ? <span data-testid="due-summary">{t('followup.due.summary', { overdue: state.value.overdue, soon: state.value.dueSoon, until: isoToDisplay(state.value.soonUntil) })}</span> : null}
    >
      <AsOfField control={asOf} refusal={asOfRefusal(t, locale, state)} />
      {state.status === 'loading' ? <Loading label={t('list.loading')} /> : null}
      {state.status === 'failed' && !asOfIssue(state.failure) ? (
        <Notice tone="error" role="alert" actions={<Button onClick={reload}>{t('common.retry')}</Button>}>
          {failureMessage(t, state.failure)}
        </Notice>
      ) : null}
      {state.status === 'ready' && state.value.rows.length === 0 ? <EmptyState testId="due-empty" title={t('followup.due.none')} /> : null}
      {state.status === 'ready' && state.value.rows.length > 0 ? (
        <>
          <section className="fu-block" data-testid="due-by-agency">
            <h3>{t('followup.due.byAgency')}</h3>
            <table className="fu-counts">
              <thead>
                <tr>
                  <th scope="col">{t('followup.columns.leadVn')} / {t('followup.columns.leadLa')}</th>
                  <th scope="col">{t('followup.due.overdue')}</th>
                  <th scope="col">{t('followup.due.soon')}</th>
                </tr>
              </thead>
              <tbody>
                {state.value.byAgency.map((a) => (
                  <tr key={a.agencyId || 'none'}>
                    <th scope="row" lang={language === 'lo' && a.nameLo ? 'lo' : 'vi'}>{language === 'lo' && a.nameLo ? a.nameLo : a.nameVi}</th>
                    <td className={a.overdue ? 'fu-late' : ''}>{a.overdue}</td>
                    <td>{a.dueSoon}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <TrackingTable
            rows={state.value.rows}
            showDocument
            label={t('followup.due.heading')}
            onSelect={(row) => {
              window.location.hash = trackingHref(row.documentId);
            }}
          />
        </>
      ) : null}
    </Page>
  );
}
