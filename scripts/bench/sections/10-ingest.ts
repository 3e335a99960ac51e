/**
 * Ingest throughput: ≥ 10,000 generated articles (text dumps and HTML pages, scripts/lib/synthetic.ts)
 * written to a temp folder, then ingested through the real pipeline (read, decode, detect, clean,
 * metadata, store) into a fresh embedded store, text and HTML in separate child processes so
 * each reports its own time, CPU time and peak RSS: core stages with the default worker threads,
 * again over the same store (re-ingest: every document already stored), on the main thread only,
 * and with every default stage (extraction and corpus passes too). Figures are printed, never asserted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateArticles } from '../../lib/synthetic.js';
import type { BenchArgs } from '../index.js';
import { DEFAULT_CONFIG } from '../../../src/config.js';

/** Default corpus size: the issue asks for at least 10,000 articles. */
const DEFAULT_ARTICLES = 10_000;
/** Share of HTML pages in the generated corpus (the rest are text dumps). */
const HTML_SHARE = 0.3;

interface ChildResult {
  readonly ingested: number;
  readonly alreadyStored: number;
  readonly rejected: number;
  readonly seconds: number;
  /** CPU time of the child (all its threads), seconds: the figure least disturbed by other load on the machine. */
  readonly cpuSeconds: number;
  readonly maxRssMiB: number;
  readonly workers: number;
}

export async function run(args: BenchArgs): Promise<void> {
  const total = args.articles ?? DEFAULT_ARTICLES;
  const root = mkdtempSync(join(tmpdir(), 'dossier-bench-ingest-'));
  try {
    const dirs = { text: join(root, 'text'), html: join(root, 'html') };
    mkdirSync(dirs.text);
    mkdirSync(dirs.html);
    const counts = { text: 0, html: 0 };
    const bytes = { text: 0, html: 0 };
    for (const a of generateArticles({ articles: total, seed: 7, htmlShare: HTML_SHARE })) {
      writeFileSync(join(dirs[a.format], a.name), a.content);
      counts[a.format]++;
      bytes[a.format] += Buffer.byteLength(a.content);
    }
    console.log(`generated ${total} articles (${counts.text} text dumps, ${counts.html} HTML pages) in ${root}`);
    console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (shared: figures vary with other load)`);
    console.log('');
    console.log('| input | articles | stored | already stored | rejected | wall s | articles/s (wall) | CPU s | articles per CPU-s | MiB/s (wall) | peak RSS MiB |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const kind of ['text', 'html'] as const) {
      const db = (label: string): string => join(root, `db-${kind}-${label}`);
      const fresh = ingestInChild(dirs[kind], db('core'), 'core', DEFAULT_CONFIG.ingest.workers ?? 0);
      row(`${kind}, core stages, ${fresh.workers ? `${fresh.workers} worker thread(s)` : 'main thread only'}`, counts[kind], bytes[kind], fresh);
      row(`${kind}, core stages, re-ingest (all already stored)`, counts[kind], bytes[kind], ingestInChild(dirs[kind], db('core'), 'core', DEFAULT_CONFIG.ingest.workers ?? 0));
      const other = (DEFAULT_CONFIG.ingest.workers ?? 0) > 0 ? 0 : 1; // the other choice, for comparison
      const compared = ingestInChild(dirs[kind], db('other'), 'core', other);
      row(`${kind}, core stages, ${other ? `${other} worker thread` : 'main thread only'}`, counts[kind], bytes[kind], compared);
      row(`${kind}, all default stages (extraction, corpus passes)`, counts[kind], bytes[kind], ingestInChild(dirs[kind], db('default'), 'default', DEFAULT_CONFIG.ingest.workers ?? 0));
    }
    console.log('');
    console.log('core stages = read, decode, detect, clean, metadata, store (the issue\'s target); CPU s = all threads of the child.');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function ingestInChild(folder: string, db: string, stages: 'core' | 'default', workers: number): ChildResult {
  const child = join(import.meta.dirname, '..', 'ingest-child.mjs');
  const r = spawnSync(process.execPath, [child, folder, db, stages], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DOSSIER_BENCH_WORKERS: String(workers) } });
  if (r.status !== 0) throw new Error(`ingest child failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  if (r.stderr.trim()) console.log(`child stderr (first lines):\n${r.stderr.split('\n').slice(0, 5).join('\n')}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

function row(label: string, articles: number, bytes: number, r: ChildResult): void {
  const rate = articles / r.seconds;
  console.log(`| ${label} | ${articles} | ${r.ingested} | ${r.alreadyStored} | ${r.rejected} | ${r.seconds.toFixed(2)} | ${Math.round(rate)} | ${r.cpuSeconds.toFixed(2)} | ${Math.round(articles / r.cpuSeconds)} | ${(bytes / 1048576 / r.seconds).toFixed(1)} | ${r.maxRssMiB.toFixed(0)} |`);
}
