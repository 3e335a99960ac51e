/**
 * Calendar periods named relative to the publication day:
 *   "this/last/next week|weekend|month|quarter|year|decade" — the current, previous or next whole unit
 *     (a week runs Monday..Sunday; "the last quarter" is the previous quarter, as in earnings reports);
 *   "the past week|month|year|decade", "the last week|month|year" — the rolling span ending on the
 *     publication day, because "in the past year" counts back from today, not from January;
 *   "the weekend", "over the weekend" — the nearest weekend in the clause's direction.
 * "the previous/following week" is relative to a date in the text, not to publication: see anchored.ts.
 */
import { shiftDay, unitInterval, weekendInterval, type DateUnit } from '../calendar.js';
import { pickOccurrence } from '../cyclic.js';
import { intervalResult, referenceDay, unitResult } from '../mark.js';
import { directionAt } from '../tense.js';
import { makeParser } from './parser.js';

const PATTERN =
  /(?<mod>this|current|the current|last|the last|previous|next|the coming|coming|the past|past|the)\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?<unit>weekend|week|month|quarter|year|decade)(?!-|\s+of\b)/i;

const PERIOD_PART = /\b(?:beginning|start|end|middle|close|turn|rest|remainder)\s+of\s+$/i;

type Mod = 'this' | 'last' | 'next' | 'rolling' | 'the';

function modOf(word: string, unit: string): Mod | null {
  switch (word.toLowerCase().replace(/\s+/g, ' ')) {
    case 'this':
    case 'current':
    case 'the current':
      return 'this';
    case 'last':
    case 'previous':
      return 'last';
    case 'next':
    case 'coming':
    case 'the coming':
      return 'next';
    case 'the last':
      // "the last quarter/decade" is the previous one; "the last week/month/year" counts back from today.
      return unit === 'quarter' || unit === 'decade' || unit === 'weekend' ? 'last' : 'rolling';
    case 'the past':
    case 'past':
      return unit === 'weekend' ? 'last' : 'rolling';
    case 'the':
      return 'the';
    default:
      return null;
  }
}

export const relativePeriodParser = makeParser(PATTERN, (context, match, g) => {
  const unit = g.unit!.toLowerCase() as DateUnit;
  const mod = modOf(g.mod!, unit);
  if (mod === null) return null;
  const ref = referenceDay(context);
  const text = match[0];
  if (mod === 'the' && unit !== 'weekend') {
    // "the year" alone is rarely a date; "the end of the year" is the current one (modifier.ts keeps the words).
    if (!PERIOD_PART.test(context.text.slice(Math.max(0, match.index - 30), match.index))) return null;
    return unitResult(context, match.index, text, unit, unitInterval(unit, ref).start);
  }
  if (mod === 'the') {
    const direction = directionAt(context.text, match.index, match.index + text.length);
    const picked = pickOccurrence((k) => weekendInterval(ref + 7 * k), ref, direction);
    return picked ? unitResult(context, match.index, text, 'weekend', picked.start, 'week') : null;
  }
  if (mod === 'rolling') {
    return intervalResult(context, match.index, text, { start: shiftDay(ref, unit, -1) + 1, end: ref });
  }
  const shift = mod === 'last' ? -1 : mod === 'next' ? 1 : 0;
  const first = unitInterval(unit, shiftDay(ref, unit, shift)).start;
  return unitResult(context, match.index, text, unit, first);
}, /week|month|quarter|year|decade/i);
