/**
 * Store implemented once over SqlDriver: the same schema and queries run on SQLite and PostgreSQL.
 * The only dialect-specific piece is full-text search, which each adapter passes in.
 */
import type {
  Article, ArticleAnalysis, ArticleId, ArticleSketch, Claim, ClaimId, ClusterFeatures, CopyLink, DateRecord, Entity, EntityId,
  Event, EventId, Quote, QuoteId, Relation, Story, StoryId, TimelineEntry,
} from '../types.js';
import type { SqlDriver, SqlValue } from './driver.js';
import {
  type AddArticlesResult, type ArticleLinks, type ClaimFilter, type CopyUpdate, type FeatureRow, type MemberFilter, type MemberRow,
  type MentionRow, type NewArticleWithAnalysis, type PageRequest, type QuoteFilter, type RestoreCounts, type RestoreRecord, type SearchResults,
  type Store, type StoryActivity, type WithStory, pageBounds,
} from './store.js';
import {
  articleFromRow, claimFromRow, dateFromRow, entityFromRow, eventFromRow, fromId, json, mentionFromRow, quoteFromRow,
  parseJson, relationFromRow, sketchFromRow, storyActivityFromRow, storyFromRow, timelineFromRow, toId, toIdOrNull,
} from './rows.js';
import { AppFailure, err, ok, type Result } from '../result.js';
import { RESTORED_TABLES, writeRecords } from './restore.js';

/** One hit as a dialect's search returns it; `rank`: lower is better. */
export type SearchRow = {
  readonly id: number;
  readonly title: string | null;
  readonly snippet: string;
  readonly rank: number;
};

export interface SearchDialect {
  /**
   * The page of hits for `query` (already in the dialect's syntax), best first (ties newest
   * first), ranked over the newest `window` matches at most, snippets for the page only; and how
   * many articles match, counted up to `window + 1` (so that counting stays bounded too).
   */
  search(db: SqlDriver, query: string, window: number, page: { offset: number; limit: number }): Promise<{ rows: SearchRow[]; matched: number }>;
  /** Turns the user's words into the dialect's query syntax; null when nothing searchable is left. */
  toQuery(text: string): string | null;
}

/** Choices made when a store is opened. */
export interface StoreOptions {
  /**
   * Matches ranked per search query at most (default DEFAULT_SEARCH_WINDOW): a query matching more
   * articles is ranked over its newest matches only, so its cost stays bounded as the store grows.
   */
  readonly searchWindow?: number;
}

/**
 * Ranking every match costs time in proportion to the matches: a word found in most articles
 * ("said") took 1.6 s at 100,000 articles (HTTP, loaded machine) and grows with the store. Search
 * engines bound that work; here a query is ranked over its newest 500 matches. Its cost then
 * depends on the window, not on the store: SQLite reads the newest matches straight from the end
 * of the word's doclist, and PostgreSQL, for a word in a fraction f of the articles, reads about
 * 500 / f of the newest rows. 500 rather than 1,000: PostgreSQL's common-word p95 roughly halved
 * (100,000 articles, see docs/scaling.md); SQLite's barely changed. Queries naming a person or a
 * place match fewer and are ranked whole.
 */
export const DEFAULT_SEARCH_WINDOW = 500;

/** What an adapter adds beyond the shared SQL, where its database needs it. */
export interface DialectHooks {
  /** Runs after `restore` wrote explicit ids into these tables (PostgreSQL moves its id sequences on). */
  afterRestore?(tx: SqlDriver, tables: readonly string[]): Promise<void>;
  /**
   * Called first in addArticles' transaction. PostgreSQL takes a lock per fingerprint here, in one
   * global order, so concurrent ingests of overlapping batches wait for each other instead of
   * deadlocking on the unique index. (SQLite has one writer at a time and needs none.)
   */
  lockFingerprints?(tx: SqlDriver, fingerprints: readonly string[]): Promise<void>;
}

const ARTICLE_COLUMNS = 'id, fingerprint, source_path, source_url, format, title, outlet, authors, credits, published, url, body, removed, cleaned_by, duplicate_of, event_id, story_id, ingested_at';
const QUOTE_SELECT = `SELECT q.*, (SELECT m.entity_id FROM mentions m WHERE m.article_id = q.article_id AND m.name = q.speaker AND m.entity_id IS NOT NULL ORDER BY m.id LIMIT 1) AS speaker_entity FROM quotes q`;
/* Orderings on nullable columns say NULLS FIRST: SQLite's default and PostgreSQL's opposite, so both stores list alike. */
/** Rows per multi-row statement; below SQLite's and PostgreSQL's parameter limits for every table here. */
const ROWS_PER_STATEMENT = 100;

export class SqlStore implements Store {
  constructor(
    readonly kind: 'embedded' | 'postgres',
    readonly location: string,
    private readonly db: SqlDriver,
    private readonly searchDialect: SearchDialect,
    private readonly hooks: DialectHooks = {},
    options: StoreOptions = {},
  ) {
    this.searchWindow = Math.max(1, Math.trunc(options.searchWindow ?? DEFAULT_SEARCH_WINDOW));
  }

  private readonly searchWindow: number;

