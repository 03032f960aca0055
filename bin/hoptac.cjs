#!/usr/bin/env node
// `npx hoptac …`: runs the bundled CLI (dist/cli/hoptac.cjs, built by `npm install` through `prepare`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli', 'hoptac.cjs');
if (!existsSync(bundle)) {
  console.error('The hoptac CLI is not built yet: run `npm run build:node` in the project folder.');
  process.exit(2);
}
require(bundle)
  .runCli(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
