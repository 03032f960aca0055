import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/contract/features/followup';
import { standing } from '../../../shared/followup/indicators';
import { useUiLanguage } from '../../i18n';
import { ProgressBar, useTargetText } from './IndicatorFigures';

/**
 * Target against figure per indicator over the filtered tasks, as of the dashboard's day: "—" when no task
 * reported a figure, a bar and a percentage in the target's direction, and how many tasks reported and met it.
 */
export function DashboardIndicators({ indicators }: { indicators: Dashboard['indicators'] }) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const text = useTargetText();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  if (indicators.length === 0) return null;
  return (
    <section className="fu-block" data-testid="dashboard-indicators">
      <h3>{t('followup.dashboard.indicators')}</h3>
      <table className="fu-counts">
        <tbody>
          {indicators.map((i) => {
            const lao = language === 'lo' && i.nameLo !== '';
            const name = lao ? i.nameLo : i.nameVi;
            const figure = i.reported > 0 ? i.actual : null;
            const where = standing(i.target, i.direction, figure);
            return (
              <tr key={`${i.key}|${i.unit}|${i.direction}`} data-testid="dashboard-indicator">
                <th scope="row" lang={lao ? 'lo' : 'vi'}>
                  {name}
                </th>
                <td>
                  {t('followup.indicators.target')}: {text.target(i.target, i.unit, i.direction)}
                </td>
                <td data-testid="dashboard-indicator-actual">
                  {t('followup.indicators.actual')}: <strong>{text.figure(figure)}</strong>
                  {figure === null ? '' : ` ${i.unit}`}
                </td>
                <td>
                  <span className="fu-counts__bar">
                    <ProgressBar progress={where.progress} met={where.met} label={t('followup.indicatorView.bar', { name })} />
                    {where.ratio === null ? null : <span className="fu-ind__percent">{percent.format(where.ratio)}</span>}
                  </span>
                </td>
                <td className="fu-muted">{t('followup.indicatorView.reported', { reported: i.reported, clauses: i.clauses, met: i.met })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
