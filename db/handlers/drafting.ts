import type { HandlersOf } from '../../shared/contract/channels';
import type { draftingContract } from '../../shared/contract/features/drafting';
import {
  deleteClause,
  indentClause,
  insertClauses,
  mergeClauses,
  moveClause,
  outdentClause,
  splitClause,
  type TreeChanges,
} from '../../shared/drafting';
import { insertRow, updateRow } from '../changes';
import { getDocument } from '../repositories/documents';
import {
  applyTreeChanges,
  assertEditable,
  assertUniqueTitle,
  defaultSectionIndex,
  documentOfClause,
  documentOfSection,
  liveClauses,
  placeSection,
  refuse,
  renumberSections,
  restoreClauses,
  unwrap,
  type EditableClause,
} from '../repositories/drafting';
import { assertPartners, setScope } from '../repositories/scopes';
import { one, sql } from '../sql';
import { inTransaction, type HandlerContext } from './context';

interface SectionRow {
  id: string;
  document_id: string;
  part: 'results' | 'tasks' | 'implementation';
  sector: 'political' | 'defence_security' | 'economy' | 'education' | 'health' | 'culture_tourism' | 'custom';
  position: number;
  title_vi: string;
  title_lo: string;
  lo_needs_review: number;
  archived_at: string | null;
}

