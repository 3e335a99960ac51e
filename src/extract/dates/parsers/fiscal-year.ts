/**
 * Fiscal years. Assumption: fiscal year N is calendar year N. Companies end their fiscal years in
 * different months (Apple in September, Microsoft in June, the US government in September, most
 * listed companies in December) and the text rarely says which, so we keep the calendar year,
 * which is right for most companies and never more than a year off; `text` keeps the words.
 *   "fiscal 2025", "fiscal year 2025", "FY2024", "FY 2024", "FY24", "the 2025 fiscal year",
 *   "this/last/next fiscal year", "the current financial year".
 * Split years ("FY2024-25", "fiscal 2024/25", "the 2024-25 financial year") are written where fiscal
 * years start in April (UK, India, Japan): they are read as April of the first year to March of the next.
 */
import { dayNumber, monthsInterval, shiftDay, yearInterval, ymdOf } from '../calendar.js';
import { intervalResult, referenceDay, unitResult } from '../mark.js';
import { makeParser } from './parser.js';

const SPLIT_START_MONTH = 4; // April: where split fiscal years are the custom

const PATTERN =
  /(?:(?:the\s+)?(?:fiscal|financial)(?:[\s-]+year)?\s+(?<y>(?:19|20)\d{2})|FY\s?'?(?<fy>\d{4}|\d{2})|the\s+(?<y3>(?:19|20)\d{2})\s+(?:fiscal|financial)\s+year)(?:\s?[-–/]\s?(?<y2>\d{4}|\d{2}))?(?!\d)|(?<rel>this|last|next|the current|the previous|the)\s+(?:fiscal|financial)\s+year/i;

export const fiscalYearParser = makeParser(PATTERN, (context, match, g) => {
  if (g.rel) {
    const rel = g.rel.toLowerCase();
    const offset = rel === 'last' || rel === 'the previous' ? -1 : rel === 'next' ? 1 : 0;
    const day = shiftDay(referenceDay(context), 'year', offset);
    return unitResult(context, match.index, match[0], 'year', yearInterval(ymdOf(day).year).start);
  }
  const written = g.y ?? g.fy ?? g.y3!;
  const year = written.length === 2 ? 2000 + Number(written) : Number(written);
  if (g.y2 !== undefined) {
    const second = g.y2.length === 2 ? Math.floor(year / 100) * 100 + Number(g.y2) : Number(g.y2);
    if (second !== year + 1) return null;
    return intervalResult(context, match.index, match[0], monthsInterval(year, SPLIT_START_MONTH, 12));
  }
  return unitResult(context, match.index, match[0], 'year', dayNumber(year, 1, 1));
}, /fiscal|financial|FY/i);
