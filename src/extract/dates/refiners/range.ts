/**
 * Ranges written as two dates: "from March to May", "between 2014 and 2016", "June 3 - June 7",
 * "Monday through Wednesday", "from 2009 to 2011". One result from the first date's start to the
 * second's end. A side whose year (or week) was only chosen by cycle takes it from the other side,
 * so "March to May 2024" is March..May 2024 and "December to February" runs into the next year.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber, daysInMonth, ymdOf } from '../calendar.js';
import { cycleOf, markSide, sideDay, sideInterval, unitOf, UNRESOLVED_TAG, anchorOf } from '../mark.js';

const JOIN = /^\s*(?:-|–|—|to|until|till|through|thru)\s*$/i;
const AND = /^\s*and\s*$/i;
const FROM = /\bfrom\s+$/i;
const BETWEEN = /\bbetween\s+$/i;

function shifted(context: ParsingContext, side: ParsingComponents, years: number, days: number): ParsingComponents | null {
  const { year, month, day } = ymdOf(sideDay(side) + days);
  const y = year + years;
  if (day > daysInMonth(y, month)) return null;
  return markSide(context.createParsingComponents(), unitOf(side)!, dayNumber(y, month, day));
}

/** The end side re-placed after the start when it was only placed by cycle; null when no order works. */
function ordered(context: ParsingContext, from: ParsingComponents, to: ParsingComponents): [ParsingComponents, ParsingComponents] | null {
  const a = sideInterval(from)!;
  const b = sideInterval(to)!;
  if (b.end >= a.start && !(cycleOf(from) === 'year' && cycleOf(to) === null)) return [from, to];
  if (cycleOf(to) === 'year') {
    // Same year as the start, or the next one.
    const yearGap = ymdOf(a.start).year - ymdOf(b.start).year;
    for (const years of [yearGap, yearGap + 1]) {
      const moved = shifted(context, to, years, 0);
      if (moved && sideInterval(moved)!.end >= a.start) return [from, moved];
    }
    return null;
  }
  if (cycleOf(from) === 'year') {
    const yearGap = ymdOf(b.start).year - ymdOf(a.start).year;
    for (const years of [yearGap, yearGap - 1]) {
      const moved = shifted(context, from, years, 0);
      if (moved && sideInterval(moved)!.start <= b.end) return [moved, to];
    }
    return null;
  }
  if (cycleOf(to) === 'week' && b.end < a.start) {
    const moved = shifted(context, to, 0, 7 * Math.ceil((a.start - b.end) / 7));
    return moved ? [from, moved] : null;
  }
  return b.end >= a.start ? [from, to] : null;
}

const mergeable = (r: ParsingResult): boolean => unitOf(r.start) !== null && !r.tags().has(UNRESOLVED_TAG) && anchorOf(r) === null;

export const rangeRefiner: Refiner = {
  refine: (context, results) => {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      const before = context.text.slice(Math.max(0, a.index - 10), a.index);
      const lead = BETWEEN.exec(before) ?? FROM.exec(before);
      if (a.end && lead && mergeable(a)) {
        // A range chrono read in one piece ("3 to 7 June") takes its "from" like ours.
        a.text = lead[0] + a.text;
        a.index -= lead[0].length;
      }
      if (!b || a.end || !mergeable(a) || !mergeable(b)) {
        out.push(a);
        continue;
      }
      const between = context.text.slice(a.index + a.text.length, b.index);
      const joined = JOIN.test(between) || (AND.test(between) && BETWEEN.test(before));
      const sides = joined ? ordered(context, a.start, b.end ?? b.start) : null;
      if (!sides) {
        out.push(a);
        continue;
      }
      const index = a.index - (lead?.[0].length ?? 0);
      const merged = context.createParsingResult(index, b.index + b.text.length);
      merged.start = sides[0];
      merged.end = sides[1];
      out.push(merged);
      i++;
    }
    return out;
  },
};
