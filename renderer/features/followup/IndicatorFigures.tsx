import { useTranslation } from 'react-i18next';
import type { ClauseIndicator } from '../../../shared/contract/features/followup';
import type { IndicatorDirection } from '../../../shared/followup/indicators';
import { isoToDisplay } from '../../../shared/domain/dates';
import { useUiLanguage } from '../../i18n';
import { Badge, Button } from '../../ui';

/** "3 ngày (tối đa)": a target as officers write it, with the direction after the unit. */
export function useTargetText() {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const suffix = (direction: IndicatorDirection) =>
    direction === 'at_most' ? ` ${t('followup.indicatorDirection.atMostSuffix')}` : direction === 'exactly' ? ` ${t('followup.indicatorDirection.exactlySuffix')}` : '';
  return {
    figure: (value: number | null) => (value === null ? t('followup.figures.noValue') : numbers.format(value)),
    target: (target: number | null, unit: string, direction: IndicatorDirection) =>
      target === null ? t('followup.figures.noValue') : `${numbers.format(target)} ${unit}${suffix(direction)}`,
  };
}

/** A bar that follows the backend's `progress` (0..1, in the target's direction): green when met. */
export function ProgressBar({ progress, met, label }: { progress: number | null; met: boolean | null; label: string }) {
  if (progress === null) return null;
  const percent = Math.round(Math.max(0, Math.min(1, progress)) * 100);
  return (
    <span className="fu-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} data-testid="indicator-bar">
      <span className={met ? 'fu-progress__fill fu-progress__fill--met' : 'fu-progress__fill'} style={{ width: `${percent}%` }} />
    </span>
  );
}

export interface IndicatorFiguresProps {
  indicators: readonly ClauseIndicator[];
  editingId: string | null;
  onEdit(indicator: ClauseIndicator): void;
}

/**
 * Each indicator on the as-of day: its label (same-name indicators carry their clause number), the figure
 * ("—" when nobody reported), the target with its direction, a bar and a percentage that follow the
 * direction, met or not, the date of the figure and how reports combine.
 */
export function IndicatorFigures({ indicators, editingId, onEdit }: IndicatorFiguresProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const text = useTargetText();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  if (indicators.length === 0) return null;
  return (
    <ul className="fu-inds">
      {indicators.map((i) => {
        const lao = language === 'lo' && i.labelLo !== '';
        const label = lao ? i.labelLo : i.labelVi;
        return (
          <li key={i.id} className="fu-ind" data-testid="indicator-row" data-indicator-id={i.id} aria-current={editingId === i.id ? 'true' : undefined}>
            <div className="fu-ind__head">
              <span className="fu-ind__name" lang={lao ? 'lo' : 'vi'} data-testid="indicator-label">
                {label}
              </span>
              <Button size="small" variant="ghost" onClick={() => onEdit(i)} aria-label={`${t('followup.indicatorView.edit')}: ${label}`} data-testid="indicator-edit">
                {t('followup.indicatorView.edit')}
              </Button>
            </div>
            <div className="fu-ind__figures">
              <span data-testid="indicator-actual">
                {t('followup.indicators.actual')}: <strong>{text.figure(i.current)}</strong>
                {i.current === null ? '' : ` ${i.unit}`}
                {i.actualNotes.length ? <span className="fu-muted"> ({i.actualNotes[0]})</span> : null}
              </span>
              <span data-testid="indicator-target-text">
                {t('followup.indicators.target')}: {text.target(i.target, i.unit, i.direction)}
              </span>
            </div>
            <div className="fu-ind__standing">
              <ProgressBar progress={i.progress} met={i.met} label={t('followup.indicatorView.bar', { name: label })} />
              {i.ratio === null ? null : (
                <span className="fu-ind__percent" data-testid="indicator-percent">
                  {percent.format(i.ratio)}
                </span>
              )}
              {i.met === null ? null : (
                <Badge tone={i.met ? 'success' : 'warning'} testId="indicator-met">
                  {i.met ? t('followup.figures.met') : t('followup.figures.notMet')}
                </Badge>
              )}
            </div>
            <div className="fu-muted fu-ind__meta">
              {i.lastReportedOn ? <span>{t('followup.indicatorView.lastReported', { date: isoToDisplay(i.lastReportedOn) })} · </span> : null}
              <span>{t(`followup.indicatorMode.${i.mode}`)}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
