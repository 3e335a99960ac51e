/**
 * Checks that a store holds only whole articles: what the pipeline makes of some input files
 * (computed here, in-process, with the default stages) against what a store holds. Used by the
 * durability script and the concurrency tests, which run real `dossier ingest` processes.
 */
import { ingestSpecs, processDocument, type Stages } from '../../src/pipeline.js';
import { collectInputs } from '../../src/ingest/collect-inputs.js';
import { readInput } from '../../src/ingest/read-input.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { defaultStagesFor } from '../../src/stages.js';
import type { Store } from '../../src/store/store.js';
import type { Ctx } from '../../src/types.js';

export interface Expected {
  readonly body: string;
  /** Rows of each analysis kind the article must have. */
  readonly counts: Counts;
}
export interface Counts {
  dates: number;
  mentions: number;
  quotes: number;
  claims: number;
}

const quietCtx: Ctx = { now: () => new Date(0), log: { debug: () => undefined, info: () => undefined, warn: () => undefined } };

/** fingerprint -> what the stored article must hold, for every article the inputs contain. */
export async function expectedArticles(specs: readonly string[], stages: Stages = defaultStagesFor(DEFAULT_CONFIG)): Promise<Map<string, Expected>> {
  const out = new Map<string, Expected>();
  const options = { maxBytes: DEFAULT_CONFIG.ingest.maxFileMiB * 1048576, batchSize: DEFAULT_CONFIG.ingest.batchSize };
  for await (const input of collectInputs(specs)) {
    if (input.kind === 'error') continue;
    for await (const event of readInput(input.path, options)) {
      if (event.kind !== 'documents') continue;
      for (const raw of event.documents) {
        const r = processDocument(raw, stages, quietCtx);
        if (!r.ok) continue;
        const a = r.value.analysis;
        out.set(r.value.article.fingerprint, {
          body: r.value.article.body,
          counts: { dates: a.dates.length, mentions: a.entities.length, quotes: a.quotes.length, claims: a.claims.length },
        });
      }
    }
  }
  return out;
}

export interface StoreCheck {
  readonly articles: number;
  /** Empty when every stored article is one of the expected ones, whole, and stored once. */
  readonly problems: readonly string[];
}

/** Reads the whole store (streaming) and lists every article that is not whole or not expected. */
export async function checkWholeArticles(store: Store, expected: ReadonlyMap<string, Expected>): Promise<StoreCheck> {
  const problems: string[] = [];
  const byId = new Map<string, { fingerprint: string; counts: Counts }>();
  const seen = new Set<string>();
  for await (const a of store.streamArticles()) {
    const want = expected.get(a.fingerprint);
    if (!want) problems.push(`${a.id}: not from the inputs (fingerprint ${a.fingerprint.slice(0, 12)})`);
    else if (a.body !== want.body) problems.push(`${a.id}: body differs from what the pipeline makes (${a.body.length} vs ${want.body.length} chars)`);
    if (seen.has(a.fingerprint)) problems.push(`${a.id}: fingerprint stored twice`);
    seen.add(a.fingerprint);
    byId.set(a.id, { fingerprint: a.fingerprint, counts: { dates: 0, mentions: 0, quotes: 0, claims: 0 } });
  }
  const tally = async (kind: keyof Counts, rows: AsyncIterable<{ article: string }>) => {
    for await (const r of rows) {
      const owner = byId.get(r.article);
      if (!owner) problems.push(`${kind} row of missing article ${r.article}`);
      else owner.counts[kind]++;
    }
  };
  await tally('dates', store.streamDates());
  await tally('mentions', store.streamMentions());
  await tally('quotes', store.streamQuotes());
  await tally('claims', store.streamClaims());
  for (const [id, { fingerprint, counts }] of byId) {
    const want = expected.get(fingerprint);
    if (!want) continue;
    for (const kind of Object.keys(counts) as (keyof Counts)[]) {
      if (counts[kind] !== want.counts[kind]) problems.push(`${id}: ${counts[kind]} ${kind} rows, expected ${want.counts[kind]}`);
    }
  }
  return { articles: byId.size, problems };
}

/** Ingests in-process (for building reference stores in tests and benchmarks). */
export async function ingestInProcess(specs: readonly string[], store: Store): Promise<number> {
  const summary = await ingestSpecs(specs, store, DEFAULT_CONFIG.ingest, defaultStagesFor(DEFAULT_CONFIG), quietCtx);
  return summary.ingested;
}
