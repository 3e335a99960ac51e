/**
 * Numbers an article states -> normalised strings with counts: death tolls, magnitudes, ages and
 * sums tell two similar events apart ("6.1" and "7.3", "27" and "48"). Years are left out (a story
 * recalls other years), and so are small counts, which every article has. Pure.
 */
const NUMBER = /(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\p{L}\d.,])\d+(?:\.\d+)?(?![\d])/gu;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Below this a whole number is too common to tell events apart ("two", "10 minutes"). */
const MIN_WHOLE = 10;

export function numberTokens(body: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of body.matchAll(NUMBER)) {
    const text = m[0].replace(/,/g, '');
    if (YEAR.test(text)) continue;
    const value = Number(text);
    if (!Number.isFinite(value) || (Number.isInteger(value) && value < MIN_WHOLE && !text.includes('.'))) continue;
    const key = String(value);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}
