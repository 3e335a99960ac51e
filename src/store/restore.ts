/**
 * Restore: exported records -> table rows with their ids, in multi-row INSERTs (the shared SQL of
 * both stores). Runs inside the caller's transaction; see Store.restore.
 */
import type { SqlDriver, SqlValue } from './driver.js';
import type { RestoreCounts, RestoreRecord } from './store.js';
import { fromId, json } from './rows.js';

type Kind = RestoreRecord['kind'];

interface TableSpec {
  readonly table: string;
  readonly columns: readonly string[];
}

/** Where each kind goes. Relations and timeline entries get fresh ids in input order, which keeps their listing order. */
const TABLES: Record<Kind, TableSpec> = {
  article: {
    table: 'articles',
    columns: ['id', 'fingerprint', 'source_path', 'source_url', 'format', 'title', 'outlet', 'authors', 'credits', 'published', 'published_start', 'url', 'body', 'removed', 'cleaned_by', 'duplicate_of', 'event_id', 'story_id', 'ingested_at'],
  },
  event: { table: 'events', columns: ['id', 'label', 'when_value', 'when_start', 'story_id'] },
  story: { table: 'stories', columns: ['id', 'label'] },
  entity: { table: 'entities', columns: ['id', 'name', 'type', 'aliases'] },
  mention: { table: 'mentions', columns: ['id', 'article_id', 'name', 'type', 'text', 'span_start', 'span_end', 'entity_id'] },
  quote: { table: 'quotes', columns: ['id', 'article_id', 'text', 'span_start', 'span_end', 'speaker', 'via'] },
  claim: { table: 'claims', columns: ['id', 'article_id', 'sentence', 'span_start', 'span_end', 'about', 'quantity', 'when_value', 'attributed_to'] },
  date: { table: 'dates', columns: ['id', 'article_id', 'text', 'span_start', 'span_end', 'value'] },
  relation: { table: 'relations', columns: ['story_id', 'kind', 'claim_ids', 'note'] },
  timeline: { table: 'timeline', columns: ['story_id', 'event_id', 'when_value', 'when_start', 'text', 'sources'] },
};

/** Tables restore writes ids into; PostgreSQL moves their id sequences past the largest afterwards. */
export const RESTORED_TABLES: readonly string[] = Object.values(TABLES).map((t) => t.table);

/** Rows per INSERT: 100 articles x 19 columns stays far below both databases' parameter limits. */
const ROWS_PER_INSERT = 100;

function toRow(r: RestoreRecord): SqlValue[] {
  switch (r.kind) {
    case 'article': {
      const a = r.value;
      return [fromId('article', a.id), a.fingerprint, a.source.path ?? null, a.source.url ?? null, a.format, a.title, a.outlet, json(a.authors), json(a.credits),
        a.published ? json(a.published) : null, a.published?.start ?? null, a.url, a.body, json(a.removed), a.cleanedBy,
        fromId('article', a.duplicateOf), fromId('event', a.event), fromId('story', a.story), a.ingestedAt];
    }
    case 'event': {
      const e = r.value;
      return [fromId('event', e.id), e.label, e.when ? json(e.when) : null, e.when?.start ?? null, fromId('story', e.story)];
    }
    case 'story':
      return [fromId('story', r.value.id), r.value.label];
    case 'entity':
      return [fromId('entity', r.value.id), r.value.name, r.value.type, json(r.value.aliases)];
    case 'mention': {
      const m = r.value;
      return [m.id, fromId('article', m.article), m.name, m.type, m.text, m.span.start, m.span.end, fromId('entity', m.entity)];
    }
    case 'quote': {
      const q = r.value;
      return [fromId('quote', q.id), fromId('article', q.article), q.text, q.span.start, q.span.end, q.speaker, json(q.via)];
    }
    case 'claim': {
      const c = r.value;
      return [fromId('claim', c.id), fromId('article', c.article), c.sentence, c.span.start, c.span.end, c.about,
        c.quantity ? json(c.quantity) : null, c.when ? json(c.when) : null, c.attributedTo];
    }
    case 'date': {
      const d = r.value;
      return [fromId('date', d.id), fromId('article', d.article), d.text, d.span.start, d.span.end, json(d.value)];
    }
    case 'relation':
      return [fromId('story', r.value.story), r.value.kind, json(r.value.claims), r.value.note];
    case 'timeline': {
      const t = r.value;
      return [fromId('story', t.story), fromId('event', t.event), json(t.when), t.when.start, t.text, json(t.sources)];
    }
  }
}

/**
 * Writes the records in arrival order, batching runs of one kind. A batch is written before a
 * record of another kind is taken, so rows that point at articles always find them written.
 */
export async function writeRecords(tx: SqlDriver, records: AsyncIterable<RestoreRecord>): Promise<RestoreCounts> {
  const counts: Record<Kind, number> = { article: 0, event: 0, story: 0, entity: 0, mention: 0, quote: 0, claim: 0, date: 0, relation: 0, timeline: 0 };
  let kind: Kind | null = null;
  let rows: SqlValue[][] = [];
  const flush = async (): Promise<void> => {
    if (kind === null || rows.length === 0) return;
    const { table, columns } = TABLES[kind];
    const one = `(${columns.map(() => '?').join(', ')})`;
    await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => one).join(', ')}`, rows.flat());
    rows = [];
  };
  for await (const record of records) {
    if (record.kind !== kind) {
      await flush();
      kind = record.kind;
    }
    rows.push(toRow(record));
    counts[record.kind]++;
    if (rows.length >= ROWS_PER_INSERT) await flush();
  }
  await flush();
  return counts;
}
