/**
 * Words that qualify a date without naming another one:
 *   "early 2009", "mid-June", "late last year", "the end of the month", "the beginning of 2024",
 *   "the middle of next week" keep the whole period. That is TimeML's reading (the value is the
 *   period, the modifier a separate mark), and an interval that surely holds the date is a safer
 *   basis for comparing claims than a guessed third; `text` keeps the modifier for a reader.
 *   "earlier this year", "later this month", "earlier today", "the rest of the year" are exact: the
 *   part of the period before, or after, the publication day.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { markSide, referenceDay, sideInterval, unitOf } from '../mark.js';

const WHOLE = /(?:\b(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn)\s+of\s+(?:the\s+)?|\b(?:early|mid|late|end|start)[\s-]+|\bmid-)$/i;
const PART_OF_NOW = /\b(?<which>earlier|later)\s+$|\b(?:the\s+)?(?<rest>rest|remainder|balance)\s+of\s+(?:the\s+)?$/i;
const NOW_PERIOD = /^(?:this|today|tonight)\b/i;

function extend(r: ParsingResult, by: number): void {
  r.index -= by;
}

export const modifierRefiner: Refiner = {
  refine: (context, results) => {
    for (const r of results) {
      if (unitOf(r.start) === null) continue;
      const before = context.text.slice(Math.max(0, r.index - 30), r.index);
      const part = PART_OF_NOW.exec(before);
      if (part && (NOW_PERIOD.test(r.text) || part.groups!.rest) && !r.end) {
        const interval = sideInterval(r.start)!;
        const ref = referenceDay(context);
        if (ref < interval.start || ref > interval.end) continue;
        const earlier = part.groups!.which?.toLowerCase() === 'earlier';
        const [from, to] = earlier ? [interval.start, ref] : [ref, interval.end];
        r.start = markSide(context.createParsingComponents(), 'day', from);
        if (from !== to) r.end = markSide(context.createParsingComponents(), 'day', to);
        r.text = part[0] + r.text;
        extend(r, part[0].length);
        continue;
      }
      const whole = WHOLE.exec(before);
      if (whole) {
        r.text = whole[0] + r.text;
        extend(r, whole[0].length);
      }
    }
    return results;
  },
};
