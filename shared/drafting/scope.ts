/**
 * Clauses scoped to partner provinces. In a document with several partner provinces a section or a
 * clause may be for some partners only. A clause with no scope of its own takes its parent clause's,
 * then its section's; with none anywhere it is for every partner. Follow-up counts a clause under the
 * partners of its effective scope only.
 */
export interface ScopedClause {
  id: string;
  parentId: string | null;
  scopeProvinceIds: readonly string[];
}

export interface EffectiveScope {
  /** Partner province ids, in the document's partner order. */
  provinceIds: string[];
  /** False when the clause is for all partners (no scope anywhere up its chain). */
  scoped: boolean;
}

/**
 * The effective scope of `clauseId`. `clauses` holds the clause's ancestors (others are ignored);
 * ids that are no longer partners are dropped, and a scope left empty that way means all partners.
 */
export function effectiveScope(
  clauseId: string,
  clauses: ReadonlyMap<string, ScopedClause>,
  sectionScope: readonly string[],
  partnerIds: readonly string[],
): EffectiveScope {
  let own: readonly string[] = [];
  const seen = new Set<string>();
  for (let node = clauses.get(clauseId); node && !seen.has(node.id); node = node.parentId ? clauses.get(node.parentId) : undefined) {
    seen.add(node.id);
    if (node.scopeProvinceIds.length > 0) {
      own = node.scopeProvinceIds;
      break;
    }
  }
  const chosen = new Set(own.length > 0 ? own : sectionScope);
  const provinceIds = partnerIds.filter((id) => chosen.has(id));
  return provinceIds.length > 0 ? { provinceIds, scoped: provinceIds.length < partnerIds.length } : { provinceIds: [...partnerIds], scoped: false };
}

/** Scope ids that are not partners of the document, with their index (for `scope_not_partner` issues). */
export function nonPartners(provinceIds: readonly string[], partnerIds: readonly string[]): { id: string; index: number }[] {
  const partners = new Set(partnerIds);
  return provinceIds.flatMap((id, index) => (partners.has(id) ? [] : [{ id, index }]));
}
