import { fail, FailureError, ok, type Result } from '../../shared/contract/result';
import type { WriteContext } from '../changes';
import type { Clock } from '../clock';
import { refreshFollowupSummaries } from '../repositories/followup-summaries';
import { tx, type WriteDb } from '../sql';

/** What every feature's handlers get: the connection, the write context and the app's facts. */
export interface HandlerContext {
  db: WriteDb;
  write: WriteContext;
  databasePath: string;
  appVersion: string;
  /** The injected clock: follow-up decides "late" and "today" from it, never from the machine's date directly. */
  clock: Clock;
}

/**
 * Runs one user action in one transaction. A FailureError thrown inside rolls everything back
 * (the action and its change-log rows) and becomes the typed answer. The follow-up summaries of the
 * documents the action touched are rebuilt in the same transaction (repositories/followup-summaries.ts).
 */
export function inTransaction<T>(db: WriteDb, action: () => T): Result<T> {
  try {
    return ok(
      tx(db, () => {
        const value = action();
        refreshFollowupSummaries(db);
        return value;
      }),
    );
  } catch (error) {
    if (error instanceof FailureError) return error.failure;
    throw error;
  }
}

export function found<T>(value: T | undefined, what: string): Result<T> {
  return value === undefined ? fail('E_NOT_FOUND', `${what} not found`) : ok(value);
}
