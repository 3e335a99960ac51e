/**
 * The corpus pass: after an ingest, recompute relations and the timeline of every story that
 * received an article — per story, never the whole store. Runs after clustering (it reads the
 * stories clustering wrote), so it is registered last.
 */
import type { CorpusPass } from '../pipeline.js';
import type { Article, Ctx, StoryId } from '../types.js';
import type { Store } from '../store/store.js';
import { buildTimeline } from '../timeline/index.js';
import { relateClaims } from './index.js';
import { loadStoryMaterial, materialFor } from './material.js';

/** Before clustering exists, a store this small (articles) is related as one whole; a larger one waits for stories. */
export const UNCLUSTERED_LIMIT = 500;

export const relatePass: CorpusPass = {
  name: 'relate',
  async update(store: Store, added: readonly Article[], ctx: Ctx): Promise<void> {
    if (added.length === 0) return;
    // `added` was read before clustering ran; its story links are in the store now.
    const fresh = await store.getArticles(added.map((a) => a.id));
    const stories = [...new Set(fresh.map((a) => a.story).filter((s): s is StoryId => s !== null))];
    for (const id of stories) {
      const m = await loadStoryMaterial(store, id);
      if (!m) continue;
      const { relations } = relateClaims(m);
      await store.replaceRelations(id, relations);
      await store.replaceTimeline(id, buildTimeline(m));
      ctx.log.debug(`relate: story ${id}: ${m.claims.length} claims, ${relations.length} relations`);
    }
    if (stories.length === fresh.length || fresh.length === 0) return;
    await relateUnclustered(store, ctx);
  },
};

/** Articles without a story: only when the store has no stories at all (no clustering stage) and is small. */
async function relateUnclustered(store: Store, ctx: Ctx): Promise<void> {
  if ((await store.listStories({ limit: 1 })).length > 0) return;
  const count = await store.countArticles();
  if (count > UNCLUSTERED_LIMIT) {
    ctx.log.debug(`relate: ${count} unclustered articles is more than ${UNCLUSTERED_LIMIT}; relations wait for stories`);
    return;
  }
  const articles: Article[] = [];
  for await (const a of store.streamArticles()) articles.push(a);
  const m = await materialFor(store, null, [], articles);
  await store.replaceRelations(null, relateClaims(m).relations);
  await store.replaceTimeline(null, buildTimeline(m));
}
