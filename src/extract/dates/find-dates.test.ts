import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatePrecision, DateValue } from '../../types.js';
import { findDates } from './index.js';

const day = (iso: string): DateValue => ({ start: iso, end: iso, precision: 'day', text: iso });
/** Wednesday 14 May 2025. */
const WED = day('2025-05-14');

interface Row {
  readonly name: string;
  readonly input: string;
  readonly published: DateValue | null;
  readonly expected: readonly [text: string, start: string | null, end: string | null, precision: DatePrecision | null][];
}

const rows: Row[] = [
  { name: 'bare weekday looks back', input: 'The board met on Friday.', published: WED, expected: [['Friday', '2025-05-09', '2025-05-09', 'day']] },
  { name: 'weekday with a future cue looks ahead', input: 'The board will meet on Friday.', published: WED, expected: [['Friday', '2025-05-16', '2025-05-16', 'day']] },
  { name: 'weekday of publication is that day', input: 'Shares fell on Wednesday.', published: WED, expected: [['Wednesday', '2025-05-14', '2025-05-14', 'day']] },
  { name: 'last week is the previous Monday..Sunday', input: 'Talks stalled last week.', published: WED, expected: [['last week', '2025-05-05', '2025-05-11', 'week']] },
  { name: 'next month', input: 'The plant opens next month.', published: WED, expected: [['next month', '2025-06-01', '2025-06-30', 'month']] },
  { name: 'first half of the year', input: 'Output rose in the first half of the year.', published: WED, expected: [['the first half of the year', '2025-01-01', '2025-06-30', 'half']] },
  { name: 'quarter with year', input: 'Revenue in Q3 2024 was flat.', published: null, expected: [['Q3 2024', '2024-07-01', '2024-09-30', 'quarter']] },
  { name: 'month and year without publication', input: 'It opened in June 2024.', published: null, expected: [['June 2024', '2024-06-01', '2024-06-30', 'month']] },
  { name: 'relative stays unresolved without publication', input: 'It closed last Friday.', published: null, expected: [['last Friday', null, null, null]] },
  { name: 'yearless day unresolved without publication', input: 'It closed on June 3.', published: null, expected: [['June 3', null, null, null]] },
  { name: 'bare year', input: 'The firm was founded in 2003.', published: null, expected: [['2003', '2003-01-01', '2003-12-31', 'year']] },
  { name: 'since a year runs to publication', input: 'Prices have doubled since 2023.', published: WED, expected: [['since 2023', '2023-01-01', '2025-05-14', 'range']] },
  { name: 'between two months', input: 'Work paused between March and May.', published: WED, expected: [['between March and May', '2025-03-01', '2025-05-31', 'range']] },
  { name: 'day range in one month', input: 'The fair ran March 3-5, 2024.', published: null, expected: [['March 3-5, 2024', '2024-03-03', '2024-03-05', 'range']] },
  { name: 'decade', input: 'Sales peaked in the 1990s.', published: null, expected: [['the 1990s', '1990-01-01', '1999-12-31', 'range']] },
  { name: 'last summer', input: 'Floods hit the valley last summer.', published: WED, expected: [['last summer', '2024-06-01', '2024-08-31', 'range']] },
  { name: 'fiscal year as calendar year', input: 'Results for fiscal 2025 beat forecasts.', published: null, expected: [['fiscal 2025', '2025-01-01', '2025-12-31', 'year']] },
  { name: 'weeks ago', input: 'The ferry sank two weeks ago.', published: WED, expected: [['two weeks ago', '2025-04-28', '2025-05-04', 'week']] },
  { name: 'anchored on the previous date', input: 'The strike began on June 3, 2024. Three days later it ended.', published: null, expected: [['June 3, 2024', '2024-06-03', '2024-06-03', 'day'], ['Three days later', '2024-06-06', '2024-06-06', 'day']] },
  { name: 'early keeps the whole period', input: 'The law passed early this year.', published: WED, expected: [['early this year', '2025-01-01', '2025-12-31', 'year']] },
  { name: 'later this year runs from publication', input: 'A vote is due later this year.', published: WED, expected: [['later this year', '2025-05-14', '2025-12-31', 'range']] },
  { name: 'numeric US date', input: 'It was dated 7/8/07 on the plaque.', published: null, expected: [['7/8/07', '2007-07-08', '2007-07-08', 'day']] },
  { name: 'ISO date', input: 'Filed 2024-06-03 in Vellmar.', published: null, expected: [['2024-06-03', '2024-06-03', '2024-06-03', 'day']] },
];

