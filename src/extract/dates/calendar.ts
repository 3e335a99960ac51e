/**
 * Calendar arithmetic on whole days, as day numbers (days since 1970-01-01, UTC, proleptic Gregorian).
 * Every interval here is inclusive on both ends, like the contract's DateValue.
 */

/** Days since 1970-01-01. */
export type DayNumber = number;

export interface DayInterval {
  readonly start: DayNumber;
  readonly end: DayNumber;
}

/** The granularity an expression names: the interval is the whole unit containing its first day. */
export type DateUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'season';

const MS_PER_DAY = 86_400_000;

export const dayNumber = (year: number, month: number, day: number): DayNumber => Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function ymdOf(n: DayNumber): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD`; years outside 0..9999 cannot be written that way and are a caller's bug. */
export function isoOf(n: DayNumber): string {
  const { year, month, day } = ymdOf(n);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A `YYYY-MM-DD` string (a longer ISO timestamp is read by its date part) -> its day number; null when not a real day. */
export function parseIsoDay(iso: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayNumber(year, month, day);
  const back = ymdOf(n);
  return back.month === month && back.day === day ? n : null;
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** ISO weekday: Monday = 1 .. Sunday = 7. */
export const isoWeekday = (n: DayNumber): number => ((((n + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday

/** Adds whole months to a (year, month) pair. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export const dayInterval = (n: DayNumber): DayInterval => ({ start: n, end: n });

/** Monday..Sunday around `n`. */
export function weekInterval(n: DayNumber): DayInterval {
  const monday = n - (isoWeekday(n) - 1);
  return { start: monday, end: monday + 6 };
}

/** Saturday..Sunday of the Monday-to-Sunday week around `n`. */
export function weekendInterval(n: DayNumber): DayInterval {
  const { start } = weekInterval(n);
  return { start: start + 5, end: start + 6 };
}

/** `count` whole months from (year, month). */
export function monthsInterval(year: number, month: number, count: number): DayInterval {
  const last = addMonths(year, month, count - 1);
  return { start: dayNumber(year, month, 1), end: dayNumber(last.year, last.month, daysInMonth(last.year, last.month)) };
}

export const monthInterval = (year: number, month: number): DayInterval => monthsInterval(year, month, 1);
/** Quarter `q` (1..4): months 3q-2..3q. */
export const quarterInterval = (year: number, q: number): DayInterval => monthsInterval(year, 3 * q - 2, 3);
/** Half `h` (1..2): months 6h-5..6h. */
export const halfInterval = (year: number, h: number): DayInterval => monthsInterval(year, 6 * h - 5, 6);
export const yearInterval = (year: number): DayInterval => monthsInterval(year, 1, 12);
/** The decade starting in `year` (a multiple of ten): "the 1990s" is 1990-01-01..1999-12-31. */
export const decadeInterval = (year: number): DayInterval => monthsInterval(year, 1, 120);

/** The whole `unit` that starts on or contains day `n` (seasons are three months from the first day's month). */
export function unitInterval(unit: DateUnit, n: DayNumber): DayInterval {
  const { year, month } = ymdOf(n);
  switch (unit) {
    case 'day':
      return dayInterval(n);
    case 'week':
      return weekInterval(n);
    case 'weekend':
      return weekendInterval(n);
    case 'month':
      return monthInterval(year, month);
    case 'quarter':
      return quarterInterval(year, Math.ceil(month / 3));
    case 'half':
      return halfInterval(year, month <= 6 ? 1 : 2);
    case 'year':
      return yearInterval(year);
    case 'decade':
      return decadeInterval(year - (((year % 10) + 10) % 10));
    case 'season':
      return monthsInterval(year, month, 3);
  }
}

/** Shifts day `n` by whole units (calendar months for month-based units, clamping the day). */
export function shiftDay(n: DayNumber, unit: DateUnit, amount: number): DayNumber {
  switch (unit) {
    case 'day':
      return n + amount;
    case 'week':
    case 'weekend':
      return n + 7 * amount;
    default: {
      const months = { month: 1, quarter: 3, half: 6, year: 12, decade: 120, season: 12 }[unit] * amount;
      const { year, month, day } = ymdOf(n);
      const target = addMonths(year, month, months);
      return dayNumber(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
    }
  }
}
