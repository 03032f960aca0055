import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../../db/backup/check';
import { isEncryptedBackup } from '../../../db/backup/crypto';
import { backupsToDelete } from '../../../db/backup/rotation';
import { automaticBackup, automaticBackupDue, backupToFile, listBackups } from '../../../db/backup/service';
import { snapshotDatabase, SnapshotTimeoutError } from '../../../db/backup/snapshot';
import { runCli } from '../../../db/cli/main';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import type { BackupItem } from '../../../shared/contract/features/safety';
import type { DocumentSummary } from '../../../shared/contract/schemas';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { fakePlatform, type FakePlatform } from '../../harness/platform';
import { apiHelpers } from '../../helpers/api';
import { fingerprint, validCreateRequest } from '../../helpers/db';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let platform: FakePlatform & { swaps: number };
let dbPath: string;

/** The main process's restore: close, replace, reopen, rebind (electron/main.ts does the same with IPC). */
function swappingPlatform(folder: string) {
  const base = fakePlatform(folder) as FakePlatform & { swaps: number };
  base.swaps = 0;
  base.swapDatabase = async (replace) => {
    backend.close();
    replace();
    backend = startBackend(dbPath, { platform: base });
    base.swaps += 1;
  };
  return base;
}

const { expectOk, call } = apiHelpers(() => backend);

