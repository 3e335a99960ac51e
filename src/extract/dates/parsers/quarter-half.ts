/**
 * Quarters and halves of a year, calendar quarters (Q1 = January..March):
 *   "Q3 2024", "Q3", "3Q24", "2024 Q3", "the third quarter of 2024", "the fourth quarter of last year",
 *   "third-quarter profit", "the second quarter", "H1 2025", "1H25", "the first half of the year",
 *   "the second half", "the first six months of 2024" (= H1), "the first nine months of the year".
 * Fiscal forms ("Q2 FY2025", "the fiscal third quarter") read the fiscal year as the calendar year
 * (see fiscal-year.ts). Without a year the nearest one in the clause's direction is taken; the
 * spelled-out forms then also need a business word nearby, because "the fourth quarter" and "the
 * second half" of a game are not dates.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { halfInterval, monthsInterval, quarterInterval, ymdOf, type DayInterval } from '../calendar.js';
import { pickOccurrence } from '../cyclic.js';
import { intervalResult, referenceDay, unitResult } from '../mark.js';
import { directionAt } from '../tense.js';
import { COUNT, countOf, ORDINALS, YEAR_REF, yearOf, type YearRef } from '../words.js';
import { makeParser, type Groups } from './parser.js';

const FISCAL = '(?:(?:fiscal|financial|calendar)[\\s-]+)?';
const YEAR_AFTER = `(?:(?:\\s+|,\\s*)(?:of\\s+)?${YEAR_REF}|\\s?'?(?<yy>\\d{2})(?!\\d))?`;

const SPELLED = new RegExp(
  `(?:the\\s+)?${FISCAL}(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|back|latter)[\\s-]+${FISCAL}(?<part>quarter|half)${YEAR_AFTER}`,
  'i',
);
const CODED = new RegExp(
  `(?:(?<lead>(?:1[89]|20)\\d{2})\\s?)?(?:(?<letter>Q|H)(?<n1>[1-4])|(?<n2>[1-4])(?<letter2>Q|H))${YEAR_AFTER}`,
);
const FIRST_MONTHS = new RegExp(`the\\s+(?<which>first|last|final)\\s+(?<count>${COUNT})\\s+months\\s+of\\s+${YEAR_REF}`, 'i');

/** Words that make "the second quarter" a period of a business year, not of a game. */
const BUSINESS =
  /\b(?:profits?|earnings|results|revenues?|sales|growth|GDP|economy|economic|losses|loss|output|deliveries|shipments|figures|income|margins?|forecasts?|guidance|dividends?|fiscal|financial|year|inflation|production|orders|quarterly|turnover|EBITDA|operating|net|shares|investors|analysts|percent|%|merger|deal|acquisition|takeover|company|firm|bank|markets?|stocks?|exports?|imports?|spending|demand)/i;

type Part = 'quarter' | 'half';

function partInterval(part: Part, year: number, n: number): DayInterval {
  return part === 'quarter' ? quarterInterval(year, n) : halfInterval(year, n);
}

function statedYear(g: Groups, refYear: number): YearRef | null {
  if (g.yy !== undefined) return { year: 2000 + Number(g.yy), relative: false };
  return yearOf(g, refYear);
}

function resolve(context: ParsingContext, match: RegExpExecArray, part: Part, n: number, year: YearRef | null): ParsingResult | null {
  const max = part === 'quarter' ? 4 : 2;
  if (n < 1 || n > max) return null;
  if (year) return unitResult(context, match.index, match[0], part, partInterval(part, year.year, n).start);
  const ref = referenceDay(context);
  const refYear = ymdOf(ref).year;
  const direction = directionAt(context.text, match.index, match.index + match[0].length);
  const picked = pickOccurrence((k) => partInterval(part, refYear + k, n), ref, direction);
  return picked ? unitResult(context, match.index, match[0], part, picked.start, 'year') : null;
}

function sentenceAround(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 150), Math.min(text.length, end + 150));
}

export const spelledPartParser = makeParser(SPELLED, (context, match, g) => {
  const part = g.part!.toLowerCase() as Part;
  const ord = g.ord!.toLowerCase();
  const year = statedYear(g, ymdOf(referenceDay(context)).year);
  let n = ord === 'back' || ord === 'latter' ? 2 : ORDINALS[ord];
  if (n === undefined) return null;
  if (part === 'half' && (ord === 'final' || ord === 'last')) n = 2;
  if (!year) {
    // "the last quarter" alone is the previous quarter (relative-period.ts); "the first half of the match" is no date.
    if (ord === 'final' || ord === 'last') return null;
    if (/^\s+of\b/i.test(context.text.slice(match.index + match[0].length))) return null;
    if (!BUSINESS.test(sentenceAround(context.text, match.index, match.index + match[0].length))) return null;
  }
  return resolve(context, match, part, n, year);
}, /quarter|half/i);

export const codedPartParser = makeParser(CODED, (context, match, g) => {
  const letter = g.letter ?? g.letter2!;
  const part: Part = letter === 'Q' ? 'quarter' : 'half';
  const n = Number(g.n1 ?? g.n2);
  const year = g.lead ? { year: Number(g.lead), relative: false } : statedYear(g, ymdOf(referenceDay(context)).year);
  // "2Q" with nothing around it is too short to trust; "Q2" is the usual way to write a quarter.
  if (g.n2 !== undefined && !year) return null;
  // "H1-B visas", "H1N1": a half code needs a year or business words around it.
  if (context.text[match.index + match[0].length] === '-') return null;
  if (part === 'half' && !year && !BUSINESS.test(sentenceAround(context.text, match.index, match.index + match[0].length))) return null;
  return resolve(context, match, part, n, year);
}, /[QH][1-4]|[1-4][QH]/);

export const firstMonthsParser = makeParser(FIRST_MONTHS, (context, match, g) => {
  const count = countOf(g.count!);
  const year = yearOf(g, ymdOf(referenceDay(context)).year);
  if (count === null || count < 1 || count > 11 || !year) return null;
  const fromEnd = g.which!.toLowerCase() !== 'first';
  const firstMonth = fromEnd ? 13 - count : 1;
  const interval = monthsInterval(year.year, firstMonth, count);
  if (count === 3 && (firstMonth - 1) % 3 === 0) return unitResult(context, match.index, match[0], 'quarter', interval.start);
  if (count === 6) return unitResult(context, match.index, match[0], 'half', interval.start);
  return intervalResult(context, match.index, match[0], interval);
}, /months/i);