describe('findDates', () => {
  it.each(rows)('$name', ({ input, published, expected }) => {
    const found = findDates(input, published).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);
    expect(found).toEqual(expected);
    for (const m of findDates(input, published)) expect(input.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});

const negatives: { name: string; input: string }[] = [
  { name: 'counts', input: 'The plant built 20,000 tractors and 2000 trucks.' },
  { name: 'scores', input: 'Rovers won 5-3 and drew 2-2.' },
  { name: 'May as a name', input: 'Theresa May said the vote may pass.' },
  { name: 'march as a verb', input: 'Thousands will march through the town.' },
  { name: 'a time alone', input: 'The doors open at 3 p.m. sharp.' },
  { name: 'named days', input: 'Good Friday traffic and Black Friday sales were heavy.' },
  { name: 'product numbers', input: 'The A350-1000 and Windows 2000 were mentioned.' },
  { name: 'sports halves and quarters', input: 'He scored in the second half and again in the fourth quarter.' },
  { name: 'fall as a verb', input: 'Prices could fall in the autumn market, and the fall in demand hurt.' },
  { name: 'a yearless fraction', input: 'Support is 24/7 and the ratio was 5/3.' },
  { name: 'Sunday as a newspaper name', input: 'The Sunday Times and the Sunday Telegraph ran it.' },
  { name: 'recurring weekdays', input: 'The council meets on the first Monday of each month and every Friday.' },
  { name: 'durations', input: 'The strike lasted two years and the talks took 18 months.' },
  { name: 'ages and counts of years', input: 'She is in her forties and has worked 30 years in the trade.' },
  { name: 'money and percentages', input: 'It cost $2,019 and rose 2024% by one measure.' },
  { name: 'flight and model numbers', input: 'Flight 2012 landed; the Boeing 777-200LR and iOS 5 were shown.' },
  { name: 'a season used as an adjective', input: 'The summer collection and winter tyres sold well.' },
  { name: 'a season as a name', input: 'The Winter Palace hosted the Summer Olympics exhibition.' },
  { name: 'counts with a year-like number', input: 'The plant employs 2000 workers and ships 1995 units a day.' },
  { name: 'later than planned', input: 'The plane arrived two days later than planned.' },
];

describe('findDates: not dates', () => {
  it.each(negatives)('$name', ({ input }) => {
    expect(findDates(input, WED)).toEqual([]);
  });
});

describe('findDates: invariants', () => {
  const body = [
    'MERIDIAN CITY, May 14 (Wire) - The port reopened on Monday after a strike that began in early April.',
    'Volumes in the first quarter of 2025 were 8% below Q1 2024, and the operator expects a recovery by the summer.',
    'Three days later, talks resumed; a deal is due next week, officials said on Tuesday.',
  ].join('\n\n');

  it('gives spans that hold the text, in order, without overlaps', () => {
    for (const published of [WED, null]) {
      const found = findDates(body, published);
      expect(found.length).toBeGreaterThan(5);
      let last = 0;
      for (const m of found) {
        expect(body.slice(m.span.start, m.span.end)).toBe(m.text);
        expect(m.value.text).toBe(m.text);
        expect(m.span.start).toBeGreaterThanOrEqual(last);
        last = m.span.end;
        if (m.value.start !== null) expect(m.value.start <= m.value.end!).toBe(true);
      }
    }
  });

  it('never resolves a relative date without a publication date', () => {
    const withDate = findDates(body, WED);
    const without = findDates(body, null);
    expect(without.map((m) => m.text)).toEqual(withDate.map((m) => m.text));
    const resolved = without.filter((m) => m.value.start !== null).map((m) => m.text);
    expect(resolved).toEqual(['the first quarter of 2025', 'Q1 2024']);
  });

  it('does not depend on the process time zone', () => {
    const zone = process.env.TZ;
    try {
      const results = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        return findDates(body, WED);
      });
      expect(results[1]).toEqual(results[0]);
      expect(results[2]).toEqual(results[0]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('survives arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(WED, null), (text, published) => {
        for (const m of findDates(text, published)) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
  });
});
