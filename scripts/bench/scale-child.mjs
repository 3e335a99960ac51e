/**
 * Child process of the scale benchmark (sections/70-scale.ts): ingests one input into a store with
 * the built dist/ (as `dossier ingest` does), timing each corpus pass (dedup, clustering, ...) on
 * its own, and prints one JSON line: wall and CPU seconds, per-pass seconds, peak RSS.
 *
 *   node scripts/bench/scale-child.mjs <input> <store dir | postgres://...> [default|core]
 * "core" runs only ingest, clean, metadata and store (no extraction, no corpus passes).
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG, coreStagesFor, defaultStagesFor, ingestSpecs, openStore } from '../../dist/index.js';

const [input, db, mode = 'default'] = process.argv.slice(2);
if (!input || !db) throw new Error('usage: scale-child.mjs <input> <store> [default|core]');

const opened = await openStore(db);
if (!opened.ok) throw new Error(opened.error.message);
const store = opened.value;
const ctx = { now: () => new Date(), log: { debug: () => undefined, info: () => undefined, warn: (m) => process.stderr.write(`${m}\n`) } };
const stages = mode === 'core' ? coreStagesFor(DEFAULT_CONFIG) : defaultStagesFor(DEFAULT_CONFIG);
const passSeconds = {};
const timed = {
  ...stages,
  corpus: stages.corpus.map((pass) => ({
    name: pass.name,
    async update(s, added, c) {
      const t = performance.now();
      await pass.update(s, added, c);
      passSeconds[pass.name] = (passSeconds[pass.name] ?? 0) + (performance.now() - t) / 1000;
    },
  })),
};
const cpuBefore = process.cpuUsage();
const started = performance.now();
const summary = await ingestSpecs([input], store, DEFAULT_CONFIG.ingest, timed, ctx, (e) => {
  if (e.kind === 'rejected') process.stderr.write(`${e.path}: ${e.code}: ${e.message}\n`);
});
await store.close();
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(`${JSON.stringify({
  ingested: summary.ingested,
  alreadyStored: summary.alreadyStored,
  rejected: summary.rejected,
  seconds: (performance.now() - started) / 1000,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  passSeconds,
  maxRssMiB: process.resourceUsage().maxRSS / 1024,
})}\n`);
