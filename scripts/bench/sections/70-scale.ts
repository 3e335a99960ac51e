/**
 * Scale, on both stores: generated articles (scripts/lib/synthetic.ts, as JSONL pages) are ingested
 * in chunks by real child processes into one embedded and one PostgreSQL store, growing both to
 * `--articles` (default 10,000; `--articles 1000000` for the full run). Printed per chunk: time per
 * article (the target: flat as the store grows), corpus-pass (dedup/clustering) time per article,
 * peak RSS. At 10k / 100k / 1M and at the end: store size on disk and search latency (p50/p95).
 * Then `dossier export` of the largest store (time, peak RSS: bounded memory), and ingest
 * throughput with 1, 2 and 4 worker processes writing to one store at once.
 * Figures are printed, never asserted. PostgreSQL: DOSSIER_BENCH_PG, default the machine's server.
 * `--core` ingests with the core stages only (clean, metadata, store: no extraction, no corpus
 * passes), labelled as such: for measuring store size and search at sizes the full pipeline takes
 * too long to reach on a shared machine; its ingest figures are not the full pipeline's.
 * `--keep` keeps the grown stores (and prints where) instead of deleting them.
 */
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { generateArticles, type SyntheticArticle } from '../../lib/synthetic.js';
import { jsonlLine } from '../../lib/synthetic-jsonl.js';
import type { BenchArgs } from '../index.js';

/** Default size: keeps `npm run bench` short; the 1M run is asked for with --articles. */
const DEFAULT_ARTICLES = 10_000;
/** Store sizes at which disk size and search latency are measured. */
const CHECKPOINTS = [10_000, 100_000, 1_000_000];
/** Articles per ingest process while filling: each chunk is one incremental ingest into a store that grows. */
const CHUNK = 50_000;
/** Articles ingested by each worker-count run (split evenly among the workers). */
const WORKER_ARTICLES = 8_000;
const WORKER_COUNTS = [1, 2, 4];
/** Queries per kind timed at each checkpoint. */
const QUERIES = { name: 60, place: 60, common: 20 };
const COMMON_QUERIES = ['officials said', 'residents', 'council', 'authorities'];
const PG_URL = process.env.DOSSIER_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const REPO = join(import.meta.dirname, '..', '..', '..');

interface ChildResult {
  readonly ingested: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly passSeconds: Record<string, number>;
  readonly maxRssMiB: number;
}

interface Target {
  readonly name: 'embedded' | 'postgres';
  readonly db: string;
  readonly schema?: string;
}

export async function run(args: BenchArgs): Promise<void> {
  const total = args.articles ?? DEFAULT_ARTICLES;
  const root = mkdtempSync(join(tmpdir(), 'dossier-bench-scale-'));
  const stamp = `${process.pid}_${Date.now().toString(36)}`;
  const pgReason = await pgUnreachable();
  if (pgReason) console.log(`PostgreSQL skipped: ${pgReason}`);
  const targets: Target[] = [{ name: 'embedded', db: join(root, 'store') }];
  if (!pgReason) targets.push(pgTarget(`dossier_bench_scale_${stamp}`));
  const mode = args.core ? 'core' : 'default';
  console.log(`scale: ${total} generated articles into ${targets.map((t) => t.name).join(' and ')}; load average ${load()} on a shared 2-core machine (figures vary with other load)`);
  if (mode === 'core') console.log('CORE STAGES ONLY (--core): no extraction, no corpus passes; ingest figures are not the full pipeline\'s');
  try {
    await fill(total, root, targets, mode);
    for (const t of targets) exportRun(t, root, total);
    await workers(Math.min(total, WORKER_ARTICLES), root, stamp, !pgReason, mode);
  } finally {
    if (args.keep) {
      console.log(`\nkept (--keep): ${targets.map((t) => t.db).join(' and ')}; delete them when done`);
    } else {
      for (const t of targets) if (t.schema) await dropSchema(t.schema);
      rmSync(root, { recursive: true, force: true });
    }
  }
}

