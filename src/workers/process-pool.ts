/**
 * Worker threads that run the per-document stages (clean, metadata, extract) for the ingest
 * pipeline, so that a 2-core machine cleans on one core while the main thread reads files and
 * writes the store on the other. Batches go to the least busy worker; replies come back by id.
 * A worker that dies fails its pending batches (the pipeline then processes them itself); a pool
 * never keeps the process alive when it has nothing to do.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Result } from '../result.js';
import type { NewArticleWithAnalysis } from '../store/store.js';
import type { StagesRecipe } from '../pipeline.js';
import type { RawDocument } from '../types.js';

export interface BatchRequest {
  readonly id: number;
  readonly docs: readonly RawDocument[];
  /** The main thread's clock at dispatch, ISO-8601: the `ingestedAt` of the batch's articles. */
  readonly now: string;
}

export type BatchReply =
  | { readonly id: number; readonly results: readonly Result<NewArticleWithAnalysis>[]; readonly warnings: readonly string[] }
  | { readonly id: number; readonly failure: string };

export interface ProcessedBatch {
  readonly results: readonly Result<NewArticleWithAnalysis>[];
  readonly warnings: readonly string[];
}

export interface ProcessPool {
  readonly size: number;
  process(docs: readonly RawDocument[], now: string): Promise<ProcessedBatch>;
  close(): Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (b: ProcessedBatch) => void; reject: (e: Error) => void }>;
  alive: boolean;
}

/**
 * Starts `size` workers that rebuild the stages from `recipe`. Null when there
 * is no compiled worker to start (running from the TypeScript sources, e.g. under a test runner):
 * the caller then runs the stages itself.
 */
export function openProcessPool(recipe: StagesRecipe, size: number): ProcessPool | null {
  const file = new URL('./process-worker.js', import.meta.url);
  if (size < 1 || file.protocol !== 'file:' || !existsSync(fileURLToPath(file))) return null;
  let nextId = 1;
  const slots: Slot[] = Array.from({ length: size }, () => startSlot(file, recipe));
  return {
    size,
    process(docs, now) {
      const live = slots.filter((s) => s.alive);
      if (live.length === 0) return Promise.reject(new Error('every ingest worker has stopped'));
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<ProcessedBatch>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.ref(); // a batch in flight keeps the process alive until its reply
        slot.worker.postMessage({ id, docs, now } satisfies BatchRequest);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => ((s.alive = false), s.worker.terminate())));
    },
  };
}

function startSlot(file: URL, recipe: StagesRecipe): Slot {
  const worker = new Worker(file, { workerData: { recipe } });
  const slot: Slot = { worker, pending: new Map(), alive: true };
  worker.unref();
  worker.on('message', (reply: BatchReply) => {
    const waiter = slot.pending.get(reply.id);
    if (!waiter) return;
    slot.pending.delete(reply.id);
    if (slot.pending.size === 0) worker.unref();
    if ('failure' in reply) waiter.reject(new Error(`ingest worker failed: ${reply.failure}`));
    else waiter.resolve({ results: reply.results, warnings: reply.warnings });
  });
  const fail = (error: Error): void => {
    slot.alive = false;
    for (const waiter of slot.pending.values()) waiter.reject(error);
    slot.pending.clear();
  };
  worker.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
  worker.on('exit', (code) => fail(new Error(`ingest worker exited (code ${code})`)));
  return slot;
}
