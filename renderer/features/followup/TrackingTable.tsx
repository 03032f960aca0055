import { useTranslation } from 'react-i18next';
import type { TrackingRow } from '../../../shared/contract/features/followup';
import { useUiLanguage } from '../../i18n';
import { cx, VirtualList } from '../../ui';
import { CarriedOverMark, DaysOverdue, LastReportAge } from './figures';
import { deadlineText } from './format';
import { StatusChip } from './StatusChip';

/** The latest note is its Vietnamese text, or its Lao text when only that was written. */
const LAO_LETTERS = /[\u0E80-\u0EFF]/u;

export interface TrackingTableProps {
  rows: readonly TrackingRow[];
  selectedId?: string | null;
  onSelect?(row: TrackingRow): void;
  /** Show the document and partner of each row (lists spanning several documents). */
  showDocument?: boolean;
  label: string;
  testId?: string;
}

/**
 * The tracking table: one line per tracked clause (reference, task in the UI language with the other
 * language under it, status, due with the days overdue, lead agencies, the age of the latest report,
 * "carried over to …"). Virtualised: a province's ten years stay fast.
 */
export function TrackingTable({ rows, selectedId, onSelect, showDocument = false, label, testId = 'tracking-table' }: TrackingTableProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  return (
    <div className="fu-table" data-testid={testId}>
      <div className={cx('fu-row', 'fu-row--head', showDocument && 'fu-row--wide')} aria-hidden="true">
        <span>{t('followup.columns.ref')}</span>
        <span>{t('followup.columns.task')}</span>
        <span>{t('followup.columns.status')}</span>
        <span>{t('followup.columns.due')}</span>
        {showDocument ? <span>{t('followup.columns.latest')}</span> : null}
      </div>
      <VirtualList
        items={rows}
        getKey={(r) => r.clauseId}
        estimateSize={() => 72}
        label={label}
        renderItem={(r) => {
          const main = language === 'lo' && r.textLo ? r.textLo : r.textVi;
          const other = language === 'lo' ? r.textVi : r.textLo;
          const content = (
            <>
              <span className="fu-ref">{r.label}</span>
              <span className="fu-task">
                <span lang={language === 'lo' && r.textLo ? 'lo' : 'vi'} className="fu-task__main">{main}</span>
                {other ? (
                  <span lang={language === 'lo' ? 'vi' : 'lo'} className="fu-task__other">{other}</span>
                ) : null}
                {r.leadVi || r.leadLo ? (
                  <span className="fu-task__agencies">
                    {t('followup.agencies.lead')}: {[r.leadVi, r.leadLo].filter(Boolean).join(' · ')}
                  </span>
                ) : null}
                {r.scoped ? (
                  <span className="fu-task__scope" data-testid="tracking-scope">
                    {t('followup.scopeOnly', { names: r.scope.map((p) => (language === 'lo' ? p.nameLo || p.nameVi : p.nameVi)).join(', ') })}
                  </span>
                ) : null}
                {r.carriedOverTo ? <CarriedOverMark to={r.carriedOverTo} /> : null}
                {showDocument ? null : <LastReportAge days={r.daysSinceLastReport} />}
                {showDocument ? (
                  <span className="fu-task__doc">
                    {r.documentTitleVi} · {(r.scoped ? r.scope : r.partners).map((p) => (language === 'lo' ? p.nameLo || p.nameVi : p.nameVi)).join(', ')}
                  </span>
                ) : null}
              </span>
              <span>
                <StatusChip status={r.effectiveStatus} />
              </span>
              <span className="fu-due">
                <span>{deadlineText(t, r.deadline, r.dueDate)}</span>
                <DaysOverdue days={r.daysOverdue} />
              </span>
              {showDocument ? (
                <span className="fu-latest">
                  <LastReportAge days={r.daysSinceLastReport} />
                  {r.lastProgressText ? (
                    <span className="fu-latest__text" lang={LAO_LETTERS.test(r.lastProgressText) ? 'lo' : 'vi'}>
                      {r.lastProgressText}
                    </span>
                  ) : null}
                </span>
              ) : null}
            </>
          );
          const className = cx('fu-row', showDocument && 'fu-row--wide', selectedId === r.clauseId && 'fu-row--selected');
          return onSelect ? (
            <button type="button" className={className} onClick={() => onSelect(r)} data-testid="tracking-row" data-clause-id={r.clauseId} aria-pressed={selectedId === r.clauseId}>
              {content}
            </button>
          ) : (
            <div className={className} data-testid="tracking-row" data-clause-id={r.clauseId}>
              {content}
            </div>
          );
        }}
      />
    </div>
  );
}
