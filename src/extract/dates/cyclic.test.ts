import { describe, expect, it } from 'vitest';
import { isoOf, monthInterval, parseIsoDay, ymdOf } from './calendar.js';
import { pickOccurrence } from './cyclic.js';
import type { Direction } from './tense.js';

const june = (ref: number) => (k: number) => monthInterval(ymdOf(ref).year + k, 6);

describe('pickOccurrence (June, yearly)', () => {
  it.each<{ name: string; ref: string; direction: Direction; nearFuture?: number; expected: string }>([
    { name: 'looking back from July: this June', ref: '2024-07-20', direction: 'past', expected: '2024-06-01' },
    { name: 'looking back from May: last June', ref: '2025-05-01', direction: 'past', expected: '2024-06-01' },
    { name: 'looking back from mid-May within the grace: this June', ref: '2025-05-14', direction: 'past', nearFuture: 45, expected: '2025-06-01' },
    { name: 'looking ahead from July: next June', ref: '2024-07-20', direction: 'future', expected: '2025-06-01' },
    { name: 'looking ahead from within June: this June', ref: '2024-06-20', direction: 'future', expected: '2024-06-01' },
  ])('$name', ({ ref, direction, nearFuture, expected }) => {
    const r = parseIsoDay(ref)!;
    expect(isoOf(pickOccurrence(june(r), r, direction, nearFuture)!.start)).toBe(expected);
  });

  it('skips occurrences that do not exist (Feb 29)', () => {
    const ref = parseIsoDay('2025-05-14')!;
    const leapDay = (k: number) => {
      const year = 2025 + k;
      const n = parseIsoDay(`${year}-02-29`);
      return n === null ? null : { start: n, end: n };
    };
    expect(isoOf(pickOccurrence(leapDay, ref, 'past')!.start)).toBe('2024-02-29');
  });
});
