import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DASHBOARD_GROUPS, type DashboardGroup, type DashboardRow, type FollowupFilters } from '../../../shared/contract/features/followup';
import { SECTORS, type Sector } from '../../../shared/domain/document';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '../../../shared/followup/status';
import { call } from '../../bridge';
import { failureMessage, localName, useUiLanguage } from '../../i18n';
import { Button, EmptyState, Loading, Notice, Page, PageHeading, useLoad } from '../../ui';
import { useAsOf } from './asOf';
import { AsOfField } from './AsOfField';
import { asOfIssue, asOfRefusal } from './asOfRefusal';
import { DashboardIndicators } from './DashboardIndicators';
import { ExportXlsxButton } from './ExportXlsxButton';
import { ReportButton } from './ReportButton';
import { StatusChart } from './StatusChart';
import { TrackingTable } from './TrackingTable';

const GROUP_FILTER: Record<DashboardGroup, (key: string) => FollowupFilters> = {
  partner: (key) => ({ partnerProvinceIds: [key] }),
  sector: (key) => ({ sectors: [key as Sector] }),
  agency: (key) => ({ agencyIds: [key] }),
  year: (key) => ({ years: [Number(key)] }),
};

/** The years a partner report covers: the filtered ones, else every year with tracked tasks (else the as-of year). */
function yearSpan(filtered: number[] | undefined, known: number[], asOf: string): { fromYear: number; toYear: number } {
  const years = filtered?.length ? filtered : known.length ? known : [Number(asOf.slice(0, 4))];
  return { fromYear: Math.min(...years), toYear: Math.max(...years) };
}

interface Drill {
  label: string;
  filters: FollowupFilters;
}

export interface DashboardScreenProps {
  trackingHref(documentId: string): string;
  reportSettingsHref: string;
}

