/**
 * A region of related articles -> stories, and events within each story. The core of clustering,
 * pure over plain data; the pass (index.ts) decides which articles form a region and stores the result.
 *
 * 1. Subject groups: average linkage over the blended similarity (similarity.ts) at a low
 *    threshold — articles on one broad subject (all reports of earthquakes in one region).
 * 2. Events, within each group: two similar happenings of one kind share the group's vocabulary
 *    ("earthquake", "Indonesia", "magnitude"), so within a group the words that tell its articles
 *    apart are re-weighted by their rarity inside the group (a local IDF), each article's
 *    similarities are divided by its usual similarity to its nearest neighbours (local scaling,
 *    Zelnik-Manor & Perona 2004) so that long and short articles are judged alike, and articles
 *    published weeks apart drift apart (timeFactor).
 * 3. Stories: events of a group whose articles are, on average, clearly similar (same actors,
 *    same subject), at any distance in time.
 */
import type { ClusterFeatures } from '../types.js';
import { averageLinkage } from './linkage.js';
import { articleVectors, corpusIdf, similarity, type ArticleVectors, type DocumentFrequencies, type SimilarityWeights } from './similarity.js';
import { featureKeys } from './features.js';

export interface ClusterParams {
  readonly weights: SimilarityWeights;
  /** Average blended similarity at which articles join one subject group. */
  readonly groupThreshold: number;
  /** Average blended similarity between their articles at which events join one story. */
  readonly storyThreshold: number;
  /** Average scaled similarity at which articles of one story join one event. */
  readonly eventThreshold: number;
  /** Share of the within-story (local IDF) view in the event similarity, 0..1. */
  readonly localShare: number;
  /** Neighbours whose mean similarity scales an article's similarities. */
  readonly scaleNeighbours: number;
  /** Smallest story whose own word statistics are worth using (articles). */
  readonly minLocal: number;
  /** Divide similarities by each article's usual neighbour similarity (off only for ablation). */
  readonly localScaling: boolean;
  /** Articles published this many days apart or less are not told apart by time. 0 turns time off. */
  readonly timeWindowDays: number;
  /** Beyond the window, event similarity decays by e^(-extra days / this). */
  readonly timeDecayDays: number;
}

/**
 * Defaults. Chosen on half of the ECB+ dev topics and checked on the other half (scripts/eval-clusters.ts
 * --cross-validate); see the ablation in the issue report. Weights: names and terms about equal,
 * numbers a little. Thresholds are on plateaus: ±0.05 moves events BCubed F1 by about 0.01.
 */
export const CLUSTER_PARAMS: ClusterParams = {
  weights: { terms: 0.45, names: 0.4, numbers: 0.15 },
  groupThreshold: 0.05,
  storyThreshold: 0.15,
  eventThreshold: 0.5,
  localShare: 0.5,
  scaleNeighbours: 10,
  minLocal: 6,
  localScaling: true,
  timeWindowDays: 21,
  timeDecayDays: 90,
};

export interface RegionItem {
  readonly features: ClusterFeatures;
  /** Best similarities of this article to any other seen so far (its scale); empty when unknown. */
  readonly neighbours: readonly number[];
}

/** Stories, each a list of events, each a list of indices into `items`. Deterministic. */
export function clusterRegion(items: readonly RegionItem[], df: DocumentFrequencies, p: ClusterParams = CLUSTER_PARAMS): number[][][] {
  if (items.length === 0) return [];
  const weight = corpusIdf(df);
  const keys = new Map<string, number>();
  const vectors = items.map((it) => articleVectors(it.features, weight, keys));
  const raw = pairwise(vectors, p.weights);
  const scale = items.map((it, i) => scaleOf(it.neighbours, raw[i]!, i, p.scaleNeighbours));
  const out: number[][][] = [];
  for (const group of averageLinkage(raw, p.groupThreshold)) {
    const sim = eventSimilarity(group, items, raw, scale, weight, p);
    const events = averageLinkage(sim, p.eventThreshold).map((event) => event.map((k) => group[k]!));
    const between = events.map((a) => events.map((b) => meanSimilarity(a, b, raw)));
    for (const story of averageLinkage(between, p.storyThreshold)) out.push(story.map((k) => events[k]!));
  }
  return out;
}

