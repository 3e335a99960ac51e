/**
 * Format check on the extraction gold set (test/gold, format in test/gold/README.md): every file parses,
 * every labelled quote text and claim phrase occurs in its article, and every alias surface text occurs
 * in its split's articles. No extractor runs here: heldout2 is scored only by `npm run eval:extract`,
 * never pinned, so no test can be tuned against it.
 */
import { describe, expect, it } from 'vitest';
import { GOLD_SPLITS, readAliasGold, readGoldArticles } from '../scripts/eval/gold-extract.js';

describe.each(GOLD_SPLITS)('extraction gold format: %s', (split) => {
  // readGoldArticles throws when a quote text or claim phrase is missing from its body.
  const articles = readGoldArticles(split);

  it('parses, with quotes and claims found in their articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
    for (const a of articles) {
      for (const q of a.quotes) expect(a.body.slice(q.start, q.end), a.file).toBe(q.text);
      for (const c of a.claims) expect(a.body.indexOf(c.phrase), `${a.file}: ${c.phrase}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('claims carry a known bound, and a range carries its max', () => {
    const bounds = new Set([null, 'exact', 'about', 'over', 'under', 'up_to', 'at_least', 'range']);
    for (const c of articles.flatMap((a) => a.claims.map((claim) => ({ file: a.file, claim })))) {
      expect(bounds.has(c.claim.bound), `${c.file}: ${c.claim.phrase}`).toBe(true);
      expect(c.claim.bound === 'range', `${c.file}: ${c.claim.phrase}`).toBe(c.claim.max !== null);
      expect(c.claim.value === null || Number.isFinite(c.claim.value), `${c.file}: ${c.claim.phrase}`).toBe(true);
    }
  });

  it.runIf(split === 'heldout2')('alias surface texts occur in the articles of the split', () => {
    const text = articles.map((a) => a.body.toLowerCase()).join('\n');
    const groups = readAliasGold(split);
    expect(groups.length).toBeGreaterThanOrEqual(20);
    for (const g of groups) for (const t of g.texts) expect(text.includes(t.toLowerCase()), `${g.cluster}: ${t}`).toBe(true);
  });
});
