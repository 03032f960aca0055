import type { z } from 'zod';
import type { FollowupFilters, ReportScopeSchema, TrackingRow } from '../../shared/contract/features/followup';
import type { ReportSettings } from '../../shared/contract/features/settings';
import type { ReportCounts, ReportHeading, ReportItem, ReportModel, ReportSection } from '../../shared/export/report';
import { catalogues } from '../../shared/i18n';
import { all, one, sql, type ReadDb } from '../sql';
import { dashboard, trackedPage } from './followup-views';
import { indicatorsOf, latestNotesAsOf } from './tracking';

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

/** Evidence file names of each clause's entries up to `asOf`. */
function evidenceNames(db: ReadDb, clauseIds: readonly string[], asOf: string): Map<string, string[]> {
  const rows = all<{ clause_id: string; file_name: string }>(db, {
    text: `SELECT e.clause_id, f.file_name FROM evidence_files f JOIN progress_entries e ON e.id = f.entry_id
           WHERE e.clause_id IN (SELECT value FROM json_each(?)) AND e.entry_date <= ? ORDER BY e.entry_date, f.rowid`,
    params: [JSON.stringify(clauseIds), asOf],
  });
  const names = new Map<string, string[]>();
  for (const r of rows) names.set(r.clause_id, [...(names.get(r.clause_id) ?? []), r.file_name]);
  return names;
}

/** The officer's report settings in one language, with the defaults of an office that has not filled them. */
function headingOf(settings: ReportSettings, language: 'vi' | 'lo', ours: { vi: string; lo: string }): ReportHeading {
  const vi = language === 'vi';
  const body = vi ? settings.issuingBodyVi : settings.issuingBodyLo;
  // Lao defaults are drafts (needs review), like every fixed Lao string.
  const defaultBody = vi ? [`UBND TỈNH ${ours.vi.toLocaleUpperCase('vi')}`, 'SỞ NGOẠI VỤ'] : [`ແຂວງ${ours.lo || ours.vi}`, 'ພະແນກການຕ່າງປະເທດ'];
  return {
    issuingBody: body.length ? body : ours.vi ? defaultBody : [],
    numberSymbol: settings.numberSymbol,
    place: (vi ? settings.placeVi : settings.placeLo) || (vi ? ours.vi : ours.lo || ours.vi),
    signerTitle: vi ? settings.signerTitleVi : settings.signerTitleLo,
    signerName: vi ? settings.signerNameVi : settings.signerNameLo || settings.signerNameVi,
    recipients: vi ? settings.recipientsVi : settings.recipientsLo,
  };
}

/**
 * Everything the progress report shows on `asOf`, read in one go: the dashboard's totals by sector (the same
 * numbers the officer sees), the tracked tasks in scope grouped by sector in document order, each with its
 * status, lead, deadline, days overdue, latest dated note, figures against targets, evidence file names
 * and carry-over marks. Undefined when the scope is unknown.
 */
export function reportData(db: ReadDb, scope: ReportScope, today: string, asOf: string, language: 'vi' | 'lo', settings: ReportSettings): ReportModel | undefined {
  let filters: FollowupFilters;
  let subjectVi: string;
  let subjectLo: string;
  let ours: { name_vi: string; name_lo: string } | undefined;
  if ('documentId' in scope) {
    const doc = one<{ title_vi: string; title_lo: string }>(db, sql`SELECT title_vi, title_lo FROM documents WHERE id = ${scope.documentId} AND archived_at IS NULL`);
    if (!doc) return undefined;
    filters = { documentIds: [scope.documentId] };
    subjectVi = doc.title_vi.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    subjectLo = doc.title_lo;
    ours = one(
      db,
      sql`SELECT p.name_vi, p.name_lo FROM document_parties dp JOIN provinces p ON p.id = dp.province_id WHERE dp.document_id = ${scope.documentId} AND dp.role = 'ours'`,
    );
  } else {
    const partner = one<{ name_vi: string; name_lo: string; country: string }>(db, sql`SELECT name_vi, name_lo, country FROM provinces WHERE id = ${scope.partnerProvinceId}`);
    if (!partner) return undefined;
    const years = Array.from({ length: scope.toYear - scope.fromYear + 1 }, (_, i) => scope.fromYear + i);
    filters = { partnerProvinceIds: [scope.partnerProvinceId], years };
    const period = scope.fromYear === scope.toYear ? `${scope.fromYear}` : `${scope.fromYear}–${scope.toYear}`;
    subjectVi = `hợp tác với tỉnh ${partner.name_vi}, ${scope.fromYear === scope.toYear ? 'năm' : 'giai đoạn'} ${period}`;
    subjectLo = `ການຮ່ວມມືກັບແຂວງ${partner.name_lo}, ${scope.fromYear === scope.toYear ? 'ປີ' : 'ໄລຍະ'} ${period}`;
    ours = one(
      db,
      sql`SELECT p.name_vi, p.name_lo FROM document_parties dp JOIN provinces p ON p.id = dp.province_id
          JOIN document_parties pp ON pp.document_id = dp.document_id AND pp.role = 'partner' AND pp.province_id = ${scope.partnerProvinceId}
          WHERE dp.role = 'ours' LIMIT 1`,
    );
  }

  const board = dashboard(db, filters, 'sector', asOf, today);
  const { rows } = trackedPage(db, filters, asOf, 0, 1_000_000);
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
  const ids = rows.map((r) => r.clauseId);
  const notes = latestNotesAsOf(db, ids, asOf);
  const evidence = evidenceNames(db, ids, asOf);

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
    const latest = notes.get(row.clauseId);
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
      daysOverdue: row.daysOverdue,
      latestDate: latest?.entryDate ?? null,
      latestVi: latest?.textVi ?? '',
      latestLo: latest?.textLo ?? '',
      indicators: indicatorsOf(db, row.clauseId, asOf).map((i) => ({
        labelVi: i.labelVi,
        labelLo: i.labelLo,
        unit: i.unit,
        direction: i.direction,
        target: i.target,
        current: i.current,
        met: i.met,
      })),
      evidence: evidence.get(row.clauseId) ?? [],
      carriedFrom: origin ? `${origin.title_vi} (${origin.meeting_date.slice(0, 4)})` : null,
      carriedToVi: row.carriedOverTo ? row.carriedOverTo.documentTitleVi : null,
      carriedToLo: row.carriedOverTo ? row.carriedOverTo.documentTitleLo || row.carriedOverTo.documentTitleVi : null,
    };
    section.items.push(item);
  }
  const counts = (r: (typeof board)['rows'][number]): ReportCounts => ({ labelVi: r.labelVi, labelLo: r.labelLo, counts: r.counts, total: r.total, completionRate: r.completionRate });
  return {
    subjectVi,
    subjectLo,
    date: today,
    asOf,
    heading: headingOf(settings, language, { vi: ours?.name_vi ?? '', lo: ours?.name_lo ?? '' }),
    summary: board.rows.map(counts),
    totals: counts(board.totals),
    sections: [...sections.values()],
  };
}
