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
import { articleVectors, corpusIdf, type ArticleVectors, type DocumentFrequencies, type SimilarityWeights } from './similarity.js';
import { featureKeys } from './features.js';
import type { SparseVector } from './vectors.js';

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
  /** Beyond the window, event similarity decays by e^(-extra days / this)... */
  readonly timeDecayDays: number;
  /** ...down to this factor at most: a late follow-up is weakened, not cut off. */
  readonly timeFloor: number;
}

/**
 * Defaults, set on the ECB+ dev topics and the synthetic set together, few and general (no per-topic
 * tuning); `npm run eval:clusters -- --cv 5` re-tunes the event threshold and local share on half the
 * topics and scores the other half, `--ablation` shows what each signal adds. Weights: names and
 * terms about equal, numbers a little. Time: a follow-up within five weeks is the same event (news
 * of one happening keeps coming for about a month); beyond, similarity decays with a 90-day constant but never below 0.6 of itself (ECB+ events
 * include follow-ups months later; the synthetic stories' two events are 2-9 months apart).
 */
export const CLUSTER_PARAMS: ClusterParams = {
  weights: { terms: 0.45, names: 0.4, numbers: 0.15 },
  groupThreshold: 0.05,
  storyThreshold: 0.15,
  eventThreshold: 0.55,
  localShare: 0.5,
  scaleNeighbours: 10,
  minLocal: 6,
  localScaling: true,
  timeWindowDays: 35,
  timeDecayDays: 90,
  timeFloor: 0.6,
};

export interface RegionItem {
  readonly features: ClusterFeatures;
  /** Best similarities of this article to any other seen so far (its scale); empty when unknown. */
  readonly neighbours: readonly number[];
}

/** The blended similarity of every pair of `items` under the corpus weights: the matrix clusterRegion starts from. */
export function regionSimilarity(items: readonly RegionItem[], df: DocumentFrequencies, p: ClusterParams = CLUSTER_PARAMS): number[][] {
  const weight = corpusIdf(df);
  const keys = new Map<string, number>();
  return pairwise(items.map((it) => articleVectors(it.features, weight, keys)), p.weights);
}

/**
 * Stories, each a list of events, each a list of indices into `items`. Deterministic. `raw` is
 * regionSimilarity(items, df, p), passed in by a caller that needs it too (labels).
 */
export function clusterRegion(
  items: readonly RegionItem[], df: DocumentFrequencies, p: ClusterParams = CLUSTER_PARAMS, raw: readonly (readonly number[])[] = regionSimilarity(items, df, p),
): number[][][] {
  if (items.length === 0) return [];
  const weight = corpusIdf(df);
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

/**
 * The blended similarity of every pair, symmetric, 1 on the diagonal: the same sums as
 * `similarity`, but each row's vectors are scattered into dense arrays once, so each pair costs
 * one pass over the other article's keys instead of a branchy merge of both (the O(n^2) core of a region).
 */
export function pairwise(vectors: readonly ArticleVectors[], w: SimilarityWeights): number[][] {
  const n = vectors.length;
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let size = 0;
  for (const v of vectors) for (const view of [v.terms, v.names, v.numbers]) if (view.idx.length) size = Math.max(size, view.idx[view.idx.length - 1]! + 1);
  const [terms, names, numbers] = [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
  for (let i = 0; i < n; i++) {
    out[i]![i] = 1;
    const mine = vectors[i]!;
    scatter(mine.terms, terms, true), scatter(mine.names, names, true), scatter(mine.numbers, numbers, true);
    for (let j = i + 1; j < n; j++) {
      const theirs = vectors[j]!;
      const s = w.terms * denseDot(theirs.terms, terms) + w.names * denseDot(theirs.names, names) + w.numbers * denseDot(theirs.numbers, numbers);
      out[i]![j] = s;
      out[j]![i] = s;
    }
    scatter(mine.terms, terms, false), scatter(mine.names, names, false), scatter(mine.numbers, numbers, false);
  }
  return out;
}

/** Writes `v` into the dense array (or clears its entries again). */
function scatter(v: SparseVector, dense: Float64Array, on: boolean): void {
  for (let e = 0; e < v.idx.length; e++) dense[v.idx[e]!] = on ? v.val[e]! : 0;
}

function denseDot(v: SparseVector, dense: Float64Array): number {
  let dot = 0;
  for (let e = 0; e < v.idx.length; e++) dot += v.val[e]! * dense[v.idx[e]!]!;
  return dot;
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
  const days = story.map((i) => eventDays(items[i]!.features));
  const time = (a: number, b: number): number => timeFactor(days[a]!, days[b]!, p);
  if (story.length < p.minLocal || p.localShare === 0) return globalView.map((row, a) => row.map((g, b) => g * time(a, b)));
  const localView = withinStoryView(story.map((i) => items[i]!.features), weight, p);
  return globalView.map((row, a) => row.map((g, b) => ((1 - p.localShare) * g + p.localShare * localView[a]![b]!) * time(a, b)));
}

/**
 * The days an article may be reporting on, sorted: its publication day and the days its body
 * states up to about a year before it (a follow-up names the day of the event it follows).
 */
export function eventDays(f: ClusterFeatures): number[] {
  // Undated: no anchor to tell the event's day from background dates, so no time evidence at all.
  if (f.published === null) return [];
  const days = new Set<number>([f.published]);
  for (const d of f.dates) if (d.day <= f.published + 1 && d.day >= f.published - RECALL_DAYS) days.add(d.day);
  return [...days].sort((a, b) => a - b);
}

/** How far back a stated date may point to the event an article reports, days. */
const RECALL_DAYS = 400;

/**
 * 1 when two articles can be about the same days (some day of one within the window of some day of
 * the other, or either has no date at all), decaying beyond it: reports of one happening come out
 * within days or name its day; a similar happening months later is another event. Stories are not
 * decayed: they chain events over time.
 */
export function timeFactor(a: readonly number[], b: readonly number[], p: Pick<ClusterParams, 'timeWindowDays' | 'timeDecayDays' | 'timeFloor'>): number {
  if (a.length === 0 || b.length === 0 || p.timeWindowDays <= 0) return 1;
  let gap = Infinity;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    gap = Math.min(gap, Math.abs(a[i]! - b[j]!));
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  const extra = gap - p.timeWindowDays;
  return extra <= 0 ? 1 : Math.max(p.timeFloor, Math.exp(-extra / p.timeDecayDays));
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
