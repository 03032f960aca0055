// Lint rules that keep the layers apart (see ../shared/design/architecture.md §1). The separate
// TypeScript projects are the second wall: a wrong import fails to compile even without this file.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'worker_threads', 'stream', 'http', 'https', 'net'];

// Bare module names are matched exactly (so a relative '../electron/policy' is not mistaken for the
// 'electron' package); 'node:*' and package subpaths by pattern.
const restrict = (names, message) => ({
  paths: names.map((name) => ({ name, message })),
  patterns: [{ regex: `^(${names.map((n) => n.replace(/[/.]/gu, '\\$&')).join('|')})/`, message }, ...(names.includes('fs') ? [{ group: ['node:*'], message }] : [])],
});

export default defineConfig(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tsbuild/**', 'tests/artifacts/**', 'preview-data/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { boundaries },
    settings: {
      // Every top-level folder is one element (anchored at the root: tests/unit/shared is a test, not shared/).
      'boundaries/elements': [
        { type: 'shared', pattern: 'shared/**', partialMatch: false },
        { type: 'db', pattern: 'db/**', partialMatch: false },
        { type: 'electron', pattern: 'electron/**', partialMatch: false },
        { type: 'renderer', pattern: 'renderer/**', partialMatch: false },
        { type: 'tests', pattern: 'tests/**', partialMatch: false },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
    },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'renderer' } },
              disallow: { to: { element: { types: { anyOf: ['db', 'electron', 'tests'] } } } },
              message: 'renderer/ talks to the backend only through renderer/bridge.ts (window.api).',
            },
            {
              from: { element: { type: 'shared' } },
              disallow: { to: { element: { types: { anyOf: ['db', 'electron', 'renderer', 'tests'] } } } },
              message: 'shared/ is pure TypeScript: it may import only shared/ and pure libraries.',
            },
            {
              from: { element: { type: 'db' } },
              disallow: { to: { element: { types: { anyOf: ['electron', 'renderer', 'tests'] } } } },
              message: 'db/ is the backend: it never imports Electron or the renderer.',
            },
            {
              from: { element: { type: 'electron' } },
              disallow: { to: { element: { types: { anyOf: ['renderer', 'tests'] } } } },
              message: 'electron/ is platform code: it never imports the renderer.',
            },
          ],
        },
      ],
      // SQL text is never built from values: use prepared statements or the sql`` tag (db/sql.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(prepare|exec)$/] > TemplateLiteral[expressions.length>0]",
          message: 'Do not interpolate into SQL text; bind parameters (sql`` tag or ? placeholders).',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        restrict([...NODE_BUILTINS, 'electron', 'electron/*', 'better-sqlite3'], 'renderer/ runs in the page: no Node built-ins, Electron or SQLite.'),
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrict([...NODE_BUILTINS, 'electron', 'electron/*', 'better-sqlite3', 'react', 'react-dom', 'react-dom/*', 'react-i18next'],
          'shared/ is pure TypeScript: no Node, Electron, SQLite, React or DOM-only modules.'),
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'Buffer', 'process', '__dirname', 'require'],
    },
  },
  {
    files: ['db/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', restrict(['electron', 'electron/*'], 'db/ never imports Electron: it must run under plain Node (tests, CLI).')],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Only electron/ipc.ts may register IPC handlers.
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/ipc.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'ipcMain', property: 'handle', message: 'Register IPC only in electron/ipc.ts.' },
        { object: 'ipcMain', property: 'on', message: 'Register IPC only in electron/ipc.ts.' },
        { object: 'ipcMain', property: 'handleOnce', message: 'Register IPC only in electron/ipc.ts.' },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,cjs}', 'bin/**/*.cjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', restrict(['electron', 'electron/*'], 'Tests and scripts run under plain Node: never import electron.')],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
