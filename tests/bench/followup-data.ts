import { randomUUID } from 'node:crypto';
import { chainHead, linkHash } from '../../db/integrity/chain';
import { tx, type SqlValue, type WriteDb } from '../../db/sql';

/**
 * A province office's ten years of follow-up, for the benchmark: every Vietnamese province (the seeded
 * border provinces plus synthetic ones, up to `vn`) with every Lao province (`la`) each year, a signed
 * minutes per pair and year with `clausesPerDocument` tasks over the six sectors, tracking rows (status,
 * deadline), lead agencies on both sides, an indicator on one task in four, and `entriesPerClause`
 * progress entries (with values where there is an indicator).
 *
 * Rows are inserted straight into the tables with prepared statements (no change log: this is bench
 * data, not officers' actions), in one transaction per partner.
 */
export interface FollowupScale {
  vn: number;
  la: number;
  years: number;
  firstYear: number;
  clausesPerDocument: number;
  entriesPerClause: number;
}

export const FULL_SCALE: FollowupScale = { vn: 28, la: 18, years: 10, firstYear: 2016, clausesPerDocument: 20, entriesPerClause: 5 };

const SECTORS = ['political', 'defence_security', 'economy', 'education', 'health', 'culture_tourism'] as const;
const STATUSES = ['done', 'done', 'done', 'done', 'in_progress', 'in_progress', 'in_progress', 'not_started', 'not_started', 'dropped', 'carried_over'] as const;

/** Small deterministic generator, so two runs bench the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface GeneratedFollowup {
  documents: number;
  clauses: number;
  entries: number;
  /** A signed document with 300 tracked tasks, for the report figure. */
  bigDocumentId: string;
  /** One tracked task, to time a write between views. */
  someTaskId: string;
}

