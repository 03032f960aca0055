import { insertRow, updateRow, type WriteContext } from '../changes';
import { one, sql } from '../sql';
import { getDocument } from './documents';

/** Freezes the document's current text as its next signed version (an immutable snapshot). */
export function signDocument(write: WriteContext, id: string, signedOn: string): void {
  const next = (one<{ n: number | null }>(write.db, sql`SELECT max(version_no) AS n FROM document_versions WHERE document_id = ${id}`)?.n ?? 0) + 1;
  updateRow(write, 'documents', id, { status: 'signed' });
  // The snapshot carries names and titles as they were at signing; later edits never touch it.
  insertRow(write, 'document_versions', {
    document_id: id,
    version_no: next,
    label: next === 1 ? 'signed' : `amendment ${next - 1}`,
    snapshot_json: JSON.stringify(getDocument(write.db, id)),
    signed_on: signedOn,
    created_at: write.now(),
  });
}
