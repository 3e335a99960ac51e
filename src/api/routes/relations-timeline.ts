/** GET /api/relations, /api/timeline: how claims relate across sources, and statements in event time, per story. */
import { createRoute, z } from '@hono/zod-openapi';
import type { ArticleId, ClaimId, StoryId } from '../../types.js';
import type { Api, ApiDeps } from '../deps.js';
import { fetchPage } from '../pagination.js';
import { summarize } from '../records.js';
import { ArticleSummary, Claim, PageQuery, Relation, TimelineEntry, errorResponses, json, pageOf, storyId } from '../schemas.js';

const StoryFilter = PageQuery.extend({ story: storyId.optional().openapi({ description: 'only this story' }) });

const relations = createRoute({
  method: 'get', path: '/api/relations', tags: ['relations'],
  summary: 'Corroborations, conflicts and updates between claims, with the claims and their articles included',
  request: { query: StoryFilter },
  responses: {
    200: json(pageOf(Relation, 'RelationPage', {
      claims: z.record(z.string(), Claim).openapi({ description: 'the claims the page cites, by id' }),
      articles: z.record(z.string(), ArticleSummary).openapi({ description: 'the articles of those claims, by id' }),
    }), 'a page of relations'),
    ...errorResponses(400),
  },
});

const timeline = createRoute({
  method: 'get', path: '/api/timeline', tags: ['timeline'], summary: 'Timeline entries in event time, each with its sources (article and span)',
  request: { query: StoryFilter },
  responses: { 200: json(pageOf(TimelineEntry, 'TimelinePage'), 'a page of timeline entries'), ...errorResponses(400) },
});

export function registerRelationsAndTimeline(app: Api, { store }: ApiDeps): void {
  app.openapi(relations, async (c) => {
    const { story, ...page } = c.req.valid('query');
    const result = await fetchPage(c.req.url, page, (p) => store.listRelations(story ? { story: story as StoryId } : {}, p));
    const claimIds = [...new Set(result.items.flatMap((r) => r.claims))] as ClaimId[];
    const claims = await store.getClaims(claimIds);
    const articles = await store.getArticles([...new Set(claims.map((cl) => cl.article))] as ArticleId[]);
    return c.json({
      ...result,
      claims: Object.fromEntries(claims.map((cl) => [cl.id, cl])),
      articles: Object.fromEntries(articles.map((a) => [a.id, summarize(a)])),
    }, 200);
  });

  app.openapi(timeline, async (c) => {
    const { story, ...page } = c.req.valid('query');
    return c.json(await fetchPage(c.req.url, page, (p) => store.listTimeline(story ? { story: story as StoryId } : {}, p)), 200);
  });
}
