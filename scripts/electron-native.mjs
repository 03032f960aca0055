// `npm start` step: an Electron-ABI copy of better-sqlite3's addon for running the app from source.
// node_modules keeps the Node-ABI build the tests need; Electron loads this copy instead
// (electron/main.ts looks in .electron-native/<electron version>/). Needs the network once: it fetches
// the prebuilt addon for Electron (prebuild-install) or Electron's headers to compile it (node-gyp).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = require('electron/package.json').version;
const target = join(root, '.electron-native', electronVersion, 'better_sqlite3.node');

if (existsSync(target)) process.exit(0);

const sourcePackage = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'hoptac-electron-native-'));
// npm passes its settings (e.g. nodedir) as npm_config_* variables; they would build for Node instead.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')));
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

try {
  for (const part of ['package.json', 'binding.gyp', 'src', 'deps']) cpSync(join(sourcePackage, part), join(work, part), { recursive: true });
  console.log(`Preparing better-sqlite3 for Electron ${electronVersion}…`);
  try {
    execFileSync(bin('prebuild-install'), ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`], { cwd: work, env, stdio: 'inherit' });
  } catch {
    console.log('No prebuilt addon; compiling against Electron headers (a few minutes)…');
    execFileSync(
      bin('node-gyp'),
      ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
      { cwd: work, env, stdio: 'inherit' },
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`Electron-ABI better-sqlite3 ready: ${target}`);
} catch (error) {
  console.error(`Could not prepare better-sqlite3 for Electron (${error.message}). The first run needs internet access.`);
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
