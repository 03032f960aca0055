import type {
  Clause,
  Delegate,
  Delegation,
  DocumentCreateInput,
  DocumentDetail,
  DocumentList,
  DocumentSummary,
  ProvinceRef,
  Section,
} from '../../shared/contract/schemas';
import { FailureError, invalid } from '../../shared/contract/result';
import type { FieldIssue } from '../../shared/contract/errors';
import type { z } from 'zod';
import { insertRow, type WriteContext } from '../changes';
import { defaultDatelinePlace } from '../../shared/domain/places';
import { all, one, sql, type ReadDb } from '../sql';
import { provincesById, toProvinceRef } from './provinces';

export type DocumentCreateData = z.output<typeof DocumentCreateInput>;

interface DocumentRow {
  id: string;
  kind: DocumentSummary['kind'];
  status: DocumentSummary['status'];
  title_vi: string;
  title_lo: string;
  title_lo_needs_review: number;
  meeting_date: string;
  place_vi: string;
  place_lo: string;
  dateline_place_vi: string;
  dateline_place_lo: string;
  period_start: string | null;
  period_end: string | null;
  is_sample: number;
  created_at: string;
  updated_at: string;
}

interface PartyRow {
  document_id: string;
  role: 'ours' | 'partner';
  id: string;
  country: 'VN' | 'LA';
  name_vi: string;
  name_lo: string;
  name_en: string;
}

function partyRef(row: PartyRow): ProvinceRef {
  return toProvinceRef({ id: row.id, country: row.country, nameVi: row.name_vi, nameLo: row.name_lo, nameEn: row.name_en });
}

