/**
 * Weekdays: "Friday", "last Friday", "next Monday", "this Tuesday", "Friday of last week",
 * "Friday morning". A bare weekday is the nearest one in the direction the clause points
 * (the past by default, so "on Friday" in a Wednesday article is five days earlier).
 */
import { isoWeekday, weekInterval } from '../calendar.js';
import { pickOccurrence } from '../cyclic.js';
import { referenceDay, unitResult } from '../mark.js';
import { directionAt } from '../tense.js';
import { WEEKDAY_NAME, WEEKDAYS } from '../words.js';
import { capitalised, makeParser } from './parser.js';

const PATTERN = new RegExp(
  `(?:(?<mod>last|this|next|past|coming)\\s+)?(?<name>${WEEKDAY_NAME})` +
    `(?:\\s+(?:of\\s+)?(?<week>last|this|next)\\s+week)?(?:\\s+(?:morning|afternoon|evening|night))?`,
  'i',
);

const RECURRING = /\b(?:every|each|first|second|third|fourth|fifth|final|most|some|any)\s+$/i;

export const weekdayParser = makeParser(PATTERN, (context, match, g) => {
  if (!capitalised(g.name)) return null;
  // "the first Monday of each month", "every Friday": a rule, not a date.
  if (!g.mod && RECURRING.test(context.text.slice(Math.max(0, match.index - 12), match.index))) return null;
  const ref = referenceDay(context);
  const target = WEEKDAYS[g.name!.toLowerCase()]!;
  const mod = g.mod?.toLowerCase();
  const week = g.week?.toLowerCase();
  const monday = weekInterval(ref).start;
  const text = match[0];
  if (week) {
    const shift = week === 'last' ? -7 : week === 'next' ? 7 : 0;
    return unitResult(context, match.index, text, 'day', monday + shift + target - 1);
  }
  if (mod === 'last' || mod === 'past') {
    const back = (isoWeekday(ref) - target + 7) % 7 || 7;
    return unitResult(context, match.index, text, 'day', ref - back);
  }
  if (mod === 'next' || mod === 'coming') {
    const ahead = (target - isoWeekday(ref) + 7) % 7 || 7;
    return unitResult(context, match.index, text, 'day', ref + ahead);
  }
  if (mod === 'this') return unitResult(context, match.index, text, 'day', monday + target - 1);
  const direction = directionAt(context.text, match.index, match.index + text.length);
  const day = monday + target - 1;
  const picked = pickOccurrence((k) => ({ start: day + 7 * k, end: day + 7 * k }), ref, direction);
  return picked ? unitResult(context, match.index, text, 'day', picked.start, 'week') : null;
}, /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i);
