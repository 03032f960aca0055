import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Failure, Result } from '../../../shared/contract/result';
import type { DocumentSummary } from '../../../shared/contract/schemas';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { fakePlatform, type FakePlatform } from '../../harness/platform';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let platform: FakePlatform;
let sample: DocumentSummary;

interface Saved {
  saved: { layout: string; path: string; fileName: string }[];
  canceled: boolean;
  missingLaoClauses: number;
}

async function call<T>(channel: string, payload: unknown): Promise<Result<T>> {
  return (await backend.invoke(channel, payload)) as Result<T>;
}
async function ok<T>(channel: string, payload: unknown): Promise<T> {
  const result = await call<T>(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.code} ${result.message}`);
  return result.value;
}

async function expectDocx(path: string): Promise<void> {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(bytes);
  expect(zip.file('word/document.xml')).not.toBeNull();
}

beforeEach(async () => {
  tmp = tempDir();
  platform = fakePlatform(tmp.file('exports'));
  backend = startBackend(tmp.file('hoptac.sqlite'), { platform });
  sample = await ok<DocumentSummary>('documents.createSample', {});
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

describe('export.save', () => {
  it('writes one valid .docx under the suggested name for one layout', async () => {
    const result = await ok<Saved>('export.save', { documentId: sample.id, layout: 'bilingual' });
    expect(result.canceled).toBe(false);
    expect(result.saved).toHaveLength(1);
    expect(platform.asked).toEqual([{ defaultName: result.saved[0]!.fileName, folder: false }]);
    expect(result.saved[0]!.fileName).toMatch(/\.docx$/);
    await expectDocx(result.saved[0]!.path);
    expect(readdirSync(platform.folder)).toEqual([result.saved[0]!.fileName]);
  });

  it('writes the three layouts into one chosen folder', async () => {
    const result = await ok<Saved>('export.save', { documentId: sample.id, layout: 'all' });
    expect(platform.asked[0]!.folder).toBe(true);
    expect(result.saved.map((s) => s.layout)).toEqual(['vi', 'lo', 'bilingual']);
    for (const file of result.saved) {
      expect(file.path).toBe(join(platform.folder, file.fileName));
      await expectDocx(file.path);
    }
    expect(readdirSync(platform.folder).sort()).toEqual(result.saved.map((s) => s.fileName).sort());
  });

  it('writes Lao runs in the Lao font the officer chose, and refuses a font that is not offered', async () => {
    const result = await ok<Saved>('export.save', { documentId: sample.id, layout: 'lo', laoFont: 'Saysettha OT' });
    const xml = await (await JSZip.loadAsync(readFileSync(result.saved[0]!.path))).file('word/document.xml')!.async('string');
    expect(xml).toContain('w:cs="Saysettha OT"');
    expect(xml).not.toContain('Phetsarath OT');
    const refused = await call('export.save', { documentId: sample.id, layout: 'lo', laoFont: 'Comic Sans' });
    expect(refused).toMatchObject({ ok: false, code: 'E_INVALID_INPUT' });
  });

  it('writes nothing when the dialog is canceled', async () => {
    platform.cancel = true;
    const result = await ok<Saved>('export.save', { documentId: sample.id, layout: 'vi' });
    expect(result).toMatchObject({ canceled: true, saved: [] });
    expect(readdirSync(platform.folder)).toEqual([]);
  });

  it('answers file_not_writable for a target it cannot write, leaving no temporary file', async () => {
    platform.target = join(platform.folder, 'no-such-folder', 'x.docx');
    const result = await call<Saved>('export.save', { documentId: sample.id, layout: 'lo' });
    expect(result.ok).toBe(false);
    const failure = result as Failure;
    expect(failure.code).toBe('E_CONFLICT');
    expect(failure.issues?.map((i) => i.code)).toEqual(['file_not_writable']);
    expect(readdirSync(platform.folder)).toEqual([]);
    expect(existsSync(platform.target)).toBe(false);
  });

  it('writes all three layouts or none: when one cannot be written, the others stay as they were', async () => {
    const first = await ok<Saved>('export.save', { documentId: sample.id, layout: 'all' });
    const before = new Map(first.saved.map((f) => [f.path, readFileSync(f.path)]));
    await ok('documents.update', { id: sample.id, titleVi: 'Biên bản hội đàm (bản sửa)', titleLoNeedsReview: true });
    // The last file of the three cannot be written this time.
    platform.failWritesOf = '(VI-LO)';
    const result = await call<Saved>('export.save', { documentId: sample.id, layout: 'all' });
    expect(result).toMatchObject({ ok: false, code: 'E_CONFLICT', issues: [{ code: 'file_not_writable' }] });
    // The Vietnamese and Lao files are still the earlier ones, byte for byte; no temporary file remains.
    for (const [path, bytes] of before) expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(platform.folder).sort()).toEqual([...before.keys()].map((p) => p.slice(platform.folder.length + 1)).sort());
    // Once it can be written, all three are replaced together.
    platform.failWritesOf = null;
    const again = await ok<Saved>('export.save', { documentId: sample.id, layout: 'all' });
    for (const file of again.saved) expect(readFileSync(file.path).equals(before.get(file.path)!)).toBe(false);
  });

  it('is refused without a platform (the CLI) and for an unknown document', async () => {
    const bare = startBackend(tmp.file('hoptac.sqlite'));
    try {
      const result = await bare.invoke('export.save', { documentId: sample.id, layout: 'vi' });
      expect(result).toMatchObject({ ok: false, code: 'E_FORBIDDEN' });
    } finally {
      bare.close();
    }
    const missing = await call<Saved>('export.save', { documentId: '00000000-0000-4000-8000-000000000000', layout: 'vi' });
    expect(missing).toMatchObject({ ok: false, code: 'E_NOT_FOUND' });
  });
});

describe('export.reveal', () => {
  it('opens or shows only files this session exported', async () => {
    const result = await ok<Saved>('export.save', { documentId: sample.id, layout: 'vi' });
    const path = result.saved[0]!.path;
    await ok('export.reveal', { path, action: 'folder' });
    await ok('export.reveal', { path, action: 'open' });
    expect(platform.reveals).toEqual([{ path, action: 'folder' }, { path, action: 'open' }]);
    expect(await call('export.reveal', { path: '/etc/passwd', action: 'open' })).toMatchObject({ ok: false, code: 'E_FORBIDDEN' });
    expect(platform.reveals).toHaveLength(2);
  });
});
