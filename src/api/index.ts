/**
 * The HTTP API and web UI: a Hono app over the Store.
 *   requests -> validation -> Store reads / ingestSpecs -> JSON; everything else -> the built UI
 */
export { createApp, DEFAULT_MAX_UPLOAD_BYTES, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './server.js';
export type { ApiDeps } from './deps.js';