export function generateFollowup(db: WriteDb, scale: FollowupScale): GeneratedFollowup {
  const rnd = random(20261124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const now = '2026-01-01T00:00:00.000Z';
  const device = 'bench';

  const vnSeeded = (db.prepare("SELECT id FROM provinces WHERE country = 'VN' AND borders_other_country = 1 ORDER BY id").all() as { id: string }[]).map((r) => r.id);
  const la = (db.prepare("SELECT id FROM provinces WHERE country = 'LA' ORDER BY code").all() as { id: string }[]).map((r) => r.id).slice(0, scale.la);
  const insertProvince = db.prepare(
    `INSERT OR IGNORE INTO provinces (id, country, code, name_vi, name_lo, name_en, name_lo_needs_review, borders_other_country, created_at, updated_at)
     VALUES (?, 'VN', '', ?, '', ?, 1, 0, ?, ?)`,
  );
  const insertAgency = db.prepare(
    `INSERT INTO agencies (id, province_id, country, name_vi, name_lo, name_en, created_at, updated_at) VALUES (?, ?, 'VN', ?, '', '', ?, ?)`,
  );
  const vn = [...vnSeeded];
  tx(db, () => {
    for (let i = vn.length; i < scale.vn; i++) {
      const id = `vn-bench-${String(i).padStart(2, '0')}`;
      insertProvince.run(id, `Tỉnh thử ${i}`, `Bench ${i}`, now, now);
      for (const name of ['Sở Ngoại vụ', 'Sở Công Thương', 'Sở Y tế', 'Sở Giáo dục và Đào tạo']) insertAgency.run(randomUUID(), id, name, now, now);
      vn.push(id);
    }
  });
  const agenciesOf = new Map<string, string[]>();
  for (const row of db.prepare('SELECT id, province_id FROM agencies WHERE archived_at IS NULL').all() as { id: string; province_id: string }[]) {
    agenciesOf.set(row.province_id, [...(agenciesOf.get(row.province_id) ?? []), row.id]);
  }
  const indicatorIds = (db.prepare('SELECT id, unit_vi FROM indicators').all() as { id: string; unit_vi: string }[]);

  const s = {
    document: db.prepare(
      `INSERT INTO documents (id, kind, status, title_vi, title_lo, meeting_date, place_vi, created_at, updated_at) VALUES (?, 'minutes', 'signed', ?, '', ?, '', ?, ?)`,
    ),
    party: db.prepare(`INSERT INTO document_parties (id, document_id, province_id, role, position) VALUES (?, ?, ?, ?, ?)`),
    version: db.prepare(
      `INSERT INTO document_versions (id, document_id, version_no, label, snapshot_json, signed_on, created_at, chain_seq, chain_hash) VALUES (?, ?, 1, 'signed', '{}', ?, ?, ?, ?)`,
    ),
    section: db.prepare(`INSERT INTO sections (id, document_id, part, sector, position, title_vi, created_at, updated_at) VALUES (?, ?, 'tasks', ?, ?, ?, ?, ?)`),
    clause: db.prepare(
      `INSERT INTO clauses (id, document_id, section_id, parent_id, position, text_vi, text_lo, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
    ),
    tracking: db.prepare(
      `INSERT INTO clause_tracking (id, status, deadline_kind, deadline_date, deadline_from_year, deadline_to_year, due_date, status_changed_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    agency: db.prepare(`INSERT INTO clause_agencies (id, clause_id, agency_id, side, role, created_at) VALUES (?, ?, ?, ?, 'lead', ?)`),
    indicator: db.prepare(
      `INSERT INTO clause_indicators (id, clause_id, indicator_id, name_vi, unit, target_value, position, created_at, updated_at) VALUES (?, ?, ?, 'Chỉ tiêu', ?, ?, 0, ?, ?)`,
    ),
    entry: db.prepare(
      `INSERT INTO progress_entries (id, clause_id, entry_date, author, text_vi, text_lo, device_id, created_at, chain_seq, chain_hash) VALUES (?, ?, ?, 'Bench', ?, '', ?, ?, ?, ?)`,
    ),
    value: db.prepare(`INSERT INTO progress_values (id, entry_id, clause_indicator_id, value, unit, created_at) VALUES (?, ?, ?, ?, ?, ?)`),
  };

  // History rows carry their link in the hash chain (migration 0007), kept here in memory for speed.
  const heads = { progress_entries: chainHead(db, 'progress_entries'), document_versions: chainHead(db, 'document_versions') };
  const link = (table: keyof typeof heads, row: Record<string, SqlValue>): [number, string] => {
    const position = heads[table].position + 1;
    const hash = linkHash(heads[table].hash, table, { ...row, chain_seq: position });
    heads[table] = { position, hash };
    return [position, hash];
  };

  let documents = 0;
  let clauses = 0;
  let entries = 0;
  const writeDocument = (ours: string, partner: string, year: number, clauseCount: number): string => {
    const id = randomUUID();
    const date = `${year}-${String(1 + Math.floor(rnd() * 9)).padStart(2, '0')}-15`;
    s.document.run(id, `Biên bản hội đàm ${ours} – ${partner} năm ${year}`, date, now, now);
    s.party.run(randomUUID(), id, ours, 'ours', 0);
    s.party.run(randomUUID(), id, partner, 'partner', 1);
    const versionId = randomUUID();
    s.version.run(versionId, id, date, now, ...link('document_versions', { id: versionId, document_id: id, version_no: 1, label: 'signed', snapshot_json: '{}', signed_on: date, created_at: now }));
    const sectionIds = SECTORS.map((sector, position) => {
      const sectionId = randomUUID();
      s.section.run(sectionId, id, sector, position, `Lĩnh vực ${sector}`, now, now);
      return sectionId;
    });
    for (let c = 0; c < clauseCount; c++) {
      const clauseId = randomUUID();
      s.clause.run(clauseId, id, sectionIds[c % SECTORS.length], Math.floor(c / SECTORS.length), `Nhiệm vụ hợp tác số ${c + 1} năm ${year} giữa hai tỉnh`, 'ວຽກງານການຮ່ວມມື', now, now);
      const kind = rnd();
      const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
      const [deadlineKind, deadlineDate, fromYear, toYear, due] =
        kind < 0.6 ? ['date', `${year}-${month}-28`, null, null, `${year}-${month}-28`] : kind < 0.85 ? ['year', null, year, year, `${year}-12-31`] : ['ongoing', null, null, null, null];
      s.tracking.run(clauseId, pick(STATUSES), deadlineKind, deadlineDate, fromYear, toYear, due, date, now, now);
      const vnAgencies = agenciesOf.get(ours) ?? [];
      const laAgencies = agenciesOf.get(partner) ?? [];
      if (vnAgencies.length) s.agency.run(randomUUID(), clauseId, pick(vnAgencies), 'VN', now);
      if (laAgencies.length && rnd() < 0.8) s.agency.run(randomUUID(), clauseId, pick(laAgencies), 'LA', now);
      let indicatorId: string | null = null;
      let unit = '';
      if (c % 4 === 0) {
        const indicator = pick(indicatorIds);
        indicatorId = randomUUID();
        unit = indicator.unit_vi;
        s.indicator.run(indicatorId, clauseId, indicator.id, unit, Math.floor(rnd() * 100), now, now);
      }
      for (let e = 0; e < scale.entriesPerClause; e++) {
        const entryId = randomUUID();
        const entryDate = `${year}-${String(1 + ((e * 2) % 12)).padStart(2, '0')}-10`;
        const text = `Ghi nhận tiến độ lần ${e + 1}`;
        const entryLink = link('progress_entries', {
          id: entryId, clause_id: clauseId, entry_date: entryDate, author: 'Bench', agency_id: null, status_after: null, text_vi: text, text_lo: '', supersedes_id: null, device_id: device, created_at: now,
        });
        s.entry.run(entryId, clauseId, entryDate, text, device, now, ...entryLink);
        if (indicatorId) s.value.run(randomUUID(), entryId, indicatorId, Math.floor(rnd() * 20), unit, now);
        entries++;
      }
      clauses++;
    }
    documents++;
    return id;
  };

  for (const ours of vn.slice(0, scale.vn)) {
    tx(db, () => {
      for (const partner of la) {
        for (let y = 0; y < scale.years; y++) writeDocument(ours, partner, scale.firstYear + y, scale.clausesPerDocument);
      }
    });
  }
  const bigDocumentId = tx(db, () => writeDocument(vn[0]!, la[0]!, scale.firstYear + scale.years - 1, 300));
  const someTaskId = (db.prepare("SELECT id FROM clauses WHERE document_id = ? LIMIT 1").get(bigDocumentId) as { id: string }).id;
  return { documents, clauses, entries, bigDocumentId, someTaskId };
}
