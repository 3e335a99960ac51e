/**
 * The pipeline, top-down:
 *   ingest (files -> RawDocuments) -> clean -> metadata -> extract -> store -> corpus passes
 * Per-document stages are pure and run in `processDocument`; `ingestSpecs` does the I/O around them.
 */
import type { Article, ArticleAnalysis, Ctx, NewArticle, RawDocument } from './types.js';
import { EMPTY_ANALYSIS } from './types.js';
import { err, ok, type Result } from './result.js';
import type { ErrorCode } from './errors.js';
import { defaultCleaner, joinParagraphs, parsePage, type Cleaner } from './clean/index.js';
import { readMetadata } from './metadata/index.js';
import { collectInputs } from './ingest/collect-inputs.js';
import { readInputs } from './ingest/read-inputs.js';
import type { DossierConfig, IngestOptions } from './config.js';
import { openProcessPool, type ProcessedBatch, type ProcessPool } from './workers/process-pool.js';
import type { NewArticleWithAnalysis, Store } from './store/store.js';

/** Reads one clean article: its body (with dates resolved against `published`) -> its analysis. */
export interface Extractor {
  readonly name: string;
  extract(article: Pick<NewArticle, 'body' | 'published' | 'title'>, ctx: Ctx): ArticleAnalysis;
}

/** A pass over the whole store after new articles arrive (dedup, clustering, entities, relations...). */
export interface CorpusPass {
  readonly name: string;
  update(store: Store, added: readonly Article[], ctx: Ctx): Promise<void>;
}

export interface Stages {
  readonly cleaner: Cleaner;
  readonly extractor: Extractor | null;
  /** Run in order after each ingest; later passes read what earlier ones wrote. */
  readonly corpus: readonly CorpusPass[];
  /** How a worker thread rebuilds these stages. Stages assembled by hand have none, and then run on the main thread. */
  readonly recipe?: StagesRecipe;
}

/** Rebuild stages elsewhere: `(await import(module))[factory](config)`. */
export interface StagesRecipe {
  /** URL of an ES module, e.g. `import.meta.url` of the module that built the stages. */
  readonly module: string;
  /** Name of a function `(config) => Stages` that module exports. */
  readonly factory: string;
  readonly config: DossierConfig;
}

export const defaultStages: Stages = { cleaner: defaultCleaner, extractor: null, corpus: [] };

/** One document -> a clean article with its analysis, or why it holds no article. Pure. */
export function processDocument(raw: RawDocument, stages: Stages, ctx: Ctx): Result<NewArticleWithAnalysis> {
  const page = parsePage(raw);
  const cleaned = stages.cleaner.clean(page, ctx);
  const body = joinParagraphs(cleaned.paragraphs);
  if (body.trim() === '') return err('INPUT_NO_ARTICLE', 'no article text found: the page holds only chrome or nothing readable');
  const meta = readMetadata(page, cleaned);
  const article: NewArticle = {
    ...meta,
    source: raw.source,
    format: raw.format,
    fingerprint: raw.fingerprint,
    body,
    removed: cleaned.removed,
    cleanedBy: cleaned.strategy,
    ingestedAt: ctx.now().toISOString(),
  };
  const analysis = stages.extractor ? stages.extractor.extract(article, ctx) : EMPTY_ANALYSIS;
  return ok({ article, analysis });
}

export type IngestEvent =
  | { readonly kind: 'rejected'; readonly path: string; readonly code: ErrorCode; readonly message: string }
  | { readonly kind: 'warning'; readonly path: string; readonly message: string }
  | { readonly kind: 'progress'; readonly path: string; readonly stored: number; readonly skipped: number };

export interface IngestSummary {
  /** Articles newly stored. */
  readonly ingested: number;
  /** Documents already in the store (same fingerprint), not stored again. */
  readonly alreadyStored: number;
  /** Files, feed items or lines rejected, each reported through onEvent. */
  readonly rejected: number;
  readonly added: readonly Article[];
}

/** Below this many documents to clean (or a full batch, when batches are smaller), a batch is cleaned
 *  on the main thread: starting workers (~0.3 s each) would cost more than it saves. */
const MIN_DOCS_FOR_WORKERS = 100;

/**
 * Ingests files, folders, globs or "-" (stdin) into the store, then runs the corpus passes on what was added.
 * Documents go in batches of `options.batchSize`: a batch's fingerprints are looked up first, so a
 * document already stored costs one index lookup, not a cleaning; the rest are cleaned (on worker
 * threads when `options.workers` > 0 and the stages have a recipe) and stored in one transaction
 * per batch, in input order (a crash leaves whole batches only).
 */
