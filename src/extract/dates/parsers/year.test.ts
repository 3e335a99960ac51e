import { describe, expect, it } from 'vitest';
import { findDates } from '../index.js';

type Found = [text: string, start: string | null, end: string | null, precision: string | null];
const run = (input: string, published: string | null): Found[] =>
  findDates(input, published ? { start: published, end: published, precision: 'day' } : null).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);

describe('years and decades', () => {
  it.each<{ name: string; input: string; published: string | null; expected: Found[] }>([
    { name: 'after a preposition', input: 'It was built in 1998.', published: null, expected: [['1998', '1998-01-01', '1998-12-31', 'year']] },
    { name: 'at a sentence start', input: '2007 was a record year.', published: null, expected: [['2007', '2007-01-01', '2007-12-31', 'year']] },
    { name: 'as a modifier after "the"', input: 'The 2008 crisis hit hard.', published: null, expected: [['2008', '2008-01-01', '2008-12-31', 'year']] },
    { name: 'an old year after a strong lead', input: 'The town was founded in 1850.', published: null, expected: [['1850', '1850-01-01', '1850-12-31', 'year']] },
    { name: 'a hyphenated span', input: 'Output rose in 2009-11.', published: null, expected: [['2009-11', '2009-01-01', '2011-12-31', 'range']] },
    { name: 'from .. to', input: 'It ran from 2009 to 2011.', published: null, expected: [['from 2009 to 2011', '2009-01-01', '2011-12-31', 'range']] },
    { name: 'between .. and', input: 'Deliveries come between 2014 and 2016.', published: null, expected: [['between 2014 and 2016', '2014-01-01', '2016-12-31', 'range']] },
    { name: 'mid-year', input: 'It opens in mid-2026.', published: null, expected: [['mid-2026', '2026-01-01', '2026-12-31', 'year']] },
    { name: 'a decade', input: 'Growth slowed in the 1990s.', published: null, expected: [['the 1990s', '1990-01-01', '1999-12-31', 'range']] },
    { name: "a decade with an apostrophe", input: "Music of the '80s returned.", published: null, expected: [["the '80s", '1980-01-01', '1989-12-31', 'range']] },
    { name: 'a decade in words', input: 'It was built in the sixties.', published: null, expected: [['the sixties', '1960-01-01', '1969-12-31', 'range']] },
    { name: 'an early decade keeps the whole decade', input: 'It began in the early 2000s.', published: null, expected: [['the early 2000s', '2000-01-01', '2009-12-31', 'range']] },
  ])('$name', ({ input, published, expected }) => {
    expect(run(input, published)).toEqual(expected);
  });
});
