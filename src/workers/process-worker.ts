/**
 * A worker thread of the ingest pipeline: rebuilds the stages from the recipe it is started with,
 * and turns batches of raw documents into articles with their analysis (the
 * pure per-document part of the pipeline). Reading, storing and corpus passes stay on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processSafely, type Stages, type StagesRecipe } from '../pipeline.js';
import type { Ctx } from '../types.js';
import type { BatchReply, BatchRequest } from './process-pool.js';

const { recipe } = workerData as { recipe: StagesRecipe };
const factory = ((await import(recipe.module)) as Record<string, unknown>)[recipe.factory];
if (typeof factory !== 'function') throw new Error(`${recipe.module} exports no function ${recipe.factory}`);
const stages = (factory as (config: StagesRecipe['config']) => Stages)(recipe.config);

parentPort!.on('message', (request: BatchRequest) => {
  const warnings: string[] = [];
  const ctx: Ctx = {
    now: () => new Date(request.now),
    log: { debug: () => undefined, info: (m) => warnings.push(m), warn: (m) => warnings.push(m) },
  };
  let reply: BatchReply;
  try {
    // An error's `cause` may hold values a message cannot carry; the code and message are what the main thread reports.
    const results = request.docs.map((raw) => {
      const r = processSafely(raw, stages, ctx);
      return r.ok ? r : { ok: false as const, error: { code: r.error.code, message: r.error.message } };
    });
    reply = { id: request.id, results, warnings };
  } catch (cause) {
    reply = { id: request.id, failure: (cause as Error).stack ?? String(cause) };
  }
  parentPort!.postMessage(reply);
});
