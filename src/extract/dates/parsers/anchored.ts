/**
 * Dates placed relative to the date mentioned before them, not to publication: "three days later",
 * "a week earlier", "two years before that", "the next day", "the following week", "the previous
 * month", "the day before", "the same day". The anchored refiner resolves them against the preceding
 * date in the text, or leaves them unresolved when there is none.
 */
import type { DateUnit } from '../calendar.js';
import { anchoredResult } from '../mark.js';
import { COUNT, countOf } from '../words.js';
import { makeParser } from './parser.js';

const COUNTED = new RegExp(
  `(?<count>${COUNT})\\s+(?<unit>day|week|month|year|decade)s?\\s+(?<dir>later|earlier|before that|after that|afterwards|afterward|previously|on)(?!\\s+(?:than|from|in)\\b)`,
  'i',
);
// "the day before" names a date only on its own ("the day before, he resigned"), not before a noun ("the day after airing").
const NAMED =
  /the\s+(?:(?<dir>next|following|previous|preceding|prior|same)\s+(?<unit>day|week|month|year)(?!\s+(?:the|a|an|his|her|its|their|our|this|that|he|she|it|they|we|I|of|when|in)\b)|day\s+(?<dir2>before|after)(?=\s*[,.;:!?)]|\s*$))/i;

const FORWARD = /^(?:later|after that|afterwards?|on|next|following|after)$/i;
const BACKWARD = /^(?:earlier|before that|previously|previous|preceding|prior|before)$/i;

export const countedAnchorParser = makeParser(COUNTED, (context, match, g) => {
  const count = countOf(g.count!);
  const dir = g.dir!.toLowerCase();
  if (count === null || count > 100) return null;
  const sign = FORWARD.test(dir) ? 1 : BACKWARD.test(dir) ? -1 : 0;
  if (sign === 0) return null;
  // "a decade earlier" points at a year, like "a decade ago".
  const decade = g.unit!.toLowerCase() === 'decade';
  return anchoredResult(context, match.index, match[0], decade ? 'year' : (g.unit!.toLowerCase() as DateUnit), sign * count * (decade ? 10 : 1));
}, /later|earlier|before that|after that|afterward|previously|\son\b/i);

export const namedAnchorParser = makeParser(NAMED, (context, match, g) => {
  const dir = (g.dir ?? g.dir2!).toLowerCase();
  const unit = (g.unit?.toLowerCase() ?? 'day') as DateUnit;
  const sign = dir === 'same' ? 0 : FORWARD.test(dir) ? 1 : BACKWARD.test(dir) ? -1 : null;
  if (sign === null) return null;
  return anchoredResult(context, match.index, match[0], unit, sign);
}, /next|following|previous|preceding|prior|same|day (?:before|after)/i);
