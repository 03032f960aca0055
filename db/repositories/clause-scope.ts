import { effectiveScope, type EffectiveScope, type ScopedClause } from '../../shared/drafting/scope';
import { all, one, sql, type ReadDb } from '../sql';
import { notFound } from './drafting';
import { partnerIdsOf } from './scopes';

/**
 * Effective partner scopes for follow-up (shared/drafting/scope.ts), read in a few queries whatever the
 * number of clauses: live scope rows are few, and the parent chain is read only for documents that have
 * clause scopes at all.
 */
export type ScopeOf = (clause: { documentId: string; sectionId: string; clauseId: string }, partnerIds: readonly string[]) => EffectiveScope;

export function scopeResolver(db: ReadDb, documentIds: readonly string[] | null): ScopeOf {
  const only = documentIds === null ? null : JSON.stringify(documentIds);
  const sectionRows = all<{ owner: string; province_id: string }>(db, {
    text: `SELECT x.section_id AS owner, x.province_id FROM section_scopes x JOIN sections s ON s.id = x.section_id
           WHERE x.archived_at IS NULL${only === null ? '' : ' AND s.document_id IN (SELECT value FROM json_each(?))'}`,
    params: only === null ? [] : [only],
  });
  const clauseRows = all<{ owner: string; province_id: string; document_id: string }>(db, {
    text: `SELECT x.clause_id AS owner, x.province_id, c.document_id FROM clause_scopes x JOIN clauses c ON c.id = x.clause_id
           WHERE x.archived_at IS NULL AND c.archived_at IS NULL${only === null ? '' : ' AND c.document_id IN (SELECT value FROM json_each(?))'}`,
    params: only === null ? [] : [only],
  });
  const group = (rows: { owner: string; province_id: string }[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.owner, [...(map.get(r.owner) ?? []), r.province_id]);
    return map;
  };
  const sections = group(sectionRows);
  const clauseScopes = group(clauseRows);
  const withClauseScopes = [...new Set(clauseRows.map((r) => r.document_id))];
  const tree = new Map<string, ScopedClause>();
  if (withClauseScopes.length > 0) {
    for (const c of all<{ id: string; parent_id: string | null }>(db, {
      text: 'SELECT id, parent_id FROM clauses WHERE archived_at IS NULL AND document_id IN (SELECT value FROM json_each(?))',
      params: [JSON.stringify(withClauseScopes)],
    })) {
      tree.set(c.id, { id: c.id, parentId: c.parent_id, scopeProvinceIds: clauseScopes.get(c.id) ?? [] });
    }
  }
  const none: string[] = [];
  return ({ sectionId, clauseId }, partnerIds) => effectiveScope(clauseId, tree, sections.get(sectionId) ?? none, partnerIds);
}

export interface ClauseContext {
  documentId: string;
  meetingDate: string;
  ourProvinceId: string;
  partnerIds: string[];
  /** Effective scope: partner ids the clause is for. */
  scope: string[];
  scoped: boolean;
}

/** A live clause's document facts and effective scope, or E_NOT_FOUND. */
export function clauseContext(db: ReadDb, clauseId: string): ClauseContext {
  const row =
    one<{ document_id: string; section_id: string; meeting_date: string }>(
      db,
      sql`SELECT c.document_id, c.section_id, d.meeting_date FROM clauses c JOIN documents d ON d.id = c.document_id
          WHERE c.id = ${clauseId} AND c.archived_at IS NULL AND d.archived_at IS NULL`,
    ) ?? notFound('Clause');
  const ours = one<{ province_id: string }>(db, sql`SELECT province_id FROM document_parties WHERE document_id = ${row.document_id} AND role = 'ours'`)!;
  const partnerIds = partnerIdsOf(db, row.document_id);
  const scope = scopeResolver(db, [row.document_id])({ documentId: row.document_id, sectionId: row.section_id, clauseId }, partnerIds);
  return { documentId: row.document_id, meetingDate: row.meeting_date, ourProvinceId: ours.province_id, partnerIds, scope: scope.provinceIds, scoped: scope.scoped };
}
