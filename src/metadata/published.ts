/** A stated publication date ("2024-05-03T09:00:00+09:00", "May 3, 2024", "Fri, 03 May 2024 ...") -> a day DateValue. */
// English only: the package root also loads every other locale (~0.2 s of CPU per thread that imports it).
import * as chrono from 'chrono-node/en';
import type { DateValue } from '../types.js';

const ISO_DATE = /^\s*(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T\s]|$)/;
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** The two ways pages write most dates, read without chrono (which is slower): "May 3, 2026", "3 May 2026". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(?<year>\\d{4})\\b`, 'i');
const ISO_ANYWHERE = /\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b/;
/** "12.01.2026" (day first, as pages with dots write it), "03/14/2026" (month first unless the first number cannot be a month). */
const NUMERIC = /\b(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<year>\d{4})\b/;

/**
 * The calendar day a date string states, as written (no time-zone shift: "2024-05-03T23:30-05:00"
 * is May 3). Null when the text states no full date (a year and a month are not a publication day).
 * When the text holds several dates, the first one written is taken.
 */
export function parseStatedDate(text: string): DateValue | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return dayValue(+iso.groups!.y!, +iso.groups!.m!, +iso.groups!.d!, trimmed);
  const fast = firstFastMatch(trimmed);
  if (fast) return fast;
  // chrono reads the components as written; a reference date far in the past keeps it from
  // filling a missing year with the current one (we then reject it below as uncertain).
  for (const result of chrono.parse(trimmed, { instant: new Date(Date.UTC(1970, 0, 1)) })) {
    const c = result.start;
    // A stated date writes its year; "last week" is certain to chrono only relative to the reference.
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day') || !/\d{4}/.test(result.text)) continue;
    const value = dayValue(c.get('year')!, c.get('month')!, c.get('day')!, result.text);
    if (value) return value;
  }
  return null;
}

/** The earliest-written "May 3, 2026", "3 May 2026" or "2026-05-03" in the text, when it is a real day. */
function firstFastMatch(text: string): DateValue | null {
  const found = [MONTH_DAY_YEAR.exec(text), DAY_MONTH_YEAR.exec(text), ISO_ANYWHERE.exec(text), NUMERIC.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return null;
  const g = found.groups!;
  if (g.y) return dayValue(+g.y, +g.m!, +g.d!, found[0]);
  if (g.sep) {
    const dayFirst = g.sep === '.' || +g.a! > 12;
    return dayValue(+g.year!, dayFirst ? +g.b! : +g.a!, dayFirst ? +g.a! : +g.b!, found[0]);
  }
  return dayValue(+g.year!, MONTHS[g.month!.slice(0, 3).toLowerCase()]!, +g.day!, found[0]);
}

export function dayValue(year: number, month: number, day: number, text?: string): DateValue | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  const iso = date.toISOString().slice(0, 10);
  return text === undefined ? { start: iso, end: iso, precision: 'day' } : { start: iso, end: iso, precision: 'day', text };
}
