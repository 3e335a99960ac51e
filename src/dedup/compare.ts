/** Two sketches -> whether one body copies the other, how (exact, near, wire) and how closely. Pure. */
import type { ArticleSketch, CopyKind } from '../types.js';
import { resemblance } from './minhash.js';

export interface CopyThresholds {
  /** Resemblance at or above which two bodies are near-duplicates (small edits, other chrome). */
  readonly near: number;
  /** Containment of the shorter body in the longer at or above which it is a truncated/extended copy. */
  readonly nearContainment: number;
  /** Resemblance that makes two bodies one wire story when they credit the same agency. */
  readonly wire: number;
  /** Containment that makes two bodies one wire story when they credit the same agency. */
  readonly wireContainment: number;
  /** A body this much shorter than the other (shingle ratio) is a quote or a teaser, not a truncated copy. */
  readonly minLengthRatio: number;
}

/**
 * Defaults, set on the synthetic copies (scripts/lib/synthetic.ts) and on hand-made edits: a copy
 * with a changed word or two per paragraph stays above 0.6 resemblance, one paragraph cut from five
 * keeps containment near 1, while two articles of one event written separately stay below 0.25.
 */
export const COPY_THRESHOLDS: CopyThresholds = { near: 0.6, nearContainment: 0.85, wire: 0.35, wireContainment: 0.6, minLengthRatio: 0.4 };

export interface CopyMatch {
  readonly similarity: number;
  readonly kind: CopyKind;
}

/** How `a` and `b` relate: null when neither copies the other. Symmetric. */
export function compareSketches(a: ArticleSketch, b: ArticleSketch, t: CopyThresholds = COPY_THRESHOLDS): CopyMatch | null {
  if (a.shingles === 0 || b.shingles === 0) return null;
  if (a.bodyHash === b.bodyHash) return { similarity: 1, kind: 'exact' };
  const r = resemblance(a.minhash, b.minhash);
  const shorter = Math.min(a.shingles, b.shingles);
  const ratio = shorter / Math.max(a.shingles, b.shingles);
  // |A ∩ B| = J / (1 + J) * (|A| + |B|), so the share of the shorter body found in the longer one:
  const containment = Math.min(1, ((r / (1 + r)) * (a.shingles + b.shingles)) / shorter);
  if (r >= t.near) return { similarity: round(r), kind: 'near' };
  if (ratio >= t.minLengthRatio && containment >= t.nearContainment) return { similarity: round(containment), kind: 'near' };
  const sharedCredit = a.credits.some((c) => b.credits.some((d) => c.toLowerCase() === d.toLowerCase()));
  if (sharedCredit && (r >= t.wire || (ratio >= t.minLengthRatio && containment >= t.wireContainment))) {
    return { similarity: round(Math.max(r, containment)), kind: 'wire' };
  }
  return null;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
