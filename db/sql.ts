import type Database from 'better-sqlite3';

/**
 * Branded handles: repository reads take ReadDb, mutations take WriteDb, so a "get" cannot quietly
 * write. Both are the same better-sqlite3 connection at run time.
 */
declare const readBrand: unique symbol;
declare const writeBrand: unique symbol;
export type ReadDb = Database.Database & { readonly [readBrand]: true };
export type WriteDb = ReadDb & { readonly [writeBrand]: true };

export function asWriteDb(db: Database.Database): WriteDb {
  return db as WriteDb;
}

export type SqlValue = string | number | bigint | null | Uint8Array;

/** A statement with `?` placeholders: never build SQL text from values. */
export interface SqlQuery {
  text: string;
  params: SqlValue[];
}

/** sql`SELECT * FROM t WHERE id = ${id}` → { text: 'SELECT * FROM t WHERE id = ?', params: [id] }. */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): SqlQuery {
  return { text: strings.join('?'), params: values };
}

export function all<T>(db: ReadDb, query: SqlQuery): T[] {
  return db.prepare(query.text).all(...query.params) as T[];
}

export function one<T>(db: ReadDb, query: SqlQuery): T | undefined {
  return db.prepare(query.text).get(...query.params) as T | undefined;
}

export function run(db: WriteDb, query: SqlQuery): void {
  db.prepare(query.text).run(...query.params);
}

/** Runs fn in one IMMEDIATE transaction (better-sqlite3 transactions are synchronous: never await inside). */
export function tx<T>(db: WriteDb, fn: () => T): T {
  return db.transaction(fn).immediate();
}