/** Grows the stores chunk by chunk, measuring as it goes, and prints the tables. */
async function fill(total: number, root: string, targets: readonly Target[], mode: Mode): Promise<void> {
  const bounds = chunkBounds(total);
  const articles = generateArticles({ articles: total, seed: 1234 });
  const terms = { names: new Set<string>(), places: new Set<string>() };
  const chunkRows: string[] = [];
  const checkpointRows: string[] = [];
  const input = join(root, 'chunk.jsonl');
  let from = 0;
  for (const to of bounds) {
    await writeChunk(input, articles, to - from, terms);
    for (const t of targets) {
      const r = ingestChunk(input, t.db, mode);
      const passes = Object.values(r.passSeconds).reduce((a, b) => a + b, 0);
      const passNames = Object.keys(r.passSeconds).join('+') || 'none';
      chunkRows.push(`| ${t.name} | ${from}–${to} | ${r.ingested} | ${r.seconds.toFixed(1)} | ${Math.round(r.ingested / r.seconds)} | ${((r.seconds * 1000) / (to - from)).toFixed(2)} | ${((r.cpuSeconds * 1000) / (to - from)).toFixed(2)} | ${passNames}: ${((passes * 1000) / (to - from)).toFixed(2)} | ${r.maxRssMiB.toFixed(0)} |`);
    }
    if (CHECKPOINTS.includes(to) || to === total) {
      for (const t of targets) {
        const s = await searchLatency(t.db, terms);
        const size = await diskBytes(t);
        checkpointRows.push(`| ${t.name} | ${to} | ${(size / 1048576).toFixed(0)} | ${(size / to / 1024).toFixed(1)} | ${fmt(s.name)} | ${fmt(s.place)} | ${fmt(s.common)} |`);
      }
    }
    from = to;
  }
  rmSync(input, { force: true });
  console.log('\n### Ingest by chunk (each chunk one `dossier ingest` process into the growing store)\n');
  console.log('| store | articles | stored | wall s | articles/s | ms/article (wall) | ms/article (CPU) | corpus passes ms/article | peak RSS MiB |');
  console.log('|---|---|---:|---:|---:|---:|---:|---|---:|');
  for (const r of chunkRows) console.log(r);
  console.log('\n### Store size and search latency (ms; 20 hits with snippets, in-process, warm)\n');
  console.log('| store | articles | disk MiB | KiB/article | person name p50 / p95 (hits) | place + kind p50 / p95 (hits) | common words p50 / p95 (hits) |');
  console.log('|---|---:|---:|---:|---|---|---|');
  for (const r of checkpointRows) console.log(r);
}

function chunkBounds(total: number): number[] {
  const marks = [...new Set([...CHECKPOINTS.filter((c) => c < total), total])].sort((a, b) => a - b);
  const out: number[] = [];
  let at = 0;
  for (const mark of marks) {
    while (mark - at > CHUNK) out.push((at += CHUNK));
    out.push((at = mark));
  }
  return out;
}

const TITLE = /\b(?:Fire|Earthquake|Visit|Strike|Ruling|Flood) at (?<place>\p{Lu}\p{Ll}+) (?<site>\p{Ll}+)/u;
const PERSON = /according to (?<first>\p{Lu}\p{Ll}+) (?<last>\p{Lu}\p{Ll}+)/u;

async function writeChunk(path: string, articles: Iterator<SyntheticArticle>, n: number, terms: { names: Set<string>; places: Set<string> }): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const next = articles.next();
    if (next.done) break;
    const a = next.value;
    if (terms.places.size < 5000 && i % 7 === 0) {
      const t = TITLE.exec(a.content);
      if (t) terms.places.add(`${t.groups!.place} ${t.groups!.site}`);
      const p = PERSON.exec(a.content);
      if (p) terms.names.add(`${p.groups!.first} ${p.groups!.last}`);
    }
    if (!out.write(jsonlLine(a))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

type Mode = 'default' | 'core';

function ingestChunk(input: string, db: string, mode: Mode): ChildResult {
  const r = spawnSync('nice', [process.execPath, join(import.meta.dirname, '..', 'scale-child.mjs'), input, db, mode], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`scale child failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

function ingestChunkAsync(input: string, db: string, mode: Mode): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('nice', [process.execPath, join(import.meta.dirname, '..', 'scale-child.mjs'), input, db, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult) : reject(new Error(`worker failed (${code}): ${err.slice(0, 2000)}`))));
  });
}

interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly hits: number;
}
const fmt = (l: Latency): string => `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} (${l.hits.toFixed(1)})`;

async function searchLatency(db: string, terms: { names: Set<string>; places: Set<string> }): Promise<{ name: Latency; place: Latency; common: Latency }> {
  const { openStore } = (await import(join(REPO, 'dist', 'index.js'))) as typeof import('../../../src/index.js');
  const opened = await openStore(db);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const sample = (xs: Set<string>, n: number): string[] => {
    const all = [...xs];
    return Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(n, all.length))]!);
  };
  const time = async (queries: readonly string[]): Promise<Latency> => {
    for (const q of queries.slice(0, 3)) await store.search(q, { limit: 20 }); // warm caches and statements
    const ms: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const t = performance.now();
      hits += (await store.search(q, { limit: 20 })).hits.length;
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const at = (p: number): number => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? NaN;
    return { p50: at(0.5), p95: at(0.95), hits: hits / Math.max(1, queries.length) };
  };
  try {
    return {
      name: await time(sample(terms.names, QUERIES.name)),
      place: await time(sample(terms.places, QUERIES.place)),
      common: await time(Array.from({ length: QUERIES.common }, (_, i) => COMMON_QUERIES[i % COMMON_QUERIES.length]!)),
    };
  } finally {
    await store.close();
  }
}

async function diskBytes(t: Target): Promise<number> {
  if (!t.schema) return readdirSync(t.db).reduce((n, f) => n + statSync(join(t.db, f)).size, 0);
  return withPg(async (c) => Number((await c.query(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind = 'r'`,
    [t.schema],
  )).rows[0].n));
}

