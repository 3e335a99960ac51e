/**
 * Runs HTTP ingests one at a time in a worker thread (ingest-worker.ts) with its own store
 * connection, so reads keep being answered while the pipeline works. The worker starts on the
 * first ingest and is reused (loading the pipeline takes about a second), and stops after
 * IDLE_MS without work or when `signal` aborts. Serializing keeps corpus passes from running
 * concurrently within this server; the store's unique fingerprints keep ingests from other
 * processes (the CLI) safe too.
 */
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../errors.js';
import type { ApiDeps } from './deps.js';
import type { FromWorker, ToWorker, WorkerSetup } from './ingest-worker.js';

export interface IngestReport {
  readonly ingested: number;
  readonly alreadyStored: number;
  readonly rejected: number;
  readonly articles: string[];
  readonly errors: { path: string; code: ErrorCode; message: string }[];
  readonly warnings: { path: string; message: string }[];
}

export type IngestRunner = (paths: readonly string[], stagedDir: string) => Promise<IngestReport>;

/** How long an idle ingest worker (and its store connection) is kept, ms. */
export const IDLE_MS = 60_000;

// From the compiled package the worker is plain JS. From the sources (tests, tsx) it is TypeScript: a small
// bootstrap registers tsx's loader in the worker first (`--import tsx` in execArgv does not reach a worker's entry on Node 20).
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const startWorker = (setup: WorkerSetup): Worker =>
  FROM_SOURCES
    ? new Worker(
      `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(new URL('./ingest-worker.ts', import.meta.url).href)}))`,
      { eval: true, workerData: setup },
    )
    : new Worker(new URL('./ingest-worker.js', import.meta.url), { workerData: setup });

export function makeIngestRunner({ config, ctx }: Pick<ApiDeps, 'config' | 'ctx'>, signal?: AbortSignal): IngestRunner {
  let worker: Worker | null = null;
  let current: { id: number; resolve: (r: IngestReport) => void; reject: (e: Error) => void } | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const settle = (outcome: { report: IngestReport } | { error: Error }): void => {
    const job = current;
    current = null;
    if (!job) return;
    if ('report' in outcome) job.resolve(outcome.report);
    else job.reject(outcome.error);
  };

  const retire = (w: Worker, how: 'close' | 'terminate'): void => {
    if (worker === w) worker = null;
    if (how === 'close') w.postMessage({ kind: 'close' } satisfies ToWorker);
    else void w.terminate();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = startWorker({ config });
    w.unref(); // an idle worker must never keep the process alive
    w.on('message', (message: FromWorker) => {
      if (message.kind === 'log') ctx.log[message.level](message.text);
      else if (message.kind === 'done') settle({ report: message.report });
      else settle({ error: new Error(`ingest failed in the worker: ${message.message}`) });
    });
    w.once('error', (error) => {
      retire(w, 'terminate');
      settle({ error });
    });
    w.once('exit', (code) => {
      if (worker === w) worker = null;
      settle({ error: new Error(`ingest worker exited (code ${code}) before finishing`) });
    });
    worker = w;
    return w;
  };

  signal?.addEventListener('abort', () => {
    if (idleTimer) clearTimeout(idleTimer);
    if (worker) retire(worker, 'terminate');
  }, { once: true });

  const run = (paths: readonly string[], stagedDir: string): Promise<IngestReport> => {
    if (signal?.aborted) return Promise.reject(new Error('the server is shutting down'));
    if (idleTimer) clearTimeout(idleTimer);
    const w = ensureWorker();
    const id = nextId++;
    const done = new Promise<IngestReport>((resolve, reject) => (current = { id, resolve, reject }));
    w.postMessage({ kind: 'job', id, paths, stagedDir } satisfies ToWorker);
    return done.finally(() => {
      idleTimer = setTimeout(() => worker && retire(worker, 'close'), IDLE_MS);
      idleTimer.unref();
    });
  };

  return (paths, stagedDir) => {
    const result = queue.then(() => run(paths, stagedDir));
    queue = result.catch(() => undefined);
    return result;
  };
}
