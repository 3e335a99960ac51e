/**
 * Copy links -> copy groups, each pointing at its earliest member. Incremental: given the links
 * found for newly added articles and the groups they touch, it returns only what changes. Pure.
 */
import type { ArticleId, ArticleSketch, CopyKind } from '../types.js';
import { compareSketches, type CopyMatch, type CopyThresholds, COPY_THRESHOLDS } from './compare.js';
import { resemblance } from './minhash.js';

export interface CopyEdge {
  readonly a: ArticleId;
  readonly b: ArticleId;
  readonly match: CopyMatch;
}

export interface CopyAssignment {
  readonly article: ArticleId;
  /** The group's earliest article, or null for that article itself. */
  readonly duplicateOf: ArticleId | null;
  readonly similarity: number | null;
  readonly kind: CopyKind | null;
}

/**
 * Earliest first: dated copies by publication day, then undated ones; ties by id (ingest order).
 * A total order, so the root does not depend on the order members are compared in.
 */
export function earlier(a: ArticleSketch, b: ArticleSketch): number {
  const [pa, pb] = [a.published ?? UNDATED, b.published ?? UNDATED];
  if (pa !== pb) return pa < pb ? -1 : 1;
  return idNumber(a.article) - idNumber(b.article);
}

const UNDATED = '9999-99-99';

const idNumber = (id: string): number => Number(id.replace(/^\D+/, ''));

/**
 * Joins the groups the edges connect. `current` holds the current `duplicateOf` of every article in
 * scope (new articles: null), `sketches` the sketch of each. Returns an assignment for every article
 * whose group root or link changed.
 */
export function regroupCopies(
  edges: readonly CopyEdge[],
  current: ReadonlyMap<ArticleId, ArticleId | null>,
  sketches: ReadonlyMap<ArticleId, ArticleSketch>,
  thresholds: CopyThresholds = COPY_THRESHOLDS,
): CopyAssignment[] {
  const parent = new Map<ArticleId, ArticleId>();
  const find = (x: ArticleId): ArticleId => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (x: ArticleId, y: ArticleId): void => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
  };
  for (const [article, root] of current) union(article, root ?? article);
  for (const e of edges) union(e.a, e.b);

  const groups = new Map<ArticleId, ArticleId[]>();
  for (const article of current.keys()) (groups.get(find(article)) ?? groups.set(find(article), []).get(find(article))!).push(article);
  const best = bestMatches(edges);
  const out: CopyAssignment[] = [];
  for (const members of groups.values()) {
    const known = members.filter((m) => sketches.has(m));
    if (known.length === 0) continue;
    const root = known.reduce((x, y) => (earlier(sketches.get(x)!, sketches.get(y)!) <= 0 ? x : y));
    for (const m of members) {
      const target = m === root ? null : root;
      if (target === (current.get(m) ?? null) && !best.has(m)) continue;
      if (target === null) {
        if (current.get(m)) out.push({ article: m, duplicateOf: null, similarity: null, kind: null });
        continue;
      }
      // Report how closely it copies the root; a member joined through a chain reports its best direct link.
      const direct = sketches.has(m) ? compareSketches(sketches.get(m)!, sketches.get(root)!, thresholds) : null;
      const match = direct ?? best.get(m) ?? chainMatch(sketches.get(m), sketches.get(root));
      out.push({ article: m, duplicateOf: target, similarity: match.similarity, kind: match.kind });
    }
  }
  return out.sort((x, y) => idNumber(x.article) - idNumber(y.article));
}

function bestMatches(edges: readonly CopyEdge[]): Map<ArticleId, CopyMatch> {
  const best = new Map<ArticleId, CopyMatch>();
  for (const e of edges) {
    for (const side of [e.a, e.b]) {
      const prev = best.get(side);
      if (!prev || e.match.similarity > prev.similarity) best.set(side, e.match);
    }
  }
  return best;
}

function chainMatch(a: ArticleSketch | undefined, b: ArticleSketch | undefined): CopyMatch {
  return { similarity: a && b ? Math.round(resemblance(a.minhash, b.minhash) * 1000) / 1000 : 0, kind: 'near' };
}
