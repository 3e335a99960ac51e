/** How the times two claims are about relate: the same period, one inside the other, one before the other, or unknown. */
import type { DatePrecision, DateValue } from '../types.js';

export type TimeRelation =
  /** Overlapping periods of the same precision ("June 2024" and "June 2024"). */
  | 'same'
  /** Overlapping periods of different precision ("2024" and "June 2024"). */
  | 'nested'
  /** The first period ends before the second starts. */
  | 'before'
  | 'after'
  /** Neither claim says when. */
  | 'undated-both'
  /** One claim says when, the other does not. */
  | 'undated-one';

export interface ResolvedDate {
  readonly start: string;
  readonly end: string;
  readonly precision: DatePrecision | null;
}

/** The claim's date when it is resolved to calendar days; null otherwise. */
export function resolved(d: DateValue | null | undefined): ResolvedDate | null {
  return d && d.start !== null && d.end !== null ? { start: d.start, end: d.end, precision: d.precision } : null;
}

export function compareTimes(a: DateValue | null | undefined, b: DateValue | null | undefined): TimeRelation {
  const ra = resolved(a);
  const rb = resolved(b);
  if (!ra && !rb) return 'undated-both';
  if (!ra || !rb) return 'undated-one';
  if (ra.end < rb.start) return 'before';
  if (rb.end < ra.start) return 'after';
  return samePrecision(ra, rb) ? 'same' : 'nested';
}

/** Same precision, or two ranges of the same length (e.g. two fiscal years written as ranges). */
export function samePrecision(a: ResolvedDate, b: ResolvedDate): boolean {
  if (a.precision !== b.precision) return false;
  if (a.precision !== 'range') return true;
  return Math.abs(days(a) - days(b)) <= 2;
}

const days = (d: ResolvedDate): number => (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;

/** "2025", "June 2024", "2024-06-03", "2024-01-01..2024-03-31". */
export function describeDate(d: DateValue | null | undefined): string {
  const r = resolved(d);
  if (!r) return d?.text ?? 'undated';
  if (r.precision === 'year') return r.start.slice(0, 4);
  if (r.precision === 'month') return monthName(r.start);
  if (r.precision === 'day') return r.start;
  return r.start === r.end ? r.start : `${r.start}..${r.end}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7)} ${iso.slice(0, 4)}`;
