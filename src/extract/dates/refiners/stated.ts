/**
 * Marks the results of chrono's own parsers ("June 3, 2024", "March 3-5", "2024-06-03", "7/8/07",
 * "June 2024", "June") from the components the text states: a day when it states a day, a month when
 * it states a month. A missing year is chosen like any repeating date (cyclic.ts): the latest
 * occurrence already begun, or the next one when the clause speaks of the future. Results that state
 * no month (times alone: "at 3 p.m.") are dropped: a time is not a date.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber, daysInMonth, monthInterval, ymdOf, type DayInterval, type DayNumber } from '../calendar.js';
import { pickOccurrence } from '../cyclic.js';
import { isMarked, markSide, referenceDay, sideDay } from '../mark.js';
import { directionAt, type Direction } from '../tense.js';

/** "5/3" or "24/7" without a year is a score, a ratio or a fraction as often as a date. */
const YEARLESS_NUMERIC = /^\d{1,2}\s*[/.-]\s*\d{1,2}$/;

/**
 * How far ahead of publication a yearless date may lie and still be read as upcoming when the clause
 * looks back (see cyclic.ts). Six weeks: long enough for "the summit on June 10" in a May article,
 * short enough that "in March" in a January article with a past verb stays last March.
 */
const NEAR_FUTURE_DAYS = 45;

const SINCE = /\bsince\s+$/i;

interface Stated {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

function statedOf(c: ParsingComponents): Stated | null {
  const month = c.isCertain('month') ? c.get('month') : null;
  if (month === null) return null;
  return { year: c.isCertain('year') ? c.get('year') : null, month, day: c.isCertain('day') ? c.get('day') : null };
}

function occurrenceIn(s: Stated, year: number): DayInterval | null {
  if (s.day === null) return monthInterval(year, s.month);
  if (s.day > daysInMonth(year, s.month)) return null;
  const n = dayNumber(year, s.month, s.day);
  return { start: n, end: n };
}

function mark(c: ParsingComponents, s: Stated, first: DayNumber, cyclic: boolean): void {
  markSide(c, s.day === null ? 'month' : 'day', first, cyclic ? 'year' : undefined);
}

/** chrono keeps a leading "on" and trailing commas or spaces in some matches ("on 3 March", "November,"). */
function trim(r: ParsingResult): void {
  const lead = /^(?:on\s+|[\s,(]+)/i.exec(r.text)?.[0].length ?? 0;
  r.index += lead;
  r.text = r.text.slice(lead).replace(/[\s,\-–—]+$/, '');
}

function resolve(context: ParsingContext, r: ParsingResult): ParsingResult | null {
  trim(r);
  if (YEARLESS_NUMERIC.test(r.text.trim())) return null;
  const start = statedOf(r.start);
  if (start === null) return null;
  let first: DayInterval | null;
  if (start.year !== null) first = occurrenceIn(start, start.year);
  else {
    const ref = referenceDay(context);
    // "since December" looks back whatever the verbs say.
    const since = SINCE.test(context.text.slice(Math.max(0, r.index - 12), r.index));
    const direction: Direction = since ? 'past' : directionAt(context.text, r.index, r.index + r.text.length);
    first = pickOccurrence((k) => occurrenceIn(start, ymdOf(ref).year + k), ref, direction, since ? 0 : NEAR_FUTURE_DAYS);
  }
  if (first === null) return null;
  mark(r.start, start, first.start, start.year === null);
  if (!r.end) return r;
  const end = statedOf(r.end);
  if (end === null) return null;
  // The end of "March 3-5" or "December 28 to January 2" follows its start.
  const startYear = ymdOf(sideDay(r.start)).year;
  let last = occurrenceIn(end, end.year ?? startYear);
  if (last !== null && end.year === null && last.end < first.start) last = occurrenceIn(end, startYear + 1);
  if (last === null || last.end < first.start) return null;
  mark(r.end, end, last.start, false);
  return r;
}

export const statedRefiner: Refiner = {
  refine: (context, results) =>
    results.flatMap((r) => {
      if (isMarked(r)) return [r];
      const resolved = resolve(context, r);
      return resolved ? [resolved] : [];
    }),
};
