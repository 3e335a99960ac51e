/**
 * Quality gate for HTML extraction on the article-extraction benchmark pages in
 * ../shared/datasets/extraction (real pages, never copied into the repository): every page goes
 * through the same per-document pipeline as `dossier ingest`, and the benchmark's metric
 * (scripts/lib/shingle-score.ts, equal to score-extraction.py) must stay above pinned values.
 * Measured on the 91-page dev half: P 0.979, R 0.992, F1 0.985 (npm run eval:extraction).
 */
import { describe, expect, it } from 'vitest';
import { defaultStages, processDocument } from '../../pipeline.js';
import { fingerprintOf } from '../../ingest/fingerprint.js';
import { extractionDatasetDir, loadBenchmarkPages } from '../../../scripts/lib/extraction-dataset.js';
import { pageCounts, scoreExtraction } from '../../../scripts/lib/shingle-score.js';
import { SHARED, testCtx } from '../../../test/helpers.js';

/** A little under the measured figures, so that a real regression fails and noise does not. */
const MIN_F1 = 0.978;
const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.982;

const dir = extractionDatasetDir(SHARED);
if (!dir) console.log(`extraction gate skipped: no dataset at ${SHARED}/datasets/extraction`);

describe.skipIf(!dir)('HTML extraction on the benchmark pages', () => {
  it(`keeps F1 >= ${MIN_F1}`, () => {
    const ctx = testCtx();
    const rows = loadBenchmarkPages(dir!).map((page) => {
      const result = processDocument(
        { source: { path: page.file }, format: 'html', content: page.html, contentKind: 'html', hints: {}, fingerprint: fingerprintOf('html', page.html) },
        defaultStages,
        ctx,
      );
      return pageCounts(page.truth, result.ok ? result.value.article.body : '');
    });
    const score = scoreExtraction(rows);
    console.log(`extraction gate: ${score.pages} pages | precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}`);
    expect(score.pages).toBeGreaterThan(50);
    expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(score.f1).toBeGreaterThanOrEqual(MIN_F1);
  });
});
