import { describe, expect, it } from 'vitest';
import { findDates } from '../index.js';

type Found = [text: string, start: string | null, end: string | null, precision: string | null];
const run = (input: string, published: string | null): Found[] =>
  findDates(input, published ? { start: published, end: published, precision: 'day' } : null).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);

// 2025-05-14 is a Wednesday; its week runs Monday 12 .. Sunday 18.
describe('weekdays', () => {
  it.each<{ name: string; input: string; published: string | null; expected: Found[] }>([
    { name: 'bare, looking back', input: 'Shares fell Friday.', published: '2025-05-14', expected: [['Friday', '2025-05-09', '2025-05-09', 'day']] },
    { name: 'the publication weekday is that day', input: 'Shares fell Wednesday.', published: '2025-05-14', expected: [['Wednesday', '2025-05-14', '2025-05-14', 'day']] },
    { name: 'yesterday by name', input: 'Shares fell on Tuesday.', published: '2025-05-14', expected: [['Tuesday', '2025-05-13', '2025-05-13', 'day']] },
    { name: 'future tense looks ahead', input: 'The vote will take place on Monday.', published: '2025-05-14', expected: [['Monday', '2025-05-19', '2025-05-19', 'day']] },
    { name: 'last', input: 'It rained last Thursday.', published: '2025-05-14', expected: [['last Thursday', '2025-05-08', '2025-05-08', 'day']] },
    { name: 'next', input: 'It opens next Tuesday.', published: '2025-05-14', expected: [['next Tuesday', '2025-05-20', '2025-05-20', 'day']] },
    { name: 'this', input: 'It opens this Saturday.', published: '2025-05-14', expected: [['this Saturday', '2025-05-17', '2025-05-17', 'day']] },
    { name: 'of last week', input: 'It closed on Friday of last week.', published: '2025-05-14', expected: [['Friday of last week', '2025-05-09', '2025-05-09', 'day']] },
    { name: 'with a part of the day', input: 'Talks resumed Monday morning.', published: '2025-05-14', expected: [['Monday morning', '2025-05-12', '2025-05-12', 'day']] },
    { name: 'with a stated date', input: 'It closed on Friday, May 9.', published: '2025-05-14', expected: [['Friday, May 9', '2025-05-09', '2025-05-09', 'day']] },
    { name: 'possessive', input: "Monday's vote was close.", published: '2025-05-14', expected: [['Monday', '2025-05-12', '2025-05-12', 'day']] },
    { name: 'unresolved without publication', input: 'It closed on Friday.', published: null, expected: [['Friday', null, null, null]] },
    { name: 'a range of weekdays', input: 'Roads closed from Monday to Wednesday.', published: '2025-05-14', expected: [['from Monday to Wednesday', '2025-05-12', '2025-05-14', 'range']] },
  ])('$name', ({ input, published, expected }) => {
    expect(run(input, published)).toEqual(expected);
  });
});
