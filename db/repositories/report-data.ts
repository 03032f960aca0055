import type { z } from 'zod';
import type { FollowupFilters, ReportScopeSchema, TrackingRow } from '../../shared/contract/features/followup';
import type { ReportItem, ReportModel, ReportSection } from '../../shared/export/report';
import { catalogues } from '../../shared/i18n';
import { all, one, sql, type ReadDb } from '../sql';
import { trackedPage } from './followup-views';
import { indicatorsOf } from './tracking';

/** What a report covers: the contract's report scope (one document, or a partner and a span of years). */
export type ReportScope = z.output<typeof ReportScopeSchema>;

function deadlineText(row: TrackingRow, language: 'vi' | 'lo'): string {
  const d = row.deadline;
  if (!d) return '';
  if (d.kind === 'ongoing') return language === 'vi' ? 'thường xuyên' : 'ເປັນປົກກະຕິ';
  if (d.kind === 'year') return String(d.year);
  if (d.kind === 'period') return `${d.fromYear}–${d.toYear}`;
  const [y, m, day] = (d.date ?? '').split('-');
  return `${day}/${m}/${y}`;
}

/**
 * Everything the progress report shows, read in one go: the tracked tasks in scope (same definition and
 * effective status as the dashboards), grouped by section in document order, with their latest progress in
 * both languages, indicators and the document they were carried over from.
 */
