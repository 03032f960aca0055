import type Database from 'better-sqlite3';
import { DatabaseOpenError } from '../errors';
import type { Migration } from './types';

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Migration versions must be 1, 2, 3, … with no gaps or repeats. */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}, expected ${index + 1}`);
    }
  });
}

/**
 * Brings the schema up to the newest version. Each pending migration runs in its own transaction
 * together with the user_version bump, so a power cut leaves the file at a whole version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], now: () => string): number {
  assertMigrationOrder(migrations);
  const latest = migrations.length;
  const current = readUserVersion(db);
  if (current > latest) throw new DatabaseOpenError('E_DB_NEWER', current, latest);
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db, { now: now() });
      // PRAGMA takes no bound parameters; the value is an integer from our own list.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }).immediate();
  }
  return readUserVersion(db);
}