/** `dossier export` of the whole store to /dev/null, in a child whose peak RSS is measured. */
function exportRun(t: Target, root: string, articles: number): void {
  const out = join(root, `export-${t.name}.json`);
  const r = spawnSync('nice', [process.execPath, join(import.meta.dirname, '..', 'measured-cli.mjs'), out, 'export', '--db', t.db], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`export failed: ${r.stderr.slice(0, 2000)}`);
  const m = JSON.parse(spawnSync('cat', [out], { encoding: 'utf8' }).stdout) as { seconds: number; maxRssMiB: number };
  if (t.name === 'embedded') console.log('\n### Export of the whole store (`dossier export > /dev/null`)\n\n| store | articles | wall s | articles/s | peak RSS MiB |\n|---|---:|---:|---:|---:|');
  console.log(`| ${t.name} | ${articles} | ${m.seconds.toFixed(1)} | ${Math.round(articles / m.seconds)} | ${m.maxRssMiB.toFixed(0)} |`);
}

/** N `dossier ingest` processes at once, each on its own share of the articles, into one fresh store. */
async function workers(total: number, root: string, stamp: string, withPg: boolean, mode: Mode): Promise<void> {
  console.log(`\n### Ingest workers writing to one store at once (${total} articles split evenly; wall time until all finish)\n`);
  console.log('| store | workers | wall s | articles/s | speed-up | worker CPU ms/article | load average |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  const shards: string[][] = [];
  for (const n of WORKER_COUNTS) {
    const files = Array.from({ length: n }, (_, i) => join(root, `w${n}-${i}.jsonl`));
    const outs = files.map((f) => createWriteStream(f));
    let i = 0;
    for (const a of generateArticles({ articles: total, seed: 99 })) {
      const out = outs[Math.floor((i++ * n) / total)]!;
      if (!out.write(jsonlLine(a))) await once(out, 'drain');
    }
    await Promise.all(outs.map((o) => (o.end(), once(o, 'finish'))));
    shards.push(files);
  }
  for (const name of withPg ? (['embedded', 'postgres'] as const) : (['embedded'] as const)) {
    let base = 0;
    for (const [k, n] of WORKER_COUNTS.entries()) {
      const target = name === 'postgres' ? pgTarget(`dossier_bench_workers_${stamp}_${n}`) : { name, db: join(root, `workers-${n}`) };
      try {
        const t = performance.now();
        const results = await Promise.all(shards[k]!.map((f) => ingestChunkAsync(f, target.db, mode)));
        const seconds = (performance.now() - t) / 1000;
        const cpu = results.reduce((sum, r) => sum + r.cpuSeconds, 0);
        const rate = total / seconds;
        if (n === 1) base = rate;
        console.log(`| ${name} | ${n} | ${seconds.toFixed(1)} | ${Math.round(rate)} | ${(rate / base).toFixed(2)} | ${((cpu * 1000) / total).toFixed(2)} | ${load()} |`);
      } finally {
        if ('schema' in target && target.schema) await dropSchema(target.schema);
      }
    }
  }
}

function pgTarget(schema: string): Target {
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  return { name: 'postgres', db: url.href, schema };
}

async function withPg<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function pgUnreachable(): Promise<string | null> {
  try {
    await withPg((c) => c.query('SELECT 1'));
    return null;
  } catch (e) {
    return `${PG_URL} not reachable (${(e as Error).message || (e as { code?: string }).code}); set DOSSIER_BENCH_PG`;
  }
}

const dropSchema = (schema: string): Promise<unknown> => withPg((c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
