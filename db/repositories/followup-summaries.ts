import { all, one, run, type ReadDb, type WriteDb } from '../sql';
import { byDueThenDocument, loadDocumentFacts, toTaskFacts, type DocumentFacts, type TaskFact } from './followup-facts';

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
  for (let i = 0; i < dirty.length; i += BATCH) {
    const batch = dirty.slice(i, i + BATCH);
    for (const document of loadDocumentFacts(db, batch)) upsert.run(document.documentId, version, JSON.stringify(document));
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
  if (!cached || cached.version !== version) {
    for (const row of all<{ facts_json: string }>(db, {
      text: 'SELECT facts_json FROM followup_document_facts WHERE version > ?',
      params: [cached?.version ?? 0],
    })) {
      const document = JSON.parse(row.facts_json) as DocumentFacts;
      stored.set(document.documentId, toTaskFacts(document));
    }
  }
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
