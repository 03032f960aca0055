import type { Country, DelegateRole } from '../../shared/domain/document';
import { insertRow, updateRow, type WriteContext } from '../changes';
import { all, one, sql, type ReadDb } from '../sql';
import { notFound, refuse } from './drafting';

/**
 * Named delegations and their people (migration 0005). Every function here runs inside the caller's
 * transaction; refusals throw typed failures that roll the whole action back.
 */
export interface DelegationRecord {
  id: string;
  document_id: string;
  side: Country;
  province_id: string | null;
}

/** A live delegation, or E_NOT_FOUND. */
export function liveDelegation(db: ReadDb, id: string): DelegationRecord {
  return (
    one<DelegationRecord>(db, sql`SELECT id, document_id, side, province_id FROM delegations WHERE id = ${id} AND archived_at IS NULL`) ??
    notFound('Delegation')
  );
}

/** A live delegation the request names by id: unknown ids are the officer's field error, not a missing page. */
export function delegationForField(db: ReadDb, id: string, path: string, documentId?: string): DelegationRecord {
  const row = one<DelegationRecord>(db, sql`SELECT id, document_id, side, province_id FROM delegations WHERE id = ${id} AND archived_at IS NULL`);
  if (!row || (documentId !== undefined && row.document_id !== documentId)) refuse('unknown_delegation', path);
  return row;
}

/** The province must be a party of the document and on the delegation's side. */
export function assertDelegationProvince(db: ReadDb, documentId: string, side: Country, provinceId: string | null, path: string): void {
  if (provinceId === null) return;
  const party = one<{ country: Country }>(
    db,
    sql`SELECT p.country FROM document_parties dp JOIN provinces p ON p.id = dp.province_id
        WHERE dp.document_id = ${documentId} AND dp.province_id = ${provinceId}`,
  );
  if (!party) refuse('not_a_party', path);
  if (party.country !== side) refuse('delegation_wrong_side', path);
}

function liveIds(db: ReadDb, query: ReturnType<typeof sql>): string[] {
  return all<{ id: string }>(db, query).map((r) => r.id);
}

/** Puts `id` at `index` among `others` (ids in order) and renumbers positions from 0. */
function place(ctx: WriteContext, table: 'delegations' | 'delegates', others: string[], id: string, index: number | undefined): void {
  const at = Math.min(index ?? others.length, others.length);
  [...others.slice(0, at), id, ...others.slice(at)].forEach((rowId, position) => updateRow(ctx, table, rowId, { position }));
}

export function placeDelegation(ctx: WriteContext, documentId: string, id: string, index: number | undefined): void {
  const others = liveIds(
    ctx.db,
    sql`SELECT id FROM delegations WHERE document_id = ${documentId} AND archived_at IS NULL AND id <> ${id} ORDER BY position, id`,
  );
  place(ctx, 'delegations', others, id, index);
}

export function placeDelegate(ctx: WriteContext, delegationId: string, id: string, index: number | undefined): void {
  const others = liveIds(
    ctx.db,
    sql`SELECT id FROM delegates WHERE delegation_id = ${delegationId} AND archived_at IS NULL AND id <> ${id} ORDER BY position, id`,
  );
  place(ctx, 'delegates', others, id, index);
}

export function renumberDelegates(ctx: WriteContext, delegationId: string): void {
  liveIds(ctx.db, sql`SELECT id FROM delegates WHERE delegation_id = ${delegationId} AND archived_at IS NULL ORDER BY position, id`).forEach(
    (id, position) => updateRow(ctx, 'delegates', id, { position }),
  );
}

export function liveDelegateCount(db: ReadDb, delegationId: string): number {
  return one<{ n: number }>(db, sql`SELECT count(*) AS n FROM delegates WHERE delegation_id = ${delegationId} AND archived_at IS NULL`)!.n;
}

export interface NewDelegation {
  documentId: string;
  side: Country;
  nameVi: string;
  nameLo: string;
  provinceId: string | null;
  loNeedsReview: boolean;
}

export function insertDelegation(ctx: WriteContext, d: NewDelegation, index?: number): string {
  const id = insertRow(ctx, 'delegations', {
    document_id: d.documentId,
    side: d.side,
    name_vi: d.nameVi,
    name_lo: d.nameLo,
    lo_needs_review: d.loNeedsReview ? 1 : 0,
    province_id: d.provinceId,
    position: Number.MAX_SAFE_INTEGER,
  });
  placeDelegation(ctx, d.documentId, id, index);
  return id;
}

export interface NewDelegate {
  role: DelegateRole;
  nameVi: string;
  nameLo: string;
  titleVi: string;
  titleLo: string;
  loNeedsReview: boolean;
}

export function insertDelegate(ctx: WriteContext, delegation: Pick<DelegationRecord, 'id' | 'document_id'>, p: NewDelegate, index?: number): string {
  const id = insertRow(ctx, 'delegates', {
    document_id: delegation.document_id,
    delegation_id: delegation.id,
    role: p.role,
    position: Number.MAX_SAFE_INTEGER,
    name_vi: p.nameVi,
    name_lo: p.nameLo,
    title_vi: p.titleVi,
    title_lo: p.titleLo,
    lo_needs_review: p.loNeedsReview ? 1 : 0,
  });
  placeDelegate(ctx, delegation.id, id, index);
  return id;
}

/** The live delegate's delegation, or E_NOT_FOUND. */
export function delegationOfDelegate(db: ReadDb, id: string): DelegationRecord {
  const row = one<{ delegation_id: string }>(db, sql`SELECT delegation_id FROM delegates WHERE id = ${id} AND archived_at IS NULL`) ?? notFound('Delegate');
  return liveDelegation(db, row.delegation_id);
}
