/**
 * Resolves "three days later", "the next day", "a year earlier" against the date mentioned before
 * them (its end when counting forward, its start when counting back). The anchor must be at least as
 * fine as the unit counted: "the next day" after "in June" names no day and stays unresolved, as does
 * an anchored expression with no date before it.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { shiftDay, unitInterval, type DateUnit } from '../calendar.js';
import { anchorOf, markSide, sideDay, unitOf, UNRESOLVED_TAG } from '../mark.js';

const RANK: Record<DateUnit, number> = { day: 0, weekend: 0.5, week: 1, month: 2, season: 2.5, quarter: 3, half: 4, year: 5, decade: 6 };

export const anchoredRefiner: Refiner = {
  refine: (context, results) => {
    let anchor: ParsingResult | null = null;
    for (const r of results) {
      const spec = anchorOf(r);
      if (spec === null) {
        if (unitOf(r.start) !== null && !r.tags().has(UNRESOLVED_TAG)) anchor = r;
        continue;
      }
      const side = anchor ? (spec.amount >= 0 ? (anchor.end ?? anchor.start) : anchor.start) : null;
      const unit = side ? unitOf(side) : null;
      if (side === null || unit === null || RANK[unit] > RANK[spec.unit]) {
        r.addTag(UNRESOLVED_TAG);
        continue;
      }
      const first = unitInterval(spec.unit, shiftDay(sideDay(side), spec.unit, spec.amount)).start;
      r.start = markSide(context.createParsingComponents(), spec.unit, first);
      anchor = r;
    }
    return results;
  },
};
