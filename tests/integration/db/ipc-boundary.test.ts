import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/dispatch';
import type { Handlers } from '../../../shared/contract/channels';
import { LIMITS } from '../../../shared/contract/fields';
import type { Failure } from '../../../shared/contract/result';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { fingerprint, validCreateRequest } from '../../helpers/db';
import { tx } from '../../../db/sql';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
beforeEach(async () => {
  tmp = tempDir();
  backend = startBackend(tmp.file('hoptac.sqlite'));
  await backend.invoke('documents.createSample', {});
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

async function expectRefused(channel: unknown, payload: unknown, code: Failure['code']): Promise<Failure> {
  const before = fingerprint(backend.db);
  const result = (await backend.invoke(channel, payload)) as Failure;
  expect(result.ok).toBe(false);
  expect(result.code).toBe(code);
  expect(fingerprint(backend.db)).toBe(before);
  return result;
}

describe('the main-process boundary (dispatch)', () => {
  it.each([['documents.delete'], ['constructor'], ['__proto__'], [''], [null], [42], [{ toString: () => 'documents.create' }]])(
    'refuses unknown channel %j with E_FORBIDDEN',
    async (channel) => {
      await expectRefused(channel, validCreateRequest(), 'E_FORBIDDEN');
    },
  );

  it.each([
    ['no payload', undefined],
    ['null', null],
    ['a string', 'documents'],
    ['an array', [validCreateRequest()]],
    ['a missing field', (({ titleVi: _omit, ...rest }) => rest)(validCreateRequest())],
    ['an extra field', { ...validCreateRequest(), is_sample: 1 }],
    ['wrong types', validCreateRequest({ partnerProvinceIds: 'la-houaphanh', meetingDate: 20250513 })],
  ])('refuses a wrong shape (%s) with E_INVALID_INPUT', async (_name, payload) => {
    const result = await expectRefused('documents.create', payload, 'E_INVALID_INPUT');
    expect(result.issues?.length).toBeGreaterThan(0);
  });

  it('refuses extra fields on parameterless channels', async () => {
    await expectRefused('documents.list', { where: '1=1' }, 'E_INVALID_INPUT');
  });

  it('refuses an oversize payload before parsing it', async () => {
    const huge = validCreateRequest({ titleLo: 'ກ'.repeat(LIMITS.payloadChars + 1) });
    const result = await expectRefused('documents.create', huge, 'E_PAYLOAD_TOO_LARGE');
    expect(result.issues).toBeUndefined();
  });

  it('refuses payloads that are not plain JSON', async () => {
    const cyclic: Record<string, unknown> = validCreateRequest();
    cyclic['self'] = cyclic;
    await expectRefused('documents.create', cyclic, 'E_PAYLOAD_TOO_LARGE');
  });

  it('turns a crashing handler into E_INTERNAL without leaking SQLite text; its transaction rolls back', async () => {
    const before = fingerprint(backend.db);
    const crashing = {
      ...backend.api,
      'documents.create': () =>
        tx(backend.db, () => {
          backend.db.prepare("INSERT INTO meta (key, value) VALUES ('half_written', 'yes')").run();
          backend.db.prepare("INSERT INTO meta (key, value) VALUES ('device_id', 'duplicate')").run();
          return { ok: true as const, value: undefined as never };
        }),
    } satisfies Handlers;
    const logged: unknown[] = [];
    const result = (await dispatch(crashing, 'documents.create', validCreateRequest(), { error: (_m, e) => logged.push(e) })) as Failure;
    expect(result).toEqual({ ok: false, code: 'E_INTERNAL', message: 'Internal error' });
    expect(JSON.stringify(result)).not.toMatch(/UNIQUE|SQLITE|constraint/iu);
    expect(logged).toHaveLength(1);
    expect(fingerprint(backend.db)).toBe(before);
  });
});
