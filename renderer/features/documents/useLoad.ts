import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallFailure, CallResult } from '../../bridge';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'failed'; failure: CallFailure }
  | { status: 'ready'; value: T };

/**
 * Runs `load` when `key` changes (and on `reload()`), ignoring answers that arrive after the screen moved
 * on. `load` is read through a ref, so callers may pass an inline function.
 */
export function useLoad<T>(key: string, load: () => Promise<CallResult<T>>): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
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
