import { randomUUID } from 'node:crypto';
import type { HybridClock } from './clock';
import { chainRow, isChainedTable } from './integrity/chain';
import type { SqlValue, WriteDb } from './sql';

/** Everything a write needs: the connection, who writes (device) and when (clock). */
export interface WriteContext {
  db: WriteDb;
  deviceId: string;
  hlc: HybridClock;
  now(): string;
  newId(): string;
}

/**
 * Tables and columns that generic writes may touch. Identifiers in SQL text only ever come from this
 * list; values are always bound parameters.
 */
const WRITABLE = {
  documents: ['kind', 'status', 'title_vi', 'title_lo', 'title_lo_needs_review', 'meeting_date', 'place_vi', 'place_lo',
    'period_start', 'period_end', 'legal_basis_vi', 'legal_basis_lo', 'template_id', 'predecessor_id', 'is_sample', 'archived_at',
    'dateline_place_vi', 'dateline_place_lo'],
  document_parties: ['document_id', 'province_id', 'role', 'position'],
  // Named delegations (migration 0005); a delegate belongs to one.
  delegations: ['document_id', 'side', 'name_vi', 'name_lo', 'lo_needs_review', 'province_id', 'position', 'archived_at'],
  delegates: ['document_id', 'delegation_id', 'person_id', 'role', 'position', 'name_vi', 'name_lo', 'title_vi', 'title_lo',
    'lo_needs_review', 'archived_at'],
  // Partner scope of a section or clause (0005): rows are archived when the scope is cleared, never deleted.
  section_scopes: ['section_id', 'province_id', 'archived_at', 'created_at'],
  clause_scopes: ['clause_id', 'province_id', 'archived_at', 'created_at'],
  sections: ['document_id', 'part', 'sector', 'position', 'title_vi', 'title_lo', 'lo_needs_review', 'archived_at'],
  document_versions: ['document_id', 'version_no', 'label', 'snapshot_json', 'signed_on', 'created_at'],
  // Follow-up lives in clause_tracking / clause_indicators since 0003; 0001's follow-up columns of clauses are not written.
  clauses: ['document_id', 'section_id', 'parent_id', 'position', 'text_vi', 'text_lo', 'lo_needs_review', 'predecessor_clause_id', 'archived_at'],
  templates: ['kind', 'name_vi', 'name_lo', 'version', 'body_json', 'builtin', 'archived_at'],
  library_clauses: ['sector', 'text_vi', 'text_lo', 'lo_needs_review', 'indicator_hint', 'source', 'archived_at'],
  // Follow-up (migration 0003). progress_* rows are insert-only (triggers refuse updates); evidence_files
  // are written by db/repositories/evidence.ts, which logs metadata only (not the file's bytes).
  agencies: ['province_id', 'country', 'name_vi', 'name_lo', 'name_en', 'name_lo_needs_review', 'abbreviation',
    'valid_from', 'valid_to', 'successor_id', 'archived_at'],
  clause_agencies: ['clause_id', 'agency_id', 'side', 'role', 'archived_at', 'created_at'],
  clause_tracking: ['status', 'deadline_kind', 'deadline_date', 'deadline_from_year', 'deadline_to_year', 'due_date',
    'drop_reason', 'status_changed_on'],
  clause_indicators: ['clause_id', 'indicator_id', 'name_vi', 'name_lo', 'unit', 'currency', 'target_value', 'target_note',
    'position', 'archived_at', 'value_mode', 'direction'],
  // Migration 0006: small JSON settings (id = the setting's name, e.g. 'report').
  settings: ['value_json'],
  progress_entries: ['clause_id', 'entry_date', 'author', 'agency_id', 'status_after', 'text_vi', 'text_lo', 'supersedes_id',
    'device_id', 'created_at'],
  progress_values: ['entry_id', 'clause_indicator_id', 'value', 'unit', 'note', 'created_at'],
} as const satisfies Record<string, readonly string[]>;

export type WritableTable = keyof typeof WRITABLE;
export type RowOf<T extends WritableTable> = Partial<Record<(typeof WRITABLE)[T][number], SqlValue>>;

