import type { z } from 'zod';
import { ISSUE_CODES, type FieldIssue, type IssueCode, type IssueParams } from './errors';

const KNOWN = new Set<string>(ISSUE_CODES);

/** Turns zod's issues into FieldIssues whose codes the UI catalogues know. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((zi) => {
    const path = zi.path.map(String).join('.');
    // Custom refinements, and schemas that name their own code (e.g. a missing delegationId → delegation_required).
    if (KNOWN.has(zi.message)) {
      const params = (zi as { params?: IssueParams }).params;
      return { path, code: zi.message as IssueCode, ...(params ? { params } : {}) };
    }
    if (zi.code === 'too_big' && (zi.origin === 'string' || zi.origin === 'array')) {
      return { path, code: zi.origin === 'array' ? 'too_many' : 'too_long', params: { max: Number(zi.maximum) } };
    }
    if (zi.code === 'too_small' && zi.origin === 'number') {
      return Number(zi.minimum) === 0 ? { path, code: 'negative_value' } : { path, code: 'invalid', params: { detail: zi.message } };
    }
    if (zi.code === 'too_small' && Number(zi.minimum) >= 1) return { path, code: 'required' };
    if (zi.code === 'invalid_type' && zi.expected === 'number') return { path, code: 'not_a_number' };
    if (zi.code === 'invalid_type') {
      // zod 4 leaves `input` out unless parsed with reportInput (dispatch does); else its message says what it got.
      const missing = 'input' in zi ? zi.input === undefined : /received undefined$/u.test(zi.message);
      return missing ? { path, code: 'required' } : { path, code: 'wrong_type', params: { expected: String(zi.expected) } };
    }
    return { path, code: 'invalid', params: { detail: zi.message } };
  });
}
