import type { HandlersOf } from '../../shared/contract/channels';
import type { documentsContract } from '../../shared/contract/features/documents';
import { ok } from '../../shared/contract/result';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { createDocument, findSampleDocumentId, getDocument, getDocumentSummary, listDocuments } from '../repositories/documents';
import { listProvinces } from '../repositories/provinces';
import { createSampleDocument } from '../repositories/sample';
import { applyTemplate } from '../repositories/templates';
import { found, inTransaction, type HandlerContext } from './context';

export function documentHandlers({ db, write, databasePath, appVersion }: HandlerContext) {
  return {
    'app.info': () => ok({ appVersion, schemaVersion: LATEST_SCHEMA_VERSION, deviceId: write.deviceId, databasePath }),

    'provinces.list': () => ok(listProvinces(db)),

    'documents.list': (page) => ok(listDocuments(db, page)),

    'documents.get': ({ id }) => found(getDocument(db, id), 'Document'),

    'documents.create': (input) =>
      inTransaction(db, () => {
        const id = createDocument(write, input);
        if (input.templateId !== undefined) applyTemplate(write, id, input.templateId);
        return getDocumentSummary(db, id)!;
      }),

    'documents.createSample': () =>
      inTransaction(db, () => {
        const id = findSampleDocumentId(db) ?? createSampleDocument(write);
        return getDocumentSummary(db, id)!;
      }),
  } satisfies HandlersOf<typeof documentsContract>;
}
