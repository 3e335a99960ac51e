/**
 * `npm run eval:clusters [-- --batches N] [-- --seed S] [-- --ablation] [-- --cv ROUNDS]`
 *
 * Events and stories on ECB+ (../shared/datasets/ecbplus, read its README): ingests the documents
 * through the real CLI into a temp store (in N shuffled batches with --batches, to exercise the
 * incremental path), exports, and prints ../shared/tools/score-clusters.py's figures and the
 * export check. --ablation and --cv re-cluster the exported articles in-process (one region, as a
 * single ingest does) to show what each signal adds and how the defaults hold on topics they were
 * not tuned on. Skips with a reason when ../shared is absent.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { articleFeatures, featureKeys } from '../src/cluster/features.js';
import { CLUSTER_PARAMS, clusterRegion, type ClusterParams } from '../src/cluster/region.js';
import type { ClusterFeatures, DateMention } from '../src/types.js';
import { rng } from './lib/synthetic.js';
import { bcubed, fmt, pairwise } from './lib/bcubed.js';

const REPO = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env.DOSSIER_SHARED ?? join(REPO, '..', 'shared'));
const DATA = join(SHARED, 'datasets', 'ecbplus');
const CLI = join(REPO, 'dist', 'cli', 'main.js');

const { values } = parseArgs({ options: { batches: { type: 'string' }, seed: { type: 'string' }, ablation: { type: 'boolean' }, cv: { type: 'string' } } });
const batches = Math.max(1, Number(values.batches ?? 1));
const seed = Number(values.seed ?? 1);

if (!existsSync(join(DATA, 'gold.json'))) {
  console.log(`skipped: ${DATA} not found (the ECB+ dev set lives in ../shared beside the repository)`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(join(DATA, 'gold.json'), 'utf8')) as Record<string, { topic: number; event: string }>;
const work = mkdtempSync(join(tmpdir(), 'dossier-eval-clusters-'));
try {
  const exportPath = ingestAndExport(work);
  const score = spawnSync('python3', [join(SHARED, 'tools', 'score-clusters.py'), exportPath, join(DATA, 'gold.json')], { encoding: 'utf8' });
  const check = spawnSync('python3', [join(SHARED, 'tools', 'check-export.py'), exportPath], { encoding: 'utf8' });
  console.log(`ECB+ dev (odd topics), ingested through the CLI in ${batches} batch(es), seed ${seed}:`);
  process.stdout.write(score.stdout + score.stderr + check.stdout.trim() + '\n');
  const docs = loadDocs(exportPath);
  if (docs.length === 0) throw new Error('no ECB+ document was ingested; see the messages above');
  if (values.ablation || values.cv) {
    if (values.ablation) ablation(docs);
    if (values.cv) crossValidate(docs, Number(values.cv) || 5);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function ingestAndExport(dir: string): string {
  const files = readdirSync(join(DATA, 'docs')).filter((f) => f.endsWith('.txt')).sort();
  const random = rng(seed);
  const order = batches > 1 ? files.map((f) => [random(), f] as const).sort((a, b) => a[0] - b[0]).map(([, f]) => f) : files;
  const db = join(dir, 'db');
  for (let b = 0; b < batches; b++) {
    const part = join(dir, `batch-${b}`);
    mkdirSync(part);
    for (const f of order.filter((_, i) => i % batches === b)) copyFileSync(join(DATA, "docs", f), join(part, f));
    const run = spawnSync(process.execPath, [CLI, '--db', db, 'ingest', '--quiet', part], { encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`ingest failed: ${run.stderr}`);
    if (run.stderr.trim()) process.stderr.write(run.stderr);
  }
  const out = spawnSync(process.execPath, [CLI, '--db', db, 'export', '--format', 'json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`export failed: ${out.stderr}`);
  const path = join(dir, 'export.json');
  writeFileSync(path, out.stdout);
  return path;
}

interface Doc {
  readonly name: string;
  readonly features: ClusterFeatures;
  readonly event: string;
  readonly topic: string;
}

function loadDocs(exportPath: string): Doc[] {
  const ex = JSON.parse(readFileSync(exportPath, 'utf8')) as {
    articles: { id: string; source: { path?: string }; title: string | null; body: string; published: null | { start: string | null } }[];
    dates?: { article: string; text: string; span: [number, number]; value: DateMention['value'] }[];
  };
  const dates = new Map<string, DateMention[]>();
  for (const d of ex.dates ?? []) (dates.get(d.article) ?? dates.set(d.article, []).get(d.article)!).push({ text: d.text, span: { start: d.span[0], end: d.span[1] }, value: d.value });
  return ex.articles
    .map((a) => ({ a, name: basename(a.source.path ?? '') }))
    .filter(({ name }) => gold[name])
    .map(({ a, name }) => ({
      name,
      features: articleFeatures({ title: a.title, body: a.body, published: a.published as never }, dates.get(a.id) ?? []),
      event: gold[name]!.event,
      topic: String(gold[name]!.topic),
    }));
}

/** Clusters `docs` as one region with `params`; events and stories BCubed/pairwise against gold. */
function evaluate(docs: readonly Doc[], params: ClusterParams) {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of featureKeys(d.features).keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const stories = clusterRegion(docs.map((d) => ({ features: d.features, neighbours: [] })), { documents: docs.length, df }, params);
  const pe = new Map<string, string>();
  const ps = new Map<string, string>();
  stories.forEach((s, si) => s.forEach((e, ei) => e.forEach((i) => (pe.set(docs[i]!.name, `${si}.${ei}`), ps.set(docs[i]!.name, `${si}`)))));
  const ge = new Map(docs.map((d) => [d.name, d.event]));
  const gt = new Map(docs.map((d) => [d.name, d.topic]));
  return { events: bcubed(pe, ge), eventsPairwise: pairwise(pe, ge), stories: bcubed(ps, gt), count: new Set(pe.values()).size };
}

