/** GET /api/stories, /api/stories/{id}, /api/stories/{id}/articles: stories by latest activity, one story with its events. */
import { createRoute, z } from '@hono/zod-openapi';
import type { StoryId } from '../../types.js';
import type { Api, ApiDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { fetchPage, slicePage } from '../pagination.js';
import { summarize } from '../records.js';
import { ArticleSummary, Event, PageQuery, Story, StoryActivity, StoryIdParam, errorResponses, json, pageOf } from '../schemas.js';

/** Events listed with a story; a story with more is still served, its events beyond this in /api/events?story=. */
const EVENTS_PER_STORY = 1000;

const list = createRoute({
  method: 'get', path: '/api/stories', tags: ['stories'],
  summary: 'Stories, most recently active first, with article and event counts and their latest event, publication and ingest dates',
  request: { query: PageQuery },
  responses: { 200: json(pageOf(StoryActivity, 'StoryPage'), 'a page of stories'), ...errorResponses(400) },
});

const one = createRoute({
  method: 'get', path: '/api/stories/{id}', tags: ['stories'], summary: 'One story with its events in event-time order',
  request: { params: StoryIdParam },
  responses: {
    200: json(z.object({ story: Story, events: z.array(Event).readonly(), eventsTotal: z.number().int() }).openapi('StoryDetail'), 'the story'),
    ...errorResponses(400, 404),
  },
});

const articles = createRoute({
  method: 'get', path: '/api/stories/{id}/articles', tags: ['stories'], summary: "A page of the story's articles",
  request: { params: StoryIdParam, query: PageQuery },
  responses: { 200: json(pageOf(ArticleSummary, 'StoryArticlePage'), 'a page of articles'), ...errorResponses(400, 404) },
});

export function registerStories(app: Api, { store }: ApiDeps): void {
  app.openapi(list, async (c) => c.json(await fetchPage(c.req.url, c.req.valid('query'), (p) => store.listStoryActivity(p)), 200));

  app.openapi(one, async (c) => {
    const id = c.req.valid('param').id as StoryId;
    const story = await store.getStory(id);
    if (!story) throw notFound('story', id, '/api/stories');
    const events = await store.listEvents({ story: id }, { limit: EVENTS_PER_STORY });
    return c.json({ story, events, eventsTotal: story.events.length }, 200);
  });

  app.openapi(articles, async (c) => {
    const id = c.req.valid('param').id as StoryId;
    const story = await store.getStory(id);
    if (!story) throw notFound('story', id, '/api/stories');
    const page = slicePage(c.req.url, c.req.valid('query'), story.articles);
    return c.json({ ...page, items: (await store.getArticles(page.items)).map(summarize) }, 200);
  });
}
