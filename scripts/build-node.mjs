// Bundles the Node-side entry points with esbuild (one line printed per bundle):
//   electron/main.ts    → dist/electron/main.cjs     Electron main process (electron, better-sqlite3 external)
//   electron/preload.ts → dist/electron/preload.cjs  sandboxed preload (only `electron` may be required)
//   db/cli/main.ts      → dist/cli/hoptac.cjs        the `hoptac` CLI (better-sqlite3 external), if present
// Runs on `npm install` (prepare) too: a missing entry is skipped, and without esbuild (production-only
// install) the prepare run is skipped with a note. A real compile error always fails.
// tests/unit/packaging/build-node.test.ts imports `common` and `bundles` and builds them in memory.
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** esbuild options shared by every bundle. */
export const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // The only version marker the bundles carry (db/cli/version.ts reads it; Electron uses app.getVersion()).
  define: { __HOPTAC_VERSION__: JSON.stringify(pkg.version) },
};

export const bundles = [
  {
    name: 'main',
    entry: 'electron/main.ts',
    outfile: 'dist/electron/main.cjs',
    options: { external: ['electron', 'better-sqlite3'] },
  },
  {
    name: 'preload',
    entry: 'electron/preload.ts',
    outfile: 'dist/electron/preload.cjs',
    // Sandboxed preloads get a tiny `require` (electron, events, timers, url): bundle everything else.
    options: { external: ['electron'] },
  },
  {
    name: 'cli',
    entry: 'db/cli/main.ts',
    outfile: 'dist/cli/hoptac.cjs',
    executable: true,
    options: {
      external: ['better-sqlite3'],
      banner: { js: '#!/usr/bin/env node' },
      // bin/hoptac.cjs requires the bundle and calls runCli(); run directly, the bundle runs itself.
      footer: {
        js: 'if (require.main === module) module.exports.runCli(process.argv.slice(2)).then((code) => module.exports.exitAfterFlush(code), (error) => { console.error(error); process.exit(1); });',
      },
    },
  },
];

const sizeOf = (file) => `${(statSync(file).size / 1024).toFixed(1)} KiB`;

async function loadEsbuild(duringPrepare) {
  try {
    return await import('esbuild');
  } catch (error) {
    const note = `build-node: esbuild is not installed (${error.code ?? error.message})`;
    if (duringPrepare) {
      console.warn(`${note}; skipped. Run \`npm run build:node\` after installing dev dependencies.`);
      return undefined;
    }
    throw new Error(note, { cause: error });
  }
}

/** Builds every bundle whose entry exists; resolves to false if one failed to compile. */
export async function buildAll({ duringPrepare = false } = {}) {
  const esbuild = await loadEsbuild(duringPrepare);
  if (!esbuild) return true;
  let ok = true;
  for (const bundle of bundles) {
    const entry = join(root, bundle.entry);
    if (!existsSync(entry)) {
      console.log(`build-node: ${bundle.name.padEnd(7)} skipped (${bundle.entry} not found)`);
      continue;
    }
    const outfile = join(root, bundle.outfile);
    const started = performance.now();
    try {
      await esbuild.build({ ...common, ...bundle.options, entryPoints: [entry], outfile });
    } catch {
      // esbuild has already printed the errors with file and line.
      console.error(`build-node: ${bundle.name.padEnd(7)} FAILED (${bundle.entry})`);
      ok = false;
      continue;
    }
    if (bundle.executable) chmodSync(outfile, 0o755);
    const ms = Math.round(performance.now() - started);
    console.log(`build-node: ${bundle.name.padEnd(7)} ${bundle.entry} → ${relative(root, outfile)} (${sizeOf(outfile)}, ${ms} ms)`);
  }
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const ok = await buildAll({ duringPrepare: process.env.npm_lifecycle_event === 'prepare' });
    process.exitCode = ok ? 0 : 1;
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
