import { useEffect, useRef, type ReactNode } from 'react';

export interface PageHeadingProps {
  children: ReactNode;
  lang?: string;
  testId?: string;
  className?: string;
}

/**
 * The page's h1. It takes focus when the page appears, so keyboard and screen-reader users start at the
 * top of the new screen after each navigation.
 */
export function PageHeading({ children, lang, testId, className }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className ?? 'page__title'} lang={lang} data-testid={testId}>
      {children}
    </h1>
  );
}

export interface PageProps {
  /** Back link, breadcrumbs… */
  top?: ReactNode;
  heading: ReactNode;
  /** Under the heading: counts, subtitles. */
  subheading?: ReactNode;
  actions?: ReactNode;
  width?: 'normal' | 'wide' | 'narrow';
  testId?: string;
  children?: ReactNode;
}

export function Page({ top, heading, subheading, actions, width = 'normal', testId, children }: PageProps) {
  return (
    <div className={`page page--${width}`} data-testid={testId}>
      {top ? <div className="page__top">{top}</div> : null}
      <div className="page__header">
        <div className="page__headings">
          {heading}
          {subheading ? <div className="page__subheading">{subheading}</div> : null}
        </div>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
