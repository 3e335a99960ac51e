import { describe, expect, it } from 'vitest';
import { findDates } from '../index.js';

type Found = [text: string, start: string | null, end: string | null, precision: string | null];
const run = (input: string, published: string | null): Found[] =>
  findDates(input, published ? { start: published, end: published, precision: 'day' } : null).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);

describe('dates relative to the date before them', () => {
  it.each<{ name: string; input: string; published: string | null; expected: Found[] }>([
    {
      name: 'days later',
      input: 'It opened on June 3, 2024. Three days later it closed.',
      published: null,
      expected: [['June 3, 2024', '2024-06-03', '2024-06-03', 'day'], ['Three days later', '2024-06-06', '2024-06-06', 'day']],
    },
    {
      name: 'the next day after a relative date',
      input: 'It opened on Monday and closed the next day.',
      published: '2025-05-14',
      expected: [['Monday', '2025-05-12', '2025-05-12', 'day'], ['the next day', '2025-05-13', '2025-05-13', 'day']],
    },
    {
      name: 'a year earlier',
      input: 'Sales fell in 2020 after rising a year earlier.',
      published: null,
      expected: [['2020', '2020-01-01', '2020-12-31', 'year'], ['a year earlier', '2019-01-01', '2019-12-31', 'year']],
    },
    {
      name: 'a chain of anchors',
      input: 'It began on 1 March 2023, spread the following week and ended two weeks later.',
      published: null,
      expected: [['1 March 2023', '2023-03-01', '2023-03-01', 'day'], ['the following week', '2023-03-06', '2023-03-12', 'week'], ['two weeks later', '2023-03-20', '2023-03-26', 'week']],
    },
    { name: 'nothing to anchor on', input: 'Three days later the ship sank.', published: '2025-05-14', expected: [['Three days later', null, null, null]] },
    { name: 'an anchor too coarse', input: 'It began in 2020 and ended the next day.', published: null, expected: [['2020', '2020-01-01', '2020-12-31', 'year'], ['the next day', null, null, null]] },
    { name: 'not a date: later than planned', input: 'It opened on May 2, 2024, two days later than planned.', published: null, expected: [['May 2, 2024', '2024-05-02', '2024-05-02', 'day']] },
    { name: 'not a date: the day after an event', input: 'Tickets go on sale the day after the draw.', published: '2025-05-14', expected: [] },
  ])('$name', ({ input, published, expected }) => {
    expect(run(input, published)).toEqual(expected);
  });
});
