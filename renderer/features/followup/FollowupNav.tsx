import { useTranslation } from 'react-i18next';
import { call } from '../../bridge';
import { useLoad } from '../../ui';

export interface FollowupNavProps {
  documentsHref: string;
  dueHref: string;
  dashboardHref: string;
  agenciesHref: string;
  /** Which link is the current screen. */
  current: 'documents' | 'due' | 'dashboard' | 'agencies' | null;
}

/** Header links between documents, what needs action (with the overdue count) and the dashboard. */
export function FollowupNav({ documentsHref, dueHref, dashboardHref, agenciesHref, current }: FollowupNavProps) {
  const { t } = useTranslation();
  const [due] = useLoad('due-count', () => call('followup.due', { withinDays: 30, limit: 1 }));
  const overdue = due.status === 'ready' ? due.value.overdue : 0;
  const link = (href: string, name: FollowupNavProps['current'], label: string, extra?: React.ReactNode) => (
    <a className="fu-nav__link" href={href} aria-current={current === name ? 'page' : undefined} data-testid={`nav-${name}`}>
      {label}
      {extra}
    </a>
  );
  return (
    <nav className="fu-nav" aria-label={t('followup.nav.tracking')}>
      {link(documentsHref, 'documents', t('nav.documents'))}
      {link(
        dueHref,
        'due',
        t('followup.nav.due'),
        overdue > 0 ? (
          <span className="fu-nav__badge" data-testid="overdue-badge">
            {t('followup.dueBadge', { count: overdue })}
          </span>
        ) : null,
      )}
      {link(dashboardHref, 'dashboard', t('followup.nav.dashboard'))}
      {link(agenciesHref, 'agencies', t('followup.nav.agencies'))}
    </nav>
  );
}
