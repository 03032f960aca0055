import { contract, isChannel, type Channel, type Handlers } from '../shared/contract/channels';
import { toFieldIssues } from '../shared/contract/issues';
import { LIMITS } from '../shared/contract/fields';
import { fail, type Result } from '../shared/contract/result';

export interface DispatchLog {
  error(message: string, error: unknown): void;
}

function payloadSize(payload: unknown): number {
  try {
    return JSON.stringify(payload)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY; // cycles or BigInt: not plain JSON, refuse
  }
}

/**
 * The only way into the backend, shared by Electron's IPC handler, the CLI and the end-to-end harness:
 * unknown channel → E_FORBIDDEN, oversize → E_PAYLOAD_TOO_LARGE, wrong shape → E_INVALID_INPUT with field
 * issues; only a parsed, normalised request reaches a handler. SQLite's own messages never leave here.
 */
export async function dispatch(
  api: Handlers,
  channel: unknown,
  payload: unknown,
  log: DispatchLog = { error: (message, error) => console.error(message, error) },
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('E_FORBIDDEN', `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}`);
  if (payloadSize(payload) > LIMITS.payloadChars) {
    return fail('E_PAYLOAD_TOO_LARGE', 'Request too large', { params: { max: LIMITS.payloadChars } });
  }
  // reportInput: a wrong-type value is told apart from a missing one ("wrong type", not "required").
  const parsed = contract[channel].req.safeParse(payload, { reportInput: true });
  if (!parsed.success) return fail('E_INVALID_INPUT', 'Invalid input', { issues: toFieldIssues(parsed.error) });
  try {
    const handler = api[channel] as (req: unknown) => Result<unknown> | Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (error) {
    // A read-only file (or one that became read-only): the transaction rolled back; say so, not "internal".
    if (String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_READONLY')) {
      return fail('E_READ_ONLY', 'The database file is read-only; nothing was saved');
    }
    log.error(`Handler for ${channel} failed`, error);
    return fail('E_INTERNAL', 'Internal error');
  }
}

export type { Channel };
