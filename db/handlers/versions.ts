import type { HandlersOf } from '../../shared/contract/channels';
import type { DocumentDiffView, versionsContract } from '../../shared/contract/features/versions';
import type { DocumentDetail } from '../../shared/contract/schemas';
import { diffDocuments } from '../../shared/drafting';
import { insertRow, updateRow } from '../changes';
import { getDocument, getDocumentSummary } from '../repositories/documents';
import { assertEditable, notFound, refuse } from '../repositories/drafting';
import { signDocument } from '../repositories/signing';
import { all, one, sql } from '../sql';
import { inTransaction, type HandlerContext } from './context';

interface VersionRow {
  version_no: number;
  signed_on: string | null;
  created_at: string;
  label: string;
  snapshot_json: string;
}

/** The parts of a document a diff compares. */
function snapshotOf(detail: DocumentDetail) {
  return {
    sections: detail.sections.map(({ clauses: _clauses, ...section }) => section),
    clauses: detail.sections.flatMap((s) => s.clauses),
  };
}

export function versionHandlers({ db, write }: HandlerContext) {
  const detail = (id: string) => getDocument(db, id) ?? notFound('Document');
  const documentOfDelegate = (id: string) =>
    one<{ document_id: string }>(db, sql`SELECT document_id FROM delegates WHERE id = ${id} AND archived_at IS NULL`)?.document_id ?? notFound('Delegate');

  /** Puts a delegate at `index` among the document's live delegates and renumbers them. */
  const placeDelegate = (documentId: string, delegateId: string, index: number | undefined) => {
    const others = all<{ id: string }>(
      db,
      sql`SELECT id FROM delegates WHERE document_id = ${documentId} AND archived_at IS NULL AND id <> ${delegateId} ORDER BY position, id`,
    ).map((r) => r.id);
    const at = Math.min(index ?? others.length, others.length);
    [...others.slice(0, at), delegateId, ...others.slice(at)].forEach((id, position) => updateRow(write, 'delegates', id, { position }));
  };

  const version = (documentId: string, versionNo: number) =>
    one<VersionRow>(db, sql`SELECT * FROM document_versions WHERE document_id = ${documentId} AND version_no = ${versionNo}`) ??
    refuse('unknown_version', 'from');

  return {
    'documents.update': ({ id, ...patch }) =>
      inTransaction(db, () => {
        assertEditable(db, id);
        const current = one<{ period_start: string | null; period_end: string | null }>(db, sql`SELECT period_start, period_end FROM documents WHERE id = ${id}`)!;
        const start = patch.periodStart !== undefined ? patch.periodStart : current.period_start;
        const end = patch.periodEnd !== undefined ? patch.periodEnd : current.period_end;
        if (start && end && start > end) refuse('period_order', 'periodEnd');
        updateRow(write, 'documents', id, {
          ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
          ...(patch.titleVi !== undefined ? { title_vi: patch.titleVi } : {}),
          ...(patch.titleLo !== undefined ? { title_lo: patch.titleLo } : {}),
          ...(patch.placeVi !== undefined ? { place_vi: patch.placeVi } : {}),
          ...(patch.placeLo !== undefined ? { place_lo: patch.placeLo } : {}),
          ...(patch.meetingDate !== undefined ? { meeting_date: patch.meetingDate } : {}),
          ...(patch.periodStart !== undefined ? { period_start: patch.periodStart } : {}),
          ...(patch.periodEnd !== undefined ? { period_end: patch.periodEnd } : {}),
          ...(patch.titleLoNeedsReview !== undefined ? { title_lo_needs_review: patch.titleLoNeedsReview ? 1 : 0 } : {}),
        });
        return getDocumentSummary(db, id)!;
      }),

    'delegates.add': ({ documentId, provinceId, index, ...fields }) =>
      inTransaction(db, () => {
        assertEditable(db, documentId);
        const party = one(db, sql`SELECT id FROM document_parties WHERE document_id = ${documentId} AND province_id = ${provinceId}`);
        if (!party) refuse('not_a_party', 'provinceId');
        const id = insertRow(write, 'delegates', {
          document_id: documentId,
          province_id: provinceId,
          role: fields.role,
          position: Number.MAX_SAFE_INTEGER,
          name_vi: fields.nameVi,
          name_lo: fields.nameLo,
          title_vi: fields.titleVi,
          title_lo: fields.titleLo,
          lo_needs_review: 0,
        });
        placeDelegate(documentId, id, index);
        return detail(documentId);
      }),

    'delegates.update': ({ id, ...patch }) =>
      inTransaction(db, () => {
        const documentId = documentOfDelegate(id);
        assertEditable(db, documentId);
        updateRow(write, 'delegates', id, {
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(patch.nameVi !== undefined ? { name_vi: patch.nameVi } : {}),
          ...(patch.nameLo !== undefined ? { name_lo: patch.nameLo } : {}),
          ...(patch.titleVi !== undefined ? { title_vi: patch.titleVi } : {}),
          ...(patch.titleLo !== undefined ? { title_lo: patch.titleLo } : {}),
          ...(patch.loNeedsReview !== undefined ? { lo_needs_review: patch.loNeedsReview ? 1 : 0 } : {}),
        });
        return detail(documentId);
      }),

    'delegates.move': ({ id, index }) =>
      inTransaction(db, () => {
        const documentId = documentOfDelegate(id);
        assertEditable(db, documentId);
        placeDelegate(documentId, id, index);
        return detail(documentId);
      }),

    'delegates.remove': ({ id }) =>
      inTransaction(db, () => {
        const documentId = documentOfDelegate(id);
        assertEditable(db, documentId);
        updateRow(write, 'delegates', id, { archived_at: write.now() });
        return detail(documentId);
      }),

    'documents.sign': ({ id, signedOn }) =>
      inTransaction(db, () => {
        assertEditable(db, id);
        signDocument(write, id, signedOn);
        return getDocumentSummary(db, id)!;
      }),

    'documents.amend': ({ id }) =>
      inTransaction(db, () => {
        const status = one<{ status: string }>(db, sql`SELECT status FROM documents WHERE id = ${id} AND archived_at IS NULL`)?.status;
        if (status === undefined) notFound('Document');
        if (status !== 'signed') refuse('not_signed', 'id');
        updateRow(write, 'documents', id, { status: 'amended' });
        return getDocumentSummary(db, id)!;
      }),

    'documents.versions': ({ id }) =>
      inTransaction(db, () => {
        detail(id);
        return all<VersionRow>(db, sql`SELECT * FROM document_versions WHERE document_id = ${id} ORDER BY version_no`).map((v) => ({
          versionNo: v.version_no,
          signedOn: v.signed_on,
          createdAt: v.created_at,
          label: v.label,
        }));
      }),

    'documents.diff': ({ id, from, to }) =>
      inTransaction(db, (): DocumentDiffView => {
        const current = detail(id);
        const before = JSON.parse(version(id, from).snapshot_json) as DocumentDetail;
        const after = to === null ? current : (JSON.parse(version(id, to).snapshot_json) as DocumentDetail);
        const diff = diffDocuments(snapshotOf(before), snapshotOf(after));
        return {
          from,
          to,
          sections: diff.sections.map((s) => ({
            id: s.id,
            kind: s.kind,
            moved: s.moved,
            labelBefore: s.before?.label ?? null,
            labelAfter: s.after?.label ?? null,
            titleVi: s.titleVi,
            titleLo: s.titleLo,
            clauses: s.clauses.map((c) => ({
              id: c.id,
              kind: c.kind,
              moved: c.moved,
              level: c.level,
              sectionId: c.sectionId,
              labelBefore: c.before?.label ?? null,
              labelAfter: c.after?.label ?? null,
              textVi: c.textVi,
              textLo: c.textLo,
            })),
          })),
          summary: diff.summary,
        };
      }),
  } satisfies HandlersOf<typeof versionsContract>;
}
