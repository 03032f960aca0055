// Lint rules that keep the layers apart (see ../shared/design/architecture.md §1). The separate
// TypeScript projects are the second wall: a wrong import fails to compile even without this file.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })],
    },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './renderer', from: ['./db', './electron', './tests'], message: 'renderer/ talks to the backend only through renderer/bridge.ts (window.api).' },
            { target: './shared', from: ['./db', './electron', './renderer', './tests'], message: 'shared/ is pure TypeScript: it may import only shared/ and pure libraries.' },
            { target: './db', from: ['./electron', './renderer', './tests'], message: 'db/ is the backend: it never imports Electron or the renderer.' },
            { target: './electron', from: ['./renderer', './tests'], message: 'electron/ is platform code: it never imports the renderer.' },
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
