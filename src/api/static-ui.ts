/**
 * Serves the built web UI (Vite output in dist/web) from this process: hashed assets with a long
 * cache, and index.html for every other non-API path so the UI's own routes load directly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Api } from './deps.js';

/** dist/web of this package, from src/api (tests) or dist/api (installed). */
export const DEFAULT_UI_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export function registerUi(app: Api, uiDir: string): void {
  const index = join(uiDir, 'index.html');
  if (!existsSync(index)) {
    app.get('*', (c) => c.text(`The web UI is not built (no ${index}); run: npm run build. The API is at /api/.\n`, 503));
    return;
  }
  app.use('/assets/*', serveStatic({
    root: uiDir,
    // File names carry a content hash: a changed file is a new URL.
    onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
  }));
  app.get('/favicon.svg', serveStatic({ root: uiDir }));
  app.get('*', serveStatic({ path: index, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }));
}
