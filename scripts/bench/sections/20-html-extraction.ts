/**
 * HTML extraction throughput, side by side in one run on the same pages: Dossier's cleaner
 * (htmlparser2 parse + extractor, as the pipeline runs them) and @mozilla/readability (linkedom
 * parse + Readability.parse). Pages: the extraction benchmark's real pages when ../shared is
 * present (repeated to at least MIN_PAGES), and generated HTML pages (scripts/lib/synthetic.ts).
 * Each side gets a warm-up pass, then the best of ROUNDS timed passes is reported.
 */
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { defaultCleaner, parsePage } from '../../../src/clean/index.js';
import type { RawDocument } from '../../../src/types.js';
import { extractionDatasetDir, loadBenchmarkPages } from '../../lib/extraction-dataset.js';
import { generateArticles } from '../../lib/synthetic.js';
import type { BenchArgs } from '../index.js';

/** Timed passes per side; the best is reported (least disturbed by other processes). */
const ROUNDS = 3;
/** Pages per pass, at least: the real pages are repeated to reach it. */
const MIN_PAGES = 200;
const SYNTHETIC_PAGES = 2000;

interface Corpus {
  readonly name: string;
  readonly pages: readonly string[];
}

export async function run(args: BenchArgs): Promise<void> {
  const corpora: Corpus[] = [];
  const shared = resolve(process.env.DOSSIER_SHARED ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared'));
  const dir = extractionDatasetDir(shared);
  if (dir) {
    const real = loadBenchmarkPages(dir).map((p) => p.html);
    const pages: string[] = [];
    while (pages.length < MIN_PAGES) pages.push(...real);
    corpora.push({ name: `extraction benchmark (${real.length} real pages, x${pages.length / real.length})`, pages });
  } else console.log(`(extraction dataset not found under ${shared}: real pages skipped)`);
  const count = Math.min(args.articles ?? SYNTHETIC_PAGES, SYNTHETIC_PAGES);
  const synthetic = [...generateArticles({ articles: count, htmlShare: 1, seed: 7 })].map((a) => a.content);
  corpora.push({ name: `synthetic HTML pages (${synthetic.length})`, pages: synthetic });

  console.log('| pages | extractor | pages/s | MB/s | ms/page |');
  console.log('|---|---|---:|---:|---:|');
  for (const corpus of corpora) {
    const bytes = corpus.pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
    const ours = bestOf(corpus.pages, extractWithDossier);
    const theirs = bestOf(corpus.pages, extractWithReadability);
    for (const [name, seconds] of [['dossier', ours], ['readability+linkedom', theirs]] as const) {
      const pps = corpus.pages.length / seconds;
      console.log(`| ${corpus.name} | ${name} | ${pps.toFixed(0)} | ${(bytes / 1048576 / seconds).toFixed(1)} | ${((seconds * 1000) / corpus.pages.length).toFixed(2)} |`);
    }
    console.log(`| ${corpus.name} | ratio dossier/readability | ${(theirs / ours).toFixed(2)}x | | |`);
  }
}

function bestOf(pages: readonly string[], extract: (html: string) => number): number {
  let sink = 0;
  for (const html of pages.slice(0, 20)) sink += extract(html);
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (const html of pages) sink += extract(html);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  return best;
}

const ctx = { now: () => new Date(0), log: { debug: () => undefined, info: () => undefined, warn: () => undefined } };

function extractWithDossier(html: string): number {
  const raw: RawDocument = { source: { path: 'bench.html' }, format: 'html', content: html, contentKind: 'html', hints: {}, fingerprint: '' };
  return defaultCleaner.clean(parsePage(raw), ctx).paragraphs.length;
}

function extractWithReadability(html: string): number {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent?.length ?? 0;
}
