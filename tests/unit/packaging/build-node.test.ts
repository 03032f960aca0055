/**
 * scripts/build-node.mjs, built in memory with its own options: the bundles Electron and the CLI load
 * must be CommonJS, must leave electron and better-sqlite3 external, and must not rely on ESM-only globals.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleInMemory, loadBuildConfig, requiredModules, ROOT } from '../electron/fake-electron';

/** Node's own modules, with or without the node: prefix (bundled CommonJS libraries such as exceljs use the bare names). */
const NODE_BUILTIN = { test: (name: string) => name.startsWith('node:') || builtinModules.includes(name) };

describe('scripts/build-node.mjs', () => {
  it('declares the three bundles with the agreed outputs and externals', async () => {
    const { common, bundles } = await loadBuildConfig();
    expect(common).toMatchObject({ bundle: true, platform: 'node', format: 'cjs', target: 'node22' });
    const byName = Object.fromEntries(bundles.map((b) => [b.name, b]));
    expect(byName.main).toMatchObject({ entry: 'electron/main.ts', outfile: 'dist/electron/main.cjs' });
    expect(byName.main!.options.external).toEqual(['electron', 'better-sqlite3']);
    expect(byName.preload).toMatchObject({ entry: 'electron/preload.ts', outfile: 'dist/electron/preload.cjs' });
    expect(byName.preload!.options.external).toEqual(['electron']);
    expect(byName.cli).toMatchObject({ entry: 'db/cli/main.ts', outfile: 'dist/cli/hoptac.cjs' });
    expect(byName.cli!.options.external).toEqual(['better-sqlite3']);
  });

  it('main.cjs requires electron and better-sqlite3 at run time and bundles everything else', async () => {
    const code = await bundleInMemory('main');
    const modules = requiredModules(code);
    expect(modules).toContain('electron');
    expect(modules).toContain('better-sqlite3');
    expect(modules.filter((m) => !NODE_BUILTIN.test(m) && m !== 'electron' && m !== 'better-sqlite3')).toEqual([]);
    // better-sqlite3's own source is not inlined (it must load its native addon from node_modules).
    expect(code).not.toMatch(/node_modules\/better-sqlite3\/lib/u);
    expect(code).not.toMatch(/import\.meta/u);
    expect(code).toContain('app://');
  });

  it('preload.cjs requires only electron', async () => {
    expect(requiredModules(await bundleInMemory('preload'))).toEqual(['electron']);
  });

  it('the CLI bundle starts with a shebang, runs itself and leaves better-sqlite3 external', async () => {
    const code = await bundleInMemory('cli');
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(code).toContain('require.main === module');
    const modules = requiredModules(code);
    expect(modules).toContain('better-sqlite3');
    expect(modules).not.toContain('electron');
    expect(modules.filter((m) => !NODE_BUILTIN.test(m) && m !== 'better-sqlite3')).toEqual([]);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(code).toContain(JSON.stringify(version)); // __HOPTAC_VERSION__ replaced at bundle time
  });
});
