/**
 * Ingest throughput: ≥ 10,000 generated articles (text dumps and HTML pages, scripts/lib/synthetic.ts)
 * written to a temp folder, then ingested through the real pipeline (read, decode, detect, clean,
 * metadata, store) into a fresh embedded store, text and HTML in separate child processes so
 * each reports its own time and peak RSS. A second run over the same folder measures re-ingest
 * (every document already stored). Figures are printed, never asserted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateArticles } from '../../lib/synthetic.js';
import type { BenchArgs } from '../index.js';

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
      const db = join(root, `db-${kind}`);
      const first = ingestInChild(dirs[kind], db);
      row(`${kind} (fresh store)`, counts[kind], bytes[kind], first);
      const again = ingestInChild(dirs[kind], db);
      row(`${kind} (re-ingest)`, counts[kind], bytes[kind], again);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function ingestInChild(folder: string, db: string): ChildResult {
  const child = join(import.meta.dirname, '..', 'ingest-child.mjs');
  const r = spawnSync(process.execPath, [child, folder, db], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`ingest child failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  if (r.stderr.trim()) console.log(`child stderr (first lines):\n${r.stderr.split('\n').slice(0, 5).join('\n')}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

function row(label: string, articles: number, bytes: number, r: ChildResult): void {
  const rate = articles / r.seconds;
  console.log(`| ${label} | ${articles} | ${r.ingested} | ${r.alreadyStored} | ${r.rejected} | ${r.seconds.toFixed(2)} | ${Math.round(rate)} | ${r.cpuSeconds.toFixed(2)} | ${Math.round(articles / r.cpuSeconds)} | ${(bytes / 1048576 / r.seconds).toFixed(1)} | ${r.maxRssMiB.toFixed(0)} |`);
}
