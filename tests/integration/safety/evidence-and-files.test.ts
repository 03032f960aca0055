import { signLikeAnOfficer } from '../../helpers/api';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openableType, readPickedFile, safeFileName } from '../../../db/files/evidence-types';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { DatabaseOpenError, openDatabase } from '../../../db/open';
import type { ClauseTracking } from '../../../shared/contract/features/followup';
import type { DocumentDetail, DocumentSummary } from '../../../shared/contract/schemas';
import { createI18n } from '../../../shared/i18n';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { fakePlatform, type FakePlatform } from '../../harness/platform';
import { apiHelpers } from '../../helpers/api';
import { fingerprint, validCreateRequest } from '../../helpers/db';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let platform: FakePlatform;
let task: string;
const { call, expectOk } = apiHelpers(() => backend);
const clock = { now: () => new Date('2025-04-01T09:00:00') };

beforeEach(async () => {
  tmp = tempDir();
  platform = fakePlatform(tmp.file('files'));
  backend = startBackend(tmp.file('hoptac.sqlite'), { platform, clock });
  const created = await expectOk<DocumentSummary>(
    'documents.create',
    validCreateRequest({ templateId: 'builtin-minutes-v1', ourProvinceId: 'vn-son-la', partnerProvinceIds: ['la-houaphanh'], meetingDate: '2025-03-21' }),
  );
  await signLikeAnOfficer(backend.invoke, created.id, '2025-03-21');
  const doc = await expectOk<DocumentDetail>('documents.get', { id: created.id });
  task = doc.sections.filter((s) => s.part === 'tasks').flatMap((s) => s.clauses.map((c) => c.id))[0]!;
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

/** Picks files, attaches them to one entry, and answers the stored evidence. */
async function attach(files: Record<string, Buffer | string>) {
  platform.files = Object.entries(files).map(([name, content]) => {
    writeFileSync(tmp.file(name), content);
    return tmp.file(name);
  });
  const picked = await expectOk<{ files: { token: string; fileName: string; mediaType: string }[] }>('evidence.pick', {});
  const tracking = await expectOk<ClauseTracking>('progress.add', {
    clauseId: task, entryDate: '2025-03-30', author: '', textVi: 'Kèm hồ sơ.', textLo: '', values: [], evidenceTokens: picked.files.map((f) => f.token),
  });
  return { picked: picked.files, stored: tracking.progress.flatMap((e) => e.evidence) };
}

const PE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

describe('evidence files are never run', () => {
  it('opens an allow-listed file whose bytes match, under a name we build with its own extension', async () => {
    const { stored } = await attach({ 'bien-ban.pdf': '%PDF-1.7\n%…' });
    await expectOk('evidence.open', { id: stored[0]!.id });
    expect(platform.opened[0]).toMatch(/bien-ban\.pdf$/u);
  });

  it.each([
    ['a program', 'setup.exe', PE],
    ['a program named as a PDF', 'hoa-don.pdf', PE],
    ['a shortcut', 'tai-lieu.lnk', Buffer.from([0x4c, 0, 0, 0, 1, 0x14, 2, 0])],
    ['a batch file', 'chay.bat', '@echo off\r\nformat c:'],
    ['a desktop entry', 'mo.desktop', '[Desktop Entry]\nExec=sh -c "rm -rf ~"'],
    ['a script', 'xem.js', 'WScript.Shell'],
    ['a VBScript', 'xem.vbs', 'CreateObject("WScript.Shell")'],
    ['a macro workbook named .xlsx', 'so-lieu.xlsx', Buffer.from('PK\u0003\u0004[Content_Types].xml xl/ xl/vbaProject.bin', 'latin1')],
    ['a right-to-left override hiding .exe', 'invoice\u202Efdp.exe', PE],
  ])('refuses to open %s, offers only Save a copy', async (_what, name, content) => {
    const { picked, stored } = await attach({ [name]: content });
    expect(picked[0]!.fileName).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    const before = fingerprint(backend.db);
    const opened = await call('evidence.open', { id: stored[0]!.id });
    expect(opened).toMatchObject({ ok: false, code: 'E_FORBIDDEN', issues: [{ path: 'id', code: 'evidence_not_openable' }] });
    expect(platform.opened).toEqual([]);
    expect(existsSync(tmp.file('files/.opened')) ? readdirSync(tmp.file('files/.opened')) : []).toEqual([]);
    expect(fingerprint(backend.db)).toBe(before);
    const saved = await expectOk<{ path: string }>('evidence.saveCopy', { id: stored[0]!.id });
    expect(readFileSync(saved.path)).toEqual(Buffer.from(content));
  });

  it('strips bidi controls from names and builds names that are safe anywhere', () => {
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFileName('..\\..\\win.ini')).toBe('_.._win.ini');
    expect(safeFileName('\u2066báo cáo\u2069.pdf')).toBe('báo cáo.pdf');
    expect(openableType('x\u202Efdp.exe', PE)).toBeNull();
    expect(openableType('anh.PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.mediaType).toBe('image/png');
  });

  it('refuses special files and devices when picked: /proc, /dev, a link to a device, a folder', async () => {
    symlinkSync('/dev/zero', tmp.file('zero.pdf'));
    mkdirSync(tmp.file('thu-muc.pdf'));
    for (const path of ['/proc/self/status', '/dev/zero', '/dev/null', tmp.file('zero.pdf'), tmp.file('thu-muc.pdf')]) {
      expect(readPickedFile(path, 1024), path).toMatchObject({ refused: 'not_a_file' });
      platform.files = [path];
      expect(await call('evidence.pick', {})).toMatchObject({ ok: false, issues: [{ code: 'not_a_file' }] });
    }
    writeFileSync(tmp.file('big.pdf'), Buffer.alloc(2048));
    expect(readPickedFile(tmp.file('big.pdf'), 1024)).toMatchObject({ refused: 'file_too_large' });
  });
});

describe('odd database files get honest answers', () => {
  it('a zero-byte file is refused untouched (creating a database is explicit), with no -wal/-shm beside it', () => {
    const path = tmp.file('empty.sqlite');
    writeFileSync(path, '');
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'E_DB_EMPTY' }));
    expect(statSync(path).size).toBe(0);
    expect(createI18n('lo').t('safety.database.empty')).toMatch(/[\u0E80-\u0EFF]/u);
    expect(readdirSync(tmp.dir).filter((n) => n.startsWith('empty'))).toEqual(['empty.sqlite']);
  });

  it('a newer or foreign file is refused with no -wal/-shm left beside it', () => {
    const newer = tmp.file('newer.sqlite');
    const db = new Database(newer);
    db.pragma('journal_mode = WAL');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(newer)).toThrow(DatabaseOpenError);
    writeFileSync(tmp.file('notes.sqlite'), 'meeting notes, not a database');
    expect(() => openDatabase(tmp.file('notes.sqlite'))).toThrow(expect.objectContaining({ code: 'E_DB_UNREADABLE' }));
    expect(readdirSync(tmp.dir).filter((n) => /-(wal|shm)$/u.test(n) && !n.startsWith('hoptac'))).toEqual([]);
  });

  it('a read-only file opens read-only: reads work, every write answers E_READ_ONLY in vi/lo/en, nothing changes', async () => {
    const path = backend.dbPath;
    backend.close();
    const before = readFileSync(path);
    backend = startBackend(path, { platform, clock, readOnly: true });
    expect(await expectOk('database.status', {})).toMatchObject({ readOnly: true });
    expect((await expectOk<{ items: unknown[] }>('documents.list', {})).items).toHaveLength(1);
    for (const [channel, payload] of [
      ['documents.create', validCreateRequest()],
      ['tracking.setStatus', { clauseId: task, status: 'in_progress' }],
      ['progress.add', { clauseId: task, entryDate: '2025-03-30', author: '', textVi: 'x', textLo: '', values: [] }],
    ] as const) {
      const result = await call(channel, payload);
      expect(result, channel).toMatchObject({ ok: false, code: 'E_READ_ONLY' });
    }
    for (const lang of ['vi', 'lo', 'en'] as const) expect(createI18n(lang).t('errors.E_READ_ONLY')).not.toBe('errors.E_READ_ONLY');
    backend.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    backend = startBackend(path, { platform, clock });
  });
});
