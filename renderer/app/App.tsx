import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateDocumentScreen, DocumentListScreen, DocumentScreen, type DocumentSlots } from '../features/documents';
import { ClauseEditor } from '../features/editor';
import { ExportButton } from '../features/export';
import { BackupScreen, DatabaseBanner } from '../features/safety';
import { AgenciesScreen, DashboardScreen, DueBanner, DueScreen, FollowupBar, FollowupNav, TrackingScreen } from '../features/followup';
import { ReportSettingsScreen } from '../features/settings';
import { DelegationsEditor, DocumentDetailsPanel, HistoryScreen, SigningBar } from '../features/versions';
import { LanguageSwitch, LoDraftNotice } from '../i18n';
import { TodayProvider } from '../today';
import { AppShell } from '../ui';
import { hrefFor, navigate, useRoute, type Route } from './routes';

const toDocument = (id: string): Route => ({ name: 'document', id });
const trackingHref = (id: string) => hrefFor({ name: 'tracking', id });
const documentHref = (id: string) => hrefFor(toDocument(id));
const reportSettingsHref = hrefFor({ name: 'reportSettings' });

/**
 * The document page: the versions feature's signing bar on top, details and delegations editors, and
 * the editor feature's side-by-side clause editor in place of the read-only sections.
 */
const documentSlots = (id: string): DocumentSlots => ({
  top: (ctx) => (
    <>
      <SigningBar {...ctx} historyHref={hrefFor({ name: 'history', id })} />
      <ExportButton doc={ctx.doc} />
      <FollowupBar doc={ctx.doc} trackingHref={hrefFor({ name: 'tracking', id })} onCreated={(created) => navigate(toDocument(created))} />
    </>
  ),
  details: (ctx) => (
    <>
      <DocumentDetailsPanel {...ctx} />
      <DelegationsEditor {...ctx} />
    </>
  ),
  sections: (ctx) => <ClauseEditor {...ctx} />,
});

export function App() {
  const { t } = useTranslation();
  const route = useRoute();

  useEffect(() => {
    const page = route.name === 'new' ? t('form.heading') : route.name === 'list' ? t('list.heading') : null;
    document.title = page ? `${page} — ${t('app.name')}` : t('app.name');
  }, [route, t]);

  return (
    <AppShell
      appName={t('app.name')}
      tagline={t('app.tagline')}
      offlineLabel={t('app.offline')}
      homeHref={hrefFor({ name: 'list' })}
      headerControls={
        <>
          <FollowupNav
            documentsHref={hrefFor({ name: 'list' })}
            dueHref={hrefFor({ name: 'due' })}
            dashboardHref={hrefFor({ name: 'dashboard' })}
            agenciesHref={hrefFor({ name: 'agencies' })}
            current={route.name === 'list' ? 'documents' : route.name === 'due' || route.name === 'dashboard' || route.name === 'agencies' ? route.name : null}
          />
          <a href={hrefFor({ name: 'backups' })} className="nav-link" data-testid="nav-backups">
            {t('safety.backup.title')}
          </a>
          <LanguageSwitch />
        </>
      }
      banner={
        <>
          <LoDraftNotice />
          <DatabaseBanner />
        </>
      }
    >
      <TodayProvider>
        {route.name === 'list' ? <DueBanner dueHref={hrefFor({ name: 'due' })} /> : null}
        {route.name === 'list' ? (
          <DocumentListScreen
            documentHref={(id) => hrefFor(toDocument(id))}
            onOpenDocument={(id) => navigate(toDocument(id))}
            onNewDocument={() => navigate({ name: 'new' })}
          />
        ) : null}
        {route.name === 'new' ? (
          <CreateDocumentScreen
            backHref={hrefFor({ name: 'list' })}
            onCancel={() => navigate({ name: 'list' })}
            onCreated={(id) => navigate(toDocument(id))}
          />
        ) : null}
        {route.name === 'document' ? (
          <DocumentScreen key={route.id} id={route.id} backHref={hrefFor({ name: 'list' })} slots={documentSlots(route.id)} />
        ) : null}
        {route.name === 'tracking' ? (
          <TrackingScreen
            key={route.id}
            id={route.id}
            documentHref={documentHref(route.id)}
            documentHrefOf={documentHref}
            reportSettingsHref={reportSettingsHref}
            agenciesHref={hrefFor({ name: 'agencies', documentId: route.id })}
          />
        ) : null}
        {route.name === 'due' ? <DueScreen trackingHref={trackingHref} /> : null}
        {route.name === 'dashboard' ? <DashboardScreen trackingHref={trackingHref} reportSettingsHref={reportSettingsHref} /> : null}
        {route.name === 'agencies' ? <AgenciesScreen key={route.documentId ?? ''} documentId={route.documentId} documentHrefOf={documentHref} /> : null}
        {route.name === 'reportSettings' ? <ReportSettingsScreen /> : null}
        {route.name === 'backups' ? <BackupScreen /> : null}
        {route.name === 'history' ? <HistoryScreen key={route.id} id={route.id} documentHref={hrefFor(toDocument(route.id))} /> : null}
      </TodayProvider>
    </AppShell>
  );
}
