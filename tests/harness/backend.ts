import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type ApiDeps } from '../../db/api';
import { dispatch } from '../../db/dispatch';
import { openDatabase } from '../../db/open';
import type { WriteDb } from '../../db/sql';

export interface Backend {
  db: WriteDb;
  dbPath: string;
  api: ReturnType<typeof createApi>;
  /** Exactly what window.api.invoke does in the app: the same dispatch the Electron IPC handler calls. */
  invoke(channel: unknown, payload: unknown): Promise<unknown>;
  close(): void;
}

export function startBackend(dbPath: string, { readOnly, ...extra }: Partial<ApiDeps> & { readOnly?: boolean } = {}): Backend {
  const db = openDatabase(dbPath, readOnly ? { readOnly } : {});
  const api = createApi({ db, databasePath: dbPath, appVersion: '0.0.0-test', ...extra });
  return {
    db,
    dbPath,
    api,
    invoke: (channel, payload) => dispatch(api, channel, payload, { error: () => undefined }),
    close: () => db.close(),
  };
}

/** A fresh folder for one test's database; remove() deletes it. */
export function tempDir(prefix = 'hoptac-test-'): { dir: string; file(name: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
