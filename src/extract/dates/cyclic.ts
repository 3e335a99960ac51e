/**
 * Dates that repeat (a weekday, "June 3", "the second quarter") pick one occurrence relative to the
 * publication day: the latest one already begun when the text looks back (the default: news reports
 * the past), the earliest one not yet over when it looks forward.
 */
import type { DayInterval, DayNumber } from './calendar.js';
import type { Direction } from './tense.js';

/** Occurrence `k` cycles after the one in the reference's own cycle; null when it does not exist (Feb 29). */
export type Occurrence = (k: number) => DayInterval | null;

const REACH = 2; // cycles searched either side; one is enough except around leap days

/**
 * `nearFuture` (days): when looking back, the occurrence in the reference's own cycle is still taken
 * if it starts that soon after the reference. Used for yearless calendar dates: news style writes the
 * year of any date outside the current year, so "the ceremony on July 26" in an article of July 20 is
 * six days ahead, not a year back — while "January" in an article of December 31 stays this January.
 */
export function pickOccurrence(occurrence: Occurrence, ref: DayNumber, direction: Direction, nearFuture = 0): DayInterval | null {
  const all: DayInterval[] = [];
  for (let k = -REACH; k <= REACH; k++) {
    const o = occurrence(k);
    if (o) all.push(o);
  }
  if (direction === 'past') {
    const own = occurrence(0);
    if (own && own.start > ref && own.start - ref <= nearFuture) return own;
    return all.filter((o) => o.start <= ref).at(-1) ?? null;
  }
  return all.find((o) => o.end >= ref) ?? null;
}
