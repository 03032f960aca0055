import { z } from 'zod';
import { checkIsoDate } from '../domain/dates';
import { countIllegalCharacters, toSingleLine } from '../domain/text';
import type { IssueCode, IssueParams } from './errors';

/**
 * Field schemas shared by every channel. Custom issues carry an IssueCode as their message and
 * named params, so the UI can show them in the officer's language (see toFieldIssues).
 */
function issue(ctx: z.RefinementCtx, code: IssueCode, params?: IssueParams): void {
  ctx.addIssue({ code: 'custom', message: code, ...(params ? { params } : {}) });
}

/** Code points, not UTF-16 units: a Lao or Vietnamese letter counts once. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

interface TextOptions {
  max: number;
  required?: boolean;
  /** Titles and places: line breaks and tabs become single spaces. */
  singleLine?: boolean;
}

/**
 * User text: refused if it holds characters Word cannot store (the form strips them before sending and
 * tells the officer), otherwise NFC-normalised, trimmed and length-checked.
 */
export function userText({ max, required = false, singleLine = false }: TextOptions) {
  return z.string().transform((raw, ctx) => {
    const illegal = countIllegalCharacters(raw);
    if (illegal > 0) {
      issue(ctx, 'illegal_characters', { count: illegal });
      return z.NEVER;
    }
    const nfc = raw.normalize('NFC');
    const text = singleLine ? toSingleLine(nfc) : nfc.trim();
    if (required && text.length === 0) {
      issue(ctx, 'required');
      return z.NEVER;
    }
    const length = textLength(text);
    if (length > max) {
      issue(ctx, 'too_long', { max, actual: length });
      return z.NEVER;
    }
    return text;
  });
}

export const IsoDate = z.string().superRefine((value, ctx) => {
  const problem = checkIsoDate(value);
  if (problem) issue(ctx, problem);
});

export const EntityId = z.uuid();
/** Province ids are stable slugs shared by every installation, e.g. "vn-son-la", "la-houaphanh". */
export const ProvinceId = z.string().regex(/^(vn|la)-[a-z0-9-]{1,60}$/u);

export const LIMITS = {
  titleLength: 1000,
  clauseLength: 20_000,
  personName: 200,
  personTitle: 1000,
  placeLength: 300,
  /** The địa danh of the date line ("Sầm Nưa", "Điện Biên"): a short place name, not an address. */
  datelinePlace: 60,
  delegationName: 500,
  partnersPerDocument: 18,
  /** Largest page of documents.list. */
  listPage: 1000,
  /** Largest request accepted at the boundary, in UTF-16 units of its JSON text. */
  payloadChars: 2_000_000,
} as const;
