/** GET /api/quotes, /api/claims: quotes and claims across articles, filterable by article, speaker or subject. */
import { createRoute, z } from '@hono/zod-openapi';
import type { ArticleId } from '../../types.js';
import type { Api, ApiDeps } from '../deps.js';
import { fetchPage } from '../pagination.js';
import { Claim, PageQuery, Quote, articleId, errorResponses, json, pageOf } from '../schemas.js';

const quotes = createRoute({
  method: 'get', path: '/api/quotes', tags: ['quotes'], summary: 'Quotes with speaker, relay chain and span in their article',
  request: {
    query: PageQuery.extend({
      article: articleId.optional(),
      speaker: z.string().min(1).max(200).optional().openapi({ description: "case-insensitive part of the speaker's name" }),
    }),
  },
  responses: { 200: json(pageOf(Quote, 'QuotePage'), 'a page of quotes'), ...errorResponses(400) },
});

const claims = createRoute({
  method: 'get', path: '/api/claims', tags: ['claims'], summary: 'Claims: a sentence, what it is about, its quantity and date, who asserts it',
  request: {
    query: PageQuery.extend({
      article: articleId.optional(),
      about: z.string().min(1).max(200).optional().openapi({ description: 'case-insensitive part of the subject or sentence' }),
    }),
  },
  responses: { 200: json(pageOf(Claim, 'ClaimPage'), 'a page of claims'), ...errorResponses(400) },
});

export function registerQuotesAndClaims(app: Api, { store }: ApiDeps): void {
  app.openapi(quotes, async (c) => {
    const { article, speaker, ...page } = c.req.valid('query');
    const filter = { ...(article ? { article: article as ArticleId } : {}), ...(speaker ? { speaker } : {}) };
    return c.json(await fetchPage(c.req.url, page, (p) => store.listQuotes(filter, p)), 200);
  });

  app.openapi(claims, async (c) => {
    const { article, about, ...page } = c.req.valid('query');
    const filter = { ...(article ? { article: article as ArticleId } : {}), ...(about ? { about } : {}) };
    return c.json(await fetchPage(c.req.url, page, (p) => store.listClaims(filter, p)), 200);
  });
}
