import { describe, expect, it } from 'vitest';
import { findDates } from '../index.js';

type Found = [text: string, start: string | null, end: string | null, precision: string | null];
const run = (input: string, published: string | null): Found[] =>
  findDates(input, published ? { start: published, end: published, precision: 'day' } : null).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);

const P = '2025-05-14';

describe('stated calendar dates (chrono) and their missing years', () => {
  it.each<{ name: string; input: string; published: string | null; expected: Found[] }>([
    { name: 'a full date', input: 'It opened on June 3, 2024.', published: null, expected: [['June 3, 2024', '2024-06-03', '2024-06-03', 'day']] },
    { name: 'day first', input: 'It opened on 3 June 2024.', published: null, expected: [['3 June 2024', '2024-06-03', '2024-06-03', 'day']] },
    { name: 'abbreviated month', input: 'It opened Aug. 5, 2023.', published: null, expected: [['Aug. 5, 2023', '2023-08-05', '2023-08-05', 'day']] },
    { name: 'a month and year', input: 'It opened in September 2006.', published: null, expected: [['September 2006', '2006-09-01', '2006-09-30', 'month']] },
    { name: 'a yearless day looks back', input: 'It opened on March 3.', published: P, expected: [['March 3', '2025-03-03', '2025-03-03', 'day']] },
    { name: 'a yearless day a year back', input: 'It opened on Dec. 28.', published: '2025-01-05', expected: [['Dec. 28', '2024-12-28', '2024-12-28', 'day']] },
    { name: 'a yearless day just ahead is upcoming', input: 'The ceremony on June 10 drew crowds.', published: P, expected: [['June 10', '2025-06-10', '2025-06-10', 'day']] },
    { name: 'a yearless day with a future cue', input: 'It will open on October 12.', published: P, expected: [['October 12', '2025-10-12', '2025-10-12', 'day']] },
    { name: 'a yearless month looks back', input: 'It was introduced in January.', published: '2005-09-07', expected: [['January', '2005-01-01', '2005-01-31', 'month']] },
    { name: 'a day range', input: 'The fair ran March 3-5.', published: P, expected: [['March 3-5', '2025-03-03', '2025-03-05', 'range']] },
    { name: 'a day range across the new year', input: 'Offices closed from Dec. 28 to Jan. 2.', published: '2025-01-05', expected: [['from Dec. 28 to Jan. 2', '2024-12-28', '2025-01-02', 'range']] },
    { name: 'a US numeric date', input: 'The plaque reads 7/8/07.', published: null, expected: [['7/8/07', '2007-07-08', '2007-07-08', 'day']] },
    { name: 'a day-first numeric date', input: 'Filed on 13/06/2024.', published: null, expected: [['13/06/2024', '2024-06-13', '2024-06-13', 'day']] },
    { name: 'ISO', input: 'Filed 2024-06-03.', published: null, expected: [['2024-06-03', '2024-06-03', '2024-06-03', 'day']] },
  ])('$name', ({ input, published, expected }) => {
    expect(run(input, published)).toEqual(expected);
  });
});

describe('merges, modifiers, since and ranges', () => {
  it.each<{ name: string; input: string; published: string | null; expected: Found[] }>([
    { name: 'month of last year', input: 'It peaked in June last year.', published: P, expected: [['June last year', '2024-06-01', '2024-06-30', 'month']] },
    { name: 'last March', input: 'It peaked last March.', published: '2024-03-01', expected: [['last March', '2023-03-01', '2023-03-31', 'month']] },
    { name: 'next March', input: 'It opens next March.', published: '2024-11-04', expected: [['next March', '2025-03-01', '2025-03-31', 'month']] },
    { name: 'early keeps the whole year', input: 'It opened in early 2009.', published: null, expected: [['early 2009', '2009-01-01', '2009-12-31', 'year']] },
    { name: 'mid-month keeps the month', input: 'It reopens by mid-June.', published: P, expected: [['mid-June', '2025-06-01', '2025-06-30', 'month']] },
    { name: 'the end of the year', input: 'It will close by the end of the year.', published: P, expected: [['the end of the year', '2025-01-01', '2025-12-31', 'year']] },
    { name: 'earlier this month', input: 'It opened earlier this month.', published: P, expected: [['earlier this month', '2025-05-01', '2025-05-14', 'range']] },
    { name: 'later this year', input: 'It opens later this year.', published: P, expected: [['later this year', '2025-05-14', '2025-12-31', 'range']] },
    { name: 'the rest of the year', input: 'It stays shut for the rest of the year.', published: P, expected: [['the rest of the year', '2025-05-14', '2025-12-31', 'range']] },
    { name: 'since a month', input: 'It has been shut since March.', published: P, expected: [['since March', '2025-03-01', '2025-05-14', 'range']] },
    { name: 'since a full date', input: 'It has been shut since June 3, 2024.', published: P, expected: [['since June 3, 2024', '2024-06-03', '2025-05-14', 'range']] },
    { name: 'since without publication is unresolved', input: 'It has been shut since 2019.', published: null, expected: [['since 2019', null, null, null]] },
    { name: 'between two months', input: 'It closed between March and May.', published: P, expected: [['between March and May', '2025-03-01', '2025-05-31', 'range']] },
    { name: 'months across a year end', input: 'The season runs from November to February.', published: '2024-10-01', expected: [['from November to February', '2024-11-01', '2025-02-28', 'range']] },
    { name: 'a yearless month takes the other side year', input: 'It ran from March to May 2023.', published: P, expected: [['from March to May 2023', '2023-03-01', '2023-05-31', 'range']] },
  ])('$name', ({ input, published, expected }) => {
    expect(run(input, published)).toEqual(expected);
  });
});
