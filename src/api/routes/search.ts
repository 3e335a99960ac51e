/** GET /api/search?q=: full-text search over titles and bodies, best first, snippets as text pieces with matches marked. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Api, ApiDeps } from '../deps.js';
import { nextLink } from '../pagination.js';
import { snippetPieces } from '../records.js';
import { PageQuery, SearchHit, errorResponses, json, pageOf } from '../schemas.js';

/** Longest query accepted, characters: far above any real query, low enough to bound the work per request. */
const MAX_QUERY_CHARS = 500;

const SearchPage = pageOf(SearchHit, 'SearchPage', {
  q: z.string(),
  total: z.number().int().openapi({
    description: 'hits one can page through: every match, or, when more articles match than the store ranks per query, that many (the newest matches)',
  }),
  totalIsLowerBound: z.boolean().openapi({
    description: 'true when more articles match than `total`: the hits are the best of the newest `total` matches; add words to narrow the search',
  }),
});

const search = createRoute({
  method: 'get', path: '/api/search', tags: ['search'],
  summary: 'Full-text search; every word is matched literally (no query syntax)',
  description: 'Ranked best first. A query matching more articles than the store ranks per query (500 by default) is ranked over its newest matches, so that broad words stay fast on large stores; `totalIsLowerBound` says so.',
  request: {
    query: PageQuery.extend({ q: z.string().trim().min(1, 'give some words to search for').max(MAX_QUERY_CHARS).openapi({ example: 'harbour fire' }) }),
  },
  responses: { 200: json(SearchPage, 'a page of hits'), ...errorResponses(400) },
});

export function registerSearch(app: Api, { store }: ApiDeps): void {
  app.openapi(search, async (c) => {
    const { q, offset, limit } = c.req.valid('query');
    const { hits, total, totalIsLowerBound } = await store.search(q, { offset, limit });
    const items = hits.map((h) => ({ article: h.article, title: h.title, rank: h.rank, snippet: snippetPieces(h.snippet) }));
    const next = offset + items.length < total && items.length > 0 ? nextLink(c.req.url, offset + limit) : null;
    return c.json({ items, offset, limit, total, totalIsLowerBound, next, q }, 200);
  });
}