  async hasFingerprints(fingerprints: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const chunk of chunks([...new Set(fingerprints)], ROWS_PER_STATEMENT)) {
      for (const r of await this.db.all<{ fingerprint: string }>(`SELECT fingerprint FROM articles WHERE fingerprint IN (${marks(chunk.length)})`, chunk)) found.add(String(r.fingerprint));
    }
    return found;
  }

  async addArticles(items: readonly NewArticleWithAnalysis[]): Promise<AddArticlesResult> {
    if (items.length === 0) return { added: [], alreadyStored: [] };
    return this.db.transaction(async (tx) => {
      await this.hooks.lockFingerprints?.(tx, items.map((i) => i.article.fingerprint));
      const added: Article[] = [];
      const alreadyStored: { fingerprint: string; existing: ArticleId }[] = [];
      for (const { article: a, analysis } of items) {
        const row = await tx.get<{ id: number }>(
          `INSERT INTO articles (fingerprint, source_path, source_url, format, title, outlet, authors, credits, published, published_start, url, body, removed, cleaned_by, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING RETURNING id`,
          [a.fingerprint, a.source.path ?? null, a.source.url ?? null, a.format, a.title, a.outlet, json(a.authors), json(a.credits),
            a.published ? json(a.published) : null, a.published?.start ?? null, a.url, a.body, json(a.removed), a.cleanedBy, a.ingestedAt],
        );
        if (!row) {
          const existing = await tx.get<{ id: number }>('SELECT id FROM articles WHERE fingerprint = ?', [a.fingerprint]);
          alreadyStored.push({ fingerprint: a.fingerprint, existing: toId<ArticleId>('article', existing?.id) });
          continue;
        }
        const id = Number(row.id);
        await insertAnalysis(tx, id, analysis);
        added.push({ ...a, id: toId<ArticleId>('article', id), duplicateOf: null, event: null, story: null });
      }
      return { added, alreadyStored };
    });
  }

  async getArticle(id: ArticleId): Promise<Article | null> {
    const n = fromId('article', id);
    if (n === null) return null;
    const row = await this.db.get(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [n]);
    return row ? articleFromRow(row) : null;
  }

  async getArticles(ids: readonly ArticleId[]): Promise<Article[]> {
    const ns = ids.map((id) => fromId('article', id)).filter((n): n is number => n !== null);
    const rows = await this.selectIn(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id IN`, ns);
    const byId = new Map(rows.map((r) => [Number(r.id), articleFromRow(r)]));
    return ns.map((n) => byId.get(n)).filter((a): a is Article => a !== undefined);
  }

  async listArticles(page?: PageRequest): Promise<Article[]> {
    const { offset, limit } = pageBounds(page);
    return (await this.db.all(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY id LIMIT ? OFFSET ?`, [limit, offset])).map(articleFromRow);
  }

  async countArticles(): Promise<number> {
    return Number((await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles'))?.n ?? 0);
  }

  streamArticles(batchSize = 500): AsyncIterable<Article> {
    return this.streamTable(`SELECT ${ARTICLE_COLUMNS} FROM articles`, 'id', articleFromRow, batchSize);
  }

  async setArticleLinks(links: readonly ArticleLinks[]): Promise<void> {
    if (links.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const link of links) {
        const sets: string[] = [];
        const params: SqlValue[] = [];
        if (link.duplicateOf !== undefined) sets.push('duplicate_of = ?'), params.push(fromId('article', link.duplicateOf));
        if (link.event !== undefined) sets.push('event_id = ?'), params.push(fromId('event', link.event));
        if (link.story !== undefined) sets.push('story_id = ?'), params.push(fromId('story', link.story));
        if (sets.length) await tx.run(`UPDATE articles SET ${sets.join(', ')} WHERE id = ?`, [...params, fromId('article', link.id)]);
      }
    });
  }

  async getAnalysis(id: ArticleId): Promise<ArticleAnalysis & { quoteIds: QuoteId[]; claimIds: ClaimId[] }> {
    const n = fromId('article', id) ?? -1;
    const [dates, mentions, quotes, claims] = await Promise.all([
      this.db.all('SELECT * FROM dates WHERE article_id = ? ORDER BY span_start, id', [n]),
      this.db.all('SELECT * FROM mentions WHERE article_id = ? ORDER BY span_start, id', [n]),
      this.db.all(`${QUOTE_SELECT} WHERE q.article_id = ? ORDER BY q.span_start, q.id`, [n]),
      this.db.all('SELECT * FROM claims WHERE article_id = ? ORDER BY span_start, id', [n]),
    ]);
    const qs = quotes.map(quoteFromRow);
    const cs = claims.map(claimFromRow);
    return {
      dates: dates.map(dateFromRow).map(({ text, span, value }) => ({ text, span, value })),
      entities: mentions.map(mentionFromRow).map(({ name, type, text, span }) => ({ name, type, text, span })),
      quotes: qs.map(({ text, span, speaker, via }) => ({ text, span, speaker, via })),
      claims: cs.map(({ sentence, span, about, quantity, when, attributedTo }) => ({ sentence, span, about, quantity, when, attributedTo })),
      quoteIds: qs.map((q) => q.id),
      claimIds: cs.map((c) => c.id),
    };
  }

  async listQuotes(filter: QuoteFilter = {}, page?: PageRequest): Promise<Quote[]> {
    const { offset, limit } = pageBounds(page);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.article) where.push('q.article_id = ?'), params.push(fromId('article', filter.article) ?? -1);
    if (filter.speaker) where.push('LOWER(q.speaker) LIKE ?'), params.push(`%${filter.speaker.toLowerCase()}%`);
    const sql = `${QUOTE_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY q.id LIMIT ? OFFSET ?`;
    return (await this.db.all(sql, [...params, limit, offset])).map(quoteFromRow);
  }

  async listClaims(filter: ClaimFilter = {}, page?: PageRequest): Promise<Claim[]> {
    const { offset, limit } = pageBounds(page);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.article) where.push('article_id = ?'), params.push(fromId('article', filter.article) ?? -1);
    if (filter.about) where.push('(LOWER(about) LIKE ? OR LOWER(sentence) LIKE ?)'), params.push(`%${filter.about.toLowerCase()}%`, `%${filter.about.toLowerCase()}%`);
    const sql = `SELECT * FROM claims${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT ? OFFSET ?`;
    return (await this.db.all(sql, [...params, limit, offset])).map(claimFromRow);
  }

  async getClaims(ids: readonly ClaimId[]): Promise<Claim[]> {
    const ns = ids.map((id) => fromId('claim', id)).filter((n): n is number => n !== null);
    return (await this.selectIn('SELECT * FROM claims WHERE id IN', ns)).map(claimFromRow);
  }

  streamQuotes(batchSize = 1000): AsyncIterable<Quote> {
    return this.streamTable(QUOTE_SELECT, 'q.id', quoteFromRow, batchSize);
  }
  streamClaims(batchSize = 1000): AsyncIterable<Claim> {
    return this.streamTable('SELECT * FROM claims', 'id', claimFromRow, batchSize);
  }
  streamDates(batchSize = 1000): AsyncIterable<DateRecord> {
    return this.streamTable('SELECT * FROM dates', 'id', dateFromRow, batchSize);
  }
  streamMentions(batchSize = 1000): AsyncIterable<MentionRow> {
    return this.streamTable('SELECT * FROM mentions', 'id', mentionFromRow, batchSize);
  }

  async listDateMentions(articles: readonly ArticleId[]): Promise<DateRecord[]> {
    const ns = articles.map((id) => fromId('article', id)).filter((n): n is number => n !== null);
    return (await this.selectIn('SELECT * FROM dates WHERE article_id IN', ns, ' ORDER BY article_id, span_start, id')).map(dateFromRow);
  }

  async listMentions(articles: readonly ArticleId[]): Promise<MentionRow[]> {
    const ns = articles.map((id) => fromId('article', id)).filter((n): n is number => n !== null);
    return (await this.selectIn('SELECT * FROM mentions WHERE article_id IN', ns, ' ORDER BY id')).map(mentionFromRow);
  }

  async setMentionEntities(assignments: readonly { mention: number; entity: EntityId }[]): Promise<void> {
    if (assignments.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const a of assignments) await tx.run('UPDATE mentions SET entity_id = ? WHERE id = ?', [fromId('entity', a.entity), a.mention]);
    });
  }

  async putEvents(events: readonly Event[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const e of events) {
        const id = fromId('event', e.id);
        await tx.run('DELETE FROM events WHERE id = ?', [id]);
        await tx.run('INSERT INTO events (id, label, when_value, when_start, story_id) VALUES (?, ?, ?, ?, ?)', [
          id, e.label, e.when ? json(e.when) : null, e.when?.start ?? null, fromId('story', e.story),
        ]);
      }
    });
  }

  async deleteEvents(ids: readonly EventId[]): Promise<void> {
    const ns = ids.map((id) => fromId('event', id)).filter((n): n is number => n !== null);
    for (const chunk of chunks(ns, ROWS_PER_STATEMENT)) await this.db.run(`DELETE FROM events WHERE id IN (${marks(chunk.length)})`, chunk);
  }

  async listEvents(filter: { story?: StoryId } = {}, page?: PageRequest): Promise<Event[]> {
    const { offset, limit } = pageBounds(page);
    const rows = filter.story
      ? await this.db.all('SELECT * FROM events WHERE story_id = ? ORDER BY when_start NULLS FIRST, id LIMIT ? OFFSET ?', [fromId('story', filter.story) ?? -1, limit, offset])
      : await this.db.all('SELECT * FROM events ORDER BY id LIMIT ? OFFSET ?', [limit, offset]);
    const members = await this.membersOf('event_id', rows.map((r) => Number(r.id)));
    return rows.map((r) => eventFromRow(r, members.get(Number(r.id)) ?? []));
  }

  async getEvent(id: EventId): Promise<Event | null> {
    const row = await this.db.get('SELECT * FROM events WHERE id = ?', [fromId('event', id) ?? -1]);
    if (!row) return null;
    return eventFromRow(row, (await this.membersOf('event_id', [Number(row.id)])).get(Number(row.id)) ?? []);
  }

  async putStories(stories: readonly Story[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const s of stories) {
        const id = fromId('story', s.id);
        await tx.run('INSERT INTO stories (id, label) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET label = excluded.label', [id, s.label]);
      }
    });
  }

  async deleteStories(ids: readonly StoryId[]): Promise<void> {
    const ns = ids.map((id) => fromId('story', id)).filter((n): n is number => n !== null);
    for (const chunk of chunks(ns, ROWS_PER_STATEMENT)) {
      await this.db.run(`DELETE FROM stories WHERE id IN (${marks(chunk.length)})`, chunk);
      // A story's relations and timeline go with it (they are recomputed for the story that takes its articles).
      await this.db.run(`DELETE FROM relations WHERE story_id IN (${marks(chunk.length)})`, chunk);
      await this.db.run(`DELETE FROM timeline WHERE story_id IN (${marks(chunk.length)})`, chunk);
    }
  }

  async listStories(page?: PageRequest): Promise<Story[]> {
    const { offset, limit } = pageBounds(page);
    const rows = await this.db.all('SELECT * FROM stories ORDER BY id LIMIT ? OFFSET ?', [limit, offset]);
    return this.storiesFromRows(rows);
  }

  async getStory(id: StoryId): Promise<Story | null> {
    const rows = await this.db.all('SELECT * FROM stories WHERE id = ?', [fromId('story', id) ?? -1]);
    return (await this.storiesFromRows(rows))[0] ?? null;
  }

  async listStoryActivity(page?: PageRequest): Promise<StoryActivity[]> {
    const { offset, limit } = pageBounds(page);
    // Two steps so the cost does not grow with the article count: the page is chosen from the events table
    // (much smaller than articles), then article figures are read for that page's stories only, by index.
    const rows = await this.db.all(
      `SELECT s.id, s.label, e.event_count, e.latest_event FROM stories s
       LEFT JOIN (SELECT story_id, COUNT(*) AS event_count, MAX(when_start) AS latest_event FROM events WHERE story_id IS NOT NULL GROUP BY story_id) e
         ON e.story_id = s.id
       ORDER BY e.latest_event DESC NULLS LAST, s.id DESC LIMIT ? OFFSET ?`,
      [limit, offset],
    );
    const figures = new Map<number, Record<string, unknown>>();
    for (const r of await this.selectIn(
      'SELECT story_id, COUNT(*) AS article_count, MAX(published_start) AS latest_published, MAX(ingested_at) AS last_ingested FROM articles WHERE story_id IN',
      rows.map((r) => Number(r.id)), ' GROUP BY story_id',
    )) figures.set(Number(r.story_id), r);
    return rows.map((r) => storyActivityFromRow({ ...r, ...figures.get(Number(r.id)) }));
  }

  async putEntities(entities: readonly Entity[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const e of entities) {
        const id = fromId('entity', e.id);
        await tx.run('DELETE FROM entities WHERE id = ?', [id]);
        await tx.run('INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)', [id, e.name, e.type, json(e.aliases)]);
      }
    });
  }

  async deleteEntities(ids: readonly EntityId[]): Promise<void> {
    const ns = ids.map((id) => fromId('entity', id)).filter((n): n is number => n !== null);
    for (const chunk of chunks(ns, ROWS_PER_STATEMENT)) {
      await this.db.run(`DELETE FROM entity_keys WHERE entity_id IN (${marks(chunk.length)})`, chunk);
      await this.db.run(`DELETE FROM entities WHERE id IN (${marks(chunk.length)})`, chunk);
    }
  }

  async listEntities(filter: { type?: Entity['type']; name?: string } = {}, page?: PageRequest): Promise<Entity[]> {
    const { offset, limit } = pageBounds(page);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.type) where.push('e.type = ?'), params.push(filter.type);
    if (filter.name) where.push('(LOWER(e.name) LIKE ? OR LOWER(e.aliases) LIKE ?)'), params.push(`%${filter.name.toLowerCase()}%`, `%${filter.name.toLowerCase()}%`);
    const rows = await this.db.all(
      `SELECT e.*, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count FROM entities e
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY mention_count DESC, e.id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return this.entitiesFromRows(rows);
  }

  async getEntity(id: EntityId): Promise<Entity | null> {
    const rows = await this.db.all('SELECT e.*, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count FROM entities e WHERE e.id = ?', [fromId('entity', id) ?? -1]);
    return (await this.entitiesFromRows(rows))[0] ?? null;
  }

  async getEntities(ids: readonly EntityId[]): Promise<Entity[]> {
    const ns = ids.map((id) => fromId('entity', id)).filter((n): n is number => n !== null);
    const rows = await this.selectIn('SELECT e.*, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count FROM entities e WHERE e.id IN', ns, ' ORDER BY e.id');
    return this.entitiesFromRows(rows);
  }

  async addEntities(entities: readonly Pick<Entity, 'name' | 'type' | 'aliases'>[]): Promise<EntityId[]> {
    if (entities.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const ids: EntityId[] = [];
      for (const e of entities) {
        const row = await tx.get<{ id: number }>('INSERT INTO entities (name, type, aliases) VALUES (?, ?, ?) RETURNING id', [e.name, e.type, json(e.aliases)]);
        ids.push(toId<EntityId>('entity', row!.id));
      }
      return ids;
    });
  }

  async findEntityKeys(keys: readonly string[]): Promise<{ key: string; entity: EntityId }[]> {
    const out: { key: string; entity: EntityId }[] = [];
    for (const chunk of chunks([...new Set(keys)], ROWS_PER_STATEMENT)) {
      const rows = await this.db.all<{ key: string; entity_id: number }>(`SELECT key, entity_id FROM entity_keys WHERE key IN (${marks(chunk.length)}) ORDER BY entity_id`, chunk);
      for (const r of rows) out.push({ key: String(r.key), entity: toId<EntityId>('entity', r.entity_id) });
    }
    return out;
  }

  async addEntityKeys(pairs: readonly { key: string; entity: EntityId }[]): Promise<void> {
    if (pairs.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const p of pairs) await tx.run('INSERT INTO entity_keys (key, entity_id) VALUES (?, ?) ON CONFLICT (key, entity_id) DO NOTHING', [p.key, fromId('entity', p.entity)]);
    });
  }

  async replaceRelations(story: StoryId | null, relations: readonly Relation[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (story === null) await tx.run('DELETE FROM relations');
      else await tx.run('DELETE FROM relations WHERE story_id = ?', [fromId('story', story)]);
      for (const r of relations) {
        await tx.run('INSERT INTO relations (story_id, kind, claim_ids, note) VALUES (?, ?, ?, ?)', [fromId('story', story), r.kind, json(r.claims), r.note]);
      }
    });
  }

  async listRelations(filter: { story?: StoryId } = {}, page?: PageRequest): Promise<Relation[]> {
    const { offset, limit } = pageBounds(page);
    const rows = filter.story
      ? await this.db.all('SELECT * FROM relations WHERE story_id = ? ORDER BY id LIMIT ? OFFSET ?', [fromId('story', filter.story) ?? -1, limit, offset])
      : await this.db.all('SELECT * FROM relations ORDER BY id LIMIT ? OFFSET ?', [limit, offset]);
    return rows.map(relationFromRow);
  }

  async replaceTimeline(story: StoryId | null, entries: readonly TimelineEntry[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (story === null) await tx.run('DELETE FROM timeline');
      else await tx.run('DELETE FROM timeline WHERE story_id = ?', [fromId('story', story)]);
      for (const t of entries) {
        await tx.run('INSERT INTO timeline (story_id, event_id, when_value, when_start, text, sources) VALUES (?, ?, ?, ?, ?, ?)', [
          fromId('story', story), fromId('event', t.event), json(t.when), t.when.start, t.text, json(t.sources),
        ]);
      }
    });
  }

  async listTimeline(filter: { story?: StoryId } = {}, page?: PageRequest): Promise<TimelineEntry[]> {
    const { offset, limit } = pageBounds(page);
    const rows = filter.story
      ? await this.db.all('SELECT * FROM timeline WHERE story_id = ? ORDER BY when_start NULLS FIRST, id LIMIT ? OFFSET ?', [fromId('story', filter.story) ?? -1, limit, offset])
      : await this.db.all('SELECT * FROM timeline ORDER BY story_id NULLS FIRST, when_start NULLS FIRST, id LIMIT ? OFFSET ?', [limit, offset]);
    return rows.map(timelineFromRow);
  }

  streamRelations(batchSize = 1000): AsyncIterable<WithStory<Relation>> {
    return this.streamTable('SELECT * FROM relations', 'id', (r) => ({ ...relationFromRow(r), story: toIdOrNull<StoryId>('story', r.story_id) }), batchSize);
  }

  async *streamTimeline(batchSize = 1000): AsyncIterable<WithStory<TimelineEntry>> {
    // Offset paging: the order is not by a unique key alone, and timelines are small next to articles.
    for (let offset = 0; ; offset += batchSize) {
      const rows = await this.db.all('SELECT * FROM timeline ORDER BY story_id NULLS FIRST, when_start NULLS FIRST, id LIMIT ? OFFSET ?', [batchSize, offset]);
      for (const r of rows) yield { ...timelineFromRow(r), story: toIdOrNull<StoryId>('story', r.story_id) };
      if (rows.length < batchSize) return;
    }
  }

  async restore(records: AsyncIterable<RestoreRecord>): Promise<Result<RestoreCounts>> {
    let attempts = 0;
    try {
      const counts = await this.db.transaction(async (tx) => {
        // `records` can be read once: a transaction PostgreSQL aborted for a conflict cannot be run again.
        if (++attempts > 1) throw new AppFailure({ code: 'STORE_IMPORT', message: `another process wrote to ${this.location} during the import; import into a store nobody else uses` });
        const held = await tx.get<{ n: number }>(
          'SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM stories) + (SELECT COUNT(*) FROM entities) AS n',
        );
        if (Number(held?.n ?? 0) > 0) throw new AppFailure({ code: 'STORE_IMPORT', message: `${this.location} is not empty; import into a new store (another --db)` });
        const written = await writeRecords(tx, records);
        await this.hooks.afterRestore?.(tx, RESTORED_TABLES);
        return written;
      });
      return ok(counts);
    } catch (e) {
      if (e instanceof AppFailure) return err(e.error.code, e.error.message, e.error.cause);
      const code = String((e as { code?: unknown }).code ?? '');
      // SQLite's SQLITE_CONSTRAINT_* and PostgreSQL's class 23 (integrity constraint violation).
      if (code.startsWith('SQLITE_CONSTRAINT') || code.startsWith('23')) {
        return err('STORE_IMPORT', `the export does not fit the store (${(e as Error).message}): a record points at a missing article, or an id appears twice; nothing was imported`, e);
      }
      throw e;
    }
  }

  async listMembers(filter: MemberFilter): Promise<MemberRow[]> {
    const select = 'SELECT id, duplicate_of, event_id, story_id FROM articles WHERE';
    const ids = (kind: 'article' | 'event' | 'story', xs: readonly string[] | undefined): number[] =>
      (xs ?? []).map((x) => fromId(kind, x)).filter((n): n is number => n !== null);
    const rows = [
      ...(await this.selectIn(`${select} id IN`, ids('article', filter.articles))),
      ...(await this.selectIn(`${select} event_id IN`, ids('event', filter.events))),
      ...(await this.selectIn(`${select} story_id IN`, ids('story', filter.stories))),
      ...(await this.selectIn(`${select} duplicate_of IN`, ids('article', filter.copiesOf))),
    ];
    const byId = new Map<number, MemberRow>();
    for (const r of rows) {
      byId.set(Number(r.id), {
        id: toId<ArticleId>('article', r.id),
        duplicateOf: toIdOrNull<ArticleId>('article', r.duplicate_of),
        event: toIdOrNull<EventId>('event', r.event_id),
        story: toIdOrNull<StoryId>('story', r.story_id),
      });
    }
    return [...byId.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);
  }

  async allocateIds(kind: 'event' | 'story', n: number): Promise<string[]> {
    if (n <= 0) return [];
    const table = kind === 'event' ? 'events' : 'stories';
    return this.db.transaction(async (tx) => {
      const counter = Number((await tx.get<{ value: number }>('SELECT value FROM counters WHERE name = ?', [table]))?.value ?? 0);
      const stored = Number((await tx.get<{ m: number }>(`SELECT MAX(id) AS m FROM ${table}`))?.m ?? 0);
      const first = Math.max(counter, stored) + 1;
      await tx.run('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value', [table, first + n - 1]);
      return Array.from({ length: n }, (_, i) => toId<string>(kind, first + i));
    });
  }

  async putSketches(input: readonly ArticleSketch[]): Promise<void> {
    const sketches = lastPer(input, (k) => k.article);
    if (sketches.length === 0) return;
    await this.db.transaction(async (tx) => {
      const ids = sketches.map((k) => fromId('article', k.article)!);
      // Keep an existing copy link: re-sketching an article does not decide again what it copies.
      await insertRows(tx, 'dedup_sketches (article_id, body_hash, shingles, minhash, credits, published)',
        sketches.map((k, i) => [ids[i]!, k.bodyHash, k.shingles, encodeMinhash(k.minhash), json(k.credits), k.published]),
        ` ON CONFLICT (article_id) DO UPDATE SET body_hash = excluded.body_hash, shingles = excluded.shingles, minhash = excluded.minhash,
             credits = excluded.credits, published = excluded.published`);
      for (const chunk of chunks(ids, ROWS_PER_STATEMENT)) await tx.run(`DELETE FROM dedup_bands WHERE article_id IN (${marks(chunk.length)})`, chunk);
      await insertRows(tx, 'dedup_bands (band, article_id)', sketches.flatMap((k, i) => [...new Set(k.bands)].map((b) => [b, ids[i]!])));
    });
  }

  async getSketches(ids: readonly ArticleId[]): Promise<ArticleSketch[]> {
    const ns = ids.map((id) => fromId('article', id)).filter((n): n is number => n !== null);
    return this.sketchesOf(ns);
  }

  async findSketchCandidates(bodyHashes: readonly string[], bands: readonly number[], perKey: number): Promise<ArticleSketch[]> {
    const found = new Set<number>();
    // Few statements (PostgreSQL pays a round trip each), each key's newest `perKey` articles.
    const newest = (table: string, column: string) =>
      `SELECT article_id FROM (SELECT article_id, ROW_NUMBER() OVER (PARTITION BY ${column} ORDER BY article_id DESC) AS rn FROM ${table} WHERE ${column} IN`;
    for (const chunk of chunks([...new Set(bodyHashes)], ROWS_PER_STATEMENT * 5)) {
      for (const r of await this.db.all(`${newest('dedup_sketches', 'body_hash')} (${marks(chunk.length)})) t WHERE rn <= ?`, [...chunk, perKey])) found.add(Number(r.article_id));
    }
    for (const chunk of chunks([...new Set(bands)], ROWS_PER_STATEMENT * 5)) {
      for (const r of await this.db.all(`${newest('dedup_bands', 'band')} (${marks(chunk.length)})) t WHERE rn <= ?`, [...chunk, perKey])) found.add(Number(r.article_id));
    }
    return this.sketchesOf([...found].sort((x, y) => x - y));
  }

  async setCopies(updates: readonly CopyUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const u of updates) {
        await tx.run('UPDATE dedup_sketches SET copy_of = ?, similarity = ?, kind = ? WHERE article_id = ?', [
          fromId('article', u.copyOf), u.copyOf === null ? null : u.similarity, u.copyOf === null ? null : u.kind, fromId('article', u.article),
        ]);
      }
    });
  }

  async listCopies(page?: PageRequest): Promise<CopyLink[]> {
    const { offset, limit } = pageBounds(page);
    const rows = await this.db.all(
      'SELECT article_id, copy_of, similarity, kind FROM dedup_sketches WHERE copy_of IS NOT NULL ORDER BY copy_of, article_id LIMIT ? OFFSET ?',
      [limit, offset],
    );
    return rows.map((r) => ({
      article: toId<ArticleId>('article', r.article_id),
      copyOf: toId<ArticleId>('article', r.copy_of),
      similarity: Number(r.similarity),
      kind: r.kind as CopyLink['kind'],
    }));
  }

  async putClusterFeatures(input: readonly FeatureRow[]): Promise<void> {
    const rows = lastPer(input, (r) => r.article);
    if (rows.length === 0) return;
    await this.db.transaction(async (tx) => {
      const ids = rows.map((r) => fromId('article', r.article)!);
      await insertRows(tx, 'cluster_features (article_id, features)', rows.map((r, i) => [ids[i]!, json(r.features)]), ' ON CONFLICT (article_id) DO UPDATE SET features = excluded.features');
      for (const chunk of chunks(ids, ROWS_PER_STATEMENT)) await tx.run(`DELETE FROM cluster_postings WHERE article_id IN (${marks(chunk.length)})`, chunk);
      await insertRows(tx, 'cluster_postings (key, article_id)', rows.flatMap((r, i) => [...new Set(r.keys)].map((key) => [key, ids[i]!])));
    });
  }

  async getClusterFeatures(ids: readonly ArticleId[]): Promise<Map<ArticleId, ClusterFeatures>> {
    const ns = ids.map((id) => fromId('article', id)).filter((n): n is number => n !== null);
    const rows = await this.selectIn('SELECT article_id, features FROM cluster_features WHERE article_id IN', ns);
    return new Map(rows.map((r) => [toId<ArticleId>('article', r.article_id), parseJson<ClusterFeatures>(r.features, null as never)]));
  }

  async addDocumentFrequencies(counts: ReadonlyMap<string, number>, documents: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      await insertRows(tx, 'cluster_df (key, df)', [...counts], ' ON CONFLICT (key) DO UPDATE SET df = cluster_df.df + excluded.df');
      await tx.run('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value', ['cluster_documents', documents]);
    });
  }

  async getDocumentFrequencies(keys: readonly string[]): Promise<{ documents: number; df: Map<string, number> }> {
    const df = new Map<string, number>();
    for (const chunk of chunks([...new Set(keys)], ROWS_PER_STATEMENT * 5)) {
      for (const r of await this.db.all(`SELECT key, df FROM cluster_df WHERE key IN (${marks(chunk.length)})`, chunk)) df.set(String(r.key), Number(r.df));
    }
    const documents = Number((await this.db.get<{ value: number }>('SELECT value FROM counters WHERE name = ?', ['cluster_documents']))?.value ?? 0);
    return { documents, df };
  }

  async findPostings(keys: readonly string[], perKey: number): Promise<Map<string, ArticleId[]>> {
    const out = new Map<string, ArticleId[]>(keys.map((k) => [k, []]));
    // One statement per 500 keys; each key's newest `perKey` postings through the (key, article_id) index.
    for (const chunk of chunks([...new Set(keys)], ROWS_PER_STATEMENT * 5)) {
      const rows = await this.db.all(
        `SELECT key, article_id FROM (SELECT key, article_id, ROW_NUMBER() OVER (PARTITION BY key ORDER BY article_id DESC) AS rn
           FROM cluster_postings WHERE key IN (${marks(chunk.length)})) t WHERE rn <= ? ORDER BY key, article_id DESC`,
        [...chunk, perKey],
      );
      for (const r of rows) out.get(String(r.key))!.push(toId<ArticleId>('article', r.article_id));
    }
    return out;
  }


  async getClusterScales(ids: readonly ArticleId[]): Promise<Map<ArticleId, number[]>> {
    const ns = ids.map((id) => fromId('article', id)).filter((n): n is number => n !== null);
    const rows = await this.selectIn('SELECT article_id, sims FROM cluster_scales WHERE article_id IN', ns);
    return new Map(rows.map((r) => [toId<ArticleId>('article', r.article_id), parseJson<number[]>(r.sims, [])]));
  }

  async putClusterScales(input: readonly { article: ArticleId; sims: readonly number[] }[]): Promise<void> {
    const rows = lastPer(input, (r) => r.article);
    if (rows.length === 0) return;
    await this.db.transaction(async (tx) => {
      await insertRows(tx, 'cluster_scales (article_id, sims)', rows.map((r) => [fromId('article', r.article), json(r.sims)]), ' ON CONFLICT (article_id) DO UPDATE SET sims = excluded.sims');
    });
  }

  async search(query: string, page?: PageRequest): Promise<SearchResults> {
    const q = this.searchDialect.toQuery(query);
    if (q === null) return { hits: [], total: 0, totalIsLowerBound: false };
    const { offset, limit } = pageBounds(page);
    const { rows, matched } = await this.searchDialect.search(this.db, q, this.searchWindow, { offset, limit });
    const total = Math.min(matched, this.searchWindow);
    const hits = rows.slice(0, Math.max(0, total - offset))
      .map((r) => ({ article: toId<ArticleId>('article', r.id), title: r.title, snippet: r.snippet, rank: Number(r.rank) }));
    return { hits, total, totalIsLowerBound: matched > this.searchWindow };
  }

  async schemaVersion(): Promise<number> {
    return Number((await this.db.get<{ v: number }>('SELECT MAX(version) AS v FROM schema_migrations'))?.v ?? 0);
  }

  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.exclusive(fn);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // -------------------------------------------------------------------------------------------

  private async selectIn(prefix: string, ids: readonly number[], suffix = ''): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    for (const chunk of chunks(ids, ROWS_PER_STATEMENT)) out.push(...(await this.db.all(`${prefix} (${marks(chunk.length)})${suffix}`, chunk)));
    return out;
  }

  private async sketchesOf(ids: readonly number[]): Promise<ArticleSketch[]> {
    const rows = await this.selectIn('SELECT * FROM dedup_sketches WHERE article_id IN', ids, ' ORDER BY article_id');
    const bands = await this.selectIn('SELECT band, article_id FROM dedup_bands WHERE article_id IN', ids);
    const byArticle = new Map<number, number[]>();
    for (const b of bands) (byArticle.get(Number(b.article_id)) ?? byArticle.set(Number(b.article_id), []).get(Number(b.article_id))!).push(Number(b.band));
    return rows.map((r) => sketchFromRow(r, byArticle.get(Number(r.article_id)) ?? []));
  }

  /** Article ids grouped by the given column's value, for the given values. */
  private async membersOf(column: 'event_id' | 'story_id', values: readonly number[]): Promise<Map<number, ArticleId[]>> {
    const rows = await this.selectIn(`SELECT id, ${column} AS owner FROM articles WHERE ${column} IN`, values, ' ORDER BY id');
    const out = new Map<number, ArticleId[]>();
    for (const r of rows) {
      const owner = Number(r.owner);
      (out.get(owner) ?? out.set(owner, []).get(owner)!).push(toId<ArticleId>('article', r.id));
    }
    return out;
  }

  private async storiesFromRows(rows: Record<string, unknown>[]): Promise<Story[]> {
    const ids = rows.map((r) => Number(r.id));
    const articles = await this.membersOf('story_id', ids);
    const eventRows = await this.selectIn('SELECT id, story_id FROM events WHERE story_id IN', ids, ' ORDER BY when_start NULLS FIRST, id');
    const events = new Map<number, EventId[]>();
    for (const r of eventRows) {
      const owner = Number(r.story_id);
      (events.get(owner) ?? events.set(owner, []).get(owner)!).push(toId<EventId>('event', r.id));
    }
    return rows.map((r) => storyFromRow(r, events.get(Number(r.id)) ?? [], articles.get(Number(r.id)) ?? []));
  }

  private async entitiesFromRows(rows: Record<string, unknown>[]): Promise<Entity[]> {
    const ids = rows.map((r) => Number(r.id));
    const links = await this.selectIn('SELECT DISTINCT entity_id, article_id FROM mentions WHERE entity_id IN', ids, ' ORDER BY article_id');
    const byEntity = new Map<number, ArticleId[]>();
    for (const r of links) {
      const owner = Number(r.entity_id);
      (byEntity.get(owner) ?? byEntity.set(owner, []).get(owner)!).push(toId<ArticleId>('article', r.article_id));
    }
    return rows.map((r) => entityFromRow(r, byEntity.get(Number(r.id)) ?? []));
  }

  /** Keyset pagination over a table (`select` has no WHERE of its own): constant memory and cost per batch at any store size. */
  private async *streamTable<T>(select: string, key: string, map: (r: Record<string, unknown>) => T, batchSize: number): AsyncGenerator<T> {
    let after = 0;
    for (;;) {
      const rows = await this.db.all(`${select} WHERE ${key} > ? ORDER BY ${key} LIMIT ?`, [after, batchSize]);
      for (const r of rows) yield map(r);
      if (rows.length < batchSize) return;
      after = Number(rows.at(-1)!.id);
    }
  }
}

async function insertAnalysis(tx: SqlDriver, articleId: number, analysis: ArticleAnalysis): Promise<void> {
  for (const d of analysis.dates) {
    await tx.run('INSERT INTO dates (article_id, text, span_start, span_end, value) VALUES (?, ?, ?, ?, ?)', [articleId, d.text, d.span.start, d.span.end, json(d.value)]);
  }
  for (const m of analysis.entities) {
    await tx.run('INSERT INTO mentions (article_id, name, type, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)', [articleId, m.name, m.type, m.text, m.span.start, m.span.end]);
  }
  for (const q of analysis.quotes) {
    await tx.run('INSERT INTO quotes (article_id, text, span_start, span_end, speaker, via) VALUES (?, ?, ?, ?, ?, ?)', [articleId, q.text, q.span.start, q.span.end, q.speaker, json(q.via)]);
  }
  for (const c of analysis.claims) {
    await tx.run('INSERT INTO claims (article_id, sentence, span_start, span_end, about, quantity, when_value, attributed_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      articleId, c.sentence, c.span.start, c.span.end, c.about, c.quantity ? json(c.quantity) : null, c.when ? json(c.when) : null, c.attributedTo,
    ]);
  }
}

/** Unsigned 32-bit hashes <-> hex text: portable across both databases (no blobs in SqlValue). */
export const encodeMinhash = (hashes: readonly number[]): string => hashes.map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');

/**
 * Multi-row INSERT in statements of ROWS_PER_STATEMENT rows: one round trip per hundred rows
 * instead of per row (PostgreSQL). `suffix` may add an ON CONFLICT clause; rows it names must be
 * distinct within one call.
 */
async function insertRows(tx: SqlDriver, into: string, rows: readonly (readonly SqlValue[])[], suffix = ''): Promise<void> {
  for (const chunk of chunks(rows, ROWS_PER_STATEMENT)) {
    const width = chunk[0]!.length;
    const values = chunk.map(() => `(${marks(width)})`).join(', ');
    await tx.run(`INSERT INTO ${into} VALUES ${values}${suffix}`, chunk.flat());
  }
}

/** The last item per key, in first-seen key order: one multi-row upsert may not touch a row twice. */
function lastPer<T>(items: readonly T[], key: (t: T) => string): T[] {
  return [...new Map(items.map((t) => [key(t), t])).values()];
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
