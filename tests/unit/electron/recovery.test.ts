/**
 * Start-up check and recovery in the real main bundle (fake Electron, real SQLite files): a database that fails
 * its check is reported plainly, the newest good backup is offered, the damaged file is kept beside the restored
 * one; automatic backups start only for a database that passed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { automaticBackup } from '../../../db/backup/service';
import { verifyHistory } from '../../../db/integrity/verify';
import { IPC_INVOKE_CHANNEL } from '../../../shared/contract/ipc';
import { vi as viCatalogue } from '../../../shared/i18n';
import { startBackend, tempDir } from '../../harness/backend';
import { bundleInMemory, createFakeElectron, fakeEvent, runCjs, type FakeElectron } from './fake-electron';

let mainCode: string;
beforeAll(async () => {
  mainCode = await bundleInMemory('main');
}, 60_000);

const cleanups: (() => void)[] = [];
beforeEach(() => {
  for (const level of ['info', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
});
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
  vi.restoreAllMocks();
});

/** userData with a database holding the sample agreement and an automatic backup of it. */
async function withBackup(userData: string): Promise<string> {
  mkdirSync(userData, { recursive: true });
  const backend = startBackend(join(userData, 'hoptac.sqlite'));
  await backend.invoke('documents.createSample', {});
  await automaticBackup(backend.db, join(userData, 'backups'), new Date(2025, 4, 1, 8));
  backend.close();
  return join(userData, 'hoptac.sqlite');
}

function tamper(dbPath: string): void {
  const db = new Database(dbPath);
  db.exec("DROP TRIGGER progress_entries_no_update; UPDATE progress_entries SET text_vi = 'Đã hoàn thành' WHERE chain_seq = 1");
  db.close();
}

function launch(prepare: (userData: string) => Promise<void> | void) {
  const dir = tempDir('hoptac-recovery-');
  const userData = dir.file('userData');
  const distElectron = dir.file('dist/electron');
  mkdirSync(distElectron, { recursive: true });
  mkdirSync(dir.file('dist/renderer'), { recursive: true });
  writeFileSync(dir.file('dist/renderer/index.html'), '<!doctype html><title>Hợp Tác</title>');
  return (async () => {
    mkdirSync(userData, { recursive: true });
    await prepare(userData);
    const fake = createFakeElectron({ userData });
    cleanups.push(() => {
      fake.app.emit('will-quit', fakeEvent());
      dir.remove();
    });
    runCjs(mainCode, join(distElectron, 'main.cjs'), { electron: fake.electron });
    fake.markReady();
    await vi.waitFor(() => {
      if (fake.record.windows.length === 0 && fake.record.exitCode === undefined) throw new Error('still starting');
    });
    return { fake, userData, dbPath: join(userData, 'hoptac.sqlite') };
  })();
}

function invoke(fake: FakeElectron, channel: string, payload: unknown) {
  const handler = fake.record.ipcHandlers.get(IPC_INVOKE_CHANNEL)!;
  return Promise.resolve(handler({ senderFrame: { url: 'app://hoptac/index.html', parent: null } }, channel, payload)) as Promise<{ ok: boolean; value: unknown }>;
}

describe('start-up check and recovery', () => {
  it('history edited outside the app: says so, restores the newest good backup, keeps the edited file beside it', async () => {
    let edited = '';
    const { fake, userData, dbPath } = await launch(async (dir) => {
      const path = await withBackup(dir);
      tamper(path);
      edited = readFileSync(path).toString('latin1');
    });
    expect(fake.record.windows).toHaveLength(1);
    const box = fake.record.messageBoxes[0]!;
    expect(box.title).toBe(viCatalogue.safety.startup.title);
    expect(box.message).toMatch(/progress_entries id .*hash_mismatch/u);
    expect(box.buttons).toEqual([viCatalogue.safety.startup.restore, viCatalogue.safety.startup.continue, viCatalogue.safety.startup.quit]);
    const damaged = readdirSync(userData).filter((n) => n.startsWith('hoptac.sqlite.damaged-') && !/-(wal|shm)$/u.test(n));
    expect(damaged).toHaveLength(1);
    expect(readFileSync(join(userData, damaged[0]!)).toString('latin1')).toBe(edited);
    const status = await invoke(fake, 'database.status', {});
    expect(status.value).toMatchObject({ readOnly: false, historyProblem: null });
    fake.app.emit('will-quit', fakeEvent());
    const db = new Database(dbPath, { readonly: true });
    expect(verifyHistory(db).ok).toBe(true);
    db.close();
  });

  it('a file SQLite cannot read: the newest good backup is offered and restored, the file kept', async () => {
    const { fake, userData } = await launch(async (dir) => {
      const path = await withBackup(dir);
      writeFileSync(path, 'not a database any more '.repeat(500));
    });
    expect(fake.record.windows).toHaveLength(1);
    expect(fake.record.messageBoxes[0]!.buttons).toEqual([viCatalogue.safety.startup.restore, viCatalogue.safety.startup.quit]);
    expect(readdirSync(userData).some((n) => n.startsWith('hoptac.sqlite.damaged-'))).toBe(true);
    expect(((await invoke(fake, 'documents.list', {})).value as { items: unknown[] }).items).toHaveLength(1);
  });

  it('no good backup: the problem is shown, opening anyway keeps it visible, and no automatic backup is made of it', async () => {
    const { fake, userData } = await launch(async (dir) => {
      const path = await withBackup(dir);
      for (const name of readdirSync(join(dir, 'backups'))) writeFileSync(join(dir, 'backups', name), 'gone');
      tamper(path);
    });
    expect(fake.record.messageBoxes[0]!.buttons).toEqual([viCatalogue.safety.startup.continue, viCatalogue.safety.startup.quit]);
    expect(fake.record.windows).toHaveLength(1);
    const status = await invoke(fake, 'database.status', {});
    expect(status.value).toMatchObject({ historyProblem: { table: 'progress_entries', reason: 'hash_mismatch' } });
    expect(readdirSync(join(userData, 'backups')).filter((n) => n.startsWith('hoptac-auto-'))).toHaveLength(1); // only the broken old one
  });

  it('a healthy database gets its automatic backup at start', async () => {
    const { fake, userData } = await launch(() => undefined);
    expect(fake.record.messageBoxes).toEqual([]);
    await vi.waitFor(() => {
      const names = existsSync(join(userData, 'backups')) ? readdirSync(join(userData, 'backups')) : [];
      if (!names.some((n) => /^hoptac-auto-\d{8}-\d{6}\.sqlite$/u.test(n))) throw new Error('no backup yet');
    });
  });
});
