import { describe, expect, it } from 'vitest';
import { findDates } from '../index.js';

type Found = [text: string, start: string | null, end: string | null, precision: string | null];
const run = (input: string, published: string | null): Found[] =>
  findDates(input, published ? { start: published, end: published, precision: 'day' } : null).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);

const P = '2025-05-14'; // a Wednesday

describe('periods relative to publication', () => {
  it.each<{ name: string; input: string; published: string | null; expected: Found[] }>([
    { name: 'this week', input: 'Talks began this week.', published: P, expected: [['this week', '2025-05-12', '2025-05-18', 'week']] },
    { name: 'next week', input: 'Talks resume next week.', published: P, expected: [['next week', '2025-05-19', '2025-05-25', 'week']] },
    { name: 'last weekend', input: 'Crowds came last weekend.', published: P, expected: [['last weekend', '2025-05-10', '2025-05-11', 'range']] },
    { name: 'this weekend', input: 'Crowds are expected this weekend.', published: P, expected: [['this weekend', '2025-05-17', '2025-05-18', 'range']] },
    { name: 'over the weekend looks back', input: 'Crowds gathered over the weekend.', published: P, expected: [['the weekend', '2025-05-10', '2025-05-11', 'range']] },
    { name: 'this month', input: 'Prices rose this month.', published: P, expected: [['this month', '2025-05-01', '2025-05-31', 'month']] },
    { name: 'last quarter is the previous one', input: 'Profit fell last quarter.', published: P, expected: [['last quarter', '2025-01-01', '2025-03-31', 'quarter']] },
    { name: 'the last quarter too', input: 'Profit fell in the last quarter.', published: P, expected: [['the last quarter', '2025-01-01', '2025-03-31', 'quarter']] },
    { name: 'next year', input: 'Rates may fall next year.', published: P, expected: [['next year', '2026-01-01', '2026-12-31', 'year']] },
    { name: 'the last decade is the previous one', input: 'Sales grew in the last decade.', published: P, expected: [['the last decade', '2010-01-01', '2019-12-31', 'range']] },
    { name: 'the past year counts back from publication', input: 'Prices rose 4% over the past year.', published: P, expected: [['the past year', '2024-05-15', '2025-05-14', 'range']] },
    { name: 'the past week', input: 'Cases doubled in the past week.', published: P, expected: [['the past week', '2025-05-08', '2025-05-14', 'range']] },
    { name: 'this fiscal year', input: 'Losses widened this fiscal year.', published: P, expected: [['this fiscal year', '2025-01-01', '2025-12-31', 'year']] },
    { name: 'days ago', input: 'It sank three days ago.', published: P, expected: [['three days ago', '2025-05-11', '2025-05-11', 'day']] },
    { name: 'months ago is that month', input: 'It opened six months ago.', published: P, expected: [['six months ago', '2024-11-01', '2024-11-30', 'month']] },
    { name: 'a decade ago is a year', input: 'It opened a decade ago.', published: P, expected: [['a decade ago', '2015-01-01', '2015-12-31', 'year']] },
    { name: 'today and tomorrow', input: 'It opens today and closes tomorrow.', published: P, expected: [['today', '2025-05-14', '2025-05-14', 'day'], ['tomorrow', '2025-05-15', '2025-05-15', 'day']] },
    { name: 'last night is the day before', input: 'Fire broke out last night.', published: P, expected: [['last night', '2025-05-13', '2025-05-13', 'day']] },
    { name: 'yesterday afternoon', input: 'It ended yesterday afternoon.', published: P, expected: [['yesterday afternoon', '2025-05-13', '2025-05-13', 'day']] },
    { name: 'unresolved without publication', input: 'Prices rose this month.', published: null, expected: [['this month', null, null, null]] },
  ])('$name', ({ input, published, expected }) => {
    expect(run(input, published)).toEqual(expected);
  });
});