export function reportData(db: ReadDb, scope: ReportScope, today: string, language: 'vi' | 'lo'): ReportModel | undefined {
  let filters: FollowupFilters;
  let subjectVi: string;
  let subjectLo: string;
  let place: { vi: string; lo: string } = { vi: '', lo: '' };
  if ('documentId' in scope) {
    const doc = one<{ title_vi: string; title_lo: string }>(db, sql`SELECT title_vi, title_lo FROM documents WHERE id = ${scope.documentId} AND archived_at IS NULL`);
    if (!doc) return undefined;
    filters = { documentIds: [scope.documentId] };
    subjectVi = doc.title_vi.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    subjectLo = doc.title_lo;
    const ours = one<{ name_vi: string; name_lo: string }>(
      db,
      sql`SELECT p.name_vi, p.name_lo FROM document_parties dp JOIN provinces p ON p.id = dp.province_id WHERE dp.document_id = ${scope.documentId} AND dp.role = 'ours'`,
    );
    if (ours) place = { vi: ours.name_vi, lo: ours.name_lo };
  } else {
    const partner = one<{ name_vi: string; name_lo: string; country: string }>(db, sql`SELECT name_vi, name_lo, country FROM provinces WHERE id = ${scope.partnerProvinceId}`);
    if (!partner) return undefined;
    const years = Array.from({ length: scope.toYear - scope.fromYear + 1 }, (_, i) => scope.fromYear + i);
    filters = { partnerProvinceIds: [scope.partnerProvinceId], years };
    const period = scope.fromYear === scope.toYear ? `${scope.fromYear}` : `${scope.fromYear}–${scope.toYear}`;
    subjectVi = `hợp tác với tỉnh ${partner.name_vi}, ${scope.fromYear === scope.toYear ? 'năm' : 'giai đoạn'} ${period}`;
    subjectLo = `ການຮ່ວມມືກັບແຂວງ${partner.name_lo}, ${scope.fromYear === scope.toYear ? 'ປີ' : 'ໄລຍະ'} ${period}`;
    const ours = one<{ name_vi: string; name_lo: string }>(
      db,
      sql`SELECT p.name_vi, p.name_lo FROM document_parties dp JOIN provinces p ON p.id = dp.province_id
          JOIN document_parties pp ON pp.document_id = dp.document_id AND pp.role = 'partner' AND pp.province_id = ${scope.partnerProvinceId}
          WHERE dp.role = 'ours' LIMIT 1`,
    );
    if (ours) place = { vi: ours.name_vi, lo: ours.name_lo };
  }

  const { rows } = trackedPage(db, filters, today, 0, 1_000_000);
  // Document order: by meeting date, then section and clause position (trackedPage orders by due date).
  const order = all<{ id: string; meeting_date: string; section_position: number; clause_position: number; section_id: string; section_title_lo: string }>(db, {
    text: `SELECT c.id, d.meeting_date, s.position AS section_position, c.position AS clause_position, s.id AS section_id, s.title_lo AS section_title_lo
           FROM clauses c JOIN sections s ON s.id = c.section_id JOIN documents d ON d.id = c.document_id
           WHERE c.id IN (SELECT value FROM json_each(?))`,
    params: [JSON.stringify(rows.map((r) => r.clauseId))],
  });
  const position = new Map(order.map((o) => [o.id, o]));
  rows.sort((a, b) => {
    const pa = position.get(a.clauseId)!;
    const pb = position.get(b.clauseId)!;
    return pa.meeting_date.localeCompare(pb.meeting_date) || pa.section_position - pb.section_position || a.label.localeCompare(b.label, 'vi', { numeric: true });
  });

  const sections = new Map<string, ReportSection>();
  for (const row of rows) {
    // Sections of the same sector across several documents are reported together.
    const key = row.sector === 'custom' ? `custom:${row.sectionTitleVi}` : row.sector;
    let section = sections.get(key);
    if (!section) {
      section = {
        sector: row.sector,
        titleVi: row.sector === 'custom' ? row.sectionTitleVi : catalogues.vi.sector[row.sector],
        titleLo: row.sector === 'custom' ? (position.get(row.clauseId)?.section_title_lo ?? '') : catalogues.lo.sector[row.sector],
        items: [],
      };
      sections.set(key, section);
    }
    const latest = one<{ entry_date: string; text_vi: string; text_lo: string }>(
      db,
      sql`SELECT e.entry_date, e.text_vi, e.text_lo FROM progress_entries e
          WHERE e.clause_id = ${row.clauseId} AND (e.text_vi <> '' OR e.text_lo <> '')
            AND NOT EXISTS (SELECT 1 FROM progress_entries n WHERE n.supersedes_id = e.id)
          ORDER BY e.entry_date DESC, e.created_at DESC LIMIT 1`,
    );
    const origin = one<{ title_vi: string; meeting_date: string }>(
      db,
      sql`SELECT d.title_vi, d.meeting_date FROM clauses c JOIN clauses p ON p.id = c.predecessor_clause_id JOIN documents d ON d.id = p.document_id
          WHERE c.id = ${row.clauseId}`,
    );
    const leads = all<{ side: string; name_vi: string; name_lo: string }>(
      db,
      sql`SELECT ca.side, a.name_vi, a.name_lo FROM clause_agencies ca JOIN agencies a ON a.id = ca.agency_id
          WHERE ca.clause_id = ${row.clauseId} AND ca.archived_at IS NULL AND ca.role = 'lead' ORDER BY ca.side DESC`,
    );
    const item: ReportItem = {
      label: row.label,
      textVi: row.textVi,
      textLo: row.textLo,
      status: row.effectiveStatus,
      leadVi: leads.length ? leads.map((l) => l.name_vi).join('; ') : null,
      leadLo: leads.length ? leads.map((l) => l.name_lo || l.name_vi).join('; ') : null,
      deadline: deadlineText(row, language),
      latestDate: latest?.entry_date ?? null,
      latestVi: latest?.text_vi ?? '',
      latestLo: latest?.text_lo ?? '',
      indicators: indicatorsOf(db, row.clauseId).map((i) => ({ nameVi: i.nameVi, nameLo: i.nameLo, unit: i.unit, target: i.target, actual: i.actual })),
      carriedFrom: origin ? `${origin.title_vi} (${origin.meeting_date.slice(0, 4)})` : null,
    };
    section.items.push(item);
  }
  return { subjectVi, subjectLo, placeVi: place.vi, placeLo: place.lo, date: today, sections: [...sections.values()] };
}
