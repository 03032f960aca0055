import { randomUUID } from 'node:crypto';
import type { Handlers } from '../shared/contract/channels';
import { fail, FailureError, ok, type Result } from '../shared/contract/result';
import { HybridClock, systemClock, type Clock } from './clock';
import type { WriteContext } from './changes';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { createDocument, findSampleDocumentId, getDocument, getDocumentSummary, listDocuments } from './repositories/documents';
import { ensureDeviceId, lastStampOf } from './repositories/meta';
import { listProvinces } from './repositories/provinces';
import { createSampleDocument } from './repositories/sample';
import { tx, type WriteDb } from './sql';

export interface ApiDeps {
  db: WriteDb;
  databasePath: string;
  appVersion: string;
  clock?: Clock;
  /** Deterministic ids in tests; random UUIDs otherwise. */
  newId?: () => string;
}

/**
 * Runs one user action in one transaction. A FailureError thrown inside rolls everything back
 * (the action and its change-log rows) and becomes the typed answer.
 */
function inTransaction<T>(db: WriteDb, action: () => T): Result<T> {
  try {
    return ok(tx(db, action));
  } catch (error) {
    if (error instanceof FailureError) return error.failure;
    throw error;
  }
}

function found<T>(value: T | undefined, what: string): Result<T> {
  return value === undefined ? fail('E_NOT_FOUND', `${what} not found`) : ok(value);
}

/** The backend: one handler per contract channel. `satisfies` makes a missing or mistyped channel a compile error. */
export function createApi(deps: ApiDeps) {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const deviceId = ensureDeviceId(db);
  const ctx: WriteContext = {
    db,
    deviceId,
    hlc: new HybridClock(clock, deviceId, lastStampOf(db, deviceId)),
    now: () => clock.now().toISOString(),
    newId: deps.newId ?? randomUUID,
  };

  return {
    'app.info': () =>
      ok({ appVersion: deps.appVersion, schemaVersion: LATEST_SCHEMA_VERSION, deviceId, databasePath: deps.databasePath }),

    'provinces.list': () => ok(listProvinces(db)),

    'documents.list': (page) => ok(listDocuments(db, page)),

    'documents.get': ({ id }) => found(getDocument(db, id), 'Document'),

    'documents.create': (input) =>
      inTransaction(db, () => {
        const id = createDocument(ctx, input);
        return getDocumentSummary(db, id)!;
      }),

    'documents.createSample': () =>
      inTransaction(db, () => {
        const id = findSampleDocumentId(db) ?? createSampleDocument(ctx);
        return getDocumentSummary(db, id)!;
      }),
  } satisfies Handlers;
}

export type Api = ReturnType<typeof createApi>;
