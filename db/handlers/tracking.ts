import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HandlersOf } from '../../shared/contract/channels';
import type { FieldIssue } from '../../shared/contract/errors';
import type { followupContract } from '../../shared/contract/features/followup';
import { fail, FailureError, invalid, ok } from '../../shared/contract/result';
import { isoToDisplay } from '../../shared/domain/dates';
import { targetRequired, type IndicatorDirection } from '../../shared/followup/indicators';
import { deadlineBeforeSigning, dueDateOf, EVIDENCE_MAX_BYTES, type Deadline, type TrackingStatus } from '../../shared/followup/status';
import { insertRow, logChange, updateRow, type WriteContext } from '../changes';
import { todayOf } from '../clock';
import { openableType, readPickedFile, safeFileName } from '../files/evidence-types';
import type { Platform } from '../platform';
import { notFound, refuse } from '../repositories/drafting';
import { getTracking, lastStatusChangeOn, trackableClause, trackingRow, type TrackableClause } from '../repositories/tracking';
import { all, one, sql } from '../sql';
import { inTransaction, type HandlerContext } from './context';
import { resolveAsOf } from './followup-views';

type Channels = Pick<
  typeof followupContract,
  | 'tracking.get'
  | 'tracking.setStatus'
  | 'tracking.setDeadline'
  | 'tracking.assign'
  | 'tracking.unassign'
  | 'tracking.addIndicator'
  | 'tracking.updateIndicator'
  | 'tracking.removeIndicator'
  | 'progress.add'
  | 'evidence.pick'
  | 'evidence.open'
>;


interface PickedFile {
  fileName: string;
  bytes: Buffer;
  mediaType: string;
  pickedAt: number;
}

/** Picked files wait in memory for progress.add, at most this long and this many. */
const PICK_TTL_MS = 60 * 60 * 1000;
const PICK_MAX = 40;

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Creates the clause's tracking row on first write (no row = not started, no deadline). */
function ensureTracking(write: WriteContext, clauseId: string): void {
  if (trackingRow(write.db, clauseId)) return;
  insertRow(write, 'clause_tracking', { status: 'not_started' }, clauseId);
}

function deadlineColumns(deadline: Deadline | null) {
  return {
    deadline_kind: deadline?.kind ?? null,
    deadline_date: deadline?.kind === 'date' ? deadline.date : null,
    deadline_from_year: deadline?.kind === 'period' ? deadline.fromYear : deadline?.kind === 'year' ? deadline.year : null,
    deadline_to_year: deadline?.kind === 'period' ? deadline.toYear : deadline?.kind === 'year' ? deadline.year : null,
    due_date: dueDateOf(deadline),
  };
}

/**
 * Follow-up of one clause: status (never "delayed": that is computed), deadline, agencies per side,
 * indicators and the append-only progress log with evidence files stored in the database.
 */