function ablation(docs: readonly Doc[]): void {
  const oneLevel = { groupThreshold: -1, localShare: 0, localScaling: false, timeWindowDays: 0 };
  const variants: [string, Partial<ClusterParams>][] = [
    ['TF-IDF terms, one level (baseline)', { ...oneLevel, weights: { terms: 1, names: 0, numbers: 0 } }],
    ['+ names', { ...oneLevel, weights: { terms: 0.5, names: 0.5, numbers: 0 } }],
    ['+ numbers', { ...oneLevel, weights: CLUSTER_PARAMS.weights }],
    ['+ local scaling', { ...oneLevel, localScaling: true }],
    ['+ subject groups, within-group weighting', { timeWindowDays: 0 }],
    ['+ publication-time decay (default)', {}],
    ['default without names', { weights: { terms: 0.75, names: 0, numbers: 0.25 } }],
    ['default without numbers', { weights: { terms: 0.5, names: 0.5, numbers: 0 } }],
    ['default without local scaling', { localScaling: false }],
    ['default without within-group weighting', { localShare: 0 }],
  ];
  console.log('\nAblation (in-process, all docs as one region; events BCubed; best threshold is an oracle, shown for reference):');
  for (const [name, over] of variants) {
    const params = { ...CLUSTER_PARAMS, ...over };
    const grid = params.localScaling === false ? [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4] : [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8];
    let best = { t: 0, f1: -1 };
    for (const t of grid) {
      const r = evaluate(docs, { ...params, eventThreshold: t });
      if (r.events.f1 > best.f1) best = { t, f1: r.events.f1 };
    }
    const atDefault = grid.includes(CLUSTER_PARAMS.eventThreshold) ? evaluate(docs, params).events.f1.toFixed(3) : '  -  ';
    console.log(`  ${name.padEnd(46)} at default threshold ${atDefault} | best ${best.f1.toFixed(3)} at ${best.t}`);
  }
}

function crossValidate(docs: readonly Doc[], rounds: number): void {
  const topics = [...new Set(docs.map((d) => d.topic))].sort();
  const grid: Partial<ClusterParams>[] = [];
  for (const eventThreshold of [0.4, 0.45, 0.5, 0.55, 0.6, 0.65]) for (const localShare of [0.3, 0.5, 0.7]) grid.push({ eventThreshold, localShare });
  console.log(`\nCross-validation: ${rounds} random halvings of the ${topics.length} topics; tune eventThreshold x localShare on one half, score the other:`);
  const held: number[] = [];
  const fixed: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const random = rng(1000 + r);
    const shuffled = topics.map((t) => [random(), t] as const).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    const halves = [new Set(shuffled.slice(0, topics.length >> 1)), new Set(shuffled.slice(topics.length >> 1))];
    for (const [tuneOn, testOn] of [[0, 1], [1, 0]] as const) {
      const tune = docs.filter((d) => halves[tuneOn]!.has(d.topic));
      const test = docs.filter((d) => halves[testOn]!.has(d.topic));
      let best = { over: grid[0]!, f1: -1 };
      for (const over of grid) {
        const f1 = evaluate(tune, { ...CLUSTER_PARAMS, ...over }).events.f1;
        if (f1 > best.f1) best = { over, f1 };
      }
      const out = evaluate(test, { ...CLUSTER_PARAMS, ...best.over });
      const dflt = evaluate(test, CLUSTER_PARAMS);
      held.push(out.events.f1);
      fixed.push(dflt.events.f1);
      console.log(`  round ${r + 1} half ${testOn + 1}: tuned ${JSON.stringify(best.over)} (tune F1 ${best.f1.toFixed(3)}) -> held-out events ${fmt(out.events)}; defaults on it ${dflt.events.f1.toFixed(3)}`);
    }
  }
  const mean = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
  const min = (xs: number[]): string => Math.min(...xs).toFixed(3);
  console.log(`  held-out events BCubed F1: mean ${mean(held)}, min ${min(held)}; defaults on held-out halves: mean ${mean(fixed)}, min ${min(fixed)}`);
}
