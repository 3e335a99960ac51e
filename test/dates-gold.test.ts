/**
 * Gate on the hand-labelled date gold set (test/gold/dates.jsonl, scored as in `npm run eval:dates`).
 * The floors sit a little under what findDates measures (291 expressions: recall 0.993, precision
 * 0.997, normalisation accuracy 0.986, end-to-end 0.979), so a real regression fails here.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates/index.js';
import { readGold, scoreGold } from '../scripts/lib/date-gold.js';

const FLOOR = { recall: 0.98, precision: 0.98, accuracy: 0.97, endToEnd: 0.96 };

describe('date gold set', () => {
  const sentences = readGold();
  const score = scoreGold(sentences, findDates);

  it('holds at least 200 labelled expressions, some without a publication date', () => {
    expect(score.gold).toBeGreaterThanOrEqual(200);
    expect(sentences.some((s) => s.published === null)).toBe(true);
  });

  it.each(Object.entries(FLOOR))('%s stays at or above %d', (metric, floor) => {
    const value = score[metric as keyof typeof FLOOR];
    if (value < floor) console.log(score.errors.join('\n'));
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
