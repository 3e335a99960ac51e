/**
 * Cluster stage: newly stored articles -> the event each reports and the story each event belongs
 * to, incrementally. Each chunk of new articles is indexed (features, document frequencies, an
 * inverted index of distinctive keys), compared with the stored articles the index proposes, and
 * every region it touches (the new articles plus the whole stories they link to) is re-clustered
 * from scratch by the pure `clusterRegion`; ids stay stable through `assignIds`.
 * Only this file does I/O; memory is bounded by the chunk and region sizes, never the store's.
 */
import type { CorpusPass } from '../pipeline.js';
import type { Article, ArticleId, ClusterFeatures, Ctx, DateMention, Event, EventId, Story, StoryId } from '../types.js';
import type { MemberRow, Store } from '../store/store.js';
import { articleFeatures, featureKeys } from './features.js';
import { addNeighbour, rankCandidates, topKeys } from './candidates.js';
import { formRegions, STORY_NODE, type RegionLink } from './regions.js';
import { CLUSTER_PARAMS, clusterRegion, regionSimilarity, type ClusterParams } from './region.js';
import { articleVectors, corpusIdf, similarity, type DocumentFrequencies } from './similarity.js';
import { assignIds } from './ids.js';
import { clusterLabel, eventWhen, mostCentral } from './labels.js';

export interface ClusterPassOptions {
  readonly params: ClusterParams;
  /** New articles indexed and placed per round. Default 500. */
  readonly chunk: number;
  /** Keys each article is indexed under, and looked up by. Default 24. */
  readonly indexKeys: number;
  /** Newest articles read per key. Default 100. */
  readonly perKey: number;
  /** Stored articles compared with each new one. Default 30. */
  readonly candidates: number;
  /** Similarity at which a stored article's story joins a new article's region. Default: the story threshold. */
  readonly linkMin: number;
  /** Most articles re-clustered together. Default 300. */
  readonly maxRegion: number;
  /** Links kept per new article (its strongest, to distinct stories or new articles). Default 10. */
  readonly linksPerArticle: number;
}

export const CLUSTER_PASS_OPTIONS: ClusterPassOptions = {
  params: CLUSTER_PARAMS, chunk: 500, indexKeys: 24, perKey: 100, candidates: 30, linkMin: CLUSTER_PARAMS.storyThreshold, maxRegion: 300, linksPerArticle: 10,
};

export function makeClusterPass(options: Partial<ClusterPassOptions> = {}): CorpusPass {
  const o = { ...CLUSTER_PASS_OPTIONS, ...options };
  return {
    name: 'cluster',
    async update(store: Store, added: readonly Article[], ctx: Ctx): Promise<void> {
      for (let i = 0; i < added.length; i += o.chunk) await clusterChunk(store, added.slice(i, i + o.chunk), o, ctx);
    },
  };
}

export const clusterPass: CorpusPass = makeClusterPass();

