/**
 * Scores the extractor against the gold set. Matching rules (also in test/gold/README.md):
 * - quote: predicted and gold spans overlap by at least half of the longer one; it counts as correct
 *   when the speaker (names compared without case, accents or determiners; an acronym equals its
 *   expansion) and the whole via chain agree.
 * - claim: the predicted claim's sentence span holds the gold phrase, and value, unit (case and a
 *   plural "s" ignored), bound (and max for ranges) agree; both null for dated statements.
 * - aliases: pairwise precision/recall over all pairs of mention groups.
 */
import type { ArticleAnalysis, ClaimRecord, QuoteRecord } from '../../src/types.js';
import { acronymOf, editDistanceAtMost1, initialsOf } from '../../src/extract/entities/alias-keys.js';
import { mergeGroups, type KnownEntity } from '../../src/extract/entities/merge.js';
import type { AliasGroup, GoldArticle, GoldClaim, GoldQuote } from './gold-extract.js';

export interface Prf { readonly tp: number; readonly predicted: number; readonly gold: number; readonly precision: number; readonly recall: number; readonly f1: number }
export const prf = (tp: number, predicted: number, gold: number): Prf => {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { tp, predicted, gold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

const norm = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Same name: equal after normalising, or an acronym and its expansion (or a one-edit misspelling of it). */
export function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  if (norm(a) === norm(b)) return true;
  const acr = (s: string) => acronymOf(s) ?? initialsOf(s) ?? norm(s).replace(/\s+/g, '');
  const x = acr(a);
  const y = acr(b);
  return (acronymOf(a) !== null || acronymOf(b) !== null) && (x === y || (x.length >= 4 && y.length >= 4 && editDistanceAtMost1(x, y) === 1));
}

/** A source credited: the same name, or one phrase containing the other as whole words ("OKD" in "the OKD mining company"). */
export function sameSource(a: string | null, b: string | null): boolean {
  if (sameName(a, b)) return true;
  if (a === null || b === null) return false;
  const [x, y] = [` ${norm(a)} `, ` ${norm(b)} `];
  return x.includes(y) || y.includes(x);
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export interface QuoteMiss { readonly file: string; readonly kind: 'missed' | 'spurious' | 'wrong'; readonly gold?: GoldQuote; readonly predicted?: QuoteRecord }
export interface ClaimMiss { readonly file: string; readonly kind: 'missed' | 'spurious'; readonly gold?: GoldClaim; readonly predicted?: ClaimRecord }

export interface ArticleScore {
  quotes: { tp: number; spanTp: number; predicted: number; gold: number; misses: QuoteMiss[] };
  claims: { tp: number; predicted: number; gold: number; attributed: number; aboutOverlap: number; misses: ClaimMiss[] };
}

export function scoreArticle(gold: GoldArticle, got: ArticleAnalysis): ArticleScore {
  const quoteMisses: QuoteMiss[] = [];
  const usedQ = new Set<number>();
  let tp = 0;
  let spanTp = 0;
  for (const g of gold.quotes) {
    let best = -1;
    let bestOverlap = 0;
    got.quotes.forEach((q, i) => {
      if (usedQ.has(i)) return;
      const o = overlap(q.span, g);
      if (o >= 0.5 * Math.max(q.span.end - q.span.start, g.end - g.start) && o > bestOverlap) { best = i; bestOverlap = o; }
    });
    if (best < 0) { quoteMisses.push({ file: gold.file, kind: 'missed', gold: g }); continue; }
    usedQ.add(best);
    spanTp++;
    const q = got.quotes[best]!;
    const right = sameName(q.speaker, g.speaker) && q.via.length === g.via.length && q.via.every((v, i) => sameName(v, g.via[i]!));
    if (right) tp++;
    else quoteMisses.push({ file: gold.file, kind: 'wrong', gold: g, predicted: q });
  }
  got.quotes.forEach((q, i) => { if (!usedQ.has(i)) quoteMisses.push({ file: gold.file, kind: 'spurious', predicted: q }); });

  const claimMisses: ClaimMiss[] = [];
  const usedC = new Set<number>();
  let ctp = 0;
  let attributed = 0;
  let aboutOverlap = 0;
  for (const g of gold.claims) {
    const i = got.claims.findIndex((c, k) => !usedC.has(k) && c.span.start <= g.at && g.at < c.span.end && sameQuantity(c, g));
    if (i < 0) { claimMisses.push({ file: gold.file, kind: 'missed', gold: g }); continue; }
    usedC.add(i);
    ctp++;
    const c = got.claims[i]!;
    if (sameSource(c.attributedTo, g.attributedTo)) attributed++;
    aboutOverlap += wordOverlap(c.about, g.about);
  }
  got.claims.forEach((c, k) => { if (!usedC.has(k)) claimMisses.push({ file: gold.file, kind: 'spurious', predicted: c }); });
  return {
    quotes: { tp, spanTp, predicted: got.quotes.length, gold: gold.quotes.length, misses: quoteMisses },
    claims: { tp: ctp, predicted: got.claims.length, gold: gold.claims.length, attributed, aboutOverlap, misses: claimMisses },
  };
}

const unitNorm = (u: string | null): string | null => (u === null ? null : u.toLowerCase().replace(/s$/, ''));

function sameQuantity(c: ClaimRecord, g: GoldClaim): boolean {
  if (g.value === null || c.quantity === null) return g.value === null && c.quantity === null;
  const q = c.quantity;
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return close(q.value, g.value) && unitNorm(q.unit) === unitNorm(g.unit) && q.bound === g.bound && (g.bound !== 'range' || (q.max !== undefined && g.max !== null && close(q.max, g.max)));
}

/** Share of the gold `about` words found in the predicted one (content words only). */
function wordOverlap(got: string, gold: string): number {
  const words = (s: string) => new Set(norm(s).split(' ').filter((w) => w.length > 2 && !['the', 'and', 'for', 'with'].includes(w)).map((w) => w.replace(/s$/, '')));
  const g = words(gold);
  if (g.size === 0) return 1;
  const p = words(got);
  let n = 0;
  for (const w of g) if (p.has(w)) n++;
  return n / g.size;
}

/** Pairwise precision/recall of alias merging over the mention groups, merged as the merge pass does (pure core, in-memory index). */
export function scoreAliases(groups: readonly AliasGroup[]): Prf & { errors: string[] } {
  const store = new Map<string, KnownEntity>();
  const index = new Map<string, Set<string>>();
  let n = 0;
  // Feed groups one at a time, the way articles arrive, updating the index between them.
  const assignments: string[] = [];
  for (const g of groups) {
    const r = mergeGroups([g], (keys) => [...new Set(keys.flatMap((k) => [...(index.get(k) ?? [])]))].map((id) => store.get(id)!), () => `n${++n}`);
    for (const e of r.changed) store.set(e.id, e);
    for (const k of r.keys) (index.get(k.key) ?? index.set(k.key, new Set()).get(k.key)!).add(k.entity);
    assignments.push(r.assignments[0]!);
  }
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const errors: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const same = groups[i]!.cluster === groups[j]!.cluster;
      const merged = assignments[i] === assignments[j];
      if (same) gold++;
      if (merged) predicted++;
      if (same && merged) tp++;
      if (same !== merged) errors.push(`${merged ? 'merged' : 'apart'}: ${groups[i]!.name} | ${groups[j]!.name}`);
    }
  }
  return { ...prf(tp, predicted, gold), errors };
}
