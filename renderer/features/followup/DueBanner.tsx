import { useTranslation } from 'react-i18next';
import { call } from '../../bridge';
import { Notice, useLoad } from '../../ui';

/** On start (the document list): how many tasks are overdue or due within 30 days, with a link to them. */
export function DueBanner({ dueHref }: { dueHref: string }) {
  const { t } = useTranslation();
  const [due] = useLoad('due-banner', () => call('followup.due', { withinDays: 30, limit: 1 }));
  if (due.status !== 'ready' || due.value.overdue + due.value.dueSoon === 0) return null;
  return (
    <div className="fu-banner">
      <Notice tone="warning" testId="due-banner" actions={<a className="btn" href={dueHref}>{t('followup.startBannerOpen')}</a>}>
        {t('followup.startBanner', { overdue: due.value.overdue, soon: due.value.dueSoon })}
      </Notice>
    </div>
  );
}
