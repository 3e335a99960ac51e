import { describe, expect, it } from 'vitest';
import { findDates } from '../index.js';

type Found = [text: string, start: string | null, end: string | null, precision: string | null];
const run = (input: string, published: string | null): Found[] =>
  findDates(input, published ? { start: published, end: published, precision: 'day' } : null).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);

describe('seasons', () => {
  it.each<{ name: string; input: string; published: string | null; expected: Found[] }>([
    { name: 'with a year', input: 'It opened in summer 2024.', published: null, expected: [['summer 2024', '2024-06-01', '2024-08-31', 'range']] },
    { name: 'winter is named by the year it starts', input: 'It closed in winter 2024.', published: null, expected: [['winter 2024', '2024-12-01', '2025-02-28', 'range']] },
    { name: 'the season of a year', input: 'It opened in the autumn of 2021.', published: null, expected: [['the autumn of 2021', '2021-09-01', '2021-11-30', 'range']] },
    { name: 'last summer in spring', input: 'Floods hit last summer.', published: '2025-05-14', expected: [['last summer', '2024-06-01', '2024-08-31', 'range']] },
    { name: 'last summer in autumn is the one just over', input: 'Floods hit last summer.', published: '2025-10-02', expected: [['last summer', '2025-06-01', '2025-08-31', 'range']] },
    { name: 'next winter', input: 'Prices will rise next winter.', published: '2025-05-14', expected: [['next winter', '2025-12-01', '2026-02-28', 'range']] },
    { name: 'this winter in January', input: 'Snow fell this winter.', published: '2025-01-20', expected: [['this winter', '2024-12-01', '2025-02-28', 'range']] },
    { name: 'last fall', input: 'It opened last fall.', published: '2025-05-14', expected: [['last fall', '2024-09-01', '2024-11-30', 'range']] },
    { name: 'in the spring, looking ahead', input: 'The bridge will reopen in the spring.', published: '2025-01-05', expected: [['the spring', '2025-03-01', '2025-05-31', 'range']] },
    { name: 'early summer keeps the season', input: 'It flooded in early summer.', published: '2025-10-02', expected: [['early summer', '2025-06-01', '2025-08-31', 'range']] },
  ])('$name', ({ input, published, expected }) => {
    expect(run(input, published)).toEqual(expected);
  });
});
