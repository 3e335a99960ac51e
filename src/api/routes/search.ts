/** GET /api/search?q=: full-text search over titles and bodies, best first, snippets as text pieces with matches marked. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Api, ApiDeps } from '../deps.js';
import { fetchPage } from '../pagination.js';
import { snippetPieces } from '../records.js';
import { PageQuery, SearchHit, errorResponses, json, pageOf } from '../schemas.js';

/** Longest query accepted, characters: far above any real query, low enough to bound the work per request. */
const MAX_QUERY_CHARS = 500;

const search = createRoute({
  method: 'get', path: '/api/search', tags: ['search'], summary: 'Full-text search; every word is matched literally (no query syntax)',
  request: {
    query: PageQuery.extend({ q: z.string().trim().min(1, 'give some words to search for').max(MAX_QUERY_CHARS).openapi({ example: 'harbour fire' }) }),
  },
  responses: { 200: json(pageOf(SearchHit, 'SearchPage', { q: z.string() }), 'a page of hits'), ...errorResponses(400) },
});

export function registerSearch(app: Api, { store }: ApiDeps): void {
  app.openapi(search, async (c) => {
    const { q, ...page } = c.req.valid('query');
    const result = await fetchPage(c.req.url, page, (p) => store.search(q, p));
    const items = result.items.map((h) => ({ article: h.article, title: h.title, rank: h.rank, snippet: snippetPieces(h.snippet) }));
    return c.json({ ...result, items, q }, 200);
  });
}
