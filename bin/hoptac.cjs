#!/usr/bin/env node
// `npx hoptac …`: runs the bundled CLI (dist/cli/hoptac.cjs, built by `npm install` through `prepare`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli', 'hoptac.cjs');
if (!existsSync(bundle)) {
  console.error('The hoptac CLI is not built yet: run `npm run build:node` in the project folder.');
  process.exit(2);
}
const cli = require(bundle);
cli
  .runCli(process.argv.slice(2))
  .then(
    // Exit only once piped output is flushed (process.exit alone cut it at 128 KiB).
    (code) => cli.exitAfterFlush(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
