import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds renderer/ into dist/renderer, loaded by Electron from app://hoptac/ and by the test harness. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Never inline fonts or images as data: URLs; the CSP allows only the app's own files.
    assetsInlineLimit: 0,
    target: 'chrome140',
    sourcemap: false,
  },
});
