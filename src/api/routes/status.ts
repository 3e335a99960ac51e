/** GET /api/status: which store, its schema version, how many articles, and whether ingest over HTTP is on. */
import { createRoute } from '@hono/zod-openapi';
import type { Api, ApiDeps } from '../deps.js';
import { Status, json } from '../schemas.js';

const status = createRoute({
  method: 'get', path: '/api/status', tags: ['status'], summary: 'Store kind, schema version, article count, ingest availability',
  responses: { 200: json(Status, 'the status') },
});

export function registerStatus(app: Api, { store, config }: ApiDeps): void {
  app.openapi(status, async (c) => {
    const [schemaVersion, articles] = await Promise.all([store.schemaVersion(), store.countArticles()]);
    return c.json({ store: store.kind, schemaVersion, articles, ingest: config.serve.token !== null }, 200);
  });
}
