/**
 * Dates stage: article body + publication date -> every date expression, as an inclusive interval.
 * chrono-node finds the expressions (extended for news in parsers/ and refiners/); relative ones
 * are resolved against the publication day, never against today.
 */
import type { ParsingResult } from 'chrono-node';
import type { DateMention, DateValue } from '../../types.js';
import { isoOf, parseIsoDay, ymdOf, type DayNumber } from './calendar.js';
import { createDateChrono } from './chrono-config.js';
import { valueOf } from './mark.js';

/**
 * Two unrelated reference days (different year, half, quarter, season, month and weekday). With no
 * publication date, an expression whose value differs between them depends on the reference — it
 * is relative — and is reported unresolved; one that does not is absolute and keeps its value.
 */
const PROBES: readonly DayNumber[] = [parseIsoDay('2001-03-14')!, parseIsoDay('2016-08-27')!];

/** Built once, like a compiled regex: the parsers and refiners keep no state between texts. */
const DATE_CHRONO = createDateChrono();

interface Found {
  readonly index: number;
  readonly text: string;
  readonly value: DateValue;
}

function parseAgainst(text: string, ref: DayNumber): Found[] {
  const { year, month, day } = ymdOf(ref);
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  return (DATE_CHRONO.parse(text, { instant, timezone: 0 }) as ParsingResult[]).map((r) => {
      const v = valueOf(r);
      const value: DateValue = v
        ? { start: isoOf(v.interval.start), end: isoOf(v.interval.end), precision: v.precision, text: r.text }
        : { start: null, end: null, precision: null, text: r.text };
      return { index: r.index, text: r.text, value };
    });
}

const toMention = (f: Found): DateMention => ({ text: f.text, span: { start: f.index, end: f.index + f.text.length }, value: f.value });

/** Every date expression in `text` (an article body), with its span and its value resolved against `published`. */
export function findDates(text: string, published: DateValue | null): DateMention[] {
  const ref = published?.start ? parseIsoDay(published.start) : null;
  if (ref !== null) return parseAgainst(text, ref).map(toMention);
  const [a, b] = PROBES.map((probe) => parseAgainst(text, probe)) as [Found[], Found[]];
  const other = new Map(b.map((f) => [`${f.index}:${f.text}`, f.value]));
  return a.map((f) => {
    const v = other.get(`${f.index}:${f.text}`);
    const same = v !== undefined && v.start === f.value.start && v.end === f.value.end;
    return toMention(same ? f : { ...f, value: { start: null, end: null, precision: null, text: f.text } });
  });
}
