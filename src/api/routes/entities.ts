/** GET /api/entities, /api/entities/{id}, /api/entities/{id}/articles: people, organizations and places across articles. */
import { createRoute, z } from '@hono/zod-openapi';
import type { EntityId } from '../../types.js';
import type { Api, ApiDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { fetchPage, slicePage } from '../pagination.js';
import { summarize } from '../records.js';
import { ArticleSummary, Entity, EntityIdParam, PageQuery, Quote, errorResponses, json, pageOf } from '../schemas.js';

/** Quotes shown with an entity; the rest are at /api/quotes?speaker=. */
const QUOTES_PER_ENTITY = 200;

const list = createRoute({
  method: 'get', path: '/api/entities', tags: ['entities'], summary: 'Entities, most mentioned first',
  request: {
    query: PageQuery.extend({
      type: z.enum(['person', 'organization', 'place', 'other']).optional(),
      name: z.string().min(1).max(200).optional().openapi({ description: 'case-insensitive part of the name or an alias' }),
    }),
  },
  responses: { 200: json(pageOf(Entity, 'EntityPage'), 'a page of entities'), ...errorResponses(400) },
});

const one = createRoute({
  method: 'get', path: '/api/entities/{id}', tags: ['entities'], summary: 'One entity with the quotes attributed to it',
  request: { params: EntityIdParam },
  responses: { 200: json(z.object({ entity: Entity, quotes: z.array(Quote).readonly() }).openapi('EntityDetail'), 'the entity'), ...errorResponses(400, 404) },
});

const articles = createRoute({
  method: 'get', path: '/api/entities/{id}/articles', tags: ['entities'], summary: 'A page of the articles that mention the entity',
  request: { params: EntityIdParam, query: PageQuery },
  responses: { 200: json(pageOf(ArticleSummary, 'EntityArticlePage'), 'a page of articles'), ...errorResponses(400, 404) },
});

export function registerEntities(app: Api, { store }: ApiDeps): void {
  app.openapi(list, async (c) => {
    const { type, name, ...page } = c.req.valid('query');
    return c.json(await fetchPage(c.req.url, page, (p) => store.listEntities({ ...(type ? { type } : {}), ...(name ? { name } : {}) }, p)), 200);
  });

  app.openapi(one, async (c) => {
    const id = c.req.valid('param').id as EntityId;
    const entity = await store.getEntity(id);
    if (!entity) throw notFound('entity', id, '/api/entities');
    // The store filters speakers by name; keep the quotes whose speaker resolved to this entity (or, unresolved, has its exact name).
    const candidates = await store.listQuotes({ speaker: entity.name }, { limit: QUOTES_PER_ENTITY });
    const quotes = candidates.filter((q) => q.speakerEntity === id || (q.speakerEntity === null && q.speaker === entity.name));
    return c.json({ entity, quotes }, 200);
  });

  app.openapi(articles, async (c) => {
    const id = c.req.valid('param').id as EntityId;
    const entity = await store.getEntity(id);
    if (!entity) throw notFound('entity', id, '/api/entities');
    const page = slicePage(c.req.url, c.req.valid('query'), entity.articles);
    return c.json({ ...page, items: (await store.getArticles(page.items)).map(summarize) }, 200);
  });
}
