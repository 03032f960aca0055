import { useTranslation } from 'react-i18next';
import { call } from '../../bridge';
import { Notice, useLoad } from '../../ui';

/**
 * Says so when the data file is read-only (every save is refused with a clear message) or when its history
 * failed the start-up check and the officer chose to open it anyway.
 */
export function DatabaseBanner() {
  const { t } = useTranslation();
  const [status] = useLoad('database.status', () => call('database.status', {}));
  if (status.status !== 'ready') return null;
  return (
    <>
      {status.value.readOnly ? (
        <Notice tone="warning" role="status" testId="read-only-banner">
          {t('safety.database.readOnly')}
        </Notice>
      ) : null}
      {status.value.historyProblem ? (
        <Notice tone="error" role="status" testId="history-banner">
          {t('safety.database.historyProblem', { row: `${status.value.historyProblem.table} ${status.value.historyProblem.row}` })}
        </Notice>
      ) : null}
    </>
  );
}
