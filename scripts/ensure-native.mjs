// pretest guard: tests run under plain Node, so better-sqlite3 must be the Node-ABI build. After a
// packaging run (electron-builder rebuilds it for Electron) this restores the Node build.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (error) {
  console.warn(`better-sqlite3 does not load under Node (${error.message.split('\n')[0]}); rebuilding it for Node…`);
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
}
