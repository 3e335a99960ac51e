/**
 * Joins neighbouring results that name one date:
 *   "Friday, June 3, 2024" -> the stated date (the weekday only confirms it);
 *   "June last year", "March 3 this year" -> the month or day in that year;
 *   "last March", "next June", "this September" -> that month before, after or in the publication year
 *   ("last March" in an article of March 2024 is March 2023).
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber, daysInMonth, ymdOf } from '../calendar.js';
import { cycleOf, markSide, referenceDay, sideDay, unitOf } from '../mark.js';
import { WEEKDAY_NAME } from '../words.js';

const BARE_WEEKDAY = new RegExp(`^${WEEKDAY_NAME}$`, 'i');
const RELATIVE_YEAR = /^(?:last|this|next)\s+year$/i;

function extendLeft(r: ParsingResult, index: number, fullText: string): ParsingResult {
  r.text = fullText.slice(index, r.index + r.text.length);
  r.index = index;
  return r;
}

export const weekdayDateRefiner: Refiner = {
  refine: (context, results) => {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const next = results[i + 1];
      const between = next ? context.text.slice(r.index + r.text.length, next.index) : '';
      if (next && BARE_WEEKDAY.test(r.text) && /^,?\s*(?:the\s+)?$/.test(between) && unitOf(next.start) === 'day') {
        out.push(extendLeft(next, r.index, context.text));
        i++;
        continue;
      }
      out.push(r);
    }
    return out;
  },
};

/** A yearless side (chosen by cycle) moved into `year`, keeping its month and day; null on Feb 29 of a common year. */
function inYear(context: ParsingContext, side: ParsingComponents, year: number): ParsingComponents | null {
  const { month, day } = ymdOf(sideDay(side));
  if (day > daysInMonth(year, month)) return null;
  return markSide(context.createParsingComponents(), unitOf(side)!, dayNumber(year, month, day));
}

export const relativeYearRefiner: Refiner = {
  refine: (context, results) => {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const next = results[i + 1];
      const between = next ? context.text.slice(r.index + r.text.length, next.index) : '';
      const unit = unitOf(r.start);
      if (next && cycleOf(r.start) === 'year' && (unit === 'day' || unit === 'month') && RELATIVE_YEAR.test(next.text) && /^\s*(?:of\s+)?$/i.test(between)) {
        const year = ymdOf(sideDay(next.start)).year;
        const span = r.end ? ymdOf(sideDay(r.end)).year - ymdOf(sideDay(r.start)).year : 0;
        const start = inYear(context, r.start, year);
        const end = r.end ? inYear(context, r.end, year + span) : undefined;
        if (start === null || end === null) {
          out.push(r);
          continue;
        }
        r.start = start;
        if (end) r.end = end;
        r.text = context.text.slice(r.index, next.index + next.text.length);
        out.push(r);
        i++;
        continue;
      }
      out.push(r);
    }
    return out;
  },
};

const MONTH_MOD = /\b(?<mod>last|next|this|coming|past)\s+$/i;

export const monthModifierRefiner: Refiner = {
  refine: (context, results) => {
    for (const [i, r] of results.entries()) {
      if (cycleOf(r.start) !== 'year' || r.end) continue;
      const m = MONTH_MOD.exec(context.text.slice(Math.max(0, r.index - 10), r.index));
      if (!m) continue;
      const mod = m.groups!.mod!.toLowerCase();
      const ref = referenceDay(context);
      const { year: refYear, month: refMonth } = ymdOf(ref);
      const { month } = ymdOf(sideDay(r.start));
      const year = mod === 'this' ? refYear : mod === 'last' || mod === 'past' ? (month < refMonth ? refYear : refYear - 1) : month > refMonth ? refYear : refYear + 1;
      const moved = inYear(context, r.start, year);
      if (!moved) continue;
      const merged = context.createParsingResult(r.index - m[0].length, r.index + r.text.length);
      merged.start = moved;
      results[i] = merged;
    }
    return results;
  },
};
