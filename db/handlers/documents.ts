import type { HandlersOf } from '../../shared/contract/channels';
import type { documentsContract } from '../../shared/contract/features/documents';
import { ok } from '../../shared/contract/result';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { createDocument, findSampleDocumentId, getDocument, getDocumentSummary, listDocuments } from '../repositories/documents';
import { listProvinces } from '../repositories/provinces';
import { SON_LA_HUA_PHAN_2025 } from '../../shared/sample/son-la-hua-phan';
import { updateRow } from '../changes';
import { todayOf } from '../clock';
import { createSampleDocument } from '../repositories/sample';
import { addSampleFollowUp } from '../repositories/sample-followup';
import { signDocument } from '../repositories/signing';
import { applyTemplate } from '../repositories/templates';
import { found, inTransaction, type HandlerContext } from './context';

export function documentHandlers({ db, write, databasePath, appVersion, clock }: HandlerContext) {
  return {
    'app.info': () => ok({ appVersion, schemaVersion: LATEST_SCHEMA_VERSION, deviceId: write.deviceId, databasePath, today: todayOf(clock) }),

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
        const existing = findSampleDocumentId(db);
        if (existing) return getDocumentSummary(db, existing)!;
        // The sample shows the whole cycle: signed (version 1, frozen) and already followed up, so tracking
        // and dashboards are alive; its working text is open as an amendment, so drafting can be tried too.
        const id = createSampleDocument(write);
        signDocument(write, id, SON_LA_HUA_PHAN_2025.meetingDate);
        addSampleFollowUp(write, id, SON_LA_HUA_PHAN_2025.meetingDate, todayOf(clock));
        updateRow(write, 'documents', id, { status: 'amended' });
        return getDocumentSummary(db, id)!;
      }),
  } satisfies HandlersOf<typeof documentsContract>;
}
