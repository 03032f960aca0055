import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/bench/**', 'node_modules/**'],
    environment: 'node',
    // Tests share two cores; e2e files launch Chromium.
    fileParallelism: true,
    maxWorkers: 2,
    // Generous: on a busy 2-core machine (CI, or helpers building) a Chromium journey can take minutes; speed
    // targets live in `npm run bench`, never here.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