/** Tables whose rows carry created_at / updated_at. */
const TIMESTAMPED: ReadonlySet<WritableTable> = new Set([
  'documents', 'delegations', 'delegates', 'sections', 'clauses', 'templates', 'library_clauses', 'agencies', 'clause_tracking', 'clause_indicators', 'settings',
]);

function toLogValue(value: SqlValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return `base64:${Buffer.from(value).toString('base64')}`;
  return String(value);
}

export function logChange(
  ctx: WriteContext,
  entry: { entity: string; entityId: string; op: 'insert' | 'update' | 'delete'; field: string | null; oldValue: SqlValue | undefined; newValue: SqlValue | undefined },
): void {
  // Each row carries the next link of the hash chain (db/integrity/chain.ts).
  const row = chainRow(ctx.db, 'change_log', {
    change_id: randomUUID(),
    device_id: ctx.deviceId,
    hlc: ctx.hlc.next(),
    entity: entry.entity,
    entity_id: entry.entityId,
    op: entry.op,
    field: entry.field,
    old_value: toLogValue(entry.oldValue),
    new_value: toLogValue(entry.newValue),
    created_at: ctx.now(),
  });
  ctx.db
    .prepare(
      `INSERT INTO change_log (seq, change_id, device_id, hlc, entity, entity_id, op, field, old_value, new_value, created_at, chain_hash)
       VALUES (@seq, @change_id, @device_id, @hlc, @entity, @entity_id, @op, @field, @old_value, @new_value, @created_at, @chain_hash)`,
    )
    .run(row);
}

function checkColumns(table: WritableTable, columns: string[]): void {
  const allowed: readonly string[] = WRITABLE[table];
  for (const column of columns) {
    if (!allowed.includes(column)) throw new Error(`Column ${table}.${column} is not writable`);
  }
}

/** Inserts a row with a new id and logs one change per non-empty field. Returns the id. */
export function insertRow<T extends WritableTable>(ctx: WriteContext, table: T, row: RowOf<T>, id = ctx.newId()): string {
  const values: Record<string, SqlValue> = { ...(row as Record<string, SqlValue>) };
  checkColumns(table, Object.keys(values));
  if (TIMESTAMPED.has(table)) {
    const now = ctx.now();
    values['created_at'] = now;
    values['updated_at'] = now;
  }
  // History tables get their link in the hash chain (and defaults of hashed columns made explicit).
  const stored = isChainedTable(table) ? chainRow(ctx.db, table, { id, ...values }) : { id, ...values };
  const columns = Object.keys(stored);
  const placeholders = columns.map(() => '?').join(', ');
  ctx.db
    // eslint-disable-next-line no-restricted-syntax -- identifiers come from the WRITABLE allow-list and the chain spec; values are bound
    .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders})`)
    .run(...Object.values(stored));
  for (const [field, value] of Object.entries(row as Record<string, SqlValue>)) {
    if (value === null || value === '') continue;
    logChange(ctx, { entity: table, entityId: id, op: 'insert', field, oldValue: null, newValue: value });
  }
  return id;
}

/** Updates the given fields of one row, logging old and new value of each field that really changed. */
export function updateRow<T extends WritableTable>(ctx: WriteContext, table: T, id: string, patch: RowOf<T>): number {
  const fields = Object.keys(patch);
  checkColumns(table, fields);
  // eslint-disable-next-line no-restricted-syntax -- identifiers come from the WRITABLE allow-list; values are bound
  const current = ctx.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, SqlValue> | undefined;
  if (!current) return 0;
  const changed = fields.filter((f) => current[f] !== (patch as Record<string, SqlValue>)[f]);
  if (changed.length === 0) return 0;
  const assignments = changed.map((f) => `${f} = ?`);
  const params = changed.map((f) => (patch as Record<string, SqlValue>)[f] ?? null);
  if (TIMESTAMPED.has(table)) {
    assignments.push('updated_at = ?');
    params.push(ctx.now());
  }
  // eslint-disable-next-line no-restricted-syntax -- identifiers come from the WRITABLE allow-list; values are bound
  ctx.db.prepare(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = ?`).run(...params, id);
  for (const field of changed) {
    logChange(ctx, { entity: table, entityId: id, op: 'update', field, oldValue: current[field], newValue: (patch as Record<string, SqlValue>)[field] });
  }
  return changed.length;
}
