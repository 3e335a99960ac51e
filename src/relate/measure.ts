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

/** Stems that make a figure a plan or forecast, not a reported value: "expects to handle 22,000" is not the 2026 figure. */
const MODAL = new Set(['expect', 'forecast', 'plan', 'target', 'project', 'aim', 'predict', 'goal', 'budget']);

export interface MeasureMatch {
  readonly match: 'same' | 'unsure' | 'different';
  /** Same measure, but the scope may differ (one names a place or level the other does not): never a conflict. */
  readonly scopeDoubt: boolean;
}

export function compareMeasures(a: ClaimView, b: ClaimView): MeasureMatch {
  const different: MeasureMatch = { match: 'different', scopeDoubt: false };
  if ((a.range === null) !== (b.range === null)) return different;
  if (a.unit.key !== null && b.unit.key !== null && a.unit.key !== b.unit.key) return different;
  if (a.scope !== null && b.scope !== null && a.scope !== b.scope) return different;
  if (disjointNonEmpty(a.ordinals, b.ordinals)) return different;
  if (hasAny(a.measure, MODAL) !== hasAny(b.measure, MODAL)) return different;

  // Two descriptions of each measure: the extractor's `about` and the figure's own clause. Either
  // one matching is enough; both far apart means two different things.
  const verdicts = [sameness(a, b, a.aboutWords, b.aboutWords), sameness(a, b, a.clauseWords, b.clauseWords)];
  if (verdicts.every((v) => v === 'different')) return different;
  const match: MeasureMatch['match'] = verdicts.includes('same') ? 'same' : 'unsure';

  // Different names around the figure ("Norby port" vs "Halvik port") may be different places or
  // just different wording (a person, an agency): never a conflict or an update, still an agreement.
  const scopeDoubt =
    levelOf(a) !== levelOf(b) || a.ordinals.size !== b.ordinals.size || disjointNonEmpty(a.places, b.places) || placeDoubt(a, b) || placeDoubt(b, a);
  return { match, scopeDoubt };
}

function sameness(a: ClaimView, b: ClaimView, aw: ReadonlySet<string>, bw: ReadonlySet<string>): MeasureMatch['match'] {
  // "12 people killed" and "the toll rose to 14": a claim without a unit implies the other's unit.
  const am = a.unit.key !== null && b.unit.key === null ? withoutUnless(aw, a.unitStems) : aw;
  const bm = b.unit.key !== null && a.unit.key === null ? withoutUnless(bw, b.unitStems) : bw;
  const j = jaccard(am, bm);
  const c = containment(am, bm);
  if (j >= SAME_MEASURE || (c >= 0.75 && j >= NESTED_MEASURE)) return 'same';
  return c < DIFFERENT_MEASURE ? 'different' : 'unsure';
}

/** An unqualified rate or count is read as the national one, the way news writes it; other levels are always named. */
const levelOf = (v: ClaimView): string => v.scope ?? 'national';

/**
 * `a` names a place and `b` names none: b may be about another place, unless its article names no
 * place at all or names a's place most often.
 */
function placeDoubt(a: ClaimView, b: ClaimView): boolean {
  if (a.places.size === 0 || b.places.size > 0 || b.homePlaces.size === 0) return false;
  for (const p of a.places) if (b.homePlaces.has(p)) return false;
  return true;
}

/** `a` without `drop`, unless nothing would be left ("jobs" measured in jobs stays "jobs"). */
function withoutUnless(a: ReadonlySet<string>, drop: ReadonlySet<string>): ReadonlySet<string> {
  const rest = new Set([...a].filter((x) => !drop.has(x)));
  return rest.size > 0 ? rest : a;
}

function hasAny(a: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  for (const x of a) if (words.has(x)) return true;
  return false;
}

function disjointNonEmpty(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
