/**
 * `npx tsx scripts/eval/compare-nlp.ts`: why wink-nlp. On the extraction gold set, compares the two
 * candidate libraries for what this stage needs from them:
 *  - name candidates: share of the gold speakers' names (people and organisations, as written in
 *    the body) that the library's own name finder returns, and that our runs over its tokens return;
 *  - offsets: whether sentence texts can be mapped back onto the body exactly;
 *  - speed: mean milliseconds per article for tokens + POS + sentences.
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readGoldArticles } from './gold-extract.js';
import { readText } from '../../src/extract/nlp/read-text.js';
import { findNameRuns } from '../../src/extract/entities/name-runs.js';

const wink = winkNLP(model);
const its = wink.its;
const articles = [...readGoldArticles('dev'), ...readGoldArticles('heldout')];
// Gold names: every speaker written in full somewhere in its article.
const names = articles.flatMap((a) => [...new Set(a.quotes.map((q) => q.speaker).filter((s): s is string => !!s && a.body.includes(s) && /^\p{Lu}/u.test(s)))].map((name) => ({ a, name })));

const found = { compromise: 0, winkEntities: 0, winkRuns: 0 };
for (const { a, name } of names) {
  const doc = nlp(a.body);
  const c = [...doc.people().out('array'), ...doc.organizations().out('array'), ...doc.places().out('array')].map((s: string) => s.replace(/[,.'’s]+$/u, '').trim());
  if (c.includes(name)) found.compromise++;
  const w = wink.readDoc(a.body).entities().out() as string[];
  if (w.includes(name)) found.winkEntities++;
  if (findNameRuns(readText(a.body)).some((r) => r.text === name)) found.winkRuns++;
}

let exact = 0;
let sentences = 0;
for (const a of articles) {
  const doc = nlp(a.body);
  for (const s of doc.sentences().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
    sentences++;
    if (a.body.slice(s.offset.start, s.offset.start + s.offset.length).trim() === s.text.trim()) exact++;
  }
}

const time = (f: (body: string) => void): number => {
  for (const a of articles) f(a.body);
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 2000) for (const a of articles) (f(a.body), n++);
  return (performance.now() - t0) / n;
};
const compromiseMs = time((b) => { const d = nlp(b); d.sentences().json({ offset: true }); d.terms().json(); });
const winkMs = time((b) => { const d = wink.readDoc(b); d.tokens().out(its.pos); d.sentences().out(its.span); });
const pinnedWinkMs = time((b) => readText(b));

const pct = (n: number) => `${((100 * n) / names.length).toFixed(1)}%`;
console.log(`gold speaker names written in full: ${names.length}`);
console.log(`compromise people/organizations/places:        ${pct(found.compromise)}`);
console.log(`wink-nlp entities (its NER types, no names):  ${pct(found.winkEntities)}`);
console.log(`our capitalised runs over wink-nlp tokens:    ${pct(found.winkRuns)}`);
console.log(`compromise sentence offsets that hold their text: ${exact} / ${sentences}`);
console.log(`speed per article (mean ${Math.round(articles.reduce((n, a) => n + a.body.length, 0) / articles.length)} chars): compromise ${compromiseMs.toFixed(2)} ms, wink-nlp ${winkMs.toFixed(2)} ms, our readText on wink (sbd+pos) ${pinnedWinkMs.toFixed(2)} ms`);
