/**
 * `npm run eval:dates`: how well date expressions are found and normalised.
 *  1. MEANTIME (../shared/datasets/timex, dev half): the docs go through the real CLI (ingest, export)
 *     into a temporary store; ../shared/tools/score-dates.py scores the export and its output is
 *     printed as is. MEANTIME annotates only the first sentences of each article (body paragraphs
 *     1-4 here), so the tool's precision counts every date found further down as wrong; the same
 *     tool is run once more on the export with dates restricted to those paragraphs, labelled as such.
 *  2. Our gold set (test/gold/dates.jsonl): detection precision/recall and normalisation accuracy.
 *  3. Throughput of findDates on synthetic bodies (measured here, never asserted).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findDates } from '../src/extract/dates/index.js';
import type { DateValue } from '../src/types.js';
import { readGold, scoreGold } from './lib/date-gold.js';
import { generateArticles } from './lib/synthetic.js';

const REPO = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env.DOSSIER_SHARED ?? join(REPO, '..', 'shared'));
const CLI = join(REPO, 'dist', 'cli', 'main.js');
/** Body paragraphs MEANTIME annotates (its sentences 2..5; sentence 0 is the title, 1 the date line). */
const ANNOTATED_PARAGRAPHS = 4;

const pct = (x: number): string => x.toFixed(3);

function run(cmd: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function meantime(): void {
  console.log('\n## MEANTIME (dev half) through the CLI');
  const docs = join(SHARED, 'datasets', 'timex', 'docs');
  const gold = join(SHARED, 'datasets', 'timex', 'gold.json');
  const scorer = join(SHARED, 'tools', 'score-dates.py');
  if (!existsSync(docs) || !existsSync(scorer)) {
    console.log(`skipped: ${docs} or ${scorer} not found (set DOSSIER_SHARED)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-eval-dates-'));
  try {
    const db = join(dir, 'db');
    const ingest = run(process.execPath, [CLI, 'ingest', docs, '--db', db]);
    if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
    const exported = run(process.execPath, [CLI, 'export', '--db', db, '--format', 'json']);
    if (exported.status !== 0) throw new Error(`export failed: ${exported.stderr}`);
    const exportPath = join(dir, 'export.json');
    writeFileSync(exportPath, exported.stdout);
    console.log(`$ python3 ${scorer} EXPORT.json ${gold} 0.80`);
    const scored = run('python3', [scorer, exportPath, gold, '0.80']);
    process.stdout.write(scored.stdout + scored.stderr);

    const data = JSON.parse(exported.stdout) as { articles: { id: string; body: string }[]; dates: { article: string; span: [number, number] }[] };
    const limit = new Map(data.articles.map((a) => [a.id, paragraphEnd(a.body, ANNOTATED_PARAGRAPHS)]));
    const annotated = { ...data, dates: data.dates.filter((d) => d.span[1] <= (limit.get(d.article) ?? 0)) };
    const annotatedPath = join(dir, 'export-annotated.json');
    writeFileSync(annotatedPath, JSON.stringify(annotated));
    console.log(`\nsame tool, dates restricted to the ${ANNOTATED_PARAGRAPHS} body paragraphs MEANTIME annotates (${annotated.dates.length} of ${data.dates.length} dates):`);
    const restricted = run('python3', [scorer, annotatedPath, gold]);
    process.stdout.write(restricted.stdout.split('\n').filter((l) => /detection precision|^timex:/.test(l)).map((l) => `  ${l}\n`).join(''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function paragraphEnd(body: string, paragraphs: number): number {
  let at = -1;
  for (let i = 0; i < paragraphs; i++) {
    at = body.indexOf('\n\n', at + 1);
    if (at < 0) return body.length;
  }
  return at;
}

function ownGold(): void {
  console.log('\n## Own gold set (test/gold/dates.jsonl)');
  const sentences = readGold();
  const s = scoreGold(sentences, findDates);
  const withNull = sentences.filter((x) => x.published === null).length;
  console.log(`${sentences.length} sentences (${withNull} without a publication date), ${s.gold} labelled expressions; ${s.predicted} found`);
  console.log(`detection: recall ${s.detected}/${s.gold} = ${pct(s.recall)}, precision ${s.predictedMatched}/${s.predicted} = ${pct(s.precision)}`);
  console.log(`normalisation accuracy (start and end exact): ${s.correct}/${s.detected} = ${pct(s.accuracy)}; end-to-end ${s.correct}/${s.gold} = ${pct(s.endToEnd)}`);
  console.log(`same precision field: ${s.precisionField}/${s.correct}; exact span: ${s.exactSpan}/${s.detected}`);
  for (const batch of [1, 2]) {
    const b = scoreGold(sentences.filter((x) => (x.batch ?? 1) === batch), findDates);
    const note = batch === 1 ? 'written with the rules' : 'written after them; first score in scripts/lib/date-gold.ts';
    console.log(
      `  batch ${batch} (${note}): ${b.gold} expressions, recall ${pct(b.recall)}, precision ${pct(b.precision)}, ` +
        `accuracy ${b.correct}/${b.detected} = ${pct(b.accuracy)}, end-to-end ${pct(b.endToEnd)}`,
    );
  }
  if (s.errors.length > 0) console.log(`errors:\n  ${s.errors.join('\n  ')}`);
}

function throughput(): void {
  console.log('\n## Throughput of findDates (single thread)');
  const published: DateValue = { start: '2024-06-12', end: '2024-06-12', precision: 'day' };
  const synthetic = Array.from(generateArticles({ articles: 400, seed: 11, htmlShare: 0 }), (a) => a.content);
  const gold = readGold();
  const dense: string[] = [];
  for (let i = 0; i < gold.length; i += 12) dense.push(gold.slice(i, i + 12).map((g) => g.text).join('\n\n'));
  for (const [label, bodies, pub] of [
    ['synthetic pages (bench generator)', synthetic, published],
    ['date-dense bodies (gold sentences, 12 a body)', dense, published],
    ['date-dense bodies, no publication date', dense, null],
  ] as const) {
    for (const b of bodies.slice(0, 20)) findDates(b, pub); // warm up
    const chars = bodies.reduce((n, b) => n + b.length, 0);
    let expressions = 0;
    let rounds = 0;
    const t0 = performance.now();
    do {
      for (const b of bodies) expressions += findDates(b, pub).length;
      rounds++;
    } while (performance.now() - t0 < 3000);
    const seconds = (performance.now() - t0) / 1000;
    const articles = rounds * bodies.length;
    console.log(
      `${label}: ${Math.round(articles / seconds)} articles/s, ${Math.round(expressions / seconds)} expressions/s, ` +
        `${((rounds * chars) / seconds / 1e6).toFixed(2)} MB/s (${bodies.length} bodies, ${Math.round(chars / bodies.length)} chars each, ${rounds} rounds)`,
    );
  }
}

const only = process.argv.slice(2);
if (only.length === 0 || only.includes('meantime')) meantime();
if (only.length === 0 || only.includes('gold')) ownGold();
if (only.length === 0 || only.includes('speed')) throughput();

