import { describe, expect, it } from 'vitest';
import { readText } from '../nlp/read-text.js';
import { findQuantities } from './quantities.js';
import type { Quantity } from '../../types.js';

const quantities = (sentence: string): Quantity[] => {
  const doc = readText(sentence);
  return doc.sentences.flatMap((s) => findQuantities(doc, s.first, s.last, () => false).map((q) => q.quantity));
};

describe('findQuantities', () => {
  it.each([
    { name: 'count with unit', input: 'The plant built 1,200 tractors.', expected: [{ value: 1200, unit: 'tractors', bound: 'exact' }] },
    { name: 'currency symbol and scale', input: 'Exports reached $3.4 billion.', expected: [{ value: 3.4e9, unit: 'USD', bound: 'exact' }] },
    { name: 'abbreviated scale', input: 'It signed a $1.2bn deal.', expected: [{ value: 1.2e9, unit: 'USD', bound: 'exact' }] },
    { name: 'percent word', input: 'Prices rose 6.2 percent.', expected: [{ value: 6.2, unit: 'percent', bound: 'exact' }] },
    { name: 'per cent, two words', input: 'Some 30 per cent of homes are empty.', expected: [{ value: 30, unit: 'percent', bound: 'about' }] },
    { name: 'ratio', input: 'Output rose four times.', expected: [{ value: 4, unit: 'times', bound: 'exact' }] },
    { name: 'over', input: 'More than 60 firefighters came.', expected: [{ value: 60, unit: 'firefighters', bound: 'over' }] },
    { name: 'no more than (longest bound wins)', input: 'Fares will rise by no more than 3 percent.', expected: [{ value: 3, unit: 'percent', bound: 'up_to' }] },
    { name: 'at least', input: 'At least nine people died.', expected: [{ value: 9, unit: 'people', bound: 'at_least' }] },
    { name: 'range with between', input: 'Between 300 and 400 soldiers were deployed.', expected: [{ value: 300, unit: 'soldiers', bound: 'range', max: 400 }] },
    { name: 'range repeating the currency', input: 'Damage is put at between £8 million and £10 million.', expected: [{ value: 8e6, unit: 'GBP', bound: 'range', max: 1e7 }] },
    { name: 'a change is two figures, not a range', input: 'Bills rose from 1,750 euros to 1,940 euros.', expected: [{ value: 1750, unit: 'EUR', bound: 'exact' }, { value: 1940, unit: 'EUR', bound: 'exact' }] },
    { name: 'measure before the figure', input: 'A magnitude 6.8 earthquake struck.', expected: [{ value: 6.8, unit: 'magnitude', bound: 'exact' }] },
  ])('$name', ({ input, expected }) => {
    expect(quantities(input)).toEqual(expected);
  });

  it.each([
    { name: 'a year', input: 'The treaty was signed in 2023.' },
    { name: 'a day of the month', input: 'It happened on March 3.' },
    { name: 'a clock time', input: 'The talks ran past 3 a.m.' },
    { name: 'an age in apposition', input: 'Ana Costa, 34, said nothing.' },
    { name: 'a duration', input: 'He was jailed for six years.' },
    { name: 'a compound adjective', input: 'It was a two-day visit.' },
    { name: 'a number in a name', input: 'The Hwasong-18 flew.' },
    { name: 'one as a pronoun', input: 'One of them left.' },
    { name: 'a referring number word', input: 'The two leaders met again.' },
    { name: 'an age band', input: 'Most victims were children under five.' },
  ])('no quantity: $name', ({ input }) => {
    expect(quantities(input)).toEqual([]);
  });
});
