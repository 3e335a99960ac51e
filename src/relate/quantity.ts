/**
 * Whether two reported quantities can both be right. A reported number stands for an interval of
 * true values: its implicit rounding ("20,000" is rounded, "20,412" is not), widened by its bound
 * ("about", "over", "up to"). Two reports agree when their intervals meet, disagree when a clear
 * gap separates them, and are left undecided in between: a false "conflict" misleads a reader.
 */
import type { Quantity } from '../types.js';

/** Rounding implied by trailing zeros is capped at this share of the value ("20,000" -> ±1,000, not ±5,000). */
export const ROUNDING_CAP = 0.05;
/** "about"/"some"/"roughly" widens a value by this share on each side (chosen: news hedges rarely exceed ±10%). */
export const ABOUT_SHARE = 0.1;
/**
 * Two intervals closer than this share of the larger value are undecided, not conflicting — unless
 * both numbers are stated so precisely that their gap exceeds their combined rounding ("3.2%" vs "3.4%").
 */
export const CONFLICT_MARGIN = 0.03;
/** A point value corroborates an open bound ("over 10,000") only up to this factor from it ("12,000" yes, "50,000" no). */
export const OPEN_BOUND_REACH = 1.5;

export interface ValueRange {
  readonly lo: number;
  readonly hi: number;
  /** The number as stated (after unit scale). */
  readonly value: number;
  /** Its implicit rounding (see roundingTolerance). */
  readonly tolerance: number;
  readonly open: 'none' | 'above' | 'below';
}

export type ValueAgreement =
  /** Both can be right and they say about the same thing: a corroboration. */
  | 'same'
  /** Both can be right, but one hardly confirms the other ("over 10,000" and "50,000"). */
  | 'consistent'
  /** They cannot both be right. */
  | 'different'
  /** Too close to call. */
  | 'uncertain';

/** Half the place of the last significant digit: 20,000 -> 5,000; 20,412 -> 0.5; 3.25 -> 0.005. */
export function roundingTolerance(value: number): number {
  const v = Math.abs(value);
  if (v === 0 || !Number.isFinite(v)) return 0;
  let place: number;
  if (Number.isInteger(v)) {
    place = 1;
    while (v % (place * 10) === 0) place *= 10;
  } else {
    const decimals = (String(v).split('.')[1] ?? '').length;
    place = 10 ** -Math.min(decimals, 12);
  }
  return Math.min(place / 2, v * ROUNDING_CAP);
}

export function valueRange(q: Quantity, scale = 1): ValueRange {
  const v = q.value * scale;
  const t = roundingTolerance(v);
  switch (q.bound) {
    case 'about': {
      const a = Math.max(t, Math.abs(v) * ABOUT_SHARE);
      return { lo: v - a, hi: v + a, value: v, tolerance: t, open: 'none' };
    }
    case 'over':
    case 'at_least':
      return { lo: v, hi: Infinity, value: v, tolerance: t, open: 'above' };
    case 'under':
    case 'up_to':
      return { lo: -Infinity, hi: v, value: v, tolerance: t, open: 'below' };
    case 'range': {
      const max = (q.max ?? q.value) * scale;
      return { lo: Math.min(v, max) - t, hi: Math.max(v, max) + roundingTolerance(max), value: v, tolerance: t, open: 'none' };
    }
    default:
      return { lo: v - t, hi: v + t, value: v, tolerance: t, open: 'none' };
  }
}

export function compareValues(a: ValueRange, b: ValueRange): ValueAgreement {
  // Rounding intervals are half-open: "14,000" and "15,000" touch at 14,500 but no value rounds to both.
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  const overlap = a.value === b.value || lo < hi || (lo === hi && (a.lo === a.hi || b.lo === b.hi));
  if (!overlap) {
    const gap = lo - hi;
    const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
    const margin = Math.min(CONFLICT_MARGIN * scale, a.tolerance + b.tolerance);
    // The epsilon absorbs floating-point noise in decimal gaps (3.4 - 0.05 - (3.3 + 0.05)).
    return scale > 0 && gap >= margin - 1e-9 * scale ? 'different' : 'uncertain';
  }
  if (a.open === 'none' && b.open === 'none') return 'same';
  if (a.open !== 'none' && b.open !== 'none') {
    // Two bounds the same way ("over 10,000", "more than 12,000") say about the same; opposite ways say little.
    if (a.open !== b.open) return 'consistent';
    return ratio(a.value, b.value) <= OPEN_BOUND_REACH ? 'same' : 'consistent';
  }
  const [bound, point] = a.open !== 'none' ? [a, b] : [b, a];
  return ratio(bound.value, point.value) <= OPEN_BOUND_REACH ? 'same' : 'consistent';
}

const ratio = (x: number, y: number): number => {
  const [lo, hi] = [Math.min(Math.abs(x), Math.abs(y)), Math.max(Math.abs(x), Math.abs(y))];
  return lo === 0 ? (hi === 0 ? 1 : Infinity) : hi / lo;
};
