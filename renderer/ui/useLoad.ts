import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallFailure, CallResult } from '../bridge';

export type Loaded<T> = { status: 'loading' } | { status: 'failed'; failure: CallFailure } | { status: 'ready'; value: T };

/**
 * Runs `load` when `key` changes (and on `reload()`), ignoring answers that arrive after the key moved on.
 * A reload keeps showing the previous value until the new one arrives (no flash of "loading").
 */
export function useLoad<T>(key: string | null, load: () => Promise<CallResult<T>>): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastKey = useRef<string | null>(null);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    if (lastKey.current !== key) setState({ status: 'loading' });
    lastKey.current = key;
    void loadRef.current().then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', failure: result });
    });
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}

/** False once the component is gone: async handlers check it before setting state. */
export function useMounted(): { readonly current: boolean } {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
