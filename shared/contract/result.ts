import type { ErrorCode, FieldIssue, IssueParams } from './errors';

export interface Success<T> {
  ok: true;
  value: T;
}

export interface Failure {
  ok: false;
  code: ErrorCode;
  /** English fallback for developers and logs; the UI shows the catalogue text for `code`. */
  message: string;
  params?: IssueParams;
  issues?: FieldIssue[];
}

export type Result<T> = Success<T> | Failure;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, extra: Pick<Failure, 'params' | 'issues'> = {}): Failure {
  return { ok: false, code, message, ...extra };
}

/** Thrown inside a transaction to roll it back and still answer with a typed Failure. */
export class FailureError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'FailureError';
  }
}

export function invalid(issues: FieldIssue[], message = 'Invalid input'): Failure {
  return fail('E_INVALID_INPUT', message, { issues });
}
