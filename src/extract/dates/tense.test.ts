import { describe, expect, it } from 'vitest';
import { directionAt, type Direction } from './tense.js';

/** `[[...]]` marks the date in the input. */
function at(input: string): [string, number, number] {
  const start = input.indexOf('[[');
  const end = input.indexOf(']]') - 2;
  return [input.replace('[[', '').replace(']]', ''), start, end];
}

describe('directionAt', () => {
  it.each<{ name: string; input: string; expected: Direction }>([
    { name: 'past by default', input: 'The board met on [[Friday]].', expected: 'past' },
    { name: 'will', input: 'The board will meet on [[Friday]].', expected: 'future' },
    { name: 'is scheduled to', input: 'The trial is scheduled to begin on [[Wednesday]].', expected: 'future' },
    { name: 'a scheduling verb in the present', input: 'The exhibition runs through [[February]].', expected: 'future' },
    { name: 'the nearer cue wins', input: 'Apple said on Monday it will launch the phone on [[Friday]].', expected: 'future' },
    { name: 'a past verb after a future one', input: 'The inquiry will report soon, the minister told parliament on [[Monday]].', expected: 'past' },
    { name: 'a passive future is no past', input: 'The final will be played on [[Sunday]].', expected: 'future' },
    { name: 'clause-initial dates read on', input: 'On [[Friday]], the board will vote.', expected: 'future' },
    { name: 'clause-initial dates read on, past', input: 'On [[Friday]], Apple said it will grow.', expected: 'past' },
    { name: 'cues stop at the sentence end', input: 'Prices will rise. Shares fell on [[Tuesday]].', expected: 'past' },
    { name: 'could not is no future', input: 'The company said it could not confirm on [[Monday]].', expected: 'past' },
  ])('$name', ({ input, expected }) => {
    expect(directionAt(...at(input))).toBe(expected);
  });
});
