/**
 * The text-dump cleaner and the metadata stage on real corpora in ../shared/datasets (read at
 * test time, never copied here), with pinned scores a little below what they measure, so that a
 * change that loses article text or publication dates fails.
 *   timex (MEANTIME dev, 60 pages: headline, date line, body): published = the printed date, title =
 *   the headline, every gold date expression still in the body.
 *   ecbplus (dev, 496 pages, one sentence per line, some with date lines and page chrome): the
 *   sentences of each page are kept in the body.
 * Measured when pinned: timex published 60/60, title 60/60, date expressions 140/140;
 * ecbplus sentence lines kept 7031/7039 (the rest are headlines ending in "!" or "?" and one contact line).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStages, processDocument } from '../src/pipeline.js';
import type { NewArticle } from '../src/types.js';
import { SHARED, testCtx } from './helpers.js';

const TIMEX = join(SHARED, 'datasets', 'timex');
const ECB = join(SHARED, 'datasets', 'ecbplus');

function clean(path: string): NewArticle {
  const content = readFileSync(path, 'utf8');
  const name = path.split('/').pop()!;
  const r = processDocument({ source: { path: name }, format: 'text', content, contentKind: 'text', hints: {}, fingerprint: name }, defaultStages, testCtx());
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value.article;
}

describe.skipIf(!existsSync(join(TIMEX, 'gold.json')))('text dumps of the timex corpus', () => {
  if (!existsSync(join(TIMEX, 'gold.json'))) console.log(`skipped: ${TIMEX} is absent`);
  it('reads the printed date and headline, and keeps every date expression in the body', () => {
    const gold = JSON.parse(readFileSync(join(TIMEX, 'gold.json'), 'utf8')) as Record<string, { dct: string; title: string; timex: { text: string }[] }>;
    let published = 0;
    let titles = 0;
    let expressions = 0;
    let kept = 0;
    const names = Object.keys(gold);
    for (const name of names) {
      const a = clean(join(TIMEX, 'docs', name));
      if (a.published?.start === gold[name]!.dct && a.published.end === gold[name]!.dct) published++;
      if (a.title === gold[name]!.title) titles++;
      for (const t of gold[name]!.timex) {
        expressions++;
        if (a.body.includes(t.text)) kept++;
      }
    }
    console.log(`timex: published ${published}/${names.length}, titles ${titles}/${names.length}, date expressions in body ${kept}/${expressions}`);
    expect(published / names.length).toBeGreaterThanOrEqual(0.97);
    expect(titles / names.length).toBeGreaterThanOrEqual(0.97);
    expect(kept / expressions).toBeGreaterThanOrEqual(0.98);
  });
});

describe.skipIf(!existsSync(join(ECB, 'docs')))('text dumps of the ECB+ corpus', () => {
  if (!existsSync(join(ECB, 'docs'))) console.log(`skipped: ${ECB} is absent`);
  it('keeps the sentences of every page in its body', () => {
    let sentences = 0;
    let kept = 0;
    for (const name of readdirSync(join(ECB, 'docs'))) {
      const path = join(ECB, 'docs', name);
      const a = clean(path);
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        const t = line.replace(/\s+/g, ' ').trim();
        if (t.split(' ').length < 8 || !/[.!?"”]$/.test(t)) continue;
        sentences++;
        if (a.body.includes(t)) kept++;
      }
    }
    console.log(`ecbplus: sentence lines kept in the body ${kept}/${sentences}`);
    expect(kept / sentences).toBeGreaterThanOrEqual(0.997);
  });
});
