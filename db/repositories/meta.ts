import { randomUUID } from 'node:crypto';
import { one, run, sql, type ReadDb, type WriteDb } from '../sql';

export function getMeta(db: ReadDb, key: string): string | undefined {
  return one<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = ${key}`)?.value;
}

/** The id of this installation, written once; every change-log row carries it. */
export function ensureDeviceId(db: WriteDb): string {
  const existing = getMeta(db, 'device_id');
  if (existing) return existing;
  const id = randomUUID();
  // A read-only file is never written to: this session's id is not stored (it writes nothing to log).
  if (db.readonly) return id;
  run(db, sql`INSERT INTO meta (key, value) VALUES ('device_id', ${id})`);
  return id;
}

/** Newest change-log stamp written by this device, so the hybrid clock never goes backwards. */
export function lastStampOf(db: ReadDb, deviceId: string): string | undefined {
  return one<{ hlc: string }>(db, sql`SELECT max(hlc) AS hlc FROM change_log WHERE device_id = ${deviceId}`)?.hlc ?? undefined;
}
