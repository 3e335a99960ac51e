/**
 * A region of related articles -> stories, and events within each story. The core of clustering,
 * pure over plain data; the pass (index.ts) decides which articles form a region and stores the result.
 *
 * 1. Stories: average linkage over the blended similarity (similarity.ts) at a low threshold —
 *    articles on one subject.
 * 2. Events, within each story: two similar happenings of one kind share the story's vocabulary
 *    ("earthquake", "Indonesia", "magnitude"), so within a story the words that tell its articles
 *    apart are re-weighted by their rarity inside the story (a local IDF), and each article's
 *    similarities are divided by its usual similarity to its nearest neighbours (local scaling,
 *    Zelnik-Manor & Perona 2004), so that long and short articles are judged alike.
 */
import type { ClusterFeatures } from '../types.js';
import { averageLinkage } from './linkage.js';
import { articleVectors, corpusIdf, similarity, type ArticleVectors, type DocumentFrequencies, type SimilarityWeights } from './similarity.js';
import { featureKeys } from './features.js';

export interface ClusterParams {
  readonly weights: SimilarityWeights;
  /** Average blended similarity at which articles join one story. */
  readonly storyThreshold: number;
  /** Average scaled similarity at which articles of one story join one event. */
  readonly eventThreshold: number;
  /** Share of the within-story (local IDF) view in the event similarity, 0..1. */
  readonly localShare: number;
  /** Neighbours whose mean similarity scales an article's similarities. */
  readonly scaleNeighbours: number;
  /** Smallest story whose own word statistics are worth using (articles). */
  readonly minLocal: number;
}

/**
 * Defaults. Chosen on half of the ECB+ dev topics and checked on the other half (scripts/eval-clusters.ts
 * --cross-validate); see the ablation in the issue report. Weights: names and terms about equal,
 * numbers a little. Thresholds are on plateaus: ±0.05 moves events BCubed F1 by about 0.01.
 */
export const CLUSTER_PARAMS: ClusterParams = {
  weights: { terms: 0.45, names: 0.4, numbers: 0.15 },
  storyThreshold: 0.05,
  eventThreshold: 0.5,
  localShare: 0.5,
  scaleNeighbours: 10,
  minLocal: 6,
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
  const vectors = items.map((it) => articleVectors(it.features, weight));
  const raw = pairwise(vectors, p.weights);
  const scale = items.map((it, i) => scaleOf(it.neighbours, raw[i]!, i, p.scaleNeighbours));
  const stories = averageLinkage(raw, p.storyThreshold);
  return stories.map((story) => {
    const sim = eventSimilarity(story, items, raw, scale, weight, p);
    return averageLinkage(sim, p.eventThreshold).map((event) => event.map((k) => story[k]!));
  });
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
  const globalView = story.map((i) => story.map((j) => (i === j ? 1 : raw[i]![j]! / Math.sqrt(scale[i]! * scale[j]!))));
  if (story.length < p.minLocal || p.localShare === 0) return globalView;
  const localView = withinStoryView(story.map((i) => items[i]!.features), weight, p);
  return globalView.map((row, a) => row.map((g, b) => (1 - p.localShare) * g + p.localShare * localView[a]![b]!));
}

/** Similarities with each key weighted by its rarity inside the story (times the root of its corpus IDF), locally scaled. */
function withinStoryView(features: readonly ClusterFeatures[], weight: (key: string) => number, p: ClusterParams): number[][] {
  const n = features.length;
  const local = new Map<string, number>();
  for (const f of features) for (const k of featureKeys(f).keys()) local.set(k, (local.get(k) ?? 0) + 1);
  const localWeight = (key: string): number => Math.log((n + 1) / (local.get(key) ?? 1)) * Math.sqrt(weight(key));
  const raw = pairwise(features.map((f) => articleVectors(f, localWeight)), p.weights);
  const scale = raw.map((row, i) => scaleOf([], row, i, p.scaleNeighbours));
  return raw.map((row, i) => row.map((s, j) => (i === j ? 1 : s / Math.sqrt(scale[i]! * scale[j]!))));
}
