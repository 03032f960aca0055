import type { HandlersOf } from '../../shared/contract/channels';
import type { DocumentCheck, DocumentDiffView, versionsContract } from '../../shared/contract/features/versions';
import type { DocumentDetail } from '../../shared/contract/schemas';
import { diffDocuments } from '../../shared/drafting';
import { checkDocument, countBySeverity } from '../../shared/drafting/check';
import { updateRow } from '../changes';
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
          ...(patch.datelinePlaceVi !== undefined ? { dateline_place_vi: patch.datelinePlaceVi } : {}),
          ...(patch.datelinePlaceLo !== undefined ? { dateline_place_lo: patch.datelinePlaceLo } : {}),
          ...(patch.meetingDate !== undefined ? { meeting_date: patch.meetingDate } : {}),
          ...(patch.periodStart !== undefined ? { period_start: patch.periodStart } : {}),
          ...(patch.periodEnd !== undefined ? { period_end: patch.periodEnd } : {}),
          ...(patch.titleLoNeedsReview !== undefined ? { title_lo_needs_review: patch.titleLoNeedsReview ? 1 : 0 } : {}),
        });
        return getDocumentSummary(db, id)!;
      }),

    'documents.check': ({ id }) =>
      inTransaction(db, (): DocumentCheck => {
        const problems = checkDocument(detail(id));
        return { problems, ...countBySeverity(problems) };
      }),

    'documents.sign': ({ id, signedOn, confirmWarnings }) =>
      inTransaction(db, () => {
        assertEditable(db, id);
        // The signing check: blocking problems refuse; confirm-only ones need the officer's explicit yes.
        const { blocking, confirm } = countBySeverity(checkDocument(detail(id)));
        if (blocking > 0) refuse('check_blocking', 'id', { count: blocking });
        if (confirm > 0 && !confirmWarnings) refuse('check_needs_confirmation', 'confirmWarnings', { count: confirm });
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
  } satisfies HandlersOf<Omit<typeof versionsContract, 'delegations.add' | 'delegations.update' | 'delegations.move' | 'delegations.remove' | 'delegates.add' | 'delegates.update' | 'delegates.move' | 'delegates.remove'>>;
}
