import type { HandlersOf } from '../../shared/contract/channels';
import type { versionsContract } from '../../shared/contract/features/versions';
import { updateRow } from '../changes';
import {
  assertDelegationProvince,
  delegationForField,
  delegationOfDelegate,
  insertDelegate,
  insertDelegation,
  liveDelegateCount,
  liveDelegation,
  placeDelegate,
  placeDelegation,
  renumberDelegates,
} from '../repositories/delegations';
import { getDocument } from '../repositories/documents';
import { assertEditable, notFound, refuse } from '../repositories/drafting';
import { inTransaction, type HandlerContext } from './context';

type Channels = Pick<
  typeof versionsContract,
  'delegations.add' | 'delegations.update' | 'delegations.move' | 'delegations.remove' | 'delegates.add' | 'delegates.update' | 'delegates.move' | 'delegates.remove'
>;

/**
 * Named delegations and their people. Each call is one transaction with its change-log rows and answers
 * with the whole document, so the editor shows what is stored. Nothing is deleted: removed delegations
 * and delegates are archived; a delegation with people cannot be removed (delegation_has_delegates).
 */
export function delegationHandlers({ db, write }: HandlerContext) {
  const detail = (id: string) => getDocument(db, id) ?? notFound('Document');

  return {
    'delegations.add': ({ documentId, side, nameVi, nameLo, provinceId, loNeedsReview, index }) =>
      inTransaction(db, () => {
        assertEditable(db, documentId);
        assertDelegationProvince(db, documentId, side, provinceId, 'provinceId');
        insertDelegation(write, { documentId, side, nameVi, nameLo, provinceId, loNeedsReview }, index);
        return detail(documentId);
      }),

    'delegations.update': ({ id, ...patch }) =>
      inTransaction(db, () => {
        const current = liveDelegation(db, id);
        assertEditable(db, current.document_id);
        const side = patch.side ?? current.side;
        const provinceId = patch.provinceId !== undefined ? patch.provinceId : current.province_id;
        assertDelegationProvince(db, current.document_id, side, provinceId, patch.provinceId !== undefined ? 'provinceId' : 'side');
        updateRow(write, 'delegations', id, {
          ...(patch.side !== undefined ? { side: patch.side } : {}),
          ...(patch.nameVi !== undefined ? { name_vi: patch.nameVi } : {}),
          ...(patch.nameLo !== undefined ? { name_lo: patch.nameLo } : {}),
          ...(patch.provinceId !== undefined ? { province_id: patch.provinceId } : {}),
          ...(patch.loNeedsReview !== undefined ? { lo_needs_review: patch.loNeedsReview ? 1 : 0 } : {}),
        });
        return detail(current.document_id);
      }),

    'delegations.move': ({ id, index }) =>
      inTransaction(db, () => {
        const current = liveDelegation(db, id);
        assertEditable(db, current.document_id);
        placeDelegation(write, current.document_id, id, index);
        return detail(current.document_id);
      }),

    'delegations.remove': ({ id }) =>
      inTransaction(db, () => {
        const current = liveDelegation(db, id);
        assertEditable(db, current.document_id);
        const people = liveDelegateCount(db, id);
        if (people > 0) refuse('delegation_has_delegates', 'id', { count: people });
        updateRow(write, 'delegations', id, { archived_at: write.now() });
        return detail(current.document_id);
      }),

    'delegates.add': ({ delegationId, index, ...person }) =>
      inTransaction(db, () => {
        const delegation = delegationForField(db, delegationId, 'delegationId');
        assertEditable(db, delegation.document_id);
        insertDelegate(write, delegation, { ...person, loNeedsReview: false }, index);
        return detail(delegation.document_id);
      }),

    'delegates.update': ({ id, ...patch }) =>
      inTransaction(db, () => {
        const delegation = delegationOfDelegate(db, id);
        assertEditable(db, delegation.document_id);
        updateRow(write, 'delegates', id, {
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(patch.nameVi !== undefined ? { name_vi: patch.nameVi } : {}),
          ...(patch.nameLo !== undefined ? { name_lo: patch.nameLo } : {}),
          ...(patch.titleVi !== undefined ? { title_vi: patch.titleVi } : {}),
          ...(patch.titleLo !== undefined ? { title_lo: patch.titleLo } : {}),
          ...(patch.loNeedsReview !== undefined ? { lo_needs_review: patch.loNeedsReview ? 1 : 0 } : {}),
        });
        return detail(delegation.document_id);
      }),

    'delegates.move': ({ id, index, delegationId }) =>
      inTransaction(db, () => {
        const from = delegationOfDelegate(db, id);
        assertEditable(db, from.document_id);
        const to = delegationId === undefined ? from : delegationForField(db, delegationId, 'delegationId', from.document_id);
        if (to.id !== from.id) {
          updateRow(write, 'delegates', id, { delegation_id: to.id });
          renumberDelegates(write, from.id);
        }
        placeDelegate(write, to.id, id, index);
        return detail(from.document_id);
      }),

    'delegates.remove': ({ id }) =>
      inTransaction(db, () => {
        const delegation = delegationOfDelegate(db, id);
        assertEditable(db, delegation.document_id);
        updateRow(write, 'delegates', id, { archived_at: write.now() });
        renumberDelegates(write, delegation.id);
        return detail(delegation.document_id);
      }),
  } satisfies HandlersOf<Channels>;
}