beforeEach(() => {
  tmp = tempDir();
  dbPath = tmp.file('data/hoptac.sqlite');
  platform = swappingPlatform(tmp.file('files'));
  mkdirSync(tmp.file('data'));
  backend = startBackend(dbPath, { platform });
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

const leftovers = (folder: string) => readdirSync(folder).filter((n) => /partial|-wal$|-shm$|-journal$/u.test(n));

describe('backups', () => {
  it('copies the open database into one self-contained file that passes every check, leaving nothing partial', async () => {
    await expectOk('documents.createSample', {});
    const target = tmp.file('files/copy.sqlite');
    let last = 0;
    const { bytes } = await snapshotDatabase(backend.db, target, { pagesPerStep: 8, onProgress: (f) => (last = f) });
    expect(last).toBe(1);
    expect(bytes).toBeGreaterThan(100_000);
    expect(checkBackupFile(target)).toMatchObject({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION, documents: 1 });
    expect(leftovers(tmp.file('files'))).toEqual([]);
  });

  it('gives up at its time limit and removes the partial file', async () => {
    const target = tmp.file('files/slow.sqlite');
    await expect(snapshotDatabase(backend.db, target, { pagesPerStep: 1, hardLimitMs: -1 })).rejects.toBeInstanceOf(SnapshotTimeoutError);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(tmp.file('files'))).toEqual([]);
  });

  it('encrypts with a passphrase: unreadable as SQLite, a wrong passphrase is refused, the right one restores', async () => {
    await expectOk('documents.createSample', {});
    const target = tmp.file('files/usb.hoptac-backup');
    const result = await backupToFile(backend.db, target, { passphrase: 'mật khẩu đủ dài' });
    expect(result.encrypted).toBe(true);
    expect(isEncryptedBackup(target)).toBe(true);
    expect(readFileSync(target).includes(Buffer.from('Sơn La'))).toBe(false);
    expect(checkBackupFile(target).problem).toBe('not_a_database');
    expect(leftovers(tmp.file('files'))).toEqual([]);

    const before = fingerprint(backend.db);
    platform.files = [target];
    const wrong = await call('backup.restore', { passphrase: 'sai mật khẩu' });
    expect(wrong).toMatchObject({ ok: false, code: 'E_INVALID_INPUT', issues: [{ code: 'backup_wrong_passphrase' }] });
    expect(fingerprint(backend.db)).toBe(before);
    // One flipped byte in the ciphertext fails GCM's tag: refused like a wrong passphrase, nothing written.
    const bytes = readFileSync(target);
    const flipped = tmp.file('files/flipped.hoptac-backup');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0x01, bytes.length - 100);
    writeFileSync(flipped, bytes);
    platform.files = [flipped];
    expect(await call('backup.restore', { passphrase: 'mật khẩu đủ dài' })).toMatchObject({ ok: false, issues: [{ code: 'backup_wrong_passphrase' }] });
    expect(fingerprint(backend.db)).toBe(before);
    expect(readdirSync(tmp.file('data')).filter((n) => /partial|restore/u.test(n))).toEqual([]);
    platform.files = [target];
    const right = await expectOk<{ restoredFrom: string; documents: number }>('backup.restore', { passphrase: 'mật khẩu đủ dài' });
    expect(right).toMatchObject({ restoredFrom: 'usb.hoptac-backup', documents: 1 });
  });

  it('rotates automatic backups: 7 daily, 4 weekly, 12 monthly', () => {
    const days = Array.from({ length: 500 }, (_, i) => ({ name: `d${i}`, at: new Date(2025, 0, 1 + i, 9) }));
    const doubled = [...days, ...days.map((d) => ({ name: `${d.name}-evening`, at: new Date(d.at.getTime() + 9 * 3600_000) }))];
    const deleted = new Set(backupsToDelete(doubled));
    const kept = doubled.filter((d) => !deleted.has(d.name)).sort((a, b) => b.at.getTime() - a.at.getTime());
    expect(kept.slice(0, 7).every((d) => d.name.endsWith('-evening'))).toBe(true);
    expect(kept.length).toBeGreaterThanOrEqual(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    const months = new Set(kept.map((d) => `${d.at.getFullYear()}-${d.at.getMonth()}`));
    expect(months.size).toBe(12);
    expect(backupsToDelete([])).toEqual([]);
  });

  it('makes an automatic backup when due, in the chosen folder, and rotates it', async () => {
    const folder = tmp.file('auto');
    expect(automaticBackupDue(folder, new Date(2025, 2, 1))).toBe(true);
    for (let day = 1; day <= 10; day++) await automaticBackup(backend.db, folder, new Date(2025, 2, day, 8));
    expect(automaticBackupDue(folder, new Date(2025, 2, 10, 20))).toBe(false);
    expect(automaticBackupDue(folder, new Date(2025, 2, 11, 9))).toBe(true);
    const names = listBackups(folder).map((b) => b.name);
    expect(names[0]).toBe('hoptac-auto-20250310-080000.sqlite');
    // 7 days (4–10 March), and the newest of ISO week 9 (2 March); 1 March is superseded in its week and month.
    expect(names.map((n) => n.slice(12, 20))).toEqual(['20250310', '20250309', '20250308', '20250307', '20250306', '20250305', '20250304', '20250302']);
  });
});

describe('restore through the channels', () => {
  it('checks the file, keeps the current data as a backup, replaces it — and restoring the kept copy undoes it', async () => {
    const first = await expectOk<DocumentSummary>('documents.create', validCreateRequest());
    await expectOk('backup.chooseFolder', { reset: true });
    const settings = await expectOk<{ folder: string }>('backup.settings', {});
    await automaticBackup(backend.db, settings.folder, new Date(2025, 4, 1, 9));
    const second = await expectOk<DocumentSummary>('documents.create', validCreateRequest({ titleVi: 'Văn bản viết sau bản sao lưu' }));

    const list = await expectOk<{ items: BackupItem[] }>('backup.list', {});
    expect(list.items.map((i) => i.kind)).toEqual(['auto']);
    const restored = await expectOk<{ keptBackup: string; documents: number }>('backup.restore', { name: list.items[0]!.name });
    expect(restored.documents).toBe(1);
    expect(platform.swaps).toBe(1);
    expect((await call('documents.get', { id: second.id })).ok).toBe(false);
    expect((await call('documents.get', { id: first.id })).ok).toBe(true);

    const again = await expectOk<{ items: BackupItem[] }>('backup.list', {});
    expect(again.items.map((i) => i.kind).sort()).toEqual(['auto', 'before-restore']);
    await expectOk('backup.restore', { name: restored.keptBackup });
    expect((await call('documents.get', { id: second.id })).ok).toBe(true);
    expect(readdirSync(tmp.file('data')).filter((n) => /partial|restore/u.test(n))).toEqual([]);
  });

  it('refuses, changing nothing: a name outside the list, garbage, a newer file, a file whose history was edited', async () => {
    await expectOk('documents.createSample', {});
    const before = fingerprint(backend.db);
    const expectRefusal = async (payload: Record<string, unknown>, issue: string) => {
      const result = await call('backup.restore', payload);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: false, issues: [{ code: issue }] });
      expect(fingerprint(backend.db)).toBe(before);
      expect(platform.swaps).toBe(0);
    };
    await expectRefusal({ name: '../hoptac.sqlite' }, 'backup_not_found');

    const garbage = tmp.file('files/garbage.sqlite');
    writeFileSync(garbage, 'SQLite format 3\0 but not really'.repeat(100));
    platform.files = [garbage];
    await expectRefusal({}, 'backup_not_a_database');

    const newer = tmp.file('files/newer.sqlite');
    await snapshotDatabase(backend.db, newer);
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    n.close();
    platform.files = [newer];
    await expectRefusal({}, 'backup_newer');

    const edited = tmp.file('files/edited.sqlite');
    await snapshotDatabase(backend.db, edited);
    const e = new Database(edited);
    e.exec("DROP TRIGGER progress_entries_no_update; UPDATE progress_entries SET text_vi = 'Đã xong' WHERE chain_seq = 1");
    e.close();
    platform.files = [edited];
    await expectRefusal({}, 'backup_history');

    expect(await call('backup.now', { passphrase: 'short' })).toMatchObject({ ok: false, issues: [{ code: 'passphrase_too_short' }] });
  });
});

