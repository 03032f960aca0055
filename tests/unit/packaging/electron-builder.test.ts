/**
 * electron-builder.yml cannot be exercised here (packaging downloads Electron), so it is parsed and checked:
 * against electron-builder's own configuration schema (the exact installed version) and against the
 * choices the app depends on (targets, asar unpacking of better-sqlite3, what goes into the package).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  files: string[];
  asarUnpack: string[];
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: { target: string; arch: string[] }[]; category: string; maintainer: string; executableName: string };
  nsis: Record<string, unknown>;
  portable: Record<string, unknown>;
  directories: { output: string; buildResources: string };
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  productName: string;
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Minimal glob → RegExp for the patterns used in this file (`**`, `*`, `{a,b}`), as minimatch reads them. */
function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      out += `(?:${glob.slice(i + 1, end).split(',').map(globSource).join('|')})`;
      i = end;
    } else out += c.replace(/[.+?^$()|[\]\\]/gu, '\\$&');
  }
  return out;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob)}$`, 'u');
}

/** electron-builder semantics: later patterns win; `!` excludes. */
function included(path: string, patterns: string[]): boolean {
  let result = false;
  for (const pattern of patterns) {
    const negate = pattern.startsWith('!');
    if (globToRegExp(negate ? pattern.slice(1) : pattern).test(path)) result = !negate;
  }
  return result;
}

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder (its own schema)', async () => {
    const require = createRequire(join(ROOT, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const logger = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    // The validator does reject mistakes (so the line above means something).
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, oneclick: false } }, logger)).rejects.toThrow(/configuration\.nsis/u);
  });

  it('names the app and its artifacts', () => {
    expect(config.appId).toBe('vn.hoptac.app');
    // The Windows AppUserModelID set at start must match the installer's.
    expect(readFileSync(join(ROOT, 'electron/main.ts'), 'utf8')).toContain(`const APP_ID = '${String(config.appId)}';`);
    expect(config.productName).toBe('Hợp Tác');
    expect(config.productName).toBe(pkg.productName);
    expect(config.artifactName).toBe('HopTac-${version}-${os}-${arch}.${ext}');
    expect(config.directories.output).toBe('release');
    for (const name of [config.artifactName, config.nsis.artifactName, config.portable.artifactName, config.executableName, config.linux.executableName]) {
      expect(name, String(name)).toMatch(/^[\x21-\x7e]+$/u); // ASCII file names on every platform
    }
    // nsis and portable both make an .exe: they must not overwrite each other.
    expect(config.nsis.artifactName).not.toBe(config.portable.artifactName);
  });

  it('builds nsis + portable for Windows x64 and AppImage + deb for Linux x64', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.linux.target.map((t) => t.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    for (const target of [...config.win.target, ...config.linux.target]) expect(target.arch).toEqual(['x64']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false });
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<[^>]+@[^>]+>/u);
  });

  it('unpacks better-sqlite3 native code from app.asar and rebuilds it for Electron', () => {
    expect(config.asar).not.toBe(false);
    const nativeAddon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(config.asarUnpack.some((p) => globToRegExp(p).test(nativeAddon))).toBe(true);
    expect(config.asarUnpack.some((p) => globToRegExp(p).test('node_modules/better-sqlite3/lib/database.js'))).toBe(false);
    expect(config.npmRebuild).toBe(true);
    expect(included(nativeAddon, config.files)).toBe(true);
    expect(included('node_modules/better-sqlite3/lib/database.js', config.files)).toBe(true);
    expect(pkg.dependencies['better-sqlite3']).toBeDefined(); // production dependency: electron-builder copies it
  });

  it('packages the bundles and package.json, never sources, tests or configs', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json']));
    expect(config.files.some((p) => p.startsWith('dist/'))).toBe(true);
    for (const path of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc.js', 'package.json']) {
      expect(included(path, config.files), path).toBe(true);
    }
    for (const path of [
      'electron/main.ts',
      'db/open.ts',
      'shared/contract/channels.ts',
      'renderer/main.tsx',
      'tests/unit/electron/policy.test.ts',
      'scripts/build-node.mjs',
      'electron-builder.yml',
      'tsconfig.json',
      'vite.config.ts',
      'dist/cli/hoptac.cjs',
      'dist/renderer/assets/index-abc.js.map',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/build/Release/test_extension.node',
      'node_modules/better-sqlite3/build/Release/obj/gen/sqlite3/sqlite3.c',
    ]) {
      expect(included(path, config.files), path).toBe(false);
    }
    // The main entry must be inside the package.
    expect(included(pkg.main, config.files)).toBe(true);
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.extraMetadata === undefined || (config.extraMetadata as { main?: string }).main === pkg.main).toBe(true);
  });

  it('keeps electron and the build tools out of the production dependencies', () => {
    for (const tool of ['electron', 'electron-builder', 'esbuild', 'vite', 'vitest', 'typescript']) {
      expect(pkg.dependencies[tool], tool).toBeUndefined();
      expect(pkg.devDependencies[tool], tool).toBeDefined();
    }
  });

  it('flips the Electron fuses: no run-as-node, no NODE_OPTIONS or inspector, encrypted cookies, only an integrity-checked app.asar', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has an application icon in buildResources (PNG, at least 256×256 for Windows)', () => {
    const png = readFileSync(join(ROOT, config.directories.buildResources, 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256); // IHDR width
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16)); // square
  });

  it('never publishes from a build', () => {
    expect(config.publish).toBeNull();
  });
});
