import { describe, expect, it } from 'vitest';
import { findDates } from '../index.js';

type Found = [text: string, start: string | null, end: string | null, precision: string | null];
const run = (input: string, published: string | null): Found[] =>
  findDates(input, published ? { start: published, end: published, precision: 'day' } : null).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);

const P = '2025-05-14';

describe('quarters, halves and fiscal years', () => {
  it.each<{ name: string; input: string; published: string | null; expected: Found[] }>([
    { name: 'Q with a year', input: 'Sales fell in Q3 2024.', published: null, expected: [['Q3 2024', '2024-07-01', '2024-09-30', 'quarter']] },
    { name: 'year then Q', input: 'Sales fell in 2024 Q3.', published: null, expected: [['2024 Q3', '2024-07-01', '2024-09-30', 'quarter']] },
    { name: 'short form', input: 'Sales fell in 3Q24.', published: null, expected: [['3Q24', '2024-07-01', '2024-09-30', 'quarter']] },
    { name: 'spelled with a year', input: 'Sales fell in the third quarter of 2024.', published: null, expected: [['the third quarter of 2024', '2024-07-01', '2024-09-30', 'quarter']] },
    { name: 'spelled with a relative year', input: 'Sales fell in the fourth quarter of last year.', published: P, expected: [['the fourth quarter of last year', '2024-10-01', '2024-12-31', 'quarter']] },
    { name: 'a bare quarter looks back', input: 'Fourth-quarter profit rose.', published: P, expected: [['Fourth-quarter', '2024-10-01', '2024-12-31', 'quarter']] },
    { name: 'a bare quarter looks ahead after a future cue', input: 'The company expects profit to rise in the fourth quarter.', published: P, expected: [['the fourth quarter', '2025-10-01', '2025-12-31', 'quarter']] },
    { name: 'half of the year', input: 'Output rose in the first half of the year.', published: P, expected: [['the first half of the year', '2025-01-01', '2025-06-30', 'half']] },
    { name: 'H code', input: 'Sales fell in H2 2024.', published: null, expected: [['H2 2024', '2024-07-01', '2024-12-31', 'half']] },
    { name: 'the first six months', input: 'Output rose in the first six months of 2024.', published: null, expected: [['the first six months of 2024', '2024-01-01', '2024-06-30', 'half']] },
    { name: 'the first nine months', input: 'Output rose in the first nine months of 2024.', published: null, expected: [['the first nine months of 2024', '2024-01-01', '2024-09-30', 'range']] },
    { name: 'fiscal year is the calendar year', input: 'Results for fiscal 2025 beat forecasts.', published: null, expected: [['fiscal 2025', '2025-01-01', '2025-12-31', 'year']] },
    { name: 'FY', input: 'FY24 revenue rose.', published: null, expected: [['FY24', '2024-01-01', '2024-12-31', 'year']] },
    { name: 'a split fiscal year starts in April', input: 'The FY2024-25 budget was cut.', published: null, expected: [['FY2024-25', '2024-04-01', '2025-03-31', 'range']] },
    { name: 'a fiscal quarter', input: 'Revenue in Q2 FY2025 rose.', published: null, expected: [['Q2 FY2025', '2025-04-01', '2025-06-30', 'quarter']] },
  ])('$name', ({ input, published, expected }) => {
    expect(run(input, published)).toEqual(expected);
  });
});
