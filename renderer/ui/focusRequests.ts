import { useEffect, useRef } from 'react';

/**
 * "Go to this clause" across features: the signing check (versions) and the export dialog name a clause
 * or section; the editor, which alone knows its virtualised rows, scrolls to it and focuses its text box.
 * A window event keeps the features apart (they may not import each other).
 */
export type FocusRequest = { kind: 'clause' | 'section'; id: string; lang: 'vi' | 'lo' };

const EVENT = 'hoptac:focus-request';

export function requestFocus(target: FocusRequest): void {
  window.dispatchEvent(new CustomEvent<FocusRequest>(EVENT, { detail: target }));
}

/** Calls `handler` for every focus request while the component is mounted. */
export function useFocusRequests(handler: (target: FocusRequest) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = (event: Event) => latest.current((event as CustomEvent<FocusRequest>).detail);
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, []);
}
