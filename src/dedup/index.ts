/**
 * Dedup stage: newly stored articles -> which earlier article each copies (exact, near-duplicate or
 * wire copy), as `duplicateOf` pointing at the earliest copy of its group.
 * Candidates come from LSH band keys kept in the store (never all pairs); the decisions are pure
 * (compare.ts, groups.ts); this pass only reads and writes the store.
 */
import type { CorpusPass } from '../pipeline.js';
import type { Article, ArticleId, ArticleSketch, Ctx } from '../types.js';
import type { Store } from '../store/store.js';
import { compareSketches } from './compare.js';
import { regroupCopies, type CopyEdge } from './groups.js';
import { sketchArticle } from './sketch.js';

/** Articles sketched and matched per round trip: bounds memory for any ingest size. */
const CHUNK = 500;
/** Articles read per band key (newest first): a band shared by thousands of bodies is boilerplate, not a copy. */
const PER_BAND = 50;

export const dedupPass: CorpusPass = {
  name: 'dedup',
  async update(store: Store, added: readonly Article[], ctx: Ctx): Promise<void> {
    let linked = 0;
    for (let i = 0; i < added.length; i += CHUNK) linked += await dedupChunk(store, added.slice(i, i + CHUNK));
    if (added.length > 0) ctx.log.debug(`dedup: ${added.length} articles sketched, ${linked} copy links set`);
  },
};

async function dedupChunk(store: Store, chunk: readonly Article[]): Promise<number> {
  const fresh = chunk.map(sketchArticle);
  await store.putSketches(fresh);
  const candidates = await store.findSketchCandidates(fresh.map((s) => s.bodyHash), fresh.flatMap((s) => s.bands), PER_BAND);
  const sketches = new Map<ArticleId, ArticleSketch>(candidates.map((s) => [s.article, s]));
  for (const s of fresh) sketches.set(s.article, s);

  const edges = findEdges(fresh, candidates);
  if (edges.length === 0) return 0;
  const touched = [...new Set(edges.flatMap((e) => [e.a, e.b]))];
  const current = new Map<ArticleId, ArticleId | null>();
  for (const m of await store.listMembers({ articles: touched })) current.set(m.id, m.duplicateOf);
  const roots = [...new Set(touched.map((id) => current.get(id) ?? id))];
  for (const m of await store.listMembers({ articles: roots, copiesOf: roots })) current.set(m.id, m.duplicateOf);
  const missing = [...current.keys()].filter((id) => !sketches.has(id));
  for (const s of await store.getSketches(missing)) sketches.set(s.article, s);

  const assignments = regroupCopies(edges, current, sketches);
  await store.setCopies(assignments.map((a) => ({ article: a.article, copyOf: a.duplicateOf, similarity: a.similarity, kind: a.kind })));
  await store.setArticleLinks(assignments.map((a) => ({ id: a.article, duplicateOf: a.duplicateOf })));
  return assignments.length;
}

/** Verified copy links between each new sketch and the candidates it shares a body hash or band with. Pure. */
export function findEdges(fresh: readonly ArticleSketch[], candidates: readonly ArticleSketch[]): CopyEdge[] {
  const byKey = new Map<string | number, ArticleSketch[]>();
  const post = (key: string | number, s: ArticleSketch): void => void (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(s);
  for (const s of candidates) {
    post(`h:${s.bodyHash}`, s);
    for (const b of s.bands) post(b, s);
  }
  const seen = new Set<string>();
  const edges: CopyEdge[] = [];
  for (const x of fresh) {
    for (const key of [`h:${x.bodyHash}`, ...x.bands]) {
      for (const c of byKey.get(key) ?? []) {
        if (c.article === x.article) continue;
        const pair = x.article < c.article ? `${x.article} ${c.article}` : `${c.article} ${x.article}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const match = compareSketches(x, c);
        if (match) edges.push({ a: x.article, b: c.article, match });
      }
    }
  }
  return edges;
}
