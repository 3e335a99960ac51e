/**
 * GET /api/brief: a story's cited brief, built on request exactly as `dossier brief` builds it
 * (relate -> timeline -> brief over the story's material). Without `story`, and only while
 * nothing is clustered, the brief covers the whole store, up to the same size limit relate uses.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { buildBrief, DEFAULT_BRIEF_OPTIONS } from '../../brief/index.js';
import { relateClaims } from '../../relate/index.js';
import { loadStoryMaterial, materialFor } from '../../relate/material.js';
import { UNCLUSTERED_LIMIT } from '../../relate/pass.js';
import { buildTimeline } from '../../timeline/index.js';
import type { Article, StoryId, StoryMaterial } from '../../types.js';
import type { Store } from '../../store/store.js';
import type { Api, ApiDeps } from '../deps.js';
import { ApiError, notFound } from '../errors.js';
import { Brief, errorResponses, json, storyId } from '../schemas.js';

/** Most sentences a brief may ask for: it is a summary. */
const MAX_SENTENCES = 20;

const route = createRoute({
  method: 'get', path: '/api/brief', tags: ['brief'],
  summary: 'A short extractive summary: every sentence copied from the spans it cites; disagreements stated, not resolved',
  request: {
    query: z.object({
      story: storyId.optional().openapi({ description: 'the story; may be left out only while nothing is clustered' }),
      sentences: z.coerce.number().int().min(1).max(MAX_SENTENCES).default(DEFAULT_BRIEF_OPTIONS.sentences),
    }),
  },
  responses: { 200: json(Brief, 'the brief'), ...errorResponses(400, 404) },
});

export function registerBrief(app: Api, { store }: ApiDeps): void {
  app.openapi(route, async (c) => {
    const { story, sentences } = c.req.valid('query');
    const m = await materialOf(store, story as StoryId | undefined);
    const { relations, facts } = relateClaims(m);
    return c.json(buildBrief({ material: m, relations, facts, timeline: buildTimeline(m) }, { sentences }), 200);
  });
}

async function materialOf(store: Store, story: StoryId | undefined): Promise<StoryMaterial> {
  if (story) {
    const m = await loadStoryMaterial(store, story);
    if (!m) throw notFound('story', story, '/api/stories');
    return m;
  }
  if ((await store.listStories({ limit: 1 })).length > 0) throw new ApiError(400, 'BAD_REQUEST', 'give a story: /api/brief?story=<id>; list them at /api/stories');
  const count = await store.countArticles();
  if (count > UNCLUSTERED_LIMIT) throw new ApiError(400, 'BAD_REQUEST', `${count} articles and no stories: a brief of the whole store is made only up to ${UNCLUSTERED_LIMIT} articles; cluster them into stories first`);
  const articles: Article[] = [];
  for await (const a of store.streamArticles()) articles.push(a);
  return materialFor(store, null, [], articles);
}
