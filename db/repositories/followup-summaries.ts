import { all, one, run, type ReadDb, type WriteDb } from '../sql';
import { SECTORS } from '../../shared/domain/document';
import { TRACKING_STATUSES, type StatusEvent } from '../../shared/followup/status';
import { byDueThenDocument, loadDocumentFacts, toTaskFacts, type DocumentFacts, type IndicatorFact, type TaskFact } from './followup-facts';

/**
 * Where the follow-up facts are kept (migration 0006), so that opening a file with ten years of follow-up
 * does not read every task's rows:
 *
 * - `followup_document_facts`: one JSON summary per document (./followup-facts.ts DocumentFacts), with a
 *   version that grows at each rebuild. Triggers put a document in `followup_dirty` whenever a row its facts
 *   come from changes, whoever writes; every write of the app rebuilds the dirty summaries in its own
 *   transaction (handlers/context.ts inTransaction), and the app does the same when it opens a file.
 * - In memory, per connection: the parsed summaries; a read loads only the summaries newer than those it
 *   holds, and computes the still-dirty documents (a write by another program) from their rows.
 *
 * The as-of day is never cached: every view recomputes statuses and lateness for its day.
 */
export interface Facts {
  /** In database order: aggregation loops walk memory in allocation order. */
  tasks: TaskFact[];
}

interface Cached extends Facts {
  dataVersion: number;
  version: number;
  dirtyKey: string;
  /** Parsed stored summaries, by document (dirty documents overlay them in `tasks`). */
  stored: Map<string, TaskFact[]>;
  ordered?: TaskFact[];
  byId?: Map<string, TaskFact>;
}

const cache = new WeakMap<ReadDb, Cached>();

/**
 * The stored form of a document's facts: arrays instead of objects and agency ids listed once per
 * document, so ten years of summaries stay small (~15 MB for 100,000 tasks) and parse quickly.
 * Bump `v` when the shape changes: a summary of another shape is rebuilt from the rows.
 */
const SUMMARY_SHAPE = 4;
type StoredIndicator = [IndicatorFact['key'], string, string, string, number | null, IndicatorFact['mode'], IndicatorFact['direction'], number | null, string | null, string];
/** Sector and status as their index in SECTORS / TRACKING_STATUSES. */
type StoredTaskRow = [string, number, number, number, number, string | null, number[], number[], string | null, 0 | 1, [string, string, StatusEvent['status']][], StoredIndicator[], string[] | null];
interface StoredDocument {
  v: number;
  d: string;
  m: string;
  k: DocumentFacts['kind'];
  o: string[];
  p: string[];
  t: StoredTaskRow[];
}

/**
 * Agencies are referred to by their rowid (agencies are archived, never deleted, so a rowid stays theirs):
 * a few digits instead of a 36-character id on every task.
 */
function agencyRowids(db: ReadDb): { byId: Map<string, number>; byRowid: Map<number, string> } {
  const rows = db.prepare('SELECT rowid, id FROM agencies').raw().all() as [number, string][];
  return { byId: new Map(rows.map(([rowid, id]) => [id, rowid])), byRowid: new Map(rows) };
}

export function encodeDocumentFacts(document: DocumentFacts, agencyRowid: ReadonlyMap<string, number>): string {
  const ref = (id: string) => agencyRowid.get(id) ?? -1;
  const tasks = document.tasks.map(
    (t): StoredTaskRow => [
      t.clauseId,
      SECTORS.indexOf(t.sector),
      t.sectionPosition,
      t.clausePosition,
      TRACKING_STATUSES.indexOf(t.status),
      t.dueDate,
      t.leads.map(ref),
      t.agencies.map(ref),
      t.settledOn,
      t.carried ? 1 : 0,
      t.events.map((e) => [e.date, e.order, e.status]),
      t.indicators.map((i) => [i.key, i.nameVi, i.nameLo, i.unit, i.target, i.mode, i.direction, i.current, i.settledOn, i.reports]),
      t.scope,
    ],
  );
  const stored: StoredDocument = { v: SUMMARY_SHAPE, d: document.documentId, m: document.meetingDate, k: document.kind, o: document.ours, p: document.partners, t: tasks };
  return JSON.stringify(stored);
}