/** Dashboards by partner, sector, agency and year as of a day (today by default); every bar and number drills down to its clauses. */
export function DashboardScreen({ trackingHref, reportSettingsHref }: DashboardScreenProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const asOf = useAsOf();
  const day = asOf.asOf;
  const dayRequest = asOf.request;
  const [groupBy, setGroupBy] = useState<DashboardGroup>('partner');
  const [year, setYear] = useState('');
  const [sector, setSector] = useState('');
  const [status, setStatus] = useState('');
  const [partner, setPartner] = useState('');
  const [provinces] = useLoad('provinces', () => call('provinces.list', {}));
  const [drill, setDrill] = useState<Drill | null>(null);

  const filters = useMemo<FollowupFilters>(
    () => ({
      ...(year ? { years: [Number(year)] } : {}),
      ...(sector ? { sectors: [sector as Sector] } : {}),
      ...(status ? { statuses: [status as EffectiveStatus] } : {}),
      ...(partner ? { partnerProvinceIds: [partner] } : {}),
    }),
    [year, sector, status, partner],
  );
  const key = JSON.stringify({ groupBy, filters, day });
  const [board, reload] = useLoad(`dashboard:${key}`, () => call('followup.dashboard', { groupBy, filters, ...dayRequest }));
  const [years] = useLoad(`dashboard-years:${day}`, () => call('followup.dashboard', { groupBy: 'year', ...dayRequest }));
  const drillKey = drill ? JSON.stringify({ filters: drill.filters, day }) : null;
  const [drillRows] = useLoad(drillKey === null ? null : `drill:${drillKey}`, () => call('followup.clauses', { filters: drill?.filters ?? {}, limit: 1000, ...dayRequest }));

  const labelOf = useCallback((row: DashboardRow) => (language === 'lo' && row.labelLo ? row.labelLo : row.labelVi), [language]);
  const statusLabel = useCallback((s: EffectiveStatus) => t(`clauseStatus.${s}`), [t]);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // "Carried over" is no longer a status of its own (the origin keeps its status, marked): its column only shows for older files that still count it.
  const columns = EFFECTIVE_STATUSES.filter((st) => st !== 'carried_over' || (board.status === 'ready' && board.value.totals.counts.carried_over > 0));

  const open = (row: DashboardRow | null, only?: EffectiveStatus) => {
    const base = { ...filters, ...(row ? GROUP_FILTER[groupBy](row.key) : {}) };
    const withStatus = only ? { ...base, statuses: [only] } : base;
    const label = [row ? labelOf(row) : t('followup.dashboard.drillAll'), only ? statusLabel(only) : null].filter(Boolean).join(' · ');
    setDrill({ label, filters: withStatus });
  };

  const filtersBar = (
    <div className="fu-filters" data-testid="dashboard-filters">
      <label className="fu-field">
        <span>{t('followup.dashboard.groupBy')}</span>
        <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as DashboardGroup)} data-testid="dashboard-group">
          {DASHBOARD_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`followup.dashboard.groups.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="fu-field">
        <span>{t('followup.dashboard.groups.partner')}</span>
        <select value={partner} onChange={(e) => setPartner(e.target.value)} data-testid="dashboard-partner">
          <option value="">{t('followup.dashboard.allPartners')}</option>
          {(provinces.status === 'ready' ? provinces.value : [])
            .filter((p) => p.country === 'LA')
            .map((p) => (
              <option key={p.id} value={p.id}>
                {localName(p, language)}
              </option>
            ))}
        </select>
      </label>
      <label className="fu-field">
        <span>{t('followup.dashboard.groups.year')}</span>
        <select value={year} onChange={(e) => setYear(e.target.value)} data-testid="dashboard-year">
          <option value="">{t('followup.dashboard.allYears')}</option>
          {(years.status === 'ready' ? years.value.rows : []).map((r) => (
            <option key={r.key} value={r.key}>
              {r.key}
            </option>
          ))}
        </select>
      </label>
      <label className="fu-field">
        <span>{t('followup.dashboard.groups.sector')}</span>
        <select value={sector} onChange={(e) => setSector(e.target.value)} data-testid="dashboard-sector">
          <option value="">{t('followup.dashboard.allSectors')}</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(`sector.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="fu-field">
        <span>{t('followup.columns.status')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="dashboard-status">
          <option value="">{t('followup.dashboard.allStatuses')}</option>
          {EFFECTIVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );

  return (
    <Page heading={<PageHeading>{t('followup.dashboard.heading')}</PageHeading>} actions={<ExportXlsxButton filters={drill?.filters ?? filters} asOf={dayRequest} />} testId="dashboard-screen" width="wide">
      <AsOfField control={asOf} refusal={asOfRefusal(t, locale, board)} />
      {filtersBar}
      {board.status === 'loading' ? <Loading label={t('list.loading')} /> : null}
      {board.status === 'failed' && !asOfIssue(board.failure) ? (
        <Notice tone="error" role="alert" actions={<Button onClick={reload}>{t('common.retry')}</Button>}>
          {failureMessage(t, board.failure)}
        </Notice>
      ) : null}
      {board.status === 'ready' && board.value.totals.total === 0 ? <EmptyState testId="dashboard-empty" title={t('followup.dashboard.empty')} /> : null}
      {board.status === 'ready' && board.value.totals.total > 0 ? (
        <>
          {drill ? (
            <section className="fu-block" data-testid="drill-down">
              <div className="fu-drill__head">
                <h3>{t('followup.dashboard.drillTitle', { label: drill.label })}</h3>
                {drill.filters.partnerProvinceIds?.length === 1 ? (
                  <ReportButton
                    scope={{ partnerProvinceId: drill.filters.partnerProvinceIds[0]!, ...yearSpan(drill.filters.years, years.status === 'ready' ? years.value.rows.map((r) => Number(r.key)) : [], day) }}
                    asOf={dayRequest}
                    settingsHref={reportSettingsHref}
                  />
                ) : null}
                <Button onClick={() => setDrill(null)} data-testid="drill-close">
                  {t('followup.dashboard.closeDrill')}
                </Button>
              </div>
              {drillRows.status === 'ready' ? (
                <TrackingTable
                  rows={drillRows.value.rows}
                  showDocument
                  label={drill.label}
                  testId="drill-table"
                  onSelect={(row) => {
                    window.location.hash = trackingHref(row.documentId);
                  }}
                />
              ) : (
                <Loading label={t('list.loading')} />
              )}
            </section>
          ) : null}
          <StatusChart
            rows={board.value.rows}
            labelOf={labelOf}
            statusLabel={statusLabel}
            onSelect={(row, s) => open(row, s)}
            label={t('followup.dashboard.chartLabel', { group: t(`followup.dashboard.groups.${groupBy}`) })}
          />
          <table className="fu-counts" data-testid="dashboard-table">
            <thead>
              <tr>
                <th scope="col">{t(`followup.dashboard.groups.${groupBy}`)}</th>
                <th scope="col">{t('followup.dashboard.total')}</th>
                {columns.map((s) => (
                  <th scope="col" key={s}>
                    {statusLabel(s)}
                  </th>
                ))}
                <th scope="col">{t('followup.dashboard.completion')}</th>
              </tr>
            </thead>
            <tbody>
              {[...board.value.rows, board.value.totals].map((row, index) => {
                const isTotal = index === board.value.rows.length;
                return (
                  <tr key={isTotal ? 'total' : row.key || 'none'} data-testid={isTotal ? 'dashboard-total' : 'dashboard-row'} data-key={row.key}>
                    <th scope="row" lang={language === 'lo' && row.labelLo ? 'lo' : 'vi'}>
                      {isTotal ? t('followup.dashboard.total') : labelOf(row)}
                    </th>
                    <td>
                      <button type="button" className="fu-count" onClick={() => open(isTotal ? null : row)} data-testid="count-total">
                        {row.total}
                      </button>
                    </td>
                    {columns.map((s) => (
                      <td key={s} className={s === 'delayed' && row.counts[s] ? 'fu-late' : ''}>
                        {row.counts[s] ? (
                          <button type="button" className="fu-count" onClick={() => open(isTotal ? null : row, s)} data-testid={`count-${s}`}>
                            {row.counts[s]}
                          </button>
                        ) : (
                          <span className="fu-muted">0</span>
                        )}
                      </td>
                    ))}
                    <td>{row.completionRate === null ? '—' : percent.format(row.completionRate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <DashboardIndicators indicators={board.value.indicators} />
        </>
      ) : null}
    </Page>
  );
}
