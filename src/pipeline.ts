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
import type { IngestOptions } from './config.js';
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

/**
 * Ingests files, folders, globs or "-" (stdin) into the store, then runs the corpus passes on what was added.
 * Documents go in batches of `options.batchSize`: a batch's fingerprints are looked up first, so a
 * document already stored costs one index lookup, not a cleaning; the rest of the batch is cleaned
 * and stored in one transaction (a crash leaves whole batches only).
 */
export async function ingestSpecs(
  specs: readonly string[],
  store: Store,
  options: IngestOptions,
  stages: Stages,
  ctx: Ctx,
  onEvent: (event: IngestEvent) => void = () => undefined,
): Promise<IngestSummary> {
  const readOptions = { maxBytes: Math.round(options.maxFileMiB * 1048576), batchSize: options.batchSize };
  const added: Article[] = [];
  let alreadyStored = 0;
  let rejected = 0;
  let batch: { path: string; raw: RawDocument }[] = [];

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    const known = await store.hasFingerprints(docs.map((d) => d.raw.fingerprint));
    const pending: NewArticleWithAnalysis[] = [];
    for (const { raw } of docs) {
      if (known.has(raw.fingerprint)) {
        alreadyStored++;
        continue;
      }
      known.add(raw.fingerprint); // the same document twice in one batch is stored once
      const processed = safeProcess(raw, stages, ctx);
      if (processed.ok) pending.push(processed.value);
      else {
        rejected++;
        onEvent({ kind: 'rejected', path: describeSource(raw), code: processed.error.code, message: processed.error.message });
      }
    }
    const result = await store.addArticles(pending);
    added.push(...result.added);
    alreadyStored += result.alreadyStored.length;
    onEvent({ kind: 'progress', path: docs.at(-1)!.path, stored: added.length, skipped: alreadyStored });
  };

  for await (const event of readInputs(collectInputs(specs), readOptions)) {
    if (event.kind === 'error') {
      rejected++;
      onEvent({ kind: 'rejected', path: event.path, code: event.code, message: event.message });
    } else if (event.kind === 'warning') {
      onEvent(event);
    } else {
      for (const raw of event.documents) {
        batch.push({ path: event.path, raw });
        if (batch.length >= options.batchSize) await flush();
      }
    }
  }
  await flush();
  for (const pass of stages.corpus) await pass.update(store, added, ctx);
  return { ingested: added.length, alreadyStored, rejected, added };
}

/** A bug in a stage must cost one document, not the batch: it is reported like bad input, with its cause. */
function safeProcess(raw: RawDocument, stages: Stages, ctx: Ctx): Result<NewArticleWithAnalysis> {
  try {
    return processDocument(raw, stages, ctx);
  } catch (cause) {
    ctx.log.warn(`internal error processing ${describeSource(raw)}: ${(cause as Error).stack ?? String(cause)}`);
    return err('INTERNAL', `internal error while processing (${(cause as Error).message}); please report it`, cause);
  }
}

const describeSource = (raw: RawDocument): string =>
  raw.source.url && raw.source.path ? `${raw.source.path} (${raw.source.url})` : (raw.source.path ?? raw.source.url ?? '?');
