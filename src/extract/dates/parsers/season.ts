/**
 * Seasons, northern-hemisphere meteorological: spring = March..May, summer = June..August,
 * autumn/fall = September..November, winter = December..February. "winter 2024" is the winter that
 * begins in December 2024 (like "summer 2024", a season is named by the year it starts in).
 *   "summer 2024", "the summer of 2024", "last summer" (the latest one already over), "next winter"
 *   (the first one not yet begun), "this summer" (the one in progress, else the one starting this
 *   year), "the summer", "in spring" (the nearest in the clause's direction).
 * A bare "spring" or "fall" is a noun or verb, so a season needs a determiner, a preposition or a year.
 */
import { monthsInterval, ymdOf, type DayInterval } from '../calendar.js';
import { pickOccurrence } from '../cyclic.js';
import { referenceDay, unitResult } from '../mark.js';
import { directionAt } from '../tense.js';
import { contentWordFollows, YEAR_REF, yearOf } from '../words.js';
import { makeParser } from './parser.js';

const DETERMINERS = new Set(['last', 'this', 'next', 'past', 'coming', 'the']);

/**
 * "this summer" is the one in progress, else the one of the publication year; "this winter" spans
 * two years, so it is the one in progress, else the nearer of the one that just ended and the next.
 */
function thisSeason(at: (k: number) => DayInterval, ref: number, winter: boolean): DayInterval {
  const around = [-1, 0].map(at);
  const current = around.find((o) => o.start <= ref && ref <= o.end);
  if (current) return current;
  if (!winter) return at(0);
  const [before, after] = around as [DayInterval, DayInterval];
  return ref - before.end <= after.start - ref ? before : after;
}

const FIRST_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const PATTERN = new RegExp(
  `(?:(?<mod>last|this|next|past|coming|the|in|during|by|over|until|till|since|before|after|from|through|early|late|mid)[\\s-]+)?(?<season>spring|summer|autumn|fall|winter)` +
    `(?:\\s+(?:of\\s+)?${YEAR_REF})?`,
  'i',
);

export const seasonParser = makeParser(PATTERN, (context, match, g) => {
  const month = FIRST_MONTH[g.season!.toLowerCase()]!;
  const ref = referenceDay(context);
  const refYear = ymdOf(ref).year;
  const mod = g.mod?.toLowerCase();
  const stated = yearOf(g, refYear);
  // "Summer Olympics", "the Winter Palace": a capitalised season mid-sentence is a name unless a year follows.
  if (/^\p{Lu}/u.test(g.season!) && !stated && !atSentenceStart(context.text, match.index + match[0].indexOf(g.season!))) return null;
  if (!stated && /^\p{Lu}/u.test(g.season!) && /^\s+\p{Lu}/u.test(context.text.slice(match.index + match[0].length))) return null; // "Winter Palace"
  if (!stated && mod === undefined) return null;
  // "prices may fall next year": without a determiner, "fall" before a relative year is the verb.
  if (g.season!.toLowerCase() === 'fall' && mod === undefined && g.yearRel !== undefined) return null;
  // "the fall in prices": "fall" is a season after last/this/next, or as "the fall" after a preposition.
  if (!stated && g.season!.toLowerCase() === 'fall' && !isFallSeason(mod!, context.text.slice(Math.max(0, match.index - 10), match.index))) return null;
  if (!stated && /^\s+of\b/i.test(context.text.slice(match.index + match[0].length))) return null; // "the fall of Rome"
  if (!stated && contentWordFollows(context.text, match.index + match[0].length)) return null; // "the autumn market"
  // Prepositions and modifiers only license the match; the date's words start at the determiner or the
  // season (modifier.ts and since.ts add "early" or "since" back with their meaning).
  const lead = mod !== undefined && !DETERMINERS.has(mod) ? match[0].indexOf(g.season!) : 0;
  const index = match.index + lead;
  const text = match[0].slice(lead);
  const occurrence = (year: number): DayInterval => monthsInterval(year, month, 3);
  if (stated) return unitResult(context, index, text, 'season', occurrence(stated.year).start);
  const at = (k: number): DayInterval => occurrence(refYear + k);
  let picked: DayInterval | null;
  if (mod === 'last' || mod === 'past') picked = [-2, -1, 0].map(at).filter((o) => o.end < ref).at(-1) ?? null;
  else if (mod === 'next' || mod === 'coming') picked = [0, 1, 2].map(at).find((o) => o.start > ref) ?? null;
  else if (mod === 'this') picked = thisSeason(at, ref, month === 12);
  else picked = pickOccurrence(at, ref, directionAt(context.text, index, index + text.length));
  return picked ? unitResult(context, index, text, 'season', picked.start, 'year') : null;
}, /spring|summer|autumn|fall|winter/i);

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, index - 4), index));
}

function isFallSeason(mod: string, before: string): boolean {
  if (mod === 'last' || mod === 'this' || mod === 'next') return true;
  return mod === 'the' && /\b(?:in|during|by|over|through|until|since|before|after)\s+$/i.test(before);
}
