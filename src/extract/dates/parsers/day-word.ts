/** "today", "tonight", "yesterday", "tomorrow", "this morning", "last night", "yesterday afternoon". */
import { referenceDay, unitResult } from '../mark.js';
import { makeParser } from './parser.js';

const PATTERN =
  /(?<lead>the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow|(?<this>this|last)\s+(?<part>morning|afternoon|evening|night))(?:\s+(?:morning|afternoon|evening|night))?/i;

const OFFSETS: Readonly<Record<string, number>> = {
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
};

export const dayWordParser = makeParser(PATTERN, (context, match, g) => {
  const lead = g.lead!.toLowerCase().replace(/\s+/g, ' ');
  // "last night" is the evening before the day the article is dated; "last morning" is not English.
  let offset: number | undefined = OFFSETS[lead];
  if (offset === undefined) {
    const part = g.part!.toLowerCase();
    if (g.this!.toLowerCase() === 'last') {
      if (part !== 'night') return null;
      offset = -1;
    } else offset = 0;
  }
  return unitResult(context, match.index, match[0], 'day', referenceDay(context) + offset);
}, /today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|night)|last night/i);
