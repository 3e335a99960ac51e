/**
 * Candidate blocking: which keys an article is indexed under, which stored articles a new one is
 * compared with, and how an article's nearest-neighbour similarities (its scale) are kept. Pure.
 */
import type { ClusterFeatures } from '../types.js';
import { KEY, featureKeys } from './features.js';

/** Names say most about which event an article reports; numbers are often incidental. */
const KIND_BOOST: Record<string, number> = { [KEY.term]: 1, [KEY.name]: 1.5, [KEY.number]: 0.5 };

/** The article's `k` most distinctive keys (TF-IDF, names boosted), best first; ties by key. */
export function topKeys(f: ClusterFeatures, weight: (key: string) => number, k: number): string[] {
  return [...featureKeys(f)]
    .map(([key, n]) => [key, (1 + Math.log(n)) * weight(key) * (KIND_BOOST[key.slice(0, 2)] ?? 1)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([key]) => key);
}

/**
 * Articles that share indexed keys with the query, scored by the summed weight of the shared keys,
 * best `limit` first (ties to the newer article). `postings` maps a key to the articles under it.
 */
export function rankCandidates<T extends string>(
  self: T, keys: readonly string[], postings: ReadonlyMap<string, readonly T[]>, weight: (key: string) => number, limit: number,
): T[] {
  const score = new Map<T, number>();
  for (const key of keys) {
    const w = weight(key);
    for (const a of postings.get(key) ?? []) if (a !== self) score.set(a, (score.get(a) ?? 0) + w);
  }
  // Best `limit` of a few thousand scores: keep a small sorted list rather than sorting them all.
  const best: { id: T; score: number; n: number }[] = [];
  const before = (x: { score: number; n: number }, y: { score: number; n: number }): boolean => x.score > y.score || (x.score === y.score && x.n > y.n);
  for (const [id, s] of score) {
    if (best.length === limit && s < best[limit - 1]!.score) continue;
    const entry = { id, score: s, n: idNumber(id) };
    if (best.length === limit && !before(entry, best[limit - 1]!)) continue;
    let i = Math.min(best.length, limit - 1);
    if (best.length < limit) best.push(entry);
    while (i > 0 && before(entry, best[i - 1]!)) (best[i] = best[i - 1]!), i--;
    best[i] = entry;
  }
  return best.map((e) => e.id);
}

const idNumber = (id: string): number => Number(id.replace(/^\D+/, ''));

/** `list` (best first, at most k) with `sim` added; null when `sim` does not make the top k. */
export function addNeighbour(list: readonly number[], sim: number, k: number): number[] | null {
  if (list.length >= k && sim <= list[list.length - 1]!) return null;
  const out = [...list, sim].sort((a, b) => b - a).slice(0, k);
  return out.map((x) => Math.round(x * 1e4) / 1e4);
}
