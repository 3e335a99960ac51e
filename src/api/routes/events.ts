/** GET /api/events, /api/events/{id}, /api/events/{id}/articles: events (optionally of one story) and their articles. */
import { createRoute, z } from '@hono/zod-openapi';
import type { EventId, StoryId } from '../../types.js';
import type { Api, ApiDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { fetchPage, slicePage } from '../pagination.js';
import { summarize } from '../records.js';
import { ArticleSummary, Event, EventIdParam, PageQuery, errorResponses, json, pageOf, storyId } from '../schemas.js';

const list = createRoute({
  method: 'get', path: '/api/events', tags: ['events'], summary: 'Events, optionally of one story',
  request: { query: PageQuery.extend({ story: storyId.optional() }) },
  responses: { 200: json(pageOf(Event, 'EventPage'), 'a page of events'), ...errorResponses(400) },
});

const one = createRoute({
  method: 'get', path: '/api/events/{id}', tags: ['events'], summary: 'One event: label, date, story and article ids',
  request: { params: EventIdParam },
  responses: { 200: json(z.object({ event: Event }).openapi('EventDetail'), 'the event'), ...errorResponses(400, 404) },
});

const articles = createRoute({
  method: 'get', path: '/api/events/{id}/articles', tags: ['events'], summary: "A page of the event's articles",
  request: { params: EventIdParam, query: PageQuery },
  responses: { 200: json(pageOf(ArticleSummary, 'EventArticlePage'), 'a page of articles'), ...errorResponses(400, 404) },
});

export function registerEvents(app: Api, { store }: ApiDeps): void {
  app.openapi(list, async (c) => {
    const { story, ...page } = c.req.valid('query');
    return c.json(await fetchPage(c.req.url, page, (p) => store.listEvents(story ? { story: story as StoryId } : {}, p)), 200);
  });

  app.openapi(one, async (c) => {
    const id = c.req.valid('param').id as EventId;
    const event = await store.getEvent(id);
    if (!event) throw notFound('event', id, '/api/events');
    return c.json({ event }, 200);
  });

  app.openapi(articles, async (c) => {
    const id = c.req.valid('param').id as EventId;
    const event = await store.getEvent(id);
    if (!event) throw notFound('event', id, '/api/events');
    const page = slicePage(c.req.url, c.req.valid('query'), event.articles);
    return c.json({ ...page, items: (await store.getArticles(page.items)).map(summarize) }, 200);
  });
}
