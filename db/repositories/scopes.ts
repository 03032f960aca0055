import { nonPartners } from '../../shared/drafting/scope';
import { insertRow, updateRow, type WriteContext } from '../changes';
import { all, sql, type ReadDb } from '../sql';
import { refuse } from './drafting';

/**
 * Partner scope of sections and clauses (migration 0005). Setting a scope archives the rows that are
 * no longer in it and inserts the new ones, so the change log holds every scope a clause ever had.
 */
export function partnerIdsOf(db: ReadDb, documentId: string): string[] {
  return all<{ province_id: string }>(
    db,
    sql`SELECT province_id FROM document_parties WHERE document_id = ${documentId} AND role = 'partner' ORDER BY position`,
  ).map((r) => r.province_id);
}

/** Refuses ids that are not partners of the document (`scope_not_partner` on "provinceIds.<i>"). */
export function assertPartners(db: ReadDb, documentId: string, provinceIds: readonly string[]): void {
  const wrong = nonPartners(provinceIds, partnerIdsOf(db, documentId));
  if (wrong.length > 0) refuse('scope_not_partner', `provinceIds.${wrong[0]!.index}`);
}

export function setScope(ctx: WriteContext, table: 'section_scopes' | 'clause_scopes', ownerId: string, provinceIds: readonly string[]): void {
  const live =
    table === 'section_scopes'
      ? all<{ id: string; province_id: string }>(ctx.db, sql`SELECT id, province_id FROM section_scopes WHERE section_id = ${ownerId} AND archived_at IS NULL`)
      : all<{ id: string; province_id: string }>(ctx.db, sql`SELECT id, province_id FROM clause_scopes WHERE clause_id = ${ownerId} AND archived_at IS NULL`);
  const wanted = new Set(provinceIds);
  const now = ctx.now();
  for (const row of live) if (!wanted.has(row.province_id)) updateRow(ctx, table, row.id, { archived_at: now });
  const kept = new Set(live.map((r) => r.province_id));
  for (const provinceId of wanted) {
    if (kept.has(provinceId)) continue;
    if (table === 'section_scopes') insertRow(ctx, table, { section_id: ownerId, province_id: provinceId, created_at: now });
    else insertRow(ctx, table, { clause_id: ownerId, province_id: provinceId, created_at: now });
  }
}