export function draftingHandlers({ db, write }: HandlerContext) {
  const detail = (documentId: string) => getDocument(db, documentId)!;

  /**
   * One structural clause edit in one transaction: find the document (typed E_NOT_FOUND otherwise), load
   * the live tree, let the pure operation decide, store its changes.
   */
  const treeEdit = (findDocument: () => string, operate: (rows: EditableClause[], documentId: string) => TreeChanges<EditableClause>) =>
    inTransaction(db, () => {
      const documentId = findDocument();
      assertEditable(db, documentId);
      const changes = operate(liveClauses(db, documentId), documentId);
      applyTreeChanges(write, documentId, changes);
      return { document: detail(documentId), created: changes.added.map((r) => r.id), removed: changes.removed };
    });

  const sectionRow = (id: string, includeArchived = false) =>
    one<SectionRow>(db, sql`SELECT * FROM sections WHERE id = ${id} AND (archived_at IS NULL OR ${includeArchived ? 1 : 0} = 1)`);

  return {
    'sections.setScope': ({ sectionId, provinceIds }) =>
      inTransaction(db, () => {
        const documentId = documentOfSection(db, sectionId);
        assertEditable(db, documentId);
        assertPartners(db, documentId, provinceIds);
        setScope(write, 'section_scopes', sectionId, provinceIds);
        return detail(documentId);
      }),

    'clauses.setScope': ({ clauseId, provinceIds }) =>
      inTransaction(db, () => {
        const documentId = documentOfClause(db, clauseId);
        assertEditable(db, documentId);
        assertPartners(db, documentId, provinceIds);
        setScope(write, 'clause_scopes', clauseId, provinceIds);
        return detail(documentId);
      }),

    'sections.add': (input) =>
      inTransaction(db, () => {
        assertEditable(db, input.documentId);
        assertUniqueTitle(db, input.documentId, input.part, input.titleVi);
        const id = insertRow(write, 'sections', {
          document_id: input.documentId,
          part: input.part,
          sector: input.sector,
          position: Number.MAX_SAFE_INTEGER,
          title_vi: input.titleVi,
          title_lo: input.titleLo,
          lo_needs_review: 0,
        });
        // Without an index, before the implementation part (the section's own row is already counted last).
        placeSection(write, input.documentId, id, input.index ?? defaultSectionIndex(db, input.documentId, input.part));
        return detail(input.documentId);
      }),

    'sections.update': ({ id, ...patch }) =>
      inTransaction(db, () => {
        const documentId = documentOfSection(db, id);
        assertEditable(db, documentId);
        const current = sectionRow(id)!;
        const part = patch.part ?? current.part;
        if (patch.titleVi !== undefined || patch.part !== undefined) {
          assertUniqueTitle(db, documentId, part, patch.titleVi ?? current.title_vi, id);
        }
        updateRow(write, 'sections', id, {
          ...(patch.titleVi !== undefined ? { title_vi: patch.titleVi } : {}),
          ...(patch.titleLo !== undefined ? { title_lo: patch.titleLo } : {}),
          ...(patch.sector !== undefined ? { sector: patch.sector } : {}),
          ...(patch.part !== undefined ? { part: patch.part } : {}),
        });
        const row = sectionRow(id)!;
        return {
          id: row.id,
          part: row.part,
          sector: row.sector,
          position: row.position,
          titleVi: row.title_vi,
          titleLo: row.title_lo,
          loNeedsReview: row.lo_needs_review === 1,
          scopeProvinceIds: detail(documentId).sections.find((s) => s.id === id)?.scopeProvinceIds ?? [],
        };
      }),

    'sections.move': ({ id, index }) =>
      inTransaction(db, () => {
        const documentId = documentOfSection(db, id);
        assertEditable(db, documentId);
        placeSection(write, documentId, id, index);
        return detail(documentId);
      }),

    'sections.remove': ({ id }) =>
      inTransaction(db, () => {
        const documentId = documentOfSection(db, id);
        assertEditable(db, documentId);
        // Archived, never deleted: its clauses and their history stay, and restore brings it back.
        updateRow(write, 'sections', id, { archived_at: write.now() });
        renumberSections(write, documentId);
        return detail(documentId);
      }),

    'sections.restore': ({ id }) =>
      inTransaction(db, () => {
        const row = sectionRow(id, true) ?? refuse('invalid', 'id');
        assertEditable(db, row.document_id);
        if (row.archived_at !== null) {
          assertUniqueTitle(db, row.document_id, row.part, row.title_vi, id);
          updateRow(write, 'sections', id, { archived_at: null });
          placeSection(write, row.document_id, id, row.position);
        }
        return detail(row.document_id);
      }),

    'clauses.add': (input) =>
      treeEdit(() => input.documentId, (rows, documentId) => {
        if (documentOfSection(db, input.sectionId) !== documentId) refuse('not_in_document', 'sectionId');
        const siblings = rows.filter((r) => r.sectionId === input.sectionId && r.parentId === input.parentId).length;
        const fresh: EditableClause = {
          id: write.newId(),
          sectionId: input.sectionId,
          parentId: input.parentId,
          position: 0,
          textVi: input.textVi,
          textLo: input.textLo,
          // A clause from the library keeps its Lao review flag ("chưa rà soát") in the same transaction.
          loNeedsReview: (input.loNeedsReview ?? false) && input.textLo !== '',
        };
        return unwrap(
          insertClauses(rows, { sectionId: input.sectionId, parentId: input.parentId, index: Math.min(input.index ?? siblings, siblings) }, [fresh]),
        );
      }),

    'clauses.update': ({ id, textVi, textLo, loNeedsReview }) =>
      inTransaction(db, () => {
        const documentId = documentOfClause(db, id);
        assertEditable(db, documentId);
        updateRow(write, 'clauses', id, {
          ...(textVi !== undefined ? { text_vi: textVi } : {}),
          ...(textLo !== undefined ? { text_lo: textLo } : {}),
          ...(loNeedsReview !== undefined ? { lo_needs_review: loNeedsReview ? 1 : 0 } : {}),
        });
        const clause = detail(documentId)
          .sections.flatMap((s) => s.clauses)
          .find((c) => c.id === id);
        return clause!;
      }),

    'clauses.move': ({ id, sectionId, parentId, index }) =>
      treeEdit(
        () => documentOfClause(db, id),
        (rows, documentId) => {
          if (documentOfSection(db, sectionId) !== documentId) refuse('not_in_document', 'sectionId');
          return unwrap(moveClause(rows, id, { sectionId, parentId, index }));
        },
      ),

    'clauses.indent': ({ id }) => treeEdit(() => documentOfClause(db, id), (rows) => unwrap(indentClause(rows, id))),

    'clauses.outdent': ({ id }) => treeEdit(() => documentOfClause(db, id), (rows) => unwrap(outdentClause(rows, id))),

    'clauses.split': ({ id, offsetVi, offsetLo }) =>
      treeEdit(() => documentOfClause(db, id), (rows) => unwrap(splitClause(rows, id, offsetVi, offsetLo, write.newId))),

    'clauses.merge': ({ firstId, secondId }) =>
      treeEdit(
        () => documentOfClause(db, firstId),
        (rows, documentId) => {
          if (documentOfClause(db, secondId) !== documentId) refuse('not_in_document', 'secondId');
          return unwrap(mergeClauses(rows, firstId, secondId));
        },
      ),

    'clauses.delete': ({ id }) => treeEdit(() => documentOfClause(db, id), (rows) => unwrap(deleteClause(rows, id))),

    'clauses.restore': ({ ids }) =>
      inTransaction(db, () => {
        const documentId = restoreClauses(write, ids);
        return { document: detail(documentId), created: [], removed: [] };
      }),
  } satisfies HandlersOf<typeof draftingContract>;
}
