/**
 * The ingest worker thread: holds its own store connection and runs HTTP ingests one message at
 * a time, so the pipeline's CPU work (reading, cleaning, extracting, corpus passes) never blocks
 * the thread that answers reads. Ingests exactly as the CLI does: `ingestSpecs` with
 * `defaultStagesFor(config)`. A `close` message closes the store and ends the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DossierConfig } from '../config.js';
import { ingestSpecs, type IngestEvent } from '../pipeline.js';
import { defaultStagesFor } from '../stages.js';
import { openStore } from '../store/index.js';
import type { Ctx } from '../types.js';
import type { IngestReport } from './ingest-queue.js';
import { displayPathFor } from './uploads.js';

export interface WorkerSetup {
  readonly config: DossierConfig;
}

export type ToWorker =
  | { readonly kind: 'job'; readonly id: number; readonly paths: readonly string[]; readonly stagedDir: string }
  | { readonly kind: 'close' };

export type FromWorker =
  | { readonly kind: 'log'; readonly level: 'info' | 'warn'; readonly text: string }
  | { readonly kind: 'done'; readonly id: number; readonly report: IngestReport }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

function serve(port: NonNullable<typeof parentPort>, { config }: WorkerSetup): void {
  const post = (message: FromWorker): void => port.postMessage(message);
  const ctx: Ctx = {
    now: () => new Date(),
    log: { debug: () => undefined, info: (text) => post({ kind: 'log', level: 'info', text }), warn: (text) => post({ kind: 'log', level: 'warn', text }) },
  };
  const stages = defaultStagesFor(config);
  const store = openStore(config.db);
  // The parent sends one job at a time; this chain only guards a `close` arriving behind a job.
  let queue: Promise<unknown> = Promise.resolve();

  const runJob = async (job: Extract<ToWorker, { kind: 'job' }>): Promise<void> => {
    const opened = await store;
    if (!opened.ok) return post({ kind: 'failed', id: job.id, message: `cannot open the store: ${opened.error.code}: ${opened.error.message}` });
    const errors: IngestReport['errors'] = [];
    const warnings: IngestReport['warnings'] = [];
    const onEvent = (event: IngestEvent): void => {
      if (event.kind === 'rejected') errors.push({ path: event.path, code: event.code, message: event.message });
      else if (event.kind === 'warning') warnings.push({ path: event.path, message: event.message });
    };
    try {
      const summary = await ingestSpecs(job.paths, opened.value, config.ingest, stages, ctx, onEvent, displayPathFor(job.stagedDir));
      post({ kind: 'done', id: job.id, report: { ingested: summary.ingested, alreadyStored: summary.alreadyStored, rejected: summary.rejected, articles: summary.added.map((a) => a.id), errors, warnings } });
    } catch (e) {
      post({ kind: 'failed', id: job.id, message: (e as Error).stack ?? String(e) });
    }
  };

  port.on('message', (message: ToWorker) => {
    queue = queue.then(async () => {
      if (message.kind === 'job') return runJob(message);
      const opened = await store;
      if (opened.ok) await opened.value.close();
      port.close();
    });
  });
}

if (parentPort) serve(parentPort, workerData as WorkerSetup);
