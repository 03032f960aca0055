import { useSyncExternalStore } from 'react';

/** The app's screens. Routes live in the URL hash, so reloads and the test harness can open any screen. */
export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'document'; id: string }
  | { name: 'history'; id: string }
  | { name: 'tracking'; id: string }
  | { name: 'due' }
  | { name: 'dashboard' }
  | { name: 'agencies'; documentId?: string }
  | { name: 'reportSettings' }
  | { name: 'backups' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/u, '').replace(/^\/+/u, '');
  if (path === 'new') return { name: 'new' };
  if (path === 'due') return { name: 'due' };
  if (path === 'dashboard') return { name: 'dashboard' };
  if (path === 'agencies') return { name: 'agencies' };
  if (path === 'settings/report') return { name: 'reportSettings' };
  if (path === 'backups') return { name: 'backups' };
  const agencies = /^document\/([^/?#]+)\/agencies$/u.exec(path);
  if (agencies?.[1]) return { name: 'agencies', documentId: decodeURIComponent(agencies[1]) };
  const tracking = /^document\/([^/?#]+)\/tracking$/u.exec(path);
  if (tracking?.[1]) return { name: 'tracking', id: decodeURIComponent(tracking[1]) };
  const doc = /^document\/([^/?#]+)$/u.exec(path);
  if (doc?.[1]) return { name: 'document', id: decodeURIComponent(doc[1]) };
  const history = /^document\/([^/?#]+)\/history$/u.exec(path);
  if (history?.[1]) return { name: 'history', id: decodeURIComponent(history[1]) };
  return { name: 'list' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'new':
      return '#/new';
    case 'document':
      return `#/document/${encodeURIComponent(route.id)}`;
    case 'history':
      return `#/document/${encodeURIComponent(route.id)}/history`;
    case 'tracking':
      return `#/document/${encodeURIComponent(route.id)}/tracking`;
    case 'due':
      return '#/due';
    case 'dashboard':
      return '#/dashboard';
    case 'agencies':
      return route.documentId ? `#/document/${encodeURIComponent(route.documentId)}/agencies` : '#/agencies';
    case 'reportSettings':
      return '#/settings/report';
    case 'backups':
      return '#/backups';
  }
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function getHash(): string {
  return window.location.hash;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseHash(hash);
}
