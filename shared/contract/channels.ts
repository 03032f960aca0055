import type { z } from 'zod';
import { documentsContract } from './features/documents';
import { draftingContract } from './features/drafting';
import { exportContract } from './features/export';
import { followupContract } from './features/followup';
import { settingsContract } from './features/settings';
import { safetyContract } from './features/safety';
import { templatesContract } from './features/templates';
import { versionsContract } from './features/versions';
import type { Result } from './result';
import type { ContractSection } from './section';

/**
 * The one API contract: every channel the renderer (or the CLI) may call, with the schema its request
 * must pass at the main-process boundary and the schema of its answer. Each feature declares its slice
 * in shared/contract/features/; everything else (handler types, bridge, form checks) is derived.
 */
export const contract = {
  ...documentsContract,
  ...draftingContract,
  ...exportContract,
  ...followupContract,
  ...settingsContract,
  ...safetyContract,
  ...templatesContract,
  ...versionsContract,
} as const satisfies ContractSection;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller sends (before parsing: dates as strings, text not yet normalised). */
export type Req<C extends Channel> = z.input<Contract[C]['req']>;
/** What a handler receives (after parsing and normalisation). */
export type ParsedReq<C extends Channel> = z.output<Contract[C]['req']>;
export type Res<C extends Channel> = z.output<Contract[C]['res']>;

export type Handler<C extends Channel> = (req: ParsedReq<C>) => Result<Res<C>> | Promise<Result<Res<C>>>;
export type Handlers = { [C in Channel]: Handler<C> };
/** The handlers of one feature's channels. */
export type HandlersOf<S extends ContractSection> = Pick<Handlers, keyof S & Channel>;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** The only thing the preload exposes; the e2e harness provides the same object. */
export interface HoptacBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
}
