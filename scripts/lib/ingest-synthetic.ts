/**
 * Feeds generated articles (synthetic.ts) through the real per-document stages (clean, metadata,
 * extract) into a real store, then runs the corpus passes batch by batch, as a feed would arrive.
 * Skips only file reading. Used by the clustering tests and benchmark.
 */
import type { Ctx, RawDocument } from '../../src/types.js';
import type { Store } from '../../src/store/store.js';
import { processDocument, type Stages } from '../../src/pipeline.js';
import { fingerprintOf } from '../../src/ingest/fingerprint.js';
import type { SyntheticArticle } from './synthetic.js';

export function toRawDocument(a: SyntheticArticle): RawDocument {
  return { source: { path: a.name }, format: a.format, content: a.content, contentKind: a.format, hints: {}, fingerprint: fingerprintOf(a.name, a.content) };
}

export interface BatchTiming {
  /** Articles in the store after this batch. */
  readonly storeSize: number;
  readonly articles: number;
  /** Time in the corpus passes (dedup, clustering), ms. */
  readonly passMs: number;
  /** CPU time this process spent in each corpus pass, ms: less sensitive than wall time to other load on a shared machine. */
  readonly cpuMs: Readonly<Record<string, number>>;
}

/** Ingests `articles` in batches of `batchSize`; returns the store id of each article name and per-batch pass timings. */
export async function ingestSynthetic(
  store: Store, articles: Iterable<SyntheticArticle>, stages: Stages, ctx: Ctx, batchSize: number, onBatch?: (t: BatchTiming) => void | Promise<void>,
): Promise<{ ids: Map<string, string>; timings: BatchTiming[] }> {
  const ids = new Map<string, string>();
  const timings: BatchTiming[] = [];
  let batch: SyntheticArticle[] = [];
  let stored = 0;
  const flush = async (): Promise<void> => {
    const items = batch.flatMap((a) => {
      const r = processDocument(toRawDocument(a), stages, ctx);
      return r.ok ? [{ name: a.name, item: r.value }] : [];
    });
    batch = [];
    const { added } = await store.addArticles(items.map((i) => i.item));
    added.forEach((a) => ids.set(a.source.path!, a.id));
    const t0 = performance.now();
    const cpuMs: Record<string, number> = {};
    for (const pass of stages.corpus) {
      const c0 = process.cpuUsage();
      await pass.update(store, added, ctx);
      const c = process.cpuUsage(c0);
      cpuMs[pass.name] = (cpuMs[pass.name] ?? 0) + (c.user + c.system) / 1000;
    }
    stored += added.length;
    const timing = { storeSize: stored, articles: added.length, passMs: performance.now() - t0, cpuMs };
    timings.push(timing);
    await onBatch?.(timing);
  };
  for (const a of articles) {
    batch.push(a);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  return { ids, timings };
}