describe('hoptac backup / backups / restore', () => {
  async function cli(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('backs up (encrypted with the passphrase from the environment), lists and restores', async () => {
    await expectOk('documents.createSample', {});
    backend.close();
    process.env['HOPTAC_BACKUP_PASSPHRASE'] = 'một mật khẩu dài';
    try {
      const out = tmp.file('files/cli.hoptac-backup');
      const made = await cli('backup', dbPath, out, '--encrypt');
      expect(made.code, made.err).toBe(0);
      expect(JSON.parse(made.out)).toMatchObject({ ok: true, encrypted: true });
      const writer = startBackend(dbPath);
      await writer.invoke('documents.create', validCreateRequest());
      writer.close();
      const restored = await cli('restore', dbPath, out, '--lang', 'en');
      expect(restored.code, restored.err).toBe(0);
      expect(restored.err).toMatch(/Restored/u);
      const listed = await cli('backups', dbPath);
      const { backups } = JSON.parse(listed.out) as { backups: { kind: string }[] };
      expect(backups.map((b) => b.kind)).toEqual(['before-restore']);
      const refused = await cli('restore', dbPath, tmp.file('files/none.sqlite'), '--lang', 'lo');
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/ບໍ່ພົບໄຟລ໌ສຳຮອງ/u);
    } finally {
      delete process.env['HOPTAC_BACKUP_PASSPHRASE'];
      backend = startBackend(dbPath, { platform });
    }
  });
});

describe('npx hoptac keeps its output', () => {
  const bin = resolve(import.meta.dirname, '../../../bin/hoptac.cjs');
  const bundle = resolve(import.meta.dirname, '../../../dist/cli/hoptac.cjs');

  it.runIf(existsSync(bundle))('prints an answer of several hundred KiB whole through a pipe, and reads a payload from a file or stdin', async () => {
    const sample = await expectOk<DocumentSummary>('documents.createSample', {});
    const doc = await expectOk<{ sections: { clauses: { id: string }[] }[] }>('documents.get', { id: sample.id });
    const long = 'Tăng cường hợp tác phát triển kinh tế vùng biên. '.repeat(380);
    for (const clause of doc.sections.flatMap((s) => s.clauses).slice(0, 12)) await expectOk('clauses.update', { id: clause.id, textVi: long.slice(0, 19_000) });
    backend.close();
    const input = join(tmp.dir, 'get.json');
    writeFileSync(input, JSON.stringify({ id: sample.id }));
    const viaFile = spawnSync(process.execPath, [bin, 'call', 'documents.get', '--input', input, '--db', dbPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(viaFile.status, viaFile.stderr).toBe(0);
    expect(Buffer.byteLength(viaFile.stdout)).toBeGreaterThan(256 * 1024);
    expect(JSON.parse(viaFile.stdout).ok).toBe(true);
    const viaStdin = spawnSync(process.execPath, [bin, 'call', 'documents.get', '-', '--db', dbPath], {
      encoding: 'utf8',
      input: JSON.stringify({ id: sample.id }),
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(JSON.parse(viaStdin.stdout).value.id).toBe(sample.id);
    backend = startBackend(dbPath, { platform });
  });
});
