/**
 * Gate on the extraction gold set (test/gold, synthetic): fails when a score drops below what was
 * measured with `npm run eval:extract` (pins sit a little below the measured figures).
 */
import { describe, expect, it } from 'vitest';
import { defaultExtractor } from '../src/extract/index.js';
import { readAliasGold, readGoldArticles } from '../scripts/eval/gold-extract.js';
import { prf, scoreAliases, scoreArticle } from '../scripts/eval/score-extract.js';
import { testCtx } from './helpers.js';

/** Measured F1 minus a small margin; raise these when the extractor improves. */
const PINNED = {
  dev: { quotes: 0.98, claims: 0.97, aliases: 0.96 },
  heldout: { quotes: 0.97, claims: 0.9, aliases: 0.95 },
} as const;

describe.each(['dev', 'heldout'] as const)('extraction gold set: %s', (split) => {
  const articles = readGoldArticles(split);
  const scores = articles.map((a) => scoreArticle(a, defaultExtractor.extract({ body: a.body, published: a.published, title: null }, testCtx())));
  const sum = (f: (s: (typeof scores)[number]) => number) => scores.reduce((n, s) => n + f(s), 0);

  it('quotes: speaker and channel right', () => {
    const r = prf(sum((s) => s.quotes.tp), sum((s) => s.quotes.predicted), sum((s) => s.quotes.gold));
    expect(r.gold).toBeGreaterThanOrEqual(40);
    expect(r.f1).toBeGreaterThanOrEqual(PINNED[split].quotes);
  });

  it('claims: sentence, value, unit and bound right', () => {
    const r = prf(sum((s) => s.claims.tp), sum((s) => s.claims.predicted), sum((s) => s.claims.gold));
    expect(r.gold).toBeGreaterThanOrEqual(40);
    expect(r.f1).toBeGreaterThanOrEqual(PINNED[split].claims);
  });

  it('entity aliases: pairwise merging', () => {
    expect(scoreAliases(readAliasGold(split)).f1).toBeGreaterThanOrEqual(PINNED[split].aliases);
  });
});
