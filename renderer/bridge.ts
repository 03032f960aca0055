/**
 * The one place in the renderer that touches `window.api` (see shared/design/architecture.md §4).
 * In Electron the preload provides it; in tests and previews the harness provides the same object.
 * Every call answers a `Result`; a missing bridge, a rejected promise or a malformed answer becomes a
 * Failure with code E_INTERNAL, so screens only ever deal with one shape.
 */
import { contract, type Channel, type HoptacBridge, type Req, type Res } from '../shared/contract/channels';
import { ERROR_CODES, type ErrorCode } from '../shared/contract/errors';
import type { Failure, Success } from '../shared/contract/result';

declare global {
  interface Window {
    /** Present in the app (preload) and in the test harness; absent in a plain browser tab. */
    readonly api?: HoptacBridge;
  }
}

/** Message key shown when the backend cannot be reached at all. */
export const UNREACHABLE_MESSAGE_KEY = 'errors.unreachable';

/** A Failure, plus an optional catalogue key that overrides `errors.<code>` for the UI text. */
export interface CallFailure extends Failure {
  messageKey?: string;
}

export type CallResult<T> = Success<T> | CallFailure;

const KNOWN_CODES = new Set<string>(ERROR_CODES);

function unreachable(detail: unknown): CallFailure {
  console.warn('hoptac: backend unreachable', detail);
  return { ok: false, code: 'E_INTERNAL', message: UNREACHABLE_MESSAGE_KEY, messageKey: UNREACHABLE_MESSAGE_KEY };
}

function malformed(channel: Channel, detail: unknown): CallFailure {
  console.warn(`hoptac: malformed answer on ${channel}`, detail);
  return { ok: false, code: 'E_INTERNAL', message: `Malformed answer on ${channel}` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Calls one contract channel. Never rejects. */
export async function call<C extends Channel>(channel: C, req: Req<C>): Promise<CallResult<Res<C>>> {
  const bridge = typeof window === 'undefined' ? undefined : window.api;
  if (!bridge || typeof bridge.invoke !== 'function') return unreachable('window.api is missing');

  let answer: unknown;
  try {
    answer = await bridge.invoke(channel, req);
  } catch (error) {
    return unreachable(error);
  }

  if (!isRecord(answer) || typeof answer['ok'] !== 'boolean') return malformed(channel, answer);
  if (answer['ok'] === false) {
    const code = answer['code'];
    if (typeof code !== 'string' || !KNOWN_CODES.has(code)) return malformed(channel, answer);
    return answer as unknown as Failure & { code: ErrorCode };
  }
  if (import.meta.env.DEV) {
    // Catch drift between the contract and the backend early; production trusts the main process.
    const parsed = contract[channel].res.safeParse(answer['value']);
    if (!parsed.success) return malformed(channel, parsed.error);
  }
  return answer as unknown as Success<Res<C>>;
}

/**
 * "Today" comes from the backend's clock (app.info.today), never from this page's machine clock: late,
 * due soon, default dates and the as-of day must agree with the backend (and the preview can set it with
 * --as-of). Until the answer arrives (or if the backend is unreachable), the machine's date stands in.
 */
let backendToday: string | null = null;

export async function loadBackendToday(): Promise<void> {
  const info = await call('app.info', {});
  if (info.ok) backendToday = info.value.today;
}

/** The backend's today as a local Date (noon, so no time zone moves the day). */
export function todayDate(): Date {
  if (backendToday === null) return new Date();
  const [y, m, d] = backendToday.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
}
