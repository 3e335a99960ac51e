/** GET /api/articles, /api/articles/{id}: stored articles; one article with its clean text, removed chrome and analysis. */
import { createRoute } from '@hono/zod-openapi';
import type { ArticleId } from '../../types.js';
import type { Api, ApiDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { fetchPage } from '../pagination.js';
import { summarize } from '../records.js';
import { ArticleDetail, ArticleIdParam, ArticleSummary, PageQuery, errorResponses, json, pageOf } from '../schemas.js';

/** Per-article lists are small; this bounds them anyway. */
const PER_ARTICLE_LIMIT = 1000;

const list = createRoute({
  method: 'get', path: '/api/articles', tags: ['articles'], summary: 'Stored articles in id order, without their bodies',
  request: { query: PageQuery },
  responses: { 200: json(pageOf(ArticleSummary, 'ArticlePage'), 'a page of articles'), ...errorResponses(400) },
});

const one = createRoute({
  method: 'get', path: '/api/articles/{id}', tags: ['articles'],
  summary: 'One article: metadata, clean text, removed page chrome with reasons, and its dates, mentions, quotes and claims (spans are offsets into the body)',
  request: { params: ArticleIdParam },
  responses: { 200: json(ArticleDetail, 'the article'), ...errorResponses(400, 404) },
});

export function registerArticles(app: Api, { store }: ApiDeps): void {
  app.openapi(list, async (c) => {
    const page = c.req.valid('query');
    const total = await store.countArticles();
    const result = await fetchPage(c.req.url, page, async (p) => (await store.listArticles(p)).map(summarize), total);
    return c.json(result, 200);
  });

  app.openapi(one, async (c) => {
    const id = c.req.valid('param').id as ArticleId;
    const article = await store.getArticle(id);
    if (!article) throw notFound('article', id, '/api/articles');
    const [analysis, mentions, quotes, claims] = await Promise.all([
      store.getAnalysis(id),
      store.listMentions([id]),
      store.listQuotes({ article: id }, { limit: PER_ARTICLE_LIMIT }),
      store.listClaims({ article: id }, { limit: PER_ARTICLE_LIMIT }),
    ]);
    return c.json({
      article,
      dates: analysis.dates,
      mentions: mentions.map(({ name, type, text, span, entity }) => ({ name, type, text, span, entity })),
      quotes,
      claims,
    }, 200);
  });
}
