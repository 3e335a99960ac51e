/**
 * Builds the web UI into dist/web, which `dossier serve` ships and serves. Preact's JSX runtime
 * through Vite's built-in transform (no Babel). No inline scripts or styles: the server's CSP
 * forbids them.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Chromium, Firefox and Safari support modulepreload natively; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    // Inlined assets become data: URLs; keep every asset a file so the CSP stays simple.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
