import type { HandlersOf } from '../../shared/contract/channels';
import type { followupContract } from '../../shared/contract/features/followup';
import { todayOf } from '../clock';
import { carryOver } from '../repositories/carry-over';
import { getDocumentSummary } from '../repositories/documents';
import { notFound, refuse } from '../repositories/drafting';
import { one, sql } from '../sql';
import { inTransaction, type HandlerContext } from './context';

type Channels = Pick<typeof followupContract, 'documents.carryOver'>;

/** "Draft next year's document" from a signed one, in one transaction. */
export function carryOverHandlers({ db, write, clock }: HandlerContext) {
  return {
    'documents.carryOver': ({ documentId, meetingDate, kind, deadlines }) =>
      inTransaction(db, () => {
        const origin = one<{ status: string }>(db, sql`SELECT status FROM documents WHERE id = ${documentId} AND archived_at IS NULL`) ?? notFound('Document');
        if (origin.status !== 'signed' && origin.status !== 'amended') refuse('not_carryable', 'documentId');
        const id = carryOver(write, documentId, meetingDate, kind, todayOf(clock), deadlines);
        return getDocumentSummary(db, id)!;
      }),
  } satisfies HandlersOf<Channels>;
}
