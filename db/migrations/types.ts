import type Database from 'better-sqlite3';

export interface MigrationContext {
  /** ISO timestamp of the run, for seeded rows. */
  now: string;
}

/** A numbered schema step. A shipped migration is never edited: fix forward with a new one. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database, ctx: MigrationContext): void;
}
