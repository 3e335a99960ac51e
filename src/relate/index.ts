/**
 * Relate: one story's claims -> relations between them (corroborates / conflicts / updates, each
 * with a note) and facts (claims stating one fact, with the number of independent sources).
 * Pure; `relate-pass.ts` runs it per story after each ingest.
 */
import type { ClaimId, Fact, Relation, RelationKind, StoryMaterial } from '../types.js';
import { classifyPair, type PairVerdict } from './classify.js';
import { conflictNote, corroborationNote, updateNote } from './notes.js';
import { UnionFind } from './union-find.js';
import { claimViews, type ClaimView } from './view.js';

export { claimViews, type ClaimView } from './view.js';
export { classifyPair } from './classify.js';

export interface RelateOutput {
  readonly relations: readonly Relation[];
  readonly facts: readonly Fact[];
}

const KIND_ORDER: Record<RelationKind, number> = { conflicts: 0, updates: 1, corroborates: 2 };
export const byClaimId = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

export function relateClaims(material: StoryMaterial): RelateOutput {
  const views = claimViews(material);
  const verdicts = candidatePairs(views)
    .map(([a, b]) => classifyPair(a, b))
    .filter((v): v is PairVerdict => v !== null);

  // Facts: claims joined by agreement, whether or not the two sources are independent.
  const uf = new UnionFind();
  for (const v of views) uf.find(v.claim.id);
  for (const v of verdicts) if (v.kind === 'corroborates' || v.kind === 'same-source') uf.union(v.first.claim.id, v.second.claim.id);
  const viewById = new Map(views.map((v) => [v.claim.id as string, v]));
  const facts: Fact[] = [];
  const factOf = new Map<string, Fact>();
  for (const members of uf.groups().values()) {
    const vs = members.map((id) => viewById.get(id)!);
    const names = new Map<string, string>();
    for (const v of vs) if (!names.has(v.source.key)) names.set(v.source.key, v.source.name);
    const fact: Fact = { claims: members.sort(byClaimId) as ClaimId[], sources: names.size, sourceNames: [...names.values()].sort() };
    facts.push(fact);
    for (const id of members) factOf.set(id, fact);
  }
  facts.sort((x, y) => y.sources - x.sources || byClaimId(x.claims[0]!, y.claims[0]!));

  const relations: Relation[] = [];
  for (const v of verdicts) {
    if (v.kind === 'same-source') continue;
    const [a, b] = v.kind === 'updates' ? [v.first, v.second] : ordered(v.first, v.second);
    const fact = factOf.get(a.claim.id)!;
    const note =
      v.kind === 'corroborates' ? corroborationNote(a, b, fact.sources, fact.sourceNames)
      : v.kind === 'conflicts' ? conflictNote(a, b)
      : updateNote(a, b, v.why);
    relations.push({ kind: v.kind, claims: [a.claim.id, b.claim.id], note });
  }
  relations.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || byClaimId(x.claims[0]!, y.claims[0]!) || byClaimId(x.claims[1]!, y.claims[1]!));
  return { relations, facts };
}

const ordered = (a: ClaimView, b: ClaimView): [ClaimView, ClaimView] => (byClaimId(a.claim.id, b.claim.id) <= 0 ? [a, b] : [b, a]);

/** Pairs sharing at least one measure word: an inverted index instead of all pairs. */
function candidatePairs(views: readonly ClaimView[]): [ClaimView, ClaimView][] {
  const index = new Map<string, number[]>();
  views.forEach((v, i) => {
    for (const s of v.measure) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  const seen = new Set<number>();
  const out: [ClaimView, ClaimView][] = [];
  for (const list of index.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x]!, list[y]!];
        const key = i * views.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([views[i]!, views[j]!]);
      }
    }
  }
  return out;
}
