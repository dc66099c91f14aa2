/**
 * The workbench's bundle: built from web/ into dist/workbench, served by `dossier serve` under
 * /app/. File names carry content hashes, so the server can let browsers cache them for good.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  // No public folder: every file the page loads is built and hashed.
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/workbench', import.meta.url)),
    emptyOutDir: true,
    // The polyfill is injected inline, which the server's Content-Security-Policy forbids; every
    // browser the workbench targets supports modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rolldownOptions: {
      // TanStack's 'use client' lines are for server-component bundlers; a browser bundle drops them.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
