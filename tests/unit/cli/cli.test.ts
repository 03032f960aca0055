import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../db/cli/main';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { tempDir } from '../../harness/backend';
import { validCreateRequest } from '../../helpers/db';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('hoptac CLI', () => {
  it('demo creates the sample agreement, and check reports a healthy file', async () => {
    const db = tmp.file('demo.sqlite');
    const demo = await cli('demo', db);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/Sơn La và tỉnh Hủa Phăn/u);

    const check = await cli('check', db);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.out);
    expect(report).toMatchObject({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION, integrity: ['ok'], foreignKeyViolations: 0, documents: 1 });
    expect(report.changeLogRows).toBeGreaterThan(0);
  });

  it('call runs any channel through the same contract', async () => {
    const db = tmp.file('call.sqlite');
    const created = await cli('call', 'documents.create', JSON.stringify(validCreateRequest()), '--db', db);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({ ok: true, value: { kind: 'minutes' } });
    const list = await cli('call', 'documents.list', '{}', '--db', db);
    expect(JSON.parse(list.out).value.items).toHaveLength(1);
  });

  it('explains a refused request in the chosen language and exits 1', async () => {
    const db = tmp.file('bad.sqlite');
    const vi = await cli('call', 'documents.create', JSON.stringify(validCreateRequest({ meetingDate: '2025-02-31' })), '--db', db);
    expect(vi.code).toBe(1);
    expect(vi.err).toMatch(/meetingDate: Ngày này không có thật/u);
    const lo = await cli('call', 'documents.create', JSON.stringify(validCreateRequest({ titleVi: '' })), '--db', db, '--lang', 'lo');
    expect(lo.err).toMatch(/titleVi: ຕ້ອງປ້ອນຊ່ອງນີ້/u);
    const unknown = await cli('call', 'documents.drop', '{}', '--db', db, '--lang', 'en');
    expect(unknown.err).toMatch(/not allowed/u);
  });

  it('refuses wrong usage with exit code 2', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('call', 'documents.list')).code).toBe(2);
    expect((await cli('call', 'documents.list', '{not json', '--db', tmp.file('x.sqlite'))).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('leaves a database from a newer version untouched and says why', async () => {
    const path = tmp.file('newer.sqlite');
    const future = new Database(path);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = readFileSync(path);
    const result = await cli('demo', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/phiên bản Hợp Tác mới hơn/u);
    expect(readFileSync(path).equals(before)).toBe(true);
    const check = await cli('check', path);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.out).problems).toContain('written by a newer Hợp Tác');
  });
});

describe('npx hoptac (the bundled bin)', () => {
  const bin = resolve(import.meta.dirname, '../../../bin/hoptac.cjs');
  const bundle = resolve(import.meta.dirname, '../../../dist/cli/hoptac.cjs');

  it.runIf(existsSync(bundle))('runs the bundled CLI under plain Node, without Electron', () => {
    const db = tmp.file('bin.sqlite');
    const demo = spawnSync(process.execPath, [bin, 'demo', db], { encoding: 'utf8' });
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Sơn La/u);
    const check = spawnSync(process.execPath, [bin, 'check', db], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).documents).toBe(1);
    const bad = spawnSync(process.execPath, [bin, 'call', 'documents.get', '{"id":"nope"}', '--db', db, '--lang', 'en'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/not valid/u);
  });
});