/** The facts of a stored summary; undefined when it has another shape (then it is rebuilt). */
export function decodeDocumentFacts(json: string, agencyId: ReadonlyMap<number, string>): DocumentFacts | undefined {
  const stored = JSON.parse(json) as StoredDocument;
  if (stored.v !== SUMMARY_SHAPE) return undefined;
  const none: never[] = [];
  return {
    documentId: stored.d,
    meetingDate: stored.m,
    kind: stored.k,
    ours: stored.o,
    partners: stored.p,
    tasks: stored.t.map(([clauseId, sector, sectionPosition, clausePosition, status, dueDate, leads, agencies, settledOn, carried, events, indicators, scope]) => ({
      clauseId,
      sector: SECTORS[sector]!,
      sectionPosition,
      clausePosition,
      status: TRACKING_STATUSES[status]!,
      dueDate,
      leads: leads.map((i) => agencyId.get(i) ?? ''),
      agencies: agencies.map((i) => agencyId.get(i) ?? ''),
      events: events.length ? events.map(([date, order, s]) => ({ date, order, status: s })) : none,
      settledOn,
      carried: carried === 1,
      indicators: indicators.length
        ? indicators.map(([key, nameVi, nameLo, unit, target, mode, direction, current, indicatorSettledOn, reports]) => ({
            clauseId,
            key,
            nameVi,
            nameLo,
            unit,
            target,
            mode,
            direction,
            current,
            settledOn: indicatorSettledOn,
            reports,
          }))
        : none,
      scope: scope ?? null,
    })),
  };
}
/** Summaries rebuilt per statement batch (json_each lists). */
const BATCH = 500;

const summarised = new WeakSet<ReadDb>();

/** Whether the file has the summary tables (migration 0006); tests run today's writes on older schemas too. */
function hasSummaries(db: ReadDb): boolean {
  if (summarised.has(db)) return true;
  const found = one(db, { text: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'followup_dirty'", params: [] }) !== undefined;
  if (found) summarised.add(db);
  return found;
}

/** Rebuilds the summaries of the dirty documents; run inside the caller's write transaction. Returns how many. */
export function refreshFollowupSummaries(db: WriteDb): number {
  if (!hasSummaries(db)) return 0;
  const dirty = all<{ document_id: string }>(db, { text: 'SELECT document_id FROM followup_dirty', params: [] }).map((r) => r.document_id);
  if (dirty.length === 0) return 0;
  const version = (one<{ v: number | null }>(db, { text: 'SELECT max(version) AS v FROM followup_document_facts', params: [] })?.v ?? 0) + 1;
  const upsert = db.prepare(
    `INSERT INTO followup_document_facts (document_id, version, facts_json) VALUES (?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET version = excluded.version, facts_json = excluded.facts_json`,
  );
  const { byId } = agencyRowids(db);
  for (let i = 0; i < dirty.length; i += BATCH) {
    const batch = dirty.slice(i, i + BATCH);
    for (const document of loadDocumentFacts(db, batch)) upsert.run(document.documentId, version, encodeDocumentFacts(document, byId));
    run(db, { text: 'DELETE FROM followup_dirty WHERE document_id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(batch)] });
  }
  return dirty.length;
}

/** The follow-up facts as the database holds them now. */
export function facts(db: ReadDb): Facts {
  const dataVersion = Number(db.pragma('data_version', { simple: true }));
  const version = one<{ v: number | null }>(db, { text: 'SELECT max(version) AS v FROM followup_document_facts', params: [] })?.v ?? 0;
  const dirty = all<{ document_id: string }>(db, { text: 'SELECT document_id FROM followup_dirty ORDER BY document_id', params: [] }).map((r) => r.document_id);
  const dirtyKey = dirty.join(',');
  const cached = cache.get(db);
  if (cached && cached.dataVersion === dataVersion && cached.version === version && cached.dirtyKey === dirtyKey) return cached;

  const stored = cached?.stored ?? new Map<string, TaskFact[]>();
  const outdated: string[] = [];
  if (!cached || cached.version !== version) {
    const rows = db.prepare('SELECT document_id, facts_json FROM followup_document_facts WHERE version > ?').raw().all(cached?.version ?? 0) as [string, string][];
    const { byRowid } = agencyRowids(db);
    for (const [documentId, json] of rows) {
      const document = decodeDocumentFacts(json, byRowid);
      if (document) stored.set(document.documentId, toTaskFacts(document));
      else outdated.push(documentId);
    }
  }
  // A summary of an older shape is computed from its rows (until the next write of that document rebuilds it).
  for (const document of loadDocumentFacts(db, outdated)) stored.set(document.documentId, toTaskFacts(document));
  // Dirty documents (another program wrote since) are computed from their rows, over the stored summaries.
  const overlay = new Map(loadDocumentFacts(db, dirty).map((d) => [d.documentId, toTaskFacts(d)]));
  const tasks: TaskFact[] = [];
  for (const [documentId, list] of stored) if (!overlay.has(documentId)) for (const t of list) tasks.push(t);
  for (const list of overlay.values()) for (const t of list) tasks.push(t);
  const next: Cached = { dataVersion, version, dirtyKey, stored, tasks };
  cache.set(db, next);
  return next;
}

/** The tasks in tracking-table order (sorted once per change of the facts, on the first list asked for). */
export function orderedTasks(current: Facts): TaskFact[] {
  const c = current as Cached;
  c.ordered ??= [...c.tasks].sort(byDueThenDocument);
  return c.ordered;
}

/** A task by clause id, for the rows of a page. */
export function taskById(current: Facts, clauseId: string): TaskFact | undefined {
  const c = current as Cached;
  c.byId ??= new Map(c.tasks.map((t) => [t.clauseId, t]));
  return c.byId.get(clauseId);
}
