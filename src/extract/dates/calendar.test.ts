import { describe, expect, it } from 'vitest';
import { isoOf, isoWeekday, parseIsoDay, shiftDay, unitInterval, type DateUnit } from './calendar.js';

const day = (iso: string): number => parseIsoDay(iso)!;
const span = (i: { start: number; end: number }): string => `${isoOf(i.start)}..${isoOf(i.end)}`;

describe('unitInterval', () => {
  it.each<{ name: string; unit: DateUnit; input: string; expected: string }>([
    { name: 'a day', unit: 'day', input: '2024-02-29', expected: '2024-02-29..2024-02-29' },
    { name: 'a week runs Monday..Sunday', unit: 'week', input: '2025-05-14', expected: '2025-05-12..2025-05-18' },
    { name: 'a week across a year end', unit: 'week', input: '2025-01-01', expected: '2024-12-30..2025-01-05' },
    { name: 'a Sunday belongs to the week before', unit: 'week', input: '2025-05-18', expected: '2025-05-12..2025-05-18' },
    { name: 'the weekend of that week', unit: 'weekend', input: '2025-05-12', expected: '2025-05-17..2025-05-18' },
    { name: 'a leap February', unit: 'month', input: '2024-02-10', expected: '2024-02-01..2024-02-29' },
    { name: 'a quarter', unit: 'quarter', input: '2024-08-15', expected: '2024-07-01..2024-09-30' },
    { name: 'the first half', unit: 'half', input: '2025-03-01', expected: '2025-01-01..2025-06-30' },
    { name: 'the second half', unit: 'half', input: '2025-07-01', expected: '2025-07-01..2025-12-31' },
    { name: 'a year', unit: 'year', input: '2023-06-06', expected: '2023-01-01..2023-12-31' },
    { name: 'a decade', unit: 'decade', input: '1994-05-01', expected: '1990-01-01..1999-12-31' },
    { name: 'a season is three months from its first day', unit: 'season', input: '2024-12-01', expected: '2024-12-01..2025-02-28' },
  ])('$name', ({ unit, input, expected }) => {
    expect(span(unitInterval(unit, day(input)))).toBe(expected);
  });
});

describe('shiftDay', () => {
  it.each<{ name: string; input: string; unit: DateUnit; amount: number; expected: string }>([
    { name: 'days', input: '2024-12-30', unit: 'day', amount: 3, expected: '2025-01-02' },
    { name: 'weeks', input: '2025-05-14', unit: 'week', amount: -2, expected: '2025-04-30' },
    { name: 'months clamp the day', input: '2025-03-31', unit: 'month', amount: -1, expected: '2025-02-28' },
    { name: 'years from a leap day', input: '2024-02-29', unit: 'year', amount: 1, expected: '2025-02-28' },
    { name: 'quarters', input: '2025-01-15', unit: 'quarter', amount: -1, expected: '2024-10-15' },
  ])('$name', ({ input, unit, amount, expected }) => {
    expect(isoOf(shiftDay(day(input), unit, amount))).toBe(expected);
  });
});

describe('days', () => {
  it('reads ISO days and rejects impossible ones', () => {
    expect(isoOf(day('2025-05-14T09:00:00+09:00'))).toBe('2025-05-14');
    expect(parseIsoDay('2025-02-29')).toBeNull();
    expect(parseIsoDay('May 3')).toBeNull();
  });
  it('knows ISO weekdays', () => {
    expect([day('2025-05-12'), day('2025-05-14'), day('2025-05-18')].map(isoWeekday)).toEqual([1, 3, 7]);
  });
});
