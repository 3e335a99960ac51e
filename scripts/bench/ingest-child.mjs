/**
 * Child process of the ingest benchmark (sections/10-ingest.ts): ingests one folder into a store
 * through the real pipeline — the built dist/, as `dossier ingest` runs it — and prints one JSON
 * line with its own timing and peak RSS. Its own process, so the peak RSS is the ingest's alone;
 * plain JavaScript, so no TypeScript loader runs inside the measurement.
 *
 *   node scripts/bench/ingest-child.mjs <folder> <store-dir> [core|default]
 * "core" (the default) runs ingest, clean, metadata and store, as the target counts them;
 * "default" runs every default stage as `dossier ingest` does (extraction and corpus passes too).
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG, coreStagesFor, defaultStagesFor, ingestSpecs, openStore } from '../../dist/index.js';

const [folder, db, mode = 'core'] = process.argv.slice(2);
if (!folder || !db) throw new Error('usage: ingest-child.mjs <folder> <store-dir>');

const opened = await openStore(db);
if (!opened.ok) throw new Error(opened.error.message);
const store = opened.value;
const ctx = { now: () => new Date(), log: { debug: () => undefined, info: () => undefined, warn: (m) => process.stderr.write(`${m}\n`) } };
const cpuBefore = process.cpuUsage();
const started = performance.now();
const stages = mode === 'default' ? defaultStagesFor(DEFAULT_CONFIG) : coreStagesFor(DEFAULT_CONFIG);
const workers = Number(process.env.DOSSIER_BENCH_WORKERS ?? DEFAULT_CONFIG.ingest.workers);
const summary = await ingestSpecs([folder], store, { ...DEFAULT_CONFIG.ingest, workers }, stages, ctx, (e) => {
  if (e.kind === 'rejected') process.stderr.write(`${e.path}: ${e.code}: ${e.message}\n`);
});
await store.close();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(`${JSON.stringify({
  ingested: summary.ingested,
  alreadyStored: summary.alreadyStored,
  rejected: summary.rejected,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  maxRssMiB: process.resourceUsage().maxRSS / 1024,
  workers,
})}\n`);
