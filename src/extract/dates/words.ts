/** Word tables and sub-patterns shared by the date parsers. Built once; patterns carry no `g` flag. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
/** Full month names only: abbreviations alone ("Mar", "Dec") are too often something else. */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** ISO weekday numbers, Monday = 1. Full names only: "Sun", "Wed" and "Sat" are words too. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, 'a couple of': 2, 'a couple': 2,
};
/** A count: digits or a number word ("two", "a", "a couple of"). */
export const COUNT = '(?:\\d{1,3}|a couple of|a couple|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)';

export function countOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

/**
 * A year, as a number or relative to the publication year: "2024", "last year", "this year",
 * "the year" (the publication year), "fiscal 2025", "FY24". Named groups: yearNum, yearRel.
 * The fiscal forms assume fiscal year N is calendar year N (see fiscal-year.ts).
 */
export const YEAR_REF =
  "(?:(?:fiscal(?:\\s+year)?\\s+|FY\\s?'?)?(?<yearNum>(?:1[89]|20|21)\\d{2})(?!\\d)|FY\\s?'?(?<yearShort>\\d{2})(?!\\d)|(?<yearRel>this|last|next|the current|the|the past|the previous|the coming)\\s+(?:fiscal\\s+|financial\\s+)?year)";

export interface YearRef {
  readonly year: number;
  /** True when the year depends on the publication date. */
  readonly relative: boolean;
}

/** Reads the YEAR_REF groups of a match against the reference year. */
export function yearOf(groups: Record<string, string | undefined>, refYear: number): YearRef | null {
  if (groups.yearNum) return { year: Number(groups.yearNum), relative: false };
  if (groups.yearShort) return { year: 2000 + Number(groups.yearShort), relative: false };
  const rel = groups.yearRel?.toLowerCase().replace(/\s+/g, ' ');
  if (rel === undefined) return null;
  const offset = rel === 'last' || rel === 'the past' || rel === 'the previous' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : 0;
  return { year: refYear + offset, relative: true };
}

const WORD_CHAR = /[\p{L}\p{N}_$€£¥#@]/u;
const JOINER = /[-–/.,:]/;
/** Words a hyphen may join to a date: "mid-2011", "pre-2008". */
const HYPHEN_PREFIX = /(?:^|\W)(?:mid|early|late|pre|post|end|start)$/i;

/** True when `index` in `text` starts a word: not inside "A2024", "747-2024", "1,990" or "3.2024". */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text[index - 1]!;
  if (WORD_CHAR.test(prev)) return false;
  if (!JOINER.test(prev) || index < 2 || !WORD_CHAR.test(text[index - 2]!)) return true;
  return /[-–]/.test(prev) && HYPHEN_PREFIX.test(text.slice(Math.max(0, index - 12), index - 1));
}

/** True when `index` in `text` ends a word. */
export function endsWord(text: string, index: number): boolean {
  return index >= text.length || !/[\p{L}\p{N}_]/u.test(text[index]!);
}

/**
 * Words that may follow a date without making it an adjective ("the autumn market") or a count
 * ("and 2000 trucks"): function words, auxiliaries and common reporting verbs.
 */
export const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet to of in on at by for from with without into onto over under after before since ' +
    'until till during through between among about against as than that which who whom whose when while where if ' +
    'because although though is are was were be been being has have had do does did will would shall should can ' +
    'could may might must it its he she they we i you his her their our this these those there here then also only ' +
    'even just still not no up down out off again ago later earlier alone too either both each per via said says ' +
    'told announced reported according'
  ).split(' '),
);

/** The first word after `end`, when only spaces separate it; null at punctuation or the end of the text. */
export function nextWord(text: string, end: number): string | null {
  return /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? null;
}

/** True when a lower-case content word follows: the date is then a modifier or a count. */
export function contentWordFollows(text: string, end: number): boolean {
  const next = nextWord(text, end);
  return next !== null && /^\p{Ll}/u.test(next) && !FUNCTION_WORDS.has(next);
}
