/**
 * Bare years and year spans: "2023", "in 1850", "the 2008 crisis", "2009-11", "1955–2011", "2014/15".
 * A four-digit number is a year only where a year reads naturally: after a date word ("in", "since",
 * "by", "early"...), at a clause start, before punctuation, or before a word that is not a counted noun.
 * "20,000 tractors", "2000 people", "Windows 2000" and "A350-1000" are not years.
 */
import type { ParsingContext } from 'chrono-node';
import { yearInterval } from '../calendar.js';
import { unitResult, markSide } from '../mark.js';
import { contentWordFollows } from '../words.js';
import { makeParser } from './parser.js';

const PATTERN = /(?<y>(?:1[0-9]|20|21)\d{2})(?:\s?(?<dash>[-–—/])\s?(?<y2>\d{4}|\d{2}))?(?![\d%]|[.,]\d|'?s\b|\s?(?:bn|m|km|kg|mph|GMT|UTC|hours?|hrs?)\b)/;

/** Words after which a number reads as a year whatever follows. */
const YEAR_LEAD = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'through', 'between', 'around', 'circa', 'c.',
  'early', 'late', 'mid', 'year', 'fiscal', 'spring', 'summer', 'autumn', 'fall', 'winter', 'throughout', 'pre', 'post',
  'end', 'start', 'beginning', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'each', 'every',
]);
/** Words after which a number is a year only when no content word follows: "of 2008." but "of 2000 people". */
const WEAK_LEAD = new Set(['of', 'to', 'and', 'or', 'than', 'not', 'as', 'for', 'at', 'is', 'was', 'on', 'into']);
/** Leads that also make a small or far-off number a year ("in 1850"). */
const STRONG_LEAD = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'year', 'circa', 'c.']);
const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** Nouns that a count, not a year, goes with. */
const COUNTED =
  /^(?:people|persons|jobs|employees|workers|staff|units|cars|vehicles|planes|aircraft|jets|passengers|troops|soldiers|homes|houses|tons|tonnes|barrels|shares|points|votes|seats|cases|deaths|students|members|users|customers|flights|miles|kilometres|kilometers|km|meters|metres|feet|dollars|euros|pounds|yuan|yen|rupees|times|pages|words|items|copies|stores|shops|sites|acres|hectares|animals|children|refugees|protesters|residents|patients|beds|rooms|calories|degrees|hours|minutes|seconds|days|weeks|months|years)\b/;

/** The word right before `index` (spaces between), or null when punctuation or the start of the text is there. */
function previousWord(text: string, index: number): string | null {
  return /([\p{L}][\p{L}.']*)\s+$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? null;
}

function firstWordOfSentence(text: string, index: number, prev: string): boolean {
  const before = text.slice(Math.max(0, index - prev.length - 8), index).trimEnd().slice(0, -prev.length).trimEnd();
  return before === '' || /[.!?:;"“\n]$/.test(before);
}

function readsAsYear(text: string, index: number, end: number, year: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? null;
  if (next && COUNTED.test(next)) return false;
  const prev = previousWord(text, index);
  const prevLower = prev?.toLowerCase() ?? null;
  if (year < 1900 || year > 2100) return prevLower !== null && STRONG_LEAD.has(prevLower);
  if (prev === null) return true; // text or clause start: "2007 was the year", "(2009)", "..., 2009"
  if (YEAR_LEAD.has(prevLower!) || MONTH_WORD.test(prev) || /'s$/.test(prev)) return true;
  if (WEAK_LEAD.has(prevLower!)) return !contentWordFollows(text, end);
  // A name before the number ("Windows 2000", "Flight 2012"), unless it is just the sentence's first word ("Its 2021 report").
  if (/^\p{Lu}/u.test(prev) && !firstWordOfSentence(text, index, prev)) return false;
  // "sold 2012 cars": after another word, only a year when no lower-case word follows.
  return next === null || !/^\p{Ll}/u.test(next);
}

function secondYear(first: number, written: string): number | null {
  const second = written.length === 2 ? Math.floor(first / 100) * 100 + Number(written) : Number(written);
  return second > first && second - first < 100 ? second : null;
}

export const yearParser = makeParser(PATTERN, (context: ParsingContext, match, g) => {
  const year = Number(g.y);
  const end = match.index + match[0].length;
  if (g.y2 !== undefined) {
    const second = secondYear(year, g.y2);
    // "2014/15" and "2009-11" are spans; "1990-91" too. A failed span is not a year either ("1996-1990").
    if (second === null || !readsAsYear(context.text, match.index, end, year)) return null;
    const result = unitResult(context, match.index, match[0], 'year', yearInterval(year).start);
    result.end = markSide(context.createParsingComponents(), 'year', yearInterval(second).start);
    return result;
  }
  if (!readsAsYear(context.text, match.index, end, year)) return null;
  return unitResult(context, match.index, match[0], 'year', yearInterval(year).start);
}, /\d{4}/);
