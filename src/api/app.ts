/**
 * The HTTP app: JSON API under /api (described at /api/openapi.json) and the web UI, one Hono
 * app over the Store interface. `createApp` builds it without listening, so tests call it
 * in-process; `startServer` (server.ts) binds it.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps } from './deps.js';
import { errorResponse, makeErrorHandler, validationHook } from './errors.js';
import { loopbackHostOnly, securityHeaders } from './security.js';
import { DEFAULT_UI_DIR, registerUi } from './static-ui.js';
import { registerArticles } from './routes/articles.js';
import { registerStories } from './routes/stories.js';
import { registerEvents } from './routes/events.js';
import { registerEntities } from './routes/entities.js';
import { registerQuotesAndClaims } from './routes/quotes-claims.js';
import { registerRelationsAndTimeline } from './routes/relations-timeline.js';
import { registerSearch } from './routes/search.js';
import { registerStatus } from './routes/status.js';
import { registerIngest } from './routes/ingest.js';
import { registerBrief } from './routes/brief.js';

export interface AppOptions {
  /** Built UI folder; null serves the API only. Default: this package's dist/web. */
  readonly uiDir?: string | null;
  /** Largest POST /api/ingest body, bytes. Default 256 MiB: uploads are parsed in memory. */
  readonly maxUploadBytes?: number;
  /** Answer only requests addressed to a loopback name (set when bound to loopback). Default false. */
  readonly loopbackOnly?: boolean;
  /** Aborting it stops the ingest worker thread (startServer's close() does this). */
  readonly signal?: AbortSignal;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 256 * 1048576;

export function createApp(deps: ApiDeps, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(makeErrorHandler(deps.ctx.log));
  app.use('*', securityHeaders());
  if (options.loopbackOnly) app.use('*', loopbackHostOnly());

  registerStatus(app, deps);
  registerArticles(app, deps);
  registerStories(app, deps);
  registerEvents(app, deps);
  registerEntities(app, deps);
  registerQuotesAndClaims(app, deps);
  registerRelationsAndTimeline(app, deps);
  registerSearch(app, deps);
  registerBrief(app, deps);
  registerIngest(app, deps, options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES, options.signal);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API', version: '1',
      description: 'Read a Dossier store (articles, stories, events, entities, quotes, claims, relations, timeline, brief, search) and ingest into it. Errors are `{ code, message }`; lists take `offset` and `limit` and answer `{ items, offset, limit, total?, next }`.',
    },
  });
  app.all('/api/*', (c) => errorResponse(c, 404, 'NOT_FOUND', `no API endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json`));

  const uiDir = options.uiDir === undefined ? DEFAULT_UI_DIR : options.uiDir;
  if (uiDir !== null) registerUi(app, uiDir);
  app.notFound((c) => errorResponse(c, 404, 'NOT_FOUND', `nothing at ${c.req.path}`));
  return app;
}
