/**
 * One pair of claims -> corroborates / conflicts / updates / nothing. The order of the checks is
 * the policy: what is measured first, then when, then the values, and a conflict only when nothing
 * else (scope, time, event, rounding) could explain the difference.
 */
import type { RelationKind } from '../types.js';
import { compareMeasures } from './measure.js';
import { compareValues } from './quantity.js';
import { compareTimes, resolved, samePrecision } from './time.js';
import type { ClaimView } from './view.js';
import { normText } from './words.js';

export type PairVerdict =
  | { readonly kind: RelationKind; readonly first: ClaimView; readonly second: ClaimView; readonly why: string }
  /** The same fact from one source (copies, or one party quoted twice): grouped, never a corroboration. */
  | { readonly kind: 'same-source'; readonly first: ClaimView; readonly second: ClaimView; readonly why: string };

/** Words of running counts that later reports revise ("the death toll rose to 52"): a later, different figure updates, not conflicts. */
const RUNNING_COUNTS = new Set(['kill', 'dead', 'death', 'die', 'injur', 'wound', 'hurt', 'miss', 'arrest', 'detain', 'evacu', 'displac', 'rescu', 'case', 'infect', 'hospit', 'casualti', 'victim', 'toll', 'fatal', 'homeless']);

export function classifyPair(a: ClaimView, b: ClaimView): PairVerdict | null {
  if (a.article.id === b.article.id || a.copyRoot === b.copyRoot) return null;
  // One sentence word for word in two articles is copied text, whatever dedup decided: never a
  // relation between two sources (two figures of that sentence are no more related than in one article).
  if (normText(a.claim.sentence) === normText(b.claim.sentence)) {
    const same = a.range?.value === b.range?.value && a.claim.when?.start === b.claim.when?.start && a.claim.when?.end === b.claim.when?.end;
    return same ? { kind: 'same-source', first: a, second: b, why: 'copied sentence' } : null;
  }
  const sameEvent = a.event !== null && b.event !== null ? a.event === b.event : null;
  const measure = compareMeasures(a, b);
  if (measure.match !== 'same') return null;
  const time = compareTimes(a.claim.when, b.claim.when);
  const independent = a.source.key !== b.source.key;
  const agree = (why: string): PairVerdict => ({ kind: independent ? 'corroborates' : 'same-source', first: a, second: b, why });

  // Undated claims are only comparable inside one event: "40 killed" in two different quakes is two facts.
  if ((time === 'undated-both' || time === 'undated-one') && sameEvent !== true) return null;

  if (a.range === null || b.range === null) {
    // Claims without a quantity state a date ("the treaty was signed in June 2023"): the date is the value.
    if (time === 'same' || time === 'nested') return agree('same date');
    if ((time === 'before' || time === 'after') && sameEvent === true && !measure.scopeDoubt) {
      return { kind: 'conflicts', first: a, second: b, why: 'different dates for one happening' };
    }
    return null;
  }

  if (time === 'before' || time === 'after') {
    // The same measure for another period: a newer figure, not a disagreement (only like for like: a year with a year).
    if (measure.scopeDoubt || !samePrecision(resolved(a.claim.when)!, resolved(b.claim.when)!)) return null;
    // Day-by-day figures belong to one happening: across two events (two quakes, months apart) they are two facts.
    if (sameEvent !== true && (isRunningCount(a, b) || isShortPeriod(a))) return null;
    // A toll counts the victims of one happening, reported over days or weeks; tolls dated months
    // apart count two happenings, whatever the clustering decided.
    if (isRunningCount(a, b) && daysApart(a, b) > RUNNING_COUNT_DAYS) return null;
    const [first, second] = time === 'before' ? [a, b] : [b, a];
    return { kind: 'updates', first, second, why: 'later period' };
  }

  const values = compareValues(a.range, b.range);
  // Within one event, a figure restated with another number on a later day was revised: an undated
  // one ("has burned 8,000 hectares", then "11,000") or a running count dated to the event ("at least
  // 40 killed on Sunday", then "52"). A later report is news, not a disagreement.
  const laterDay = a.published !== null && b.published !== null && a.published !== b.published;
  const revised =
    sameEvent === true && laterDay && values !== 'uncertain' && a.range.value !== b.range.value &&
    (time === 'undated-both' || (time === 'same' && isRunningCount(a, b)));
  if (revised && !measure.scopeDoubt) {
    const [first, second] = a.published! < b.published! ? [a, b] : [b, a];
    return { kind: 'updates', first, second, why: 'revised running count' };
  }
  if (values === 'same') return agree('compatible values');
  if (values !== 'different') return null;
  // A disagreement needs the same period stated by both (or, within one event, by neither) and the same scope.
  if (time === 'nested' || time === 'undated-one' || measure.scopeDoubt) return null;
  if (sameEvent === false) return null;
  return { kind: 'conflicts', first: a, second: b, why: 'incompatible values' };
}

/** Longest span over which a running count is still one happening's toll being revised, days. */
const RUNNING_COUNT_DAYS = 60;

function daysApart(a: ClaimView, b: ClaimView): number {
  const ra = resolved(a.claim.when)!;
  const rb = resolved(b.claim.when)!;
  const gap = ra.end < rb.start ? Date.parse(rb.start) - Date.parse(ra.end) : Date.parse(ra.start) - Date.parse(rb.end);
  return gap / 86_400_000;
}

const isShortPeriod = (v: ClaimView): boolean => v.claim.when?.precision === 'day' || v.claim.when?.precision === 'week';

function isRunningCount(a: ClaimView, b: ClaimView): boolean {
  for (const s of a.measure) if (RUNNING_COUNTS.has(s) && b.measure.has(s)) return true;
  return false;
}