export function trackingHandlers({ db, write, clock }: HandlerContext, platform: Platform | undefined) {
  const today = () => todayOf(clock);
  const picked = new Map<string, PickedFile>();
  const dropStalePicks = () => {
    const now = Date.now();
    for (const [token, file] of picked) if (now - file.pickedAt > PICK_TTL_MS) picked.delete(token);
    while (picked.size > PICK_MAX) picked.delete(picked.keys().next().value!);
  };

  /** What happened is dated between the signing of the document and today. */
  const withinFollowUp = (clause: TrackableClause, date: string, path: string) => {
    if (date > today()) refuse('date_in_future', path);
    if (clause.signedOn !== null && date < clause.signedOn) refuse('date_before_signing', path, { signedOn: isoToDisplay(clause.signedOn) });
  };

  /** Appends one progress entry (and its values and files); returns its id. */
  const appendEntry = (entry: {
    clauseId: string;
    entryDate: string;
    author: string;
    agencyId: string | null;
    statusAfter: TrackingStatus | null;
    textVi: string;
    textLo: string;
    supersedes: string | null;
  }) =>
    insertRow(write, 'progress_entries', {
      clause_id: entry.clauseId,
      entry_date: entry.entryDate,
      author: entry.author,
      agency_id: entry.agencyId,
      status_after: entry.statusAfter,
      text_vi: entry.textVi,
      text_lo: entry.textLo,
      supersedes_id: entry.supersedes,
      device_id: write.deviceId,
      created_at: write.now(),
    });

  const storeEvidence = (entryId: string, file: PickedFile) => {
    const id = write.newId();
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    db.prepare(
      `INSERT INTO evidence_files (id, entry_id, file_name, media_type, size, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, entryId, file.fileName, file.mediaType, file.bytes.length, sha256, file.bytes, write.now());
    // The change log records what was attached, not the bytes (they are in evidence_files, append-only).
    for (const [field, value] of [['entry_id', entryId], ['file_name', file.fileName], ['size', file.bytes.length], ['sha256', sha256]] as const) {
      logChange(write, { entity: 'evidence_files', entityId: id, op: 'insert', field, oldValue: null, newValue: value });
    }
  };

  const answer = (clauseId: string) => getTracking(db, clauseId, today());
  const documentOf = (clauseId: string) => one<{ document_id: string }>(db, sql`SELECT document_id FROM clauses WHERE id = ${clauseId}`)?.document_id;

  /**
   * One rule for every channel naming an agency on a clause (assign, progress.add): the agency exists and is
   * live, is of `side` when given, and belongs to a province that is party to the document on its side.
   */
  const partyAgency = (documentId: string, agencyId: string, side?: string) => {
    const agency =
      one<{ country: string; province_id: string | null; archived_at: string | null }>(
        db,
        sql`SELECT country, province_id, archived_at FROM agencies WHERE id = ${agencyId}`,
      ) ?? notFound('Agency');
    if (agency.archived_at !== null) refuse('agency_archived', 'agencyId');
    if (side !== undefined && agency.country !== side) refuse('agency_wrong_side', 'agencyId');
    const party = one(
      db,
      sql`SELECT 1 FROM document_parties dp JOIN provinces p ON p.id = dp.province_id
          WHERE dp.document_id = ${documentId} AND dp.province_id = ${agency.province_id} AND p.country = ${agency.country}`,
    );
    if (!party) refuse('agency_not_party', 'agencyId');
  };

  return {
    'tracking.get': ({ clauseId, asOf }) => {
      const documentId = documentOf(clauseId);
      const day = resolveAsOf(db, asOf, today(), documentId ? [documentId] : []);
      if ('ok' in day) return day;
      return ok(getTracking(db, clauseId, today(), day.asOf));
    },

    'tracking.setStatus': ({ clauseId, status, reason, noteVi, noteLo, on }) =>
      inTransaction(db, () => {
        const clause = trackableClause(db, clauseId);
        const date = on ?? today();
        withinFollowUp(clause, date, 'on');
        // The log replays in date order: a change dated before the last one would rewrite what followed it.
        const last = lastStatusChangeOn(db, clauseId);
        if (last !== null && date < last) refuse('status_before_last_change', 'on', { date: isoToDisplay(last) });
        ensureTracking(write, clauseId);
        const current = trackingRow(db, clauseId)!;
        if (current.status === status && noteVi === '' && noteLo === '' && (status !== 'dropped' || reason === current.drop_reason)) {
          return answer(clauseId);
        }
        updateRow(write, 'clause_tracking', clauseId, {
          status,
          drop_reason: status === 'dropped' ? reason : '',
          status_changed_on: date,
        });
        appendEntry({
          clauseId,
          entryDate: date,
          author: '',
          agencyId: null,
          statusAfter: status,
          textVi: status === 'dropped' && noteVi === '' ? reason : noteVi,
          textLo: noteLo,
          supersedes: null,
        });
        return answer(clauseId);
      }),

    'tracking.setDeadline': ({ clauseId, deadline, confirmBeforeSigning }) =>
      inTransaction(db, () => {
        const clause = trackableClause(db, clauseId);
        const value = deadline as Deadline | null;
        if (!confirmBeforeSigning && deadlineBeforeSigning(value, clause.signedOn)) {
          refuse('deadline_before_signing', 'deadline', { signedOn: isoToDisplay(clause.signedOn!) });
        }
        ensureTracking(write, clauseId);
        updateRow(write, 'clause_tracking', clauseId, deadlineColumns(value));
        return answer(clauseId);
      }),

    'tracking.assign': ({ clauseId, side, agencyId, role }) =>
      inTransaction(db, () => {
        const clause = trackableClause(db, clauseId);
        const agency =
          one<{ country: string; province_id: string | null; archived_at: string | null; valid_from: string | null; valid_to: string | null }>(
            db,
            sql`SELECT country, province_id, archived_at, valid_from, valid_to FROM agencies WHERE id = ${agencyId}`,
          ) ?? notFound('Agency');
        if (agency.archived_at !== null) refuse('agency_archived', 'agencyId');
        if (agency.country !== side) refuse('agency_wrong_side', 'agencyId');
        // A document offers the agencies that existed on its date (Sở Giao thông vận tải in 2023, Sở Xây dựng after 2025).
        const date = one<{ meeting_date: string }>(db, sql`SELECT meeting_date FROM documents WHERE id = ${clause.documentId}`)!.meeting_date;
        if ((agency.valid_from !== null && agency.valid_from > date) || (agency.valid_to !== null && agency.valid_to < date)) {
          refuse('agency_not_valid_on_date', 'agencyId', {
            date: isoToDisplay(date),
            validFrom: agency.valid_from ? isoToDisplay(agency.valid_from) : '…',
            validTo: agency.valid_to ? isoToDisplay(agency.valid_to) : '…',
          });
        }
        const party = one(
          db,
          sql`SELECT 1 FROM document_parties dp JOIN provinces p ON p.id = dp.province_id
              WHERE dp.document_id = ${clause.documentId} AND dp.province_id = ${agency.province_id} AND p.country = ${side}`,
        );
        if (!party) refuse('agency_not_party', 'agencyId');
        const now = write.now();
        if (role === 'lead') {
          const lead = one<{ id: string; agency_id: string }>(
            db,
            sql`SELECT id, agency_id FROM clause_agencies WHERE clause_id = ${clauseId} AND side = ${side} AND role = 'lead' AND archived_at IS NULL`,
          );
          if (lead && lead.agency_id !== agencyId) updateRow(write, 'clause_agencies', lead.id, { archived_at: now });
        }
        const existing = one<{ id: string }>(db, sql`SELECT id FROM clause_agencies WHERE clause_id = ${clauseId} AND agency_id = ${agencyId}`);
        if (existing) updateRow(write, 'clause_agencies', existing.id, { role, side, archived_at: null });
        else insertRow(write, 'clause_agencies', { clause_id: clauseId, agency_id: agencyId, side, role, created_at: now });
        return answer(clauseId);
      }),

    'tracking.unassign': ({ id }) =>
      inTransaction(db, () => {
        const row = one<{ clause_id: string }>(db, sql`SELECT clause_id FROM clause_agencies WHERE id = ${id} AND archived_at IS NULL`) ?? notFound('Assignment');
        trackableClause(db, row.clause_id, 'id');
        updateRow(write, 'clause_agencies', id, { archived_at: write.now() });
        return answer(row.clause_id);
      }),

    'tracking.addIndicator': ({ clauseId, indicatorId, nameVi, nameLo, unit, currency, target, targetNote, mode, direction }) =>
      inTransaction(db, () => {
        trackableClause(db, clauseId);
        if (indicatorId !== null && !one(db, sql`SELECT 1 FROM indicators WHERE id = ${indicatorId} AND archived_at IS NULL`)) {
          refuse('unknown_indicator', 'indicatorId');
        }
        const position = one<{ n: number }>(db, sql`SELECT count(*) AS n FROM clause_indicators WHERE clause_id = ${clauseId}`)!.n;
        insertRow(write, 'clause_indicators', {
          clause_id: clauseId,
          indicator_id: indicatorId,
          name_vi: nameVi,
          name_lo: nameLo,
          unit,
          currency,
          target_value: target,
          target_note: targetNote,
          value_mode: mode,
          direction,
          position,
        });
        return answer(clauseId);
      }),

    'tracking.updateIndicator': ({ id, ...patch }) =>
      inTransaction(db, () => {
        const row =
          one<{ clause_id: string; target_value: number | null; direction: IndicatorDirection }>(
            db,
            sql`SELECT clause_id, target_value, direction FROM clause_indicators WHERE id = ${id} AND archived_at IS NULL`,
          ) ?? notFound('Indicator');
        trackableClause(db, row.clause_id, 'id');
        const direction = patch.direction ?? row.direction;
        const target = patch.target !== undefined ? patch.target : row.target_value;
        if (targetRequired(direction) && target === null) refuse('target_required', 'target');
        updateRow(write, 'clause_indicators', id, {
          ...(patch.mode !== undefined ? { value_mode: patch.mode } : {}),
          ...(patch.direction !== undefined ? { direction: patch.direction } : {}),
          ...(patch.nameVi !== undefined ? { name_vi: patch.nameVi } : {}),
          ...(patch.nameLo !== undefined ? { name_lo: patch.nameLo } : {}),
          ...(patch.target !== undefined ? { target_value: patch.target } : {}),
          ...(patch.targetNote !== undefined ? { target_note: patch.targetNote } : {}),
        });
        return answer(row.clause_id);
      }),

    'tracking.removeIndicator': ({ id }) =>
      inTransaction(db, () => {
        const row = one<{ clause_id: string }>(db, sql`SELECT clause_id FROM clause_indicators WHERE id = ${id} AND archived_at IS NULL`) ?? notFound('Indicator');
        trackableClause(db, row.clause_id, 'id');
        updateRow(write, 'clause_indicators', id, { archived_at: write.now() });
        return answer(row.clause_id);
      }),

    'progress.add': ({ clauseId, entryDate, author, agencyId, textVi, textLo, values, evidenceTokens, supersedes }) => {
      const result = inTransaction(db, () => {
        const clause = trackableClause(db, clauseId);
        withinFollowUp(clause, entryDate, 'entryDate');
        if (agencyId !== null) partyAgency(clause.documentId, agencyId);
        if (supersedes !== null) {
          const old = one<{ clause_id: string }>(db, sql`SELECT clause_id FROM progress_entries WHERE id = ${supersedes}`);
          if (!old || old.clause_id !== clauseId) refuse('invalid', 'supersedes');
          if (one(db, sql`SELECT 1 FROM progress_entries WHERE supersedes_id = ${supersedes}`)) refuse('already_superseded', 'supersedes');
        }
        const indicators = new Map(
          all<{ id: string; unit: string }>(db, sql`SELECT id, unit FROM clause_indicators WHERE clause_id = ${clauseId} AND archived_at IS NULL`).map((i) => [
            i.id,
            i.unit,
          ]),
        );
        const issues: FieldIssue[] = [];
        values.forEach((v, i) => {
          const expected = indicators.get(v.clauseIndicatorId);
          if (expected === undefined) issues.push({ path: `values.${i}.clauseIndicatorId`, code: 'unknown_indicator' });
          else if (expected.normalize('NFC').toLowerCase() !== v.unit.toLowerCase()) {
            issues.push({ path: `values.${i}.unit`, code: 'unit_mismatch', params: { unit: v.unit, expected } });
          }
        });
        evidenceTokens.forEach((token, i) => {
          if (!picked.has(token)) issues.push({ path: `evidenceTokens.${i}`, code: 'unknown_evidence' });
        });
        if (issues.length > 0) throw new FailureError(invalid(issues, 'Invalid progress entry'));

        // A first report on a clause not yet started means work has begun: the entry itself is that dated change.
        ensureTracking(write, clauseId);
        const last = lastStatusChangeOn(db, clauseId);
        const starts = trackingRow(db, clauseId)!.status === 'not_started' && (last === null || entryDate >= last);
        const entryId = appendEntry({ clauseId, entryDate, author, agencyId, statusAfter: starts ? 'in_progress' : null, textVi, textLo, supersedes });
        for (const v of values) {
          insertRow(write, 'progress_values', {
            entry_id: entryId,
            clause_indicator_id: v.clauseIndicatorId,
            value: v.value,
            unit: indicators.get(v.clauseIndicatorId)!,
            note: v.note,
            created_at: write.now(),
          });
        }
        for (const token of evidenceTokens) storeEvidence(entryId, picked.get(token)!);
        if (starts) updateRow(write, 'clause_tracking', clauseId, { status: 'in_progress', status_changed_on: entryDate });
        return answer(clauseId);
      });
      if (result.ok) for (const token of evidenceTokens) picked.delete(token);
      return result;
    },

    'evidence.pick': async () => {
      if (!platform) return fail('E_FORBIDDEN', 'Choosing files needs the desktop app');
      const paths = await platform.chooseFiles({ title: 'Evidence' });
      if (paths === null) return ok({ canceled: true, files: [] });
      dropStalePicks();
      const issues: FieldIssue[] = [];
      const files: PickedFile[] = [];
      paths.forEach((path, i) => {
        // The name is officer data shown in the UI and used for "Save a copy…": no bidi tricks from here on.
        const fileName = safeFileName(basename(path), 'file');
        const read = readPickedFile(path, EVIDENCE_MAX_BYTES);
        if ('refused' in read) {
          const params = read.refused === 'file_too_large' ? { fileName, size: megabytes(read.size ?? 0), max: megabytes(EVIDENCE_MAX_BYTES) } : { fileName };
          issues.push({ path: `files.${i}`, code: read.refused, params });
          return;
        }
        const mediaType = openableType(fileName, read.bytes)?.mediaType ?? 'application/octet-stream';
        files.push({ fileName, bytes: read.bytes, mediaType, pickedAt: Date.now() });
      });
      // All or nothing: one bad file refuses the pick, so the officer sees exactly which file to replace.
      if (issues.length > 0) return invalid(issues, 'Some files cannot be attached');
      const answerFiles = files.map((file) => {
        const token = randomUUID();
        picked.set(token, file);
        return { token, fileName: file.fileName, size: file.bytes.length, mediaType: file.mediaType };
      });
      dropStalePicks();
      return ok({ canceled: false, files: answerFiles });
    },

    'evidence.open': async ({ id }) => {
      if (!platform) return fail('E_FORBIDDEN', 'Opening files needs the desktop app');
      const file = one<{ file_name: string; content: Buffer }>(db, sql`SELECT file_name, content FROM evidence_files WHERE id = ${id}`);
      if (!file) return fail('E_NOT_FOUND', 'Evidence not found');
      // Only allow-listed document and image types whose bytes match their name reach the system viewer, under
      // a name we build (the type's own extension); anything else can only be saved as a copy.
      const type = openableType(file.file_name, file.content);
      if (!type) return fail('E_FORBIDDEN', 'This file type is not opened directly', { issues: [{ path: 'id', code: 'evidence_not_openable' }] });
      const stem = safeFileName(file.file_name).replace(/\.[^.]*$/u, '') || 'evidence';
      const path = join(platform.privateTempFolder(), `${id.slice(0, 8)}-${stem}.${type.extension}`);
      writeFileSync(path, file.content, { mode: 0o600 });
      await platform.openPath(path);
      return ok({});
    },
  } satisfies HandlersOf<Channels>;
}
