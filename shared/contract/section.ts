import type { z } from 'zod';

/** A feature's slice of the contract: channel name → request and response schema. */
export type ContractSection = Record<string, { req: z.ZodType; res: z.ZodType }>;
