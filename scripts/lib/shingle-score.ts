/**
 * The article-extraction benchmark's metric, as ../shared/tools/score-extraction.py computes it:
 * 4-token shingles over \w+ tokens (Unicode), per-page TP/FP/FN normalised by their sum,
 * precision and recall averaged over pages (macro), F1 the harmonic mean of those averages.
 */

/** Python's `\w` on str: str.isalnum() characters (letters, all numbers) and "_"; not combining marks. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface ExtractionScore {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  // Like the Python: a text shorter than n tokens gives one shingle of all its tokens.
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page: shares of true positives, false positives and false negatives among all shingles. */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, x] of a) {
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fn += Math.max(0, x - y);
  }
  for (const [k, y] of b) fp += Math.max(0, y - (a.get(k) ?? 0));
  const s = tp + fp + fn;
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

export const pagePrecision = ({ tp, fp, fn }: PageCounts): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
export const pageRecall = ({ tp, fp, fn }: PageCounts): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));

/** Macro precision/recall over pages; pages with nothing to judge are left out of each mean, as in the Python. */
export function scoreExtraction(rows: readonly PageCounts[]): ExtractionScore {
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const precision = mean(rows.filter((r) => r.tp + r.fp > 0).map(pagePrecision));
  const recall = mean(rows.filter((r) => r.tp + r.fn > 0).map(pageRecall));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: rows.length, precision, recall, f1 };
}
