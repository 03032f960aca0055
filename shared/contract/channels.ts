import { z } from 'zod';
import {
  AppInfoSchema,
  ById,
  DocumentCreateInput,
  DocumentDetailSchema,
  DocumentListInput,
  DocumentListSchema,
  DocumentSummarySchema,
  Empty,
  ProvinceSchema,
} from './schemas';
import type { Result } from './result';

/**
 * The one API contract: every channel the renderer (or the CLI) may call, with the schema its request
 * must pass at the main-process boundary and the schema of its answer. Everything else is derived.
 */
export const contract = {
  'app.info': { req: Empty, res: AppInfoSchema },
  'provinces.list': { req: Empty, res: z.array(ProvinceSchema) },
  'documents.list': { req: DocumentListInput, res: DocumentListSchema },
  'documents.get': { req: ById, res: DocumentDetailSchema },
  'documents.create': { req: DocumentCreateInput, res: DocumentSummarySchema },
  'documents.createSample': { req: Empty, res: DocumentSummarySchema },
} as const satisfies Record<string, { req: z.ZodType; res: z.ZodType }>;

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

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** The only thing the preload exposes; the e2e harness provides the same object. */
export interface HoptacBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
}
