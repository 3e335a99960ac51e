/** The TypeScript copy of the extraction benchmark's metric gives the figures score-extraction.py gives
 *  (expected values computed with that script). */
import { describe, expect, it } from 'vitest';
import { pageCounts, pagePrecision, pageRecall, scoreExtraction } from '../scripts/lib/shingle-score.js';

describe('pageCounts', () => {
  it.each([
    { name: 'missing tail', truth: 'a b c d e', predicted: 'a b c d', precision: 1, recall: 0.5 },
    { name: 'case and unicode tokens', truth: "Naïve café, don't stop—2²!", predicted: 'naïve café don t stop 2²', precision: 2 / 3, recall: 2 / 3 },
    { name: 'apostrophes split tokens', truth: "Naïve café don't stop 2² x", predicted: "Naïve café don't stop 2²", precision: 1, recall: 0.75 },
    { name: 'shorter than a shingle', truth: 'one two', predicted: 'one two', precision: 1, recall: 1 },
    { name: 'extra head, missing tail', truth: 'a b c d e f g', predicted: 'x a b c d e f', precision: 0.75, recall: 0.75 },
    { name: 'nothing extracted', truth: 'a b c d e', predicted: '', precision: 0, recall: 0 },
  ])('$name', ({ truth, predicted, precision, recall }) => {
    const counts = pageCounts(truth, predicted);
    expect(pagePrecision(counts)).toBeCloseTo(precision, 10);
    expect(pageRecall(counts)).toBeCloseTo(recall, 10);
  });
});

describe('scoreExtraction', () => {
  it('macro-averages pages and leaves pages with nothing extracted out of precision', () => {
    const score = scoreExtraction([pageCounts('a b c d e', 'a b c d'), pageCounts('a b c d', 'a b c d e'), pageCounts('a b c d e', '')]);
    expect(score.precision).toBeCloseTo(0.75, 10);
    expect(score.recall).toBeCloseTo(0.5, 10);
    expect(score.f1).toBeCloseTo(0.6, 10);
  });
});
