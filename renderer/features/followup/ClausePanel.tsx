import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseTracking } from '../../../shared/contract/features/followup';
import type { ProvinceRef } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { failureMessage, useUiLanguage } from '../../i18n';
import { Button, Notice, useLoad } from '../../ui';
import { AgencyEditor } from './AgencyEditor';
import type { AsOfControl } from './asOf';
import { DeadlineEditor } from './DeadlineEditor';
import { CarriedOverMark, DaysOverdue, LastReportAge } from './figures';
import { IndicatorEditor } from './IndicatorEditor';
import { ProgressLog } from './ProgressLog';
import { StatusChip } from './StatusChip';
import { StatusEditor } from './StatusEditor';

export interface ClausePanelProps {
  clauseId: string;
  ourProvince: ProvinceRef;
  partners: readonly ProvinceRef[];
  /** The day the status and figures are shown for ("tính đến ngày"), and whether it is today. */
  asOf: AsOfControl;
  /** Link to another document (where the task was carried over to). */
  documentHref(documentId: string): string;
  /** The table behind the panel shows statuses and agencies: tell it something changed. */
  onChanged(): void;
  /** The Agencies screen on the document's provinces. */
  agenciesHref?: string | undefined;
}

/** Everything about following one task: status, deadline, agencies per side, indicators, progress log, lineage. */
export function ClausePanel({ clauseId, ourProvince, partners, asOf: view, documentHref, onChanged, agenciesHref }: ClausePanelProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const { asOf, isToday } = view;
  const [state, reload] = useLoad(`tracking:${clauseId}:${asOf}`, () => call('tracking.get', { clauseId, ...view.request }));
  const [fresh, setFresh] = useState<ClauseTracking | null>(null);
  const loaded = state.status === 'ready' ? state.value : null;
  // A write answers with today's figures: use them when the panel shows today, else ask again for the as-of day.
  const tracking = fresh?.clauseId === clauseId && fresh.asOf === asOf ? fresh : loaded;

  const update = (next: ClauseTracking | undefined) => {
    if (!next) return;
    if (next.asOf === asOf) setFresh(next);
    else reload();
    onChanged();
  };

  if (!tracking) {
    return state.status === 'failed' ? (
      <Notice tone="error" role="alert" actions={<Button onClick={reload}>{t('common.retry')}</Button>}>
        {failureMessage(t, state.failure)}
      </Notice>
    ) : (
      <div className="fu-panel" aria-busy="true" />
    );
  }

  const main = language === 'lo' && tracking.textLo ? tracking.textLo : tracking.textVi;
  return (
    <section className="fu-panel" data-testid="clause-panel" data-clause-id={tracking.clauseId} aria-label={tracking.label}>
      <header className="fu-panel__head">
        <span className="fu-ref">{tracking.label}</span>
        <StatusChip status={tracking.effectiveStatus} testId="panel-status" />
        <StatusSince tracking={tracking} />
        {tracking.effectiveStatus === 'delayed' && tracking.dueDate ? (
          <span className="fu-late">{t('followup.status.lateSince', { date: isoToDisplay(tracking.dueDate) })}</span>
        ) : null}
        <DaysOverdue days={tracking.daysOverdue} />
        {tracking.carriedOverTo ? <CarriedOverMark to={tracking.carriedOverTo} href={documentHref(tracking.carriedOverTo.documentId)} /> : null}
      </header>
      <p className="fu-panel__text" lang={language === 'lo' && tracking.textLo ? 'lo' : 'vi'}>
        {main}
      </p>
      <p className="fu-panel__report">
        <LastReportAge days={tracking.daysSinceLastReport} />
      </p>
      {isToday ? null : (
        <Notice tone="info" testId="panel-past-view">
          {t('followup.statusDate.pastView', { date: isoToDisplay(asOf) })}
        </Notice>
      )}
      <StatusEditor key={`status-${tracking.clauseId}`} tracking={tracking} onSaved={update} />
      <DeadlineEditor tracking={tracking} onSaved={update} />
      <AgencyEditor tracking={tracking} ourProvince={ourProvince} partners={partners} agenciesHref={agenciesHref} onSaved={update} />
      <IndicatorEditor tracking={tracking} onSaved={update} />
      <ProgressLog tracking={tracking} onSaved={update} />
      {tracking.lineage.length > 0 ? (
        <section className="fu-block" data-testid="lineage">
          <h3>{t('followup.lineage.heading')}</h3>
          <ol className="fu-lineage">
            {tracking.lineage.map((link) => (
              <li key={link.clauseId} aria-current={link.clauseId === tracking.clauseId ? 'true' : undefined}>
                <strong>{link.meetingDate.slice(0, 4)}</strong> {link.label} <StatusChip status={link.status} testId="lineage-status" />
                <span className="fu-lineage__doc">{link.documentTitleVi}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}

/** "Hoàn thành ngày 15/03/2026", or the day the status in force was set. */
function StatusSince({ tracking }: { tracking: ClauseTracking }) {
  const { t } = useTranslation();
  if (tracking.status === 'done' && tracking.doneOn) {
    return (
      <span className="fu-muted" data-testid="status-since">
        {t('followup.figures.doneOn', { date: isoToDisplay(tracking.doneOn) })}
      </span>
    );
  }
  if (!tracking.statusChangedOn) return null;
  return (
    <span className="fu-muted" data-testid="status-since">
      {t('followup.statusDate.since', { date: isoToDisplay(tracking.statusChangedOn) })}
    </span>
  );
}