function meanSimilarity(a: readonly number[], b: readonly number[], raw: readonly (readonly number[])[]): number {
  if (a === b) return 1;
  let s = 0;
  for (const i of a) for (const j of b) s += raw[i]![j]!;
  return s / (a.length * b.length);
}

/** The blended similarity of every pair, symmetric, 1 on the diagonal. */
export function pairwise(vectors: readonly ArticleVectors[], w: SimilarityWeights): number[][] {
  const n = vectors.length;
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    out[i]![i] = 1;
    for (let j = i + 1; j < n; j++) {
      const s = similarity(vectors[i]!, vectors[j]!, w);
      out[i]![j] = s;
      out[j]![i] = s;
    }
  }
  return out;
}

/** Mean of the best `k` similarities: from the article's stored neighbours, else from this region. */
function scaleOf(neighbours: readonly number[], row: readonly number[], self: number, k: number): number {
  const best = neighbours.length > 0 ? [...neighbours] : row.filter((_, j) => j !== self);
  const top = best.sort((a, b) => b - a).slice(0, k);
  const mean = top.length ? top.reduce((a, b) => a + b, 0) / top.length : 0;
  return Math.max(mean, MIN_SCALE);
}

/** Keeps an article with no similar neighbour at all from dividing by ~0. */
const MIN_SCALE = 0.02;

function eventSimilarity(
  story: readonly number[], items: readonly RegionItem[], raw: readonly (readonly number[])[], scale: readonly number[],
  weight: (key: string) => number, p: ClusterParams,
): number[][] {
  const norm = (i: number, j: number): number => (p.localScaling ? Math.sqrt(scale[i]! * scale[j]!) : 1);
  const globalView = story.map((i) => story.map((j) => (i === j ? 1 : raw[i]![j]! / norm(i, j))));
  const time = (a: number, b: number): number => timeFactor(items[story[a]!]!.features.published, items[story[b]!]!.features.published, p);
  if (story.length < p.minLocal || p.localShare === 0) return globalView.map((row, a) => row.map((g, b) => g * time(a, b)));
  const localView = withinStoryView(story.map((i) => items[i]!.features), weight, p);
  return globalView.map((row, a) => row.map((g, b) => ((1 - p.localShare) * g + p.localShare * localView[a]![b]!) * time(a, b)));
}

/**
 * 1 for articles published within the window of each other (or when either date is unknown),
 * decaying beyond it: reports of one happening come out within days, a similar happening months
 * later is another event. Stories are not decayed: they chain events over time.
 */
export function timeFactor(a: number | null, b: number | null, p: Pick<ClusterParams, 'timeWindowDays' | 'timeDecayDays'>): number {
  if (a === null || b === null || p.timeWindowDays <= 0) return 1;
  const extra = Math.abs(a - b) - p.timeWindowDays;
  return extra <= 0 ? 1 : Math.exp(-extra / p.timeDecayDays);
}

/** Similarities with each key weighted by its rarity inside the story (times the root of its corpus IDF), locally scaled. */
function withinStoryView(features: readonly ClusterFeatures[], weight: (key: string) => number, p: ClusterParams): number[][] {
  const n = features.length;
  const local = new Map<string, number>();
  for (const f of features) for (const k of featureKeys(f).keys()) local.set(k, (local.get(k) ?? 0) + 1);
  const localWeight = (key: string): number => Math.log((n + 1) / (local.get(key) ?? 1)) * Math.sqrt(weight(key));
  const keys = new Map<string, number>();
  const raw = pairwise(features.map((f) => articleVectors(f, localWeight, keys)), p.weights);
  const scale = raw.map((row, i) => scaleOf([], row, i, p.scaleNeighbours));
  return raw.map((row, i) => row.map((s, j) => (i === j ? 1 : p.localScaling ? s / Math.sqrt(scale[i]! * scale[j]!) : s)));
}
