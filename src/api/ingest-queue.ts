/**
 * Runs HTTP ingests one at a time, the way the CLI ingests: `ingestSpecs` with the configured
 * stages. Serializing keeps corpus passes (dedup, clustering) from running concurrently on one
 * store; the store's unique fingerprints make concurrent ingests from other processes safe too.
 */
import { ingestSpecs, type IngestEvent } from '../pipeline.js';
import type { ErrorCode } from '../errors.js';
import type { ApiDeps } from './deps.js';

export interface IngestReport {
  readonly ingested: number;
  readonly alreadyStored: number;
  readonly rejected: number;
  readonly articles: string[];
  readonly errors: { path: string; code: ErrorCode; message: string }[];
  readonly warnings: { path: string; message: string }[];
}

export type IngestRunner = (paths: readonly string[], displayPath: (path: string) => string) => Promise<IngestReport>;

export function makeIngestRunner({ store, config, stages, ctx }: ApiDeps): IngestRunner {
  let queue: Promise<unknown> = Promise.resolve();
  return (paths, displayPath) => {
    const run = async (): Promise<IngestReport> => {
      const errors: IngestReport['errors'] = [];
      const warnings: IngestReport['warnings'] = [];
      const onEvent = (event: IngestEvent): void => {
        if (event.kind === 'rejected') errors.push({ path: event.path, code: event.code, message: event.message });
        else if (event.kind === 'warning') warnings.push({ path: event.path, message: event.message });
      };
      const summary = await ingestSpecs(paths, store, config.ingest, stages, ctx, onEvent, displayPath);
      ctx.log.info(`ingest over HTTP: ${summary.ingested} stored, ${summary.alreadyStored} already stored, ${summary.rejected} rejected`);
      return { ingested: summary.ingested, alreadyStored: summary.alreadyStored, rejected: summary.rejected, articles: summary.added.map((a) => a.id), errors, warnings };
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
}
