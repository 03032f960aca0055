import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules must actually fire: lint a deliberately crossing import as if it were a file in
 * each layer (the files do not need to exist; the imported modules do).
 */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('layer rules', () => {
  it('renderer/ may not import db/, electron/, Node built-ins or better-sqlite3', async () => {
    const file = 'renderer/features/documents/crossing.ts';
    expect(await ruleIdsFor(file, "import { openDatabase } from '../../../db/open';\nvoid openDatabase;\n")).toContain('boundaries/dependencies');
    expect(await ruleIdsFor(file, "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(file, "import Database from 'better-sqlite3';\nvoid Database;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(file, "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n")).toContain('no-restricted-imports');
  });

  it('renderer/ may import shared/', async () => {
    expect(await ruleIdsFor('renderer/features/documents/fine.ts', "import { contract } from '../../../shared/contract/channels';\nvoid contract;\n")).toEqual([]);
  });

  it('shared/ may not import db/, Node, React or use DOM globals', async () => {
    const file = 'shared/domain/crossing.ts';
    expect(await ruleIdsFor(file, "import { openDatabase } from '../../db/open';\nvoid openDatabase;\n")).toContain('boundaries/dependencies');
    expect(await ruleIdsFor(file, "import { join } from 'node:path';\nvoid join;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(file, "import { useState } from 'react';\nvoid useState;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(file, 'export const w = window.location;\n')).toContain('no-restricted-globals');
  });

  it('db/ may not import electron', async () => {
    expect(await ruleIdsFor('db/crossing.ts', "import { app } from 'electron';\nvoid app;\n")).toContain('no-restricted-imports');
  });

  it('tests may import the pure electron/ modules but never the electron package', async () => {
    expect(await ruleIdsFor('tests/unit/electron/crossing.test.ts', "import { app } from 'electron';\nvoid app;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('tests/unit/electron/fine.test.ts', "import { isAllowedNavigation } from '../../../electron/policy';\nvoid isAllowedNavigation;\n")).toEqual([]);
  });

  it('SQL text is never built by interpolation', async () => {
    const ids = await ruleIdsFor('db/repositories/crossing.ts', 'export const f = (db: { prepare(s: string): unknown }, t: string) => db.prepare(`SELECT * FROM ${t}`);\n');
    expect(ids).toContain('no-restricted-syntax');
  });
});
