import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { explainWriteError, MESSAGES, writeFileAtomically, ExportWriteError } from '../../db/cli/export';
import { runCli } from '../../db/cli/main';
import { tempDir } from '../harness/backend';
import { readDocx } from './docx';
import { loadFixtures, type ExportFixtures } from './fixtures';

let fx: ExportFixtures;
beforeAll(async () => {
  fx = await loadFixtures();
});
afterAll(() => fx?.cleanup());

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('hoptac-export-cli-');
});
afterEach(() => {
  chmodSync(tmp.dir, 0o755);
  tmp.remove();
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.tmp'));
}

describe('hoptac export', () => {
  it('--layout all writes the three files with default names into the folder, and warns about missing Lao', async () => {
    const folder = join(tmp.dir, 'out', 'nested');
    const run = await cli('export', fx.dbPath, fx.thanhHoa.id, '--layout', 'all', '--out', folder, '--lang', 'en');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const names = readdirSync(folder).sort();
    expect(names).toEqual([
      '2025-05-14 Bien ban hoi dam Thanh Hoa - Hua Phan (LO).docx',
      '2025-05-14 Bien ban hoi dam Thanh Hoa - Hua Phan (VI).docx',
      '2025-05-14 Bien ban hoi dam Thanh Hoa - Hua Phan (VI-LO).docx',
    ]);
    for (const name of names) {
      const docx = await readDocx(new Uint8Array(readFileSync(join(folder, name))));
      expect(docx.xml.has('word/document.xml')).toBe(true);
    }
    expect(run.out).toContain('1 clause(s) have no Lao text');
    expect(run.out.match(/Written: /gu)).toHaveLength(3);
  });

  it('one layout to a file path; the Lao font is a setting; nothing else is left in the folder', async () => {
    const target = tmp.file('ban tieng Lao.docx');
    const run = await cli('export', fx.dbPath, fx.sample.id, '--layout', 'lo', '--out', target, '--lao-font', 'Noto Sans Lao');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Đã ghi: ${target}`);
    const docx = await readDocx(new Uint8Array(readFileSync(target)));
    expect(docx.text.get('word/document.xml')).toContain('w:cs="Noto Sans Lao"');
    expect(readdirSync(tmp.dir)).toEqual(['ban tieng Lao.docx']);
    // Exporting again replaces the file in place.
    expect((await cli('export', fx.dbPath, fx.sample.id, '--layout', 'lo', '--out', target)).code).toBe(0);
    expect(readdirSync(tmp.dir)).toEqual(['ban tieng Lao.docx']);
  });

  it('an unwritable target: a clear message in the chosen language, exit 1, nothing half-written', async () => {
    writeFileSync(tmp.file('a-file'), 'x');
    const below = join(tmp.dir, 'a-file', 'sub', 'x.docx');
    const en = await cli('export', fx.dbPath, fx.sample.id, '--layout', 'vi', '--out', below, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.err).toMatch(/Cannot write .*x\.docx: (the folder does not exist|part of the path is a file)/u);
    expect(en.err).toContain('no partial file left behind');
    const lo = await cli('export', fx.dbPath, fx.sample.id, '--layout', 'all', '--out', tmp.file('a-file'), '--lang', 'lo');
    expect(lo.code).toBe(1);
    expect(lo.err).toContain('ຕ້ອງເປັນໂຟນເດີ');
    expect(readdirSync(tmp.dir)).toEqual(['a-file']);
    if (process.getuid?.() !== 0) {
      const locked = join(tmp.dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      const vi = await cli('export', fx.dbPath, fx.sample.id, '--layout', 'vi', '--out', join(locked, 'x.docx'));
      expect(vi.code).toBe(1);
      expect(vi.err).toContain('không có quyền ghi');
      expect(readdirSync(locked)).toEqual([]);
    }
  });

  it('writeFileAtomically leaves the old target and no temporary file when the rename fails', () => {
    // The target is a non-empty folder: the data is written to the temp file, then the rename fails.
    const target = tmp.file('busy.docx');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'k');
    expect(() => writeFileAtomically(target, new Uint8Array([1, 2, 3]), MESSAGES.en)).toThrow(ExportWriteError);
    expect(leftovers(tmp.dir)).toEqual([]);
    expect(readFileSync(join(target, 'keep'), 'utf8')).toBe('k');
    // The file-open-in-Word case (Windows: EBUSY / EPERM on rename over an open file) has its own message.
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    expect(explainWriteError(busy, 'C:\\x.docx', MESSAGES.vi, true)).toContain('đang mở trong chương trình khác');
    const perm = Object.assign(new Error('EPERM'), { code: 'EPERM' });
    expect(explainWriteError(perm, 'C:\\x.docx', MESSAGES.en, true)).toContain('open in another program');
    expect(explainWriteError(perm, 'C:\\x.docx', MESSAGES.en, false)).toContain('permission denied');
  });

  it('refuses bad input without touching anything', async () => {
    const missing = tmp.file('missing.sqlite');
    const noDb = await cli('export', missing, fx.sample.id, '--out', tmp.dir, '--lang', 'en');
    expect(noDb.code).toBe(1);
    expect(noDb.err).toContain('No database file');
    expect(existsSync(missing)).toBe(false);
    const badLayout = await cli('export', fx.dbPath, fx.sample.id, '--layout', 'pdf', '--out', tmp.dir, '--lang', 'en');
    expect(badLayout.code).toBe(2);
    expect(badLayout.err).toContain('Unknown layout "pdf"');
    const unknown = await cli('export', fx.dbPath, '00000000-0000-4000-8000-000000000000', '--out', tmp.dir, '--lang', 'en');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No document with id');
    const notAnId = await cli('export', fx.dbPath, 'abc', '--out', tmp.dir, '--lang', 'en');
    expect(notAnId.code).toBe(1);
    expect(notAnId.err).toContain('is not a document id');
    expect((await cli('export', fx.dbPath)).code).toBe(2);
    expect(readdirSync(tmp.dir)).toEqual([]);
  });
});
