/**
 * Export: the whole store -> `dossier.export/1` JSON, written as a stream of chunks so that a
 * store of any size exports in bounded memory.
 */
import { EXPORT_SCHEMA } from '../types.js';
import type { PageRequest, Store } from '../store/store.js';
import {
  contractArticle, contractClaim, contractDateRecord, contractEntity, contractEvent, contractMention, contractQuote, contractRelation,
  contractStory, contractTimelineEntry,
} from './to-contract.js';

export * from './to-contract.js';

/** Items fetched per query when paging through corpus-level lists. */
const PAGE = 1000;

type Write = (chunk: string) => void | Promise<void>;

export async function writeExport(store: Store, write: Write): Promise<void> {
  await write(`{"schema":${JSON.stringify(EXPORT_SCHEMA)}`);
  await writeArray(write, 'articles', mapStream(store.streamArticles(), contractArticle));
  await writeArray(write, 'events', paged((p) => store.listEvents({}, p), contractEvent));
  await writeArray(write, 'stories', paged((p) => store.listStories(p), contractStory));
  await writeArray(write, 'entities', paged((p) => store.listEntities({}, p), contractEntity));
  await writeArray(write, 'quotes', mapStream(store.streamQuotes(), contractQuote));
  await writeArray(write, 'claims', mapStream(store.streamClaims(), contractClaim));
  await writeArray(write, 'relations', mapStream(store.streamRelations(), contractRelation));
  await writeArray(write, 'timeline', mapStream(store.streamTimeline(), contractTimelineEntry));
  await writeArray(write, 'dates', mapStream(store.streamDates(), contractDateRecord));
  // Beyond the contract: what `dossier import` needs to restore entities' articles and quotes' speakers.
  await writeArray(write, 'mentions', mapStream(store.streamMentions(), contractMention));
  await write('}\n');
}

/** The whole export as one object; for tests and small stores. */
export async function buildExport(store: Store): Promise<Record<string, unknown>> {
  let text = '';
  await writeExport(store, (chunk) => {
    text += chunk;
  });
  return JSON.parse(text) as Record<string, unknown>;
}

async function writeArray(write: Write, key: string, items: AsyncIterable<unknown>): Promise<void> {
  await write(`,\n${JSON.stringify(key)}:[`);
  let first = true;
  for await (const item of items) {
    await write((first ? '\n' : ',\n') + JSON.stringify(item));
    first = false;
  }
  await write(']');
}

async function* mapStream<T, U>(items: AsyncIterable<T>, map: (t: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield map(item);
}

async function* paged<T, U>(fetch: (page: PageRequest) => Promise<T[]>, map: (t: T) => U): AsyncGenerator<U> {
  for (let offset = 0; ; offset += PAGE) {
    const items = await fetch({ offset, limit: PAGE });
    for (const item of items) yield map(item);
    if (items.length < PAGE) return;
  }
}
