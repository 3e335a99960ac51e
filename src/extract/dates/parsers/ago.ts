/**
 * "two weeks ago", "20 years ago", "a month ago": the whole unit that many units before the
 * publication day (so "two weeks ago" is that Monday-to-Sunday week). Vague counts ("a few",
 * "several") name no date and are skipped.
 */
import { shiftDay, unitInterval, type DateUnit } from '../calendar.js';
import { referenceDay, unitResult } from '../mark.js';
import { COUNT, countOf } from '../words.js';
import { makeParser } from './parser.js';

const PATTERN = new RegExp(`(?<count>${COUNT})\\s+(?<unit>day|week|month|year|decade)s?\\s+ago`, 'i');

export const agoParser = makeParser(PATTERN, (context, match, g) => {
  const count = countOf(g.count!);
  if (count === null || count > 200) return null;
  let unit = g.unit!.toLowerCase() as DateUnit;
  let amount = count;
  // "a decade ago" points at a year, not at a whole decade.
  if (unit === 'decade') [unit, amount] = ['year', count * 10];
  const day = shiftDay(referenceDay(context), unit, -amount);
  return unitResult(context, match.index, match[0], unit, unitInterval(unit, day).start);
}, /\bago\b/i);
