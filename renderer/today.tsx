/**
 * "Today" for the whole UI comes from the backend (`app.info.today`, issue 11), never from this page's
 * clock: due dates, "late", the default dates of forms and the "as of" date all start from it, so a
 * preview or a test with the backend clock set to a review date sees that day everywhere.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from './bridge';
import { failureMessage } from './i18n';
import { Button, Loading, Notice, useLoad } from './ui';

const TodayContext = createContext<string | null>(null);

/** Asks the backend for today once, then renders the app; without an answer there is nothing to date. */
export function TodayProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [info, retry] = useLoad('app-info', () => call('app.info', {}));
  if (info.status === 'loading') return <Loading label={t('list.loading')} />;
  if (info.status === 'failed') {
    return (
      <Notice tone="error" role="alert" testId="today-failed" actions={<Button onClick={retry}>{t('common.retry')}</Button>}>
        {failureMessage(t, info.failure)}
      </Notice>
    );
  }
  return <TodayContext.Provider value={info.value.today}>{children}</TodayContext.Provider>;
}

/** The backend's today as ISO (yyyy-mm-dd). */
export function useToday(): string {
  const today = useContext(TodayContext);
  if (today === null) throw new Error('useToday outside <TodayProvider>');
  return today;
}
