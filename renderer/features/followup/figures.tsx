import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n';

/** "quá hạn 47 ngày" for a task late on the as-of day; nothing otherwise. */
export function DaysOverdue({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return null;
  return (
    <span className="fu-late fu-days" data-testid="days-overdue">
      {t('followup.figures.daysOverdue', { count: days })}
    </span>
  );
}

/** "báo cáo gần nhất cách đây 60 ngày", or "chưa có báo cáo". */
export function LastReportAge({ days }: { days: number | null }) {
  const { t } = useTranslation();
  return (
    <span className="fu-muted fu-days" data-testid="last-report-age">
      {days === null ? t('followup.figures.noReport') : t('followup.figures.daysSinceLastReport', { count: days })}
    </span>
  );
}

export interface CarriedOverTarget {
  documentId: string;
  documentTitleVi: string;
  documentTitleLo: string;
}

/** "đã chuyển tiếp sang <document>": the origin keeps its own status, with this mark next to it. */
export function CarriedOverMark({ to, href }: { to: CarriedOverTarget; href?: string | undefined }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const lao = language === 'lo' && to.documentTitleLo !== '';
  const title = (
    <span lang={lao ? 'lo' : 'vi'}>{lao ? to.documentTitleLo : to.documentTitleVi}</span>
  );
  const [before, after] = t('followup.figures.carriedOverTo', { document: '\u0000' }).split('\u0000') as [string, string | undefined];
  return (
    <span className="fu-carried" data-testid="carried-over-to">
      {before}
      {href ? <a href={href}>{title}</a> : title}
      {after ?? ''}
    </span>
  );
}
