/**
 * Decades: "the 1990s", "the 1980's", "the '90s", "the nineties", "the early 2000s" (a modifier keeps
 * the whole decade, see modifier.ts). "the last decade" and "this decade" are in relative-period.ts.
 */
import { decadeInterval } from '../calendar.js';
import { unitResult } from '../mark.js';
import { makeParser } from './parser.js';

const WORDS: Readonly<Record<string, number>> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
};

const PATTERN =
  /(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:(?<full>(?:1[0-9]|20)\d0)'?s|'(?<short>\d0)s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))/i;

export const decadeParser = makeParser(PATTERN, (context, match, g) => {
  let year: number;
  if (g.full) year = Number(g.full);
  // "the '00s" and "the '10s" are this century; "'20s" is the 1920s as often as not, read as the 1920s.
  else if (g.short) year = Number(g.short) <= 10 ? 2000 + Number(g.short) : 1900 + Number(g.short);
  else {
    // "in his forties" is an age, not a decade: the word form needs "the".
    if (!/^the\s/i.test(match[0])) return null;
    year = WORDS[g.word!.toLowerCase()]!;
  }
  return unitResult(context, match.index, match[0], 'decade', decadeInterval(year).start);
}, /\d0'?s\b|ties\b/i);
