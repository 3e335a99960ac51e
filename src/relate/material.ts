/** Reads what relate, timeline and brief need about one story from the store: bounded by the story's size. */
import type { Article, ArticleId, Claim, DateId, DateRecord, Event, Quote, Story, StoryId, StoryMaterial } from '../types.js';
import type { Store } from '../store/store.js';

/** Articles fetched per query. */
const BATCH = 200;

export async function loadStoryMaterial(store: Store, id: StoryId): Promise<StoryMaterial | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const articles: Article[] = [];
  for (let i = 0; i < story.articles.length; i += BATCH) articles.push(...(await store.getArticles(story.articles.slice(i, i + BATCH))));
  const events: Event[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listEvents({ story: id }, { offset, limit: 1000 });
    events.push(...page);
    if (page.length < 1000) break;
  }
  return materialFor(store, story, events, articles);
}

/** Material for given articles (a story's, or the whole store's when nothing is clustered yet). */
export async function materialFor(store: Store, story: Story | null, events: readonly Event[], articles: readonly Article[]): Promise<StoryMaterial> {
  const claims: Claim[] = [];
  const quotes: Quote[] = [];
  const dates: DateRecord[] = [];
  const mentions: StoryMaterial['mentions'][number][] = [];
  for (const a of articles) {
    const an = await store.getAnalysis(a.id);
    an.claims.forEach((c, i) => claims.push({ ...c, id: an.claimIds[i]!, article: a.id }));
    an.quotes.forEach((q, i) => quotes.push({ ...q, id: an.quoteIds[i]!, article: a.id, speakerEntity: null }));
    // Date rows carry no id in the analysis; relate and timeline never use it.
    an.dates.forEach((d, i) => dates.push({ ...d, id: `${a.id}.d${i}` as DateId, article: a.id as ArticleId }));
    for (const e of an.entities) mentions.push({ ...e, article: a.id });
  }
  return { story, events, articles, claims, quotes, dates, mentions };
}
