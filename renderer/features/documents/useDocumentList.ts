import { useCallback, useEffect, useState } from 'react';
import type { DocumentList } from '../../../shared/contract/schemas';
import { call, type CallFailure } from '../../bridge';

/** The first page is small so the list paints at once; the rest follows in larger pages. */
const FIRST_PAGE = 100;
const NEXT_PAGE = 1000;

export type DocumentListState =
  | { status: 'loading' }
  | { status: 'failed'; failure: CallFailure }
  | { status: 'ready'; list: DocumentList; complete: boolean };

/** Loads every document page by page, showing what has arrived; later answers of a stale load are ignored. */
export function useDocumentList(): [DocumentListState, () => void] {
  const [state, setState] = useState<DocumentListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void (async () => {
      let result = await call('documents.list', { offset: 0, limit: FIRST_PAGE });
      if (!current) return;
      if (!result.ok) return setState({ status: 'failed', failure: result });
      let list = result.value;
      setState({ status: 'ready', list, complete: list.items.length >= list.total });
      while (current && list.items.length < list.total) {
        result = await call('documents.list', { offset: list.items.length, limit: NEXT_PAGE });
        if (!current) return;
        if (!result.ok) return setState({ status: 'failed', failure: result });
        if (result.value.items.length === 0) break;
        list = { ...result.value, items: [...list.items, ...result.value.items] };
        setState({ status: 'ready', list, complete: list.items.length >= list.total });
      }
    })();
    return () => {
      current = false;
    };
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
