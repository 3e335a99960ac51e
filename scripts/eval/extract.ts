/**
 * `npm run eval:extract [-- --split dev|heldout|heldout2|all] [-- --misses]` (--misses lists every quote and claim error): precision/recall/F1 of quotes
 * (speaker and channel right), claims (sentence + value + unit + bound), entity alias merging
 * (pairwise), on test/gold; date normalisation through the dates stage's own eval when its gold
 * exists; and extraction throughput. Figures are printed, never asserted here (see test/extract-gold.test.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultExtractor } from '../../src/extract/index.js';
import type { Ctx } from '../../src/types.js';
import { GOLD_DIR, GOLD_SPLITS, readAliasGold, readGoldArticles, type GoldArticle, type GoldSplit } from './gold-extract.js';
import { prf, scoreAliases, scoreArticle, type ClaimMiss, type QuoteMiss } from './score-extract.js';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'all' }, misses: { type: 'boolean', default: false } } });
if (values.split !== 'all' && !(GOLD_SPLITS as readonly string[]).includes(values.split)) throw new Error(`--split must be all or one of ${GOLD_SPLITS.join(', ')}`);
const splits: readonly GoldSplit[] = values.split === 'all' ? GOLD_SPLITS : [values.split as GoldSplit];
const ctx: Ctx = { now: () => new Date('2026-01-01T00:00:00Z'), log: { debug: () => undefined, info: () => undefined, warn: () => undefined } };
const pct = (x: number) => x.toFixed(3);

export function evaluateSplit(articles: readonly GoldArticle[]) {
  let q = { tp: 0, spanTp: 0, predicted: 0, gold: 0 };
  let c = { tp: 0, predicted: 0, gold: 0, attributed: 0, aboutOverlap: 0 };
  const quoteMisses: QuoteMiss[] = [];
  const claimMisses: ClaimMiss[] = [];
  for (const a of articles) {
    const got = defaultExtractor.extract({ body: a.body, published: a.published, title: null }, ctx);
    const s = scoreArticle(a, got);
    q = { tp: q.tp + s.quotes.tp, spanTp: q.spanTp + s.quotes.spanTp, predicted: q.predicted + s.quotes.predicted, gold: q.gold + s.quotes.gold };
    c = { tp: c.tp + s.claims.tp, predicted: c.predicted + s.claims.predicted, gold: c.gold + s.claims.gold, attributed: c.attributed + s.claims.attributed, aboutOverlap: c.aboutOverlap + s.claims.aboutOverlap };
    quoteMisses.push(...s.quotes.misses);
    claimMisses.push(...s.claims.misses);
  }
  return { q, c, quoteMisses, claimMisses };
}

for (const split of splits) {
  const articles = readGoldArticles(split);
  const { q, c, quoteMisses, claimMisses } = evaluateSplit(articles);
  const quotes = prf(q.tp, q.predicted, q.gold);
  const spans = prf(q.spanTp, q.predicted, q.gold);
  const claims = prf(c.tp, c.predicted, c.gold);
  const aliases = scoreAliases(readAliasGold(split));
  console.log(`\n## ${split}: ${articles.length} articles`);
  console.log('task                         P      R      F1     (tp / predicted / gold)');
  const row = (name: string, r: ReturnType<typeof prf>) => console.log(`${name.padEnd(27)}  ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  (${r.tp} / ${r.predicted} / ${r.gold})`);
  row('quotes (speaker + via)', quotes);
  row('quotes (span only)', spans);
  row('claims (value+unit+bound)', claims);
  row('entity aliases (pairwise)', aliases);
  console.log(`claims matched: attributedTo right ${pct(c.tp ? c.attributed / c.tp : 0)}, about word overlap ${pct(c.tp ? c.aboutOverlap / c.tp : 0)}`);
  if (values.misses) {
    for (const m of quoteMisses) console.log(`Q ${m.kind.padEnd(8)} ${m.file}: ${m.gold ? `[${m.gold.speaker} via ${m.gold.via.join('>')}] ${m.gold.text.slice(0, 70)}` : ''}${m.predicted ? `  => [${m.predicted.speaker} via ${m.predicted.via.join('>')}] ${m.predicted.text.slice(0, 70)}` : ''}`);
    for (const m of claimMisses) console.log(`C ${m.kind.padEnd(8)} ${m.file}: ${m.gold ? `${m.gold.value} ${m.gold.unit} ${m.gold.bound} @ ${m.gold.phrase}` : ''}${m.predicted ? `=> ${JSON.stringify(m.predicted.quantity)} "${m.predicted.sentence.slice(0, 60)}"` : ''}`);
    for (const e of aliases.errors) console.log(`A ${e}`);
  }
}

// Dates: the dates stage owns its gold set and scorer (scripts/lib/date-gold.ts); call them when present.
const datesGold = join(GOLD_DIR, 'dates.jsonl');
if (existsSync(datesGold)) {
  const { readGold, scoreGold } = await import('../lib/date-gold.js');
  const d = scoreGold(readGold(datesGold), (text, published) => [...defaultExtractor.extract({ body: text, published, title: null }, ctx).dates]);
  console.log(`\n## dates (test/gold/dates.jsonl, scored by scripts/lib/date-gold.ts): ${d.gold} expressions`);
  console.log(`detection P ${pct(d.precision)} R ${pct(d.recall)}; normalisation accuracy ${pct(d.accuracy)} of detected, ${pct(d.endToEnd)} end to end`);
} else {
  console.log('\n## dates: skipped (test/gold/dates.jsonl not found)');
}

// Throughput: the whole extractor (dates, entities, quotes, claims) over the gold bodies, repeated for at least 2 s.
// dev + heldout only, so the figure stays comparable with earlier runs.
const bodies = [...readGoldArticles('dev'), ...readGoldArticles('heldout')];
let n = 0;
let chars = 0;
const t0 = performance.now();
while (performance.now() - t0 < 2000) {
  for (const a of bodies) {
    defaultExtractor.extract({ body: a.body, published: a.published, title: null }, ctx);
    n++;
    chars += a.body.length;
  }
}
const secs = (performance.now() - t0) / 1000;
console.log(`\n## throughput: ${(n / secs).toFixed(0)} articles/s, ${(chars / secs / 1024).toFixed(0)} KiB/s (${n} extractions of ${bodies.length} gold articles, mean ${(chars / n).toFixed(0)} chars; one core, RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB)`);
