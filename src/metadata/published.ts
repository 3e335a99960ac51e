/** A stated publication date ("2024-05-03T09:00:00+09:00", "May 3, 2024", "Fri, 03 May 2024 ...") -> a day DateValue. */
import * as chrono from 'chrono-node';
import type { DateValue } from '../types.js';

const ISO_DATE = /^\s*(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T\s]|$)/;

/**
 * The calendar day a date string states, as written (no time-zone shift: "2024-05-03T23:30-05:00"
 * is May 3). Null when the text states no full date (a year and a month are not a publication day).
 */
export function parseStatedDate(text: string): DateValue | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return dayValue(+iso.groups!.y!, +iso.groups!.m!, +iso.groups!.d!, trimmed);
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

export function dayValue(year: number, month: number, day: number, text?: string): DateValue | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  const iso = date.toISOString().slice(0, 10);
  return text === undefined ? { start: iso, end: iso, precision: 'day' } : { start: iso, end: iso, precision: 'day', text };
}
