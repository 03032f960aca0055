import type { ReactNode } from 'react';

export interface AppShellProps {
  appName: string;
  tagline: string;
  offlineLabel: string;
  /** Right-hand side of the header bar, e.g. the language switch. */
  headerControls?: ReactNode;
  /** A thin line under the header (e.g. the draft-translation note). */
  banner?: ReactNode;
  /** Where the app name links to (the first screen). */
  homeHref?: string;
  children: ReactNode;
}

/** The window frame: header bar (name, tagline, offline indicator, controls) and the main area. */
export function AppShell({ appName, tagline, offlineLabel, headerControls, banner, homeHref = '#/', children }: AppShellProps) {
  return (
    <div className="shell">
      <header className="shell__header">
        <div className="shell__brand">
          <a className="shell__name" href={homeHref}>
            <span className="shell__logo" aria-hidden="true" />
            {appName}
          </a>
          <span className="shell__tagline">{tagline}</span>
        </div>
        <div className="shell__controls">
          <span className="offline-indicator" data-testid="offline-indicator" title={offlineLabel}>
            <span className="offline-indicator__dot" aria-hidden="true" />
            <span className="offline-indicator__text">{offlineLabel}</span>
          </span>
          {headerControls}
        </div>
      </header>
      {banner}
      <main className="shell__main" id="main">
        {children}
      </main>
    </div>
  );
}
