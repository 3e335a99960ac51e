/**
 * "since 2023", "since March", "since last week": from the start of that date to the publication
 * day, because the text speaks of the whole stretch up to now. The value depends on publication,
 * so it stays unresolved when that is unknown.
 */
import type { Refiner } from 'chrono-node';
import { anchorOf, markSide, referenceDay, sideInterval, unitOf, UNRESOLVED_TAG } from '../mark.js';

const SINCE = /\b(?:ever\s+)?since\s+$/i;

export const sinceRefiner: Refiner = {
  refine: (context, results) => {
    for (const r of results) {
      if (r.end || unitOf(r.start) === null || anchorOf(r) !== null) continue;
      const lead = SINCE.exec(context.text.slice(Math.max(0, r.index - 12), r.index));
      if (!lead) continue;
      const from = sideInterval(r.start)!.start;
      const ref = referenceDay(context);
      r.index -= lead[0].length;
      r.text = lead[0] + r.text;
      // "since 2030" in a 2025 article names no stretch we can place.
      if (from > ref) {
        r.addTag(UNRESOLVED_TAG);
        continue;
      }
      r.start = markSide(context.createParsingComponents(), 'day', from);
      r.end = markSide(context.createParsingComponents(), 'day', ref);
    }
    return results;
  },
};