function toSummary(row: DocumentRow, parties: PartyRow[]): DocumentSummary {
  const ours = parties.find((p) => p.role === 'ours');
  if (!ours) throw new Error(`Document ${row.id} has no own province`);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    titleVi: row.title_vi,
    titleLo: row.title_lo,
    titleLoNeedsReview: row.title_lo_needs_review === 1,
    meetingDate: row.meeting_date,
    placeVi: row.place_vi,
    placeLo: row.place_lo,
    datelinePlaceVi: row.dateline_place_vi,
    datelinePlaceLo: row.dateline_place_lo,
    ourProvince: partyRef(ours),
    partners: parties.filter((p) => p.role === 'partner').map(partyRef),
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * One page of live documents, newest meeting first (id breaks ties so pages never overlap), with the
 * total and the count per year. Four queries, whatever the number of documents.
 */
export function listDocuments(db: ReadDb, page: { offset: number; limit: number }): DocumentList {
  const rows = all<DocumentRow>(
    db,
    sql`SELECT * FROM documents WHERE archived_at IS NULL
        ORDER BY meeting_date DESC, created_at DESC, id LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const parties = all<PartyRow>(
    db,
    sql`SELECT dp.document_id, dp.role, p.id, p.country, p.name_vi, p.name_lo, p.name_en
        FROM document_parties dp
        JOIN provinces p ON p.id = dp.province_id
        WHERE dp.document_id IN (
          SELECT id FROM documents WHERE archived_at IS NULL
          ORDER BY meeting_date DESC, created_at DESC, id LIMIT ${page.limit} OFFSET ${page.offset})
        ORDER BY dp.position`,
  );
  const total = one<{ n: number }>(db, sql`SELECT count(*) AS n FROM documents WHERE archived_at IS NULL`)?.n ?? 0;
  const years = all<{ year: number; count: number }>(
    db,
    sql`SELECT CAST(substr(meeting_date, 1, 4) AS INTEGER) AS year, count(*) AS count
        FROM documents WHERE archived_at IS NULL GROUP BY year ORDER BY year DESC`,
  );
  const byDocument = new Map<string, PartyRow[]>();
  for (const party of parties) {
    const list = byDocument.get(party.document_id);
    if (list) list.push(party);
    else byDocument.set(party.document_id, [party]);
  }
  return { items: rows.map((row) => toSummary(row, byDocument.get(row.id) ?? [])), total, years };
}

export function getDocumentSummary(db: ReadDb, id: string): DocumentSummary | undefined {
  const row = one<DocumentRow>(db, sql`SELECT * FROM documents WHERE id = ${id} AND archived_at IS NULL`);
  if (!row) return undefined;
  const parties = all<PartyRow>(
    db,
    sql`SELECT dp.document_id, dp.role, p.id, p.country, p.name_vi, p.name_lo, p.name_en
        FROM document_parties dp JOIN provinces p ON p.id = dp.province_id
        WHERE dp.document_id = ${id} ORDER BY dp.position`,
  );
  return toSummary(row, parties);
}

interface DelegationRow {
  id: string;
  side: Delegation['side'];
  name_vi: string;
  name_lo: string;
  lo_needs_review: number;
  province_id: string | null;
  position: number;
}

interface DelegateRow {
  id: string;
  delegation_id: string;
  role: Delegate['role'];
  position: number;
  name_vi: string;
  name_lo: string;
  title_vi: string;
  title_lo: string;
  lo_needs_review: number;
}

/** Live delegations of a document in stored order. */
export function getDelegations(db: ReadDb, documentId: string): Delegation[] {
  return all<DelegationRow>(
    db,
    sql`SELECT id, side, name_vi, name_lo, lo_needs_review, province_id, position
        FROM delegations WHERE document_id = ${documentId} AND archived_at IS NULL ORDER BY position, id`,
  ).map((r) => ({
    id: r.id,
    side: r.side,
    nameVi: r.name_vi,
    nameLo: r.name_lo,
    loNeedsReview: r.lo_needs_review === 1,
    provinceId: r.province_id,
    position: r.position,
  }));
}

/** Live scope rows of a document's sections and clauses: owner id → province ids in partner order. */
function scopesOf(db: ReadDb, documentId: string): Map<string, string[]> {
  const rows = all<{ owner: string; province_id: string }>(
    db,
    sql`SELECT x.section_id AS owner, x.province_id, dp.position FROM section_scopes x
          JOIN sections s ON s.id = x.section_id
          LEFT JOIN document_parties dp ON dp.document_id = s.document_id AND dp.province_id = x.province_id
        WHERE s.document_id = ${documentId} AND x.archived_at IS NULL
        UNION ALL
        SELECT x.clause_id, x.province_id, dp.position FROM clause_scopes x
          JOIN clauses c ON c.id = x.clause_id
          LEFT JOIN document_parties dp ON dp.document_id = c.document_id AND dp.province_id = x.province_id
        WHERE c.document_id = ${documentId} AND x.archived_at IS NULL
        ORDER BY 3, 2`,
  );
  const scopes = new Map<string, string[]>();
  for (const r of rows) scopes.set(r.owner, [...(scopes.get(r.owner) ?? []), r.province_id]);
  return scopes;
}

interface SectionRow {
  id: string;
  part: Section['part'];
  sector: Section['sector'];
  position: number;
  title_vi: string;
  title_lo: string;
  lo_needs_review: number;
}

interface ClauseRow {
  id: string;
  section_id: string;
  parent_id: string | null;
  position: number;
  text_vi: string;
  text_lo: string;
  lo_needs_review: number;
  status: Clause['status'];
  deadline: string | null;
}

export function getDocument(db: ReadDb, id: string): DocumentDetail | undefined {
  const summary = getDocumentSummary(db, id);
  if (!summary) return undefined;
  const period = one<DocumentRow>(db, sql`SELECT * FROM documents WHERE id = ${id}`);
  const delegations = getDelegations(db, id);
  const delegationOrder = new Map(delegations.map((d, index) => [d.id, index]));
  const scopes = scopesOf(db, id);
  const noScope: string[] = [];
  // People of live delegations only, delegation by delegation.
  const delegates = all<DelegateRow>(
    db,
    sql`SELECT id, delegation_id, role, position, name_vi, name_lo, title_vi, title_lo, lo_needs_review
        FROM delegates WHERE document_id = ${id} AND archived_at IS NULL ORDER BY position, id`,
  )
    .filter((r) => delegationOrder.has(r.delegation_id))
    .sort((a, b) => delegationOrder.get(a.delegation_id)! - delegationOrder.get(b.delegation_id)!)
    .map(
    (r): Delegate => ({
      id: r.id,
      delegationId: r.delegation_id,
      role: r.role,
      position: r.position,
      nameVi: r.name_vi,
      nameLo: r.name_lo,
      titleVi: r.title_vi,
      titleLo: r.title_lo,
      loNeedsReview: r.lo_needs_review === 1,
    }),
  );
  const clauses = all<ClauseRow>(
    db,
    sql`SELECT c.id, c.section_id, c.parent_id, c.position, c.text_vi, c.text_lo, c.lo_needs_review,
          COALESCE(t.status, 'not_started') AS status, t.due_date AS deadline
        FROM clauses c LEFT JOIN clause_tracking t ON t.id = c.id
        WHERE c.document_id = ${id} AND c.archived_at IS NULL ORDER BY c.position`,
  );
  const sections = all<SectionRow>(
    db,
    sql`SELECT id, part, sector, position, title_vi, title_lo, lo_needs_review
        FROM sections WHERE document_id = ${id} AND archived_at IS NULL ORDER BY position`,
  ).map(
    (s): Section => ({
      id: s.id,
      part: s.part,
      sector: s.sector,
      position: s.position,
      titleVi: s.title_vi,
      titleLo: s.title_lo,
      loNeedsReview: s.lo_needs_review === 1,
      scopeProvinceIds: scopes.get(s.id) ?? noScope,
      clauses: clauses
        .filter((c) => c.section_id === s.id)
        .map((c) => ({
          id: c.id,
          sectionId: c.section_id,
          parentId: c.parent_id,
          position: c.position,
          textVi: c.text_vi,
          textLo: c.text_lo,
          loNeedsReview: c.lo_needs_review === 1,
          status: c.status,
          deadline: c.deadline,
          scopeProvinceIds: scopes.get(c.id) ?? noScope,
        })),
    }),
  );
  return {
    ...summary,
    periodStart: period?.period_start ?? null,
    periodEnd: period?.period_end ?? null,
    delegations,
    delegates,
    sections,
  };
}

/** Checks what the schema cannot: provinces exist, and partners are across the border from us. */
function checkParties(db: ReadDb, input: Pick<DocumentCreateData, 'ourProvinceId' | 'partnerProvinceIds'>): void {
  const known = provincesById(db, [input.ourProvinceId, ...input.partnerProvinceIds]);
  const issues: FieldIssue[] = [];
  const ours = known.get(input.ourProvinceId);
  if (!ours) issues.push({ path: 'ourProvinceId', code: 'unknown_province' });
  input.partnerProvinceIds.forEach((id, index) => {
    const partner = known.get(id);
    const path = `partnerProvinceIds.${index}`;
    if (!partner) issues.push({ path, code: 'unknown_province' });
    else if (ours && partner.country === ours.country) issues.push({ path, code: 'partner_same_country' });
  });
  if (issues.length > 0) throw new FailureError(invalid(issues));
}

export interface NewDocument extends DocumentCreateData {
  titleLoNeedsReview?: boolean;
  periodStart?: string | null;
  periodEnd?: string | null;
  isSample?: boolean;
}

/** Creates a document with its parties. Call inside one transaction. */
export function createDocument(ctx: WriteContext, input: NewDocument): string {
  checkParties(ctx.db, input);
  const known = provincesById(ctx.db, [input.ourProvinceId, ...input.partnerProvinceIds]);
  const dateline = defaultDatelinePlace({
    ourProvince: known.get(input.ourProvinceId)!,
    partners: input.partnerProvinceIds.map((p) => known.get(p)!),
    placeVi: input.placeVi,
    placeLo: input.placeLo,
  });
  const id = insertRow(ctx, 'documents', {
    kind: input.kind,
    status: 'draft',
    title_vi: input.titleVi,
    title_lo: input.titleLo,
    title_lo_needs_review: input.titleLoNeedsReview ? 1 : 0,
    meeting_date: input.meetingDate,
    place_vi: input.placeVi,
    place_lo: input.placeLo,
    dateline_place_vi: input.datelinePlaceVi ?? dateline.vi,
    dateline_place_lo: input.datelinePlaceLo ?? dateline.lo,
    period_start: input.periodStart ?? null,
    period_end: input.periodEnd ?? null,
    is_sample: input.isSample ? 1 : 0,
  });
  insertRow(ctx, 'document_parties', { document_id: id, province_id: input.ourProvinceId, role: 'ours', position: 0 });
  input.partnerProvinceIds.forEach((provinceId, index) => {
    insertRow(ctx, 'document_parties', { document_id: id, province_id: provinceId, role: 'partner', position: index + 1 });
  });
  return id;
}

export function findSampleDocumentId(db: ReadDb): string | undefined {
  return one<{ id: string }>(db, sql`SELECT id FROM documents WHERE is_sample = 1 AND archived_at IS NULL LIMIT 1`)?.id;
}
