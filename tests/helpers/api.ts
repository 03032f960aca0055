import { expect } from 'vitest';
import type { Failure, Result } from '../../shared/contract/result';
import type { DocumentDetail, DocumentSummary } from '../../shared/contract/schemas';
import type { Backend } from '../harness/backend';
import { fingerprint } from './db';

/**
 * Calls through the real dispatch (as the renderer does) for integration tests. `backend` is a getter
 * because each test opens its own database.
 */
export function apiHelpers(backend: () => Backend) {
  async function call<T>(channel: string, payload: unknown): Promise<Result<T>> {
    return (await backend().invoke(channel, payload)) as Result<T>;
  }

  async function expectOk<T>(channel: string, payload: unknown): Promise<T> {
    const result = await call<T>(channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
    return result.value;
  }

  /** A refusal carries the expected codes and changes nothing at all in the database. */
  async function expectRefused(
    channel: string,
    payload: unknown,
    code: string,
    errorCode: Failure['code'] = 'E_INVALID_INPUT',
    path?: string,
  ): Promise<Failure> {
    const before = fingerprint(backend().db);
    const result = (await call(channel, payload)) as Failure;
    expect(result.ok, JSON.stringify(result)).toBe(false);
    expect(result.code).toBe(errorCode);
    if (code) expect(result.issues?.map((i) => i.code)).toContain(code);
    if (path !== undefined) expect(result.issues?.map((i) => i.path)).toContain(path);
    expect(fingerprint(backend().db)).toBe(before);
    return result;
  }

  /**
   * Signs as an officer would after "Kiểm tra văn bản": template placeholders left in clauses ("{so_luong}")
   * are filled in first (blocking), and the check's remaining warnings are confirmed.
   */
  function fillAndSign(id: string, signedOn: string): Promise<DocumentSummary> {
    return signLikeAnOfficer((channel, payload) => backend().invoke(channel, payload), id, signedOn);
  }

  return { call, expectOk, expectRefused, fillAndSign };
}

/**
 * Signs as an officer would, through any `invoke` (a backend, a worker's dispatch): placeholders left by the
 * template are filled in, then the check's warnings are confirmed.
 */
export async function signLikeAnOfficer(
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
  id: string,
  signedOn: string,
): Promise<DocumentSummary> {
  const expectOk = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = (await invoke(channel, payload)) as Result<T>;
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
    return result.value;
  };
  const doc = await expectOk<DocumentDetail>('documents.get', { id });
  for (const clause of doc.sections.flatMap((s) => s.clauses)) {
    const fill = (text: string) => text.replace(/\{[^{}\n]{1,80}\}/gu, '05');
    if (fill(clause.textVi) !== clause.textVi || fill(clause.textLo) !== clause.textLo) {
      await expectOk('clauses.update', { id: clause.id, textVi: fill(clause.textVi), textLo: fill(clause.textLo) });
    }
  }
  return expectOk<DocumentSummary>('documents.sign', { id, signedOn, confirmWarnings: true });
}