export async function ingestSpecs(
  specs: readonly string[],
  store: Store,
  options: IngestOptions,
  stages: Stages,
  ctx: Ctx,
  onEvent: (event: IngestEvent) => void = () => undefined,
  /** How a path is recorded in `source.path` and reported in events; e.g. the HTTP API names an upload, not its temp file. */
  displayPath: (path: string) => string = (path) => path,
): Promise<IngestSummary> {
  const readOptions = { maxBytes: Math.round(options.maxFileMiB * 1048576), batchSize: options.batchSize };
  const added: Article[] = [];
  let alreadyStored = 0;
  let rejected = 0;
  let batch: { path: string; raw: RawDocument }[] = [];
  // Batches being cleaned, oldest first; their fingerprints, so that a later batch does not clean them again.
  const inFlight: { docs: RawDocument[]; path: string; processed: Promise<ProcessedBatch> }[] = [];
  const inFlightPrints = new Set<string>();
  let pool: ProcessPool | null | undefined;
  const maxInFlight = 1 + Math.max(0, options.workers ?? 0);

  const reject = (path: string, code: ErrorCode, message: string): void => {
    rejected++;
    onEvent({ kind: 'rejected', path, code, message });
  };
  const processHere = (docs: readonly RawDocument[]): ProcessedBatch => ({ results: docs.map((raw) => processSafely(raw, stages, ctx)), warnings: [] });

  /** Stores the oldest batch in flight (cleaning it here if its worker failed). */
  const storeOldest = async (): Promise<void> => {
    const { docs, path, processed } = inFlight.shift()!;
    let done: ProcessedBatch;
    try {
      done = await processed;
    } catch (cause) {
      ctx.log.warn(`${(cause as Error).message}; cleaning on the main thread from here on`);
      await pool?.close();
      pool = null;
      done = processHere(docs);
    }
    for (const w of done.warnings) ctx.log.warn(w);
    const items: NewArticleWithAnalysis[] = [];
    done.results.forEach((r, i) => (r.ok ? items.push(r.value) : reject(describeSource(docs[i]!), r.error.code, r.error.message)));
    const result = await store.addArticles(items);
    for (const raw of docs) inFlightPrints.delete(raw.fingerprint);
    added.push(...result.added);
    alreadyStored += result.alreadyStored.length;
    onEvent({ kind: 'progress', path, stored: added.length, skipped: alreadyStored });
  };

  /** Sends the current batch to be cleaned, skipping what is stored or already on its way. */
  const dispatch = async (): Promise<void> => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    const known = await store.hasFingerprints(docs.map((d) => d.raw.fingerprint));
    const todo: RawDocument[] = [];
    for (const { raw } of docs) {
      if (known.has(raw.fingerprint) || inFlightPrints.has(raw.fingerprint)) alreadyStored++;
      else {
        inFlightPrints.add(raw.fingerprint); // the same document twice in one ingest is cleaned once
        todo.push(raw);
      }
    }
    const worthWorkers = todo.length >= Math.min(MIN_DOCS_FOR_WORKERS, options.batchSize);
    if (pool === undefined && worthWorkers && stages.recipe && (options.workers ?? 0) > 0) {
      pool = openProcessPool(stages.recipe, options.workers ?? 0);
      if (pool) ctx.log.debug(`cleaning on ${pool.size} worker thread${pool.size > 1 ? 's' : ''}`);
    }
    const processed = pool && worthWorkers ? pool.process(todo, ctx.now().toISOString()) : Promise.resolve(processHere(todo));
    processed.catch(() => undefined); // handled when stored; never an unhandled rejection meanwhile
    inFlight.push({ docs: todo, path: docs.at(-1)!.path, processed });
    while (inFlight.length >= maxInFlight) await storeOldest();
  };

  try {
    for await (const event of readInputs(collectInputs(specs), readOptions)) {
      if (event.kind === 'error') reject(displayPath(event.path), event.code, event.message);
      else if (event.kind === 'warning') onEvent({ ...event, path: displayPath(event.path) });
      else {
        for (const given of event.documents) {
          const raw = given.source.path === undefined ? given : { ...given, source: { ...given.source, path: displayPath(given.source.path) } };
          batch.push({ path: displayPath(event.path), raw });
          if (batch.length >= options.batchSize) await dispatch();
        }
      }
    }
    await dispatch();
    while (inFlight.length) await storeOldest();
  } finally {
    await pool?.close();
  }
  // Passes read and rewrite corpus-wide state (dedup groups, events, entities, relations): one
  // process at a time, each seeing what the previous one wrote, so concurrent ingests cluster alike.
  if (stages.corpus.length > 0) {
    await store.exclusive(async () => {
      for (const pass of stages.corpus) await pass.update(store, added, ctx);
    });
  }
  return { ingested: added.length, alreadyStored, rejected, added };
}

/** One document through the per-document stages; a bug in a stage costs that document, reported like bad input with its cause. */
export function processSafely(raw: RawDocument, stages: Stages, ctx: Ctx): Result<NewArticleWithAnalysis> {
  try {
    return processDocument(raw, stages, ctx);
  } catch (cause) {
    ctx.log.warn(`internal error processing ${describeSource(raw)}: ${(cause as Error).stack ?? String(cause)}`);
    return err('INTERNAL', `internal error while processing (${(cause as Error).message}); please report it`, cause);
  }
}

const describeSource = (raw: RawDocument): string =>
  raw.source.url && raw.source.path ? `${raw.source.path} (${raw.source.url})` : (raw.source.path ?? raw.source.url ?? '?');
