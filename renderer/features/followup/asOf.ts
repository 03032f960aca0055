import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useToday } from '../../today';

/**
 * The "as of" day of the follow-up views ("Tính đến ngày …"), remembered for the session (this window,
 * across the dashboard, the due list and the tracking screens, and across a reload); null = today.
 */
const STORAGE_KEY = 'hoptac.followup.asOf';
const listeners = new Set<() => void>();
let memory: string | null = readStored();

function readStored(): string | null {
  try {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored && /^\d{4}-\d{2}-\d{2}$/u.test(stored) ? stored : null;
  } catch {
    return null;
  }
}

function store(next: string | null): void {
  memory = next;
  try {
    if (next === null) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, next);
  } catch {
    // No session storage: the choice lasts until the page reloads.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface AsOfControl {
  /** The day the views compute for (ISO): the chosen day, or today. */
  asOf: string;
  /** The backend's today (ISO). */
  today: string;
  isToday: boolean;
  /** What a view request carries: nothing for today (the backend's default, never refused), else the chosen day. */
  request: { asOf?: string };
  /** Choose a day; today (or null) goes back to following today. */
  setAsOf(iso: string | null): void;
}

export function useAsOf(): AsOfControl {
  const today = useToday();
  const chosen = useSyncExternalStore(subscribe, () => memory);
  const setAsOf = useCallback((iso: string | null) => store(iso === today ? null : iso), [today]);
  const asOf = chosen ?? today;
  const request = useMemo(() => (chosen === null ? {} : { asOf: chosen }), [chosen]);
  return { asOf, today, isToday: asOf === today, request, setAsOf };
}