async function clusterChunk(store: Store, chunk: readonly Article[], o: ClusterPassOptions, ctx: Ctx): Promise<void> {
  const ids = chunk.map((a) => a.id);
  const dates = new Map<ArticleId, DateMention[]>();
  for (const d of await store.listDateMentions(ids)) (dates.get(d.article) ?? dates.set(d.article, []).get(d.article)!).push(d);
  const features = new Map<ArticleId, ClusterFeatures>(chunk.map((a) => [a.id, articleFeatures(a, dates.get(a.id) ?? [])]));

  // Document frequencies first, so the chunk's own articles count in the weights it is compared with.
  const counts = new Map<string, number>();
  for (const f of features.values()) for (const k of featureKeys(f).keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  await store.addDocumentFrequencies(counts, chunk.length);
  const df = await loadDf(store, [...counts.keys()]);
  const weight = corpusIdf(df);
  const keys = new Map(chunk.map((a) => [a.id, topKeys(features.get(a.id)!, weight, o.indexKeys)]));
  await store.putClusterFeatures(chunk.map((a) => ({ article: a.id, features: features.get(a.id)!, keys: keys.get(a.id)! })));

  // Candidates through the inverted index; their features and weights.
  const postings = await store.findPostings([...new Set([...keys.values()].flat())], o.perKey);
  const candidates = new Map(ids.map((id) => [id, rankCandidates(id, keys.get(id)!, postings, weight, o.candidates)]));
  await loadFeatures(store, [...new Set([...candidates.values()].flat())], features);
  const dfAll = await extendDf(store, df, features);
  const w = corpusIdf(dfAll);
  const keyTable = new Map<string, number>();
  const vectors = new Map([...features].map(([id, f]) => [id, articleVectors(f, w, keyTable)]));

  // Similarities to candidates: links for regions, and each article's neighbour list (its scale).
  const neighbours = await store.getClusterScales([...features.keys()]);
  const changedScales = new Set<ArticleId>();
  const links: RegionLink[] = [];
  const seen = new Set<string>();
  for (const x of ids) {
    for (const c of candidates.get(x)!) {
      const pair = x < c ? `${x} ${c}` : `${c} ${x}`;
      if (seen.has(pair) || !vectors.has(c)) continue;
      seen.add(pair);
      const s = similarity(vectors.get(x)!, vectors.get(c)!, o.params.weights);
      for (const [a] of [[x], [c]] as const) {
        const next = addNeighbour(neighbours.get(a) ?? [], s, o.params.scaleNeighbours);
        if (next) neighbours.set(a, next), changedScales.add(a);
      }
      if (s >= o.linkMin) links.push({ from: x, to: c, sim: s });
    }
  }
  await store.putClusterScales([...changedScales].map((a) => ({ article: a, sims: neighbours.get(a)! })));

  // Existing articles link through their stories: the whole story is re-clustered with the newcomers.
  const isNew = new Set<string>(ids);
  const existing = await store.listMembers({ articles: [...new Set(links.map((l) => l.to).filter((t) => !isNew.has(t)))] as ArticleId[] });
  const storyOf = new Map(existing.map((m) => [m.id as string, m.story]));
  const storyLinks = strongestLinks(links.flatMap((l) => {
    if (isNew.has(l.to)) return [l];
    const story = storyOf.get(l.to);
    return story ? [{ ...l, to: STORY_NODE + story }] : [];
  }), o.linksPerArticle);
  const linkedStories = [...new Set(storyLinks.filter((l) => l.to.startsWith(STORY_NODE)).map((l) => l.to.slice(STORY_NODE.length)))] as StoryId[];
  const storyMembers = groupBy(await store.listMembers({ stories: linkedStories }), (m) => m.story!);
  const sizeOf = (node: string): number => (node.startsWith(STORY_NODE) ? storyMembers.get(node.slice(STORY_NODE.length) as StoryId)?.length ?? 1 : 1);
  const regions = formRegions(ids, storyLinks, sizeOf, o.maxRegion);

  let events = 0;
  let largest = 0;
  for (const region of regions) {
    const { written, size } = await reclusterRegion(store, region, storyMembers, features, dfAll, neighbours, o);
    events += written;
    largest = Math.max(largest, size);
  }
  ctx.log.debug(`cluster: ${chunk.length} articles placed in ${regions.length} regions (largest ${largest} articles), ${events} events written`);
}

/** Re-clusters one region and writes its events, stories and article links. Returns events written and the region's size. */
async function reclusterRegion(
  store: Store, region: readonly string[], storyMembers: ReadonlyMap<StoryId, MemberRow[]>, features: Map<ArticleId, ClusterFeatures>,
  df: DocumentFrequencies, neighbours: Map<ArticleId, number[]>, o: ClusterPassOptions,
): Promise<{ written: number; size: number }> {
  const members: MemberRow[] = [];
  for (const node of region) {
    if (node.startsWith(STORY_NODE)) members.push(...(storyMembers.get(node.slice(STORY_NODE.length) as StoryId) ?? []));
    else members.push({ id: node as ArticleId, duplicateOf: null, event: null, story: null });
  }
  await loadFeatures(store, members.map((m) => m.id), features);
  const missingScales = members.map((m) => m.id).filter((id) => !neighbours.has(id));
  for (const [id, sims] of await store.getClusterScales(missingScales)) neighbours.set(id, sims);
  const placed = members.filter((m) => features.has(m.id)); // articles stored before clustering existed keep their links
  const dfRegion = await extendDf(store, df, new Map(placed.map((m) => [m.id, features.get(m.id)!])));

  const items = placed.map((m) => ({ features: features.get(m.id)!, neighbours: neighbours.get(m.id) ?? [] }));
  const sim = regionSimilarity(items, dfRegion, o.params);
  const stories = clusterRegion(items, dfRegion, o.params, sim);

  // Stable ids: previous story and event ids follow most of their articles.
  const storyGroups = stories.map((s) => s.flat().map((i) => placed[i]!.id as string));
  const eventGroups = stories.flatMap((s) => s.map((e) => e.map((i) => placed[i]!.id as string)));
  const storyIds = await withFreshIds(store, 'story', assignIds(storyGroups, new Map(placed.map((m) => [m.id, m.story]))).ids);
  const eventAssign = assignIds(eventGroups, new Map(placed.map((m) => [m.id, m.event])));
  const eventIds = await withFreshIds(store, 'event', eventAssign.ids);

  const central = (group: readonly number[]): string => clusterLabel(items[group[mostCentral(group, (i, j) => sim[i]![j]!)]!]!.features.headline);

  const storyRecords: Story[] = [];
  const eventRecords: Event[] = [];
  const links: { id: ArticleId; event: EventId; story: StoryId }[] = [];
  let e = 0;
  stories.forEach((story, si) => {
    const storyId = storyIds[si] as StoryId;
    storyRecords.push({ id: storyId, label: central(story.flat()), events: [], articles: [] });
    for (const event of story) {
      const eventId = eventIds[e++] as EventId;
      eventRecords.push({ id: eventId, label: central(event), articles: [], when: eventWhen(event.map((i) => items[i]!.features)), story: storyId });
      for (const i of event) {
        const m = placed[i]!;
        if (m.event !== eventId || m.story !== storyId) links.push({ id: m.id, event: eventId, story: storyId });
      }
    }
  });
  await store.putStories(storyRecords);
  await store.putEvents(eventRecords);
  await store.setArticleLinks(links);
  // A previous id that no group kept is gone only when none of its articles is left outside the region.
  const inRegion = new Set(placed.map((m) => m.id));
  const keptStories = new Set(storyIds);
  const oldStories = [...new Set(placed.map((m) => m.story).filter((s): s is StoryId => s !== null && !keptStories.has(s)))];
  const oldEvents = eventAssign.dropped as EventId[];
  const stillUsed = await store.listMembers({ events: oldEvents, stories: oldStories });
  const usedEvents = new Set(stillUsed.filter((m) => !inRegion.has(m.id)).map((m) => m.event));
  const usedStories = new Set(stillUsed.filter((m) => !inRegion.has(m.id)).map((m) => m.story));
  await store.deleteEvents(oldEvents.filter((x) => !usedEvents.has(x)));
  await store.deleteStories(oldStories.filter((x) => !usedStories.has(x)));
  return { written: eventRecords.length, size: placed.length };
}

/**
 * Each new article's `k` strongest links (to distinct stories or new articles): enough to bring in
 * the stories it may belong to, without chaining a whole batch into one region through weak links.
 */
export function strongestLinks(links: readonly RegionLink[], k: number): RegionLink[] {
  const byArticle = new Map<string, Map<string, RegionLink>>();
  for (const l of links) {
    for (const [from, to] of [[l.from, l.to], [l.to, l.from]] as const) {
      if (to.startsWith(STORY_NODE) && from.startsWith(STORY_NODE)) continue;
      const mine = byArticle.get(from) ?? byArticle.set(from, new Map()).get(from)!;
      const prev = mine.get(to);
      if (!prev || l.sim > prev.sim) mine.set(to, l);
    }
  }
  const kept = new Set<RegionLink>();
  for (const [from, mine] of byArticle) {
    if (from.startsWith(STORY_NODE)) continue;
    for (const l of [...mine.values()].sort((a, b) => b.sim - a.sim).slice(0, k)) kept.add(l);
  }
  return [...kept];
}

async function withFreshIds(store: Store, kind: 'event' | 'story', ids: readonly (string | null)[]): Promise<string[]> {
  const fresh = await store.allocateIds(kind, ids.filter((x) => x === null).length);
  let k = 0;
  return ids.map((x) => x ?? fresh[k++]!);
}

async function loadFeatures(store: Store, ids: readonly ArticleId[], into: Map<ArticleId, ClusterFeatures>): Promise<void> {
  const missing = ids.filter((id) => !into.has(id));
  for (const [id, f] of await store.getClusterFeatures(missing)) into.set(id, f);
}

async function loadDf(store: Store, keys: readonly string[]): Promise<DocumentFrequencies> {
  const { documents, df } = await store.getDocumentFrequencies(keys);
  return { documents, df };
}

/** Adds to `df` (a chunk-local cache) the frequency of every key of `features` it lacks; returns it. */
async function extendDf(store: Store, df: DocumentFrequencies, features: ReadonlyMap<ArticleId, ClusterFeatures>): Promise<DocumentFrequencies> {
  const missing = new Set<string>();
  for (const f of features.values()) for (const k of featureKeys(f).keys()) if (!df.df.has(k)) missing.add(k);
  if (missing.size === 0) return df;
  const more = await store.getDocumentFrequencies([...missing]);
  const cache = df.df as Map<string, number>;
  for (const k of missing) cache.set(k, more.df.get(k) ?? 0);
  return df;
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) (out.get(key(t)) ?? out.set(key(t), []).get(key(t))!).push(t);
  return out;
}
