/**
 * Whether two claims measure the same thing: the same unit, mostly the same words for what is
 * measured, and no sign of a different scope (another place, another level, another round).
 */
import type { ClaimView } from './view.js';
import { containment, jaccard } from './words.js';

/** Measure words shared (Jaccard) at or above which two claims measure the same thing. Chosen on the gold set's wording variety. */
export const SAME_MEASURE = 0.5;
/** When one description holds the other ("containers handled" in "containers handled at the port"), this Jaccard is enough. */
export const NESTED_MEASURE = 0.34;
/** Below this containment two measures are different things. */
export const DIFFERENT_MEASURE = 0.34;

export interface MeasureMatch {
  readonly match: 'same' | 'unsure' | 'different';
  /** Same measure, but the scope may differ (one names a place or level the other does not): never a conflict. */
  readonly scopeDoubt: boolean;
}

export function compareMeasures(a: ClaimView, b: ClaimView): MeasureMatch {
  const different: MeasureMatch = { match: 'different', scopeDoubt: false };
  if ((a.range === null) !== (b.range === null)) return different;
  if (a.unit.key !== null && b.unit.key !== null && a.unit.key !== b.unit.key) return different;
  if (disjointNonEmpty(a.places, b.places)) return different;
  if (a.scope !== null && b.scope !== null && a.scope !== b.scope) return different;
  if (disjointNonEmpty(a.ordinals, b.ordinals)) return different;

  const j = jaccard(a.measure, b.measure);
  const c = containment(a.measure, b.measure);
  let match: MeasureMatch['match'];
  if (j >= SAME_MEASURE || (c >= 0.75 && j >= NESTED_MEASURE)) match = 'same';
  else if (c < DIFFERENT_MEASURE) return different;
  else match = 'unsure';

  const scopeDoubt = a.scope !== b.scope || a.ordinals.size !== b.ordinals.size || placeDoubt(a, b) || placeDoubt(b, a);
  return { match, scopeDoubt };
}

/** `a` names a place and `b` names none: unless b's article is mostly about that place, b may be about another one. */
function placeDoubt(a: ClaimView, b: ClaimView): boolean {
  if (a.places.size === 0 || b.places.size > 0) return false;
  for (const p of a.places) if (b.homePlaces.has(p)) return false;
  return true;
}

function disjointNonEmpty(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
