/**
 * Dedup and clustering at scale: ≥ 100,000 generated articles (scripts/lib/synthetic.ts: planted
 * events, two similar events per story, wire copies and near-duplicates) arrive as a feed in
 * batches of 1,000 into a fresh embedded store. Each document goes through the real per-document
 * stages (clean, metadata, date extraction) in process — only file reading is skipped, to keep the
 * run under an hour on 2 shared cores — then the dedup and cluster corpus passes run on the batch.
 * Prints pass throughput, per-article pass time at two store sizes (it must not grow with the
 * store), peak RSS, and quality against the planted truth. Figures are printed, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from '../../lib/synthetic.js';
import { ingestSynthetic, type BatchTiming } from '../../lib/ingest-synthetic.js';
import { bcubed, fmt, pairwise } from '../../lib/bcubed.js';
import { openEmbeddedStore } from '../../../src/store/embedded/index.js';
import { defaultStages } from '../../../src/pipeline.js';
import { defaultExtractor } from '../../../src/extract/index.js';
import { dedupPass } from '../../../src/dedup/index.js';
import { clusterPass } from '../../../src/cluster/index.js';
import type { BenchArgs } from '../index.js';
import type { Store } from '../../../src/store/store.js';

/** The issue asks for at least 100,000 articles. */
const DEFAULT_ARTICLES = 100_000;
/** Articles per arriving batch (one ingest call). */
const BATCH = 1_000;
/** Store sizes at which quality is printed before the end. */
const CHECKPOINT = 25_000;

export async function run(args: BenchArgs): Promise<void> {
  const total = args.articles ?? DEFAULT_ARTICLES;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-cluster-'));
  const opened = await openEmbeddedStore(dir);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const stages = { ...defaultStages, extractor: defaultExtractor, corpus: [dedupPass, clusterPass] };
  const ctx = { now: () => new Date(), log: { debug: () => undefined, info: () => undefined, warn: (m: string) => console.error(m) } };
  const truth = new Map<string, { event: string; story: string; copyOf: string | null }>();
  const articles = (function* () {
    for (const a of generateArticles({ articles: total, seed: 30 })) {
      truth.set(a.name, a.truth);
      yield a;
    }
  })();
  console.log(`${total} generated articles in batches of ${BATCH}; machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (shared: timings vary with other load)`);
  const started = performance.now();
  try {
    const { timings } = await ingestSynthetic(store, articles, stages, ctx, BATCH, async (t) => {
      // Quality on the way too, so that a run cut short by the clock still has figures for the size it reached.
      if (t.storeSize % CHECKPOINT < BATCH && t.storeSize < total) await quality(store, truth, `  at ${t.storeSize} stored: `);
      if (t.storeSize % 10_000 < BATCH) {
        const cpu = Object.entries(t.cpuMs).map(([pass, ms]) => `${pass} ${(ms / t.articles).toFixed(2)}`).join(', ');
        console.log(`  ${t.storeSize} stored: passes ${(t.passMs / t.articles).toFixed(2)} ms/article wall in this batch (CPU ms/article: ${cpu}), RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB, load ${loadavg()[0]!.toFixed(1)}`);
      }
    });
    const wall = (performance.now() - started) / 1000;
    const passSeconds = timings.reduce((s, t) => s + t.passMs, 0) / 1000;
    const stored = timings.at(-1)?.storeSize ?? 0;
    console.log('');
    console.log('| measure | value |');
    console.log('|---|---:|');
    console.log(`| articles stored | ${stored} |`);
    console.log(`| wall time, all stages, s | ${wall.toFixed(0)} |`);
    console.log(`| dedup + cluster passes, s (wall) | ${passSeconds.toFixed(0)} |`);
    const cpuSeconds = timings.reduce((s, t) => s + Object.values(t.cpuMs).reduce((a, b) => a + b, 0), 0) / 1000;
    console.log(`| dedup + cluster passes, CPU s of this process | ${cpuSeconds.toFixed(0)} |`);
    console.log(`| passes throughput, articles/s (wall; per CPU second) | ${(stored / passSeconds).toFixed(0)}; ${(stored / cpuSeconds).toFixed(0)} |`);
    console.log(`| end-to-end throughput (clean, extract, store, passes), articles/s | ${(stored / wall).toFixed(0)} |`);
    for (const size of [10_000, Math.min(100_000, stored)]) {
      const w = window(timings, size - 4 * BATCH, size);
      const cpu = Object.entries(w.cpu).map(([pass, ms]) => `${pass} ${ms.toFixed(2)}`).join(', ');
      console.log(`| passes ms/article, batches ending at ${size - 4 * BATCH}..${size} stored: wall; CPU per pass | ${w.wall.toFixed(2)}; ${cpu} |`);
    }
    console.log(`| peak RSS (whole bench process), MiB | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} |`);
    console.log(`| load average at the end (1, 5, 15 min; ${cpus().length} cores) | ${loadavg().map((l) => l.toFixed(1)).join(' ')} |`);
    await quality(store, truth);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Mean pass time per article (wall, and CPU per pass) over the batches whose store size ends in (from, to]. */
function window(timings: readonly BatchTiming[], from: number, to: number): { wall: number; cpu: Record<string, number> } {
  const inside = timings.filter((t) => t.storeSize > from && t.storeSize <= to);
  const articles = Math.max(1, inside.reduce((s, t) => s + t.articles, 0));
  const cpu: Record<string, number> = {};
  for (const t of inside) for (const [pass, ms] of Object.entries(t.cpuMs)) cpu[pass] = (cpu[pass] ?? 0) + ms / articles;
  return { wall: inside.reduce((s, t) => s + t.passMs, 0) / articles, cpu };
}

async function quality(store: Store, truth: ReadonlyMap<string, { event: string; story: string; copyOf: string | null }>, checkpoint?: string): Promise<void> {
  const event = new Map<string, string>();
  const story = new Map<string, string>();
  const copy = new Map<string, string>();
  for await (const a of store.streamArticles(2000)) {
    const name = a.source.path!;
    event.set(name, a.event ?? `none:${name}`);
    story.set(name, a.story ?? `none:${name}`);
    copy.set(name, a.duplicateOf ?? a.id);
  }
  const rootOf = (name: string): string => {
    let n = name;
    for (let t = truth.get(n); t?.copyOf; t = truth.get(n)) n = t.copyOf;
    return n;
  };
  const names = [...event.keys()];
  const pick = (f: (n: string) => string): Map<string, string> => new Map(names.map((n) => [n, f(n)]));
  if (checkpoint !== undefined) {
    const e = bcubed(event, pick((n) => truth.get(n)!.event));
    const s = bcubed(story, pick((n) => truth.get(n)!.story));
    console.log(`${checkpoint}events BCubed ${fmt(e)}; stories ${fmt(s)}`);
    return;
  }
  console.log(`| events BCubed vs planted | ${fmt(bcubed(event, pick((n) => truth.get(n)!.event)))} |`);
  console.log(`| stories BCubed vs planted | ${fmt(bcubed(story, pick((n) => truth.get(n)!.story)))} |`);
  console.log(`| copies (same copy group, pairwise) | ${fmt(pairwise(copy, pick(rootOf)))} |`);
  console.log(`| events / stories found vs planted | ${new Set(event.values()).size} / ${new Set(story.values()).size} vs ${new Set(names.map((n) => truth.get(n)!.event)).size} / ${new Set(names.map((n) => truth.get(n)!.story)).size} |`);
}
