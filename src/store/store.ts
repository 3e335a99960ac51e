/**
 * The one store interface. Every command, the HTTP API and the pipeline talk to this; the
 * embedded (SQLite) and PostgreSQL adapters implement it with the same schema and queries.
 */
import type { Result } from '../result.js';
import type {
  Article, ArticleAnalysis, ArticleId, ArticleSketch, Claim, ClaimId, ClusterFeatures, CopyKind, CopyLink, DateRecord, Entity,
  EntityId, EntityMention, Event, EventId, NewArticle, Quote, QuoteId, Relation, Story, StoryId, TimelineEntry,
} from '../types.js';

export interface PageRequest {
  /** Items to skip. Default 0. */
  readonly offset?: number;
  /** Items to return. Default 50, at most 1000. */
  readonly limit?: number;
}

export interface NewArticleWithAnalysis {
  readonly article: NewArticle;
  readonly analysis: ArticleAnalysis;
}

export interface AddArticlesResult {
  /** Articles stored by this call, in input order. */
  readonly added: readonly Article[];
  /** Inputs whose fingerprint was already stored: the same document ingested again. */
  readonly alreadyStored: readonly { readonly fingerprint: string; readonly existing: ArticleId }[];
}

/** Corpus-level links of one article, set by dedup and clustering. Absent fields are left as they are. */
export interface ArticleLinks {
  readonly id: ArticleId;
  readonly duplicateOf?: ArticleId | null;
  readonly event?: EventId | null;
  readonly story?: StoryId | null;
}

/** An article's current links, as `listMembers` returns them. */
export interface MemberRow {
  readonly id: ArticleId;
  readonly duplicateOf: ArticleId | null;
  readonly event: EventId | null;
  readonly story: StoryId | null;
}

/** Which articles `listMembers` returns: those matching any of the given lists. */
export interface MemberFilter {
  readonly articles?: readonly ArticleId[];
  readonly events?: readonly EventId[];
  readonly stories?: readonly StoryId[];
  /** Articles whose `duplicateOf` is one of these. */
  readonly copiesOf?: readonly ArticleId[];
}

/** A copy link to record: `copyOf: null` clears the article's link. */
export interface CopyUpdate {
  readonly article: ArticleId;
  readonly copyOf: ArticleId | null;
  readonly similarity: number | null;
  readonly kind: CopyKind | null;
}

/** One article's clustering features and the index keys it is found under. */
export interface FeatureRow {
  readonly article: ArticleId;
  readonly features: ClusterFeatures;
  /** Keys posted in the inverted index for candidate lookup (its most distinctive terms and names). */
  readonly keys: readonly string[];
}

export interface MentionRow extends EntityMention {
  /** Row id, for `setMentionEntities`. */
  readonly id: number;
  readonly article: ArticleId;
  readonly entity: EntityId | null;
}

export interface SearchHit {
  readonly article: ArticleId;
  readonly title: string | null;
  /** Body excerpt around the match; matched terms wrapped in \u0001 ... \u0002 markers (never HTML). */
  readonly snippet: string;
  readonly rank: number;
}

/**
 * One page of search hits. A query is ranked over at most a fixed number of its matches (the
 * newest ones, see SqlStore's searchWindow), so its cost stays bounded however many articles
 * match; `total` says how far one can page.
 */
export interface SearchResults {
  readonly hits: SearchHit[];
  /** Matches ranked for this query: all of them, or the newest `searchWindow` when more match. Pages end there. */
  readonly total: number;
  /** True when more articles match than were ranked: the hits are the best of the newest `total` matches. */
  readonly totalIsLowerBound: boolean;
}

export interface QuoteFilter {
  readonly article?: ArticleId;
  /** Case-insensitive substring of the speaker's name. */
  readonly speaker?: string;
}

export interface ClaimFilter {
  readonly article?: ArticleId;
  /** Case-insensitive substring of `about` or the sentence. */
  readonly about?: string;
}

/** A relation or timeline entry with the story it was stored under (null: store-wide). */
export type WithStory<T> = T & { readonly story: StoryId | null };

/** One exported record written back by `restore`, ids included. Derived fields (an event's articles, an entity's articles and mention count, a quote's speaker entity) are ignored: they follow from the other records. */
export type RestoreRecord =
  | { readonly kind: 'article'; readonly value: Article }
  | { readonly kind: 'event'; readonly value: Event }
  | { readonly kind: 'story'; readonly value: Story }
  | { readonly kind: 'entity'; readonly value: Entity }
  | { readonly kind: 'mention'; readonly value: MentionRow }
  | { readonly kind: 'quote'; readonly value: Quote }
  | { readonly kind: 'claim'; readonly value: Claim }
  | { readonly kind: 'date'; readonly value: DateRecord }
  | { readonly kind: 'relation'; readonly value: WithStory<Relation> }
  | { readonly kind: 'timeline'; readonly value: WithStory<TimelineEntry> };

/** Records written by `restore`, per kind. */
export type RestoreCounts = Readonly<Record<RestoreRecord['kind'], number>>;

/** A story with what its articles and events say about when it was last active. */
export interface StoryActivity {
  readonly id: StoryId;
  readonly label: string;
  readonly articles: number;
  readonly events: number;
  /** Start day (YYYY-MM-DD) of its latest dated event; null when no event is dated. */
  readonly latestEvent: string | null;
  /** Latest publication day an article of the story states; null when none states one. */
  readonly latestPublished: string | null;
  /** When an article of the story last entered the store, ISO-8601 UTC; null for a story without articles. */
  readonly lastIngestedAt: string | null;
}

export interface Store {
  readonly kind: 'embedded' | 'postgres';
  /** Where the store lives, for messages: a folder or a redacted connection string. */
  readonly location: string;

  /** Which of these fingerprints are already stored: lets ingest skip cleaning a document it already has. */
  hasFingerprints(fingerprints: readonly string[]): Promise<Set<string>>;
  /** Stores articles with their analysis, one transaction per call; documents already stored are skipped. */
  addArticles(items: readonly NewArticleWithAnalysis[]): Promise<AddArticlesResult>;
  getArticle(id: ArticleId): Promise<Article | null>;
  getArticles(ids: readonly ArticleId[]): Promise<Article[]>;
  listArticles(page?: PageRequest): Promise<Article[]>;
  countArticles(): Promise<number>;
  /** Every article in id order, fetched in batches: memory stays bounded for any store size. */
  streamArticles(batchSize?: number): AsyncIterable<Article>;
  setArticleLinks(links: readonly ArticleLinks[]): Promise<void>;

  /** Per-article extraction. */
  getAnalysis(id: ArticleId): Promise<ArticleAnalysis & { readonly quoteIds: QuoteId[]; readonly claimIds: ClaimId[] }>;
  listQuotes(filter?: QuoteFilter, page?: PageRequest): Promise<Quote[]>;
  listClaims(filter?: ClaimFilter, page?: PageRequest): Promise<Claim[]>;
  getClaims(ids: readonly ClaimId[]): Promise<Claim[]>;
  streamQuotes(batchSize?: number): AsyncIterable<Quote>;
  streamClaims(batchSize?: number): AsyncIterable<Claim>;
  streamDates(batchSize?: number): AsyncIterable<DateRecord>;
  streamMentions(batchSize?: number): AsyncIterable<MentionRow>;
  /** Date mentions of the given articles, in article then text order. */
  listDateMentions(articles: readonly ArticleId[]): Promise<DateRecord[]>;
  /** Mentions of the given articles (for incremental entity merging). */
  listMentions(articles: readonly ArticleId[]): Promise<MentionRow[]>;
  setMentionEntities(assignments: readonly { readonly mention: number; readonly entity: EntityId }[]): Promise<void>;

  /** Corpus-level records; each `put` replaces the records with the same ids. */
  putEvents(events: readonly Event[]): Promise<void>;
  deleteEvents(ids: readonly EventId[]): Promise<void>;
  listEvents(filter?: { readonly story?: StoryId }, page?: PageRequest): Promise<Event[]>;
  getEvent(id: EventId): Promise<Event | null>;
  putStories(stories: readonly Story[]): Promise<void>;
  deleteStories(ids: readonly StoryId[]): Promise<void>;
  listStories(page?: PageRequest): Promise<Story[]>;
  getStory(id: StoryId): Promise<Story | null>;
  /** Stories with their activity, most recently active first: by latest event day (undated last), then newest story. */
  listStoryActivity(page?: PageRequest): Promise<StoryActivity[]>;
  /** Entities' `articles` and `mentions` are derived from the mentions assigned to them; values given here are ignored. */
  putEntities(entities: readonly Entity[]): Promise<void>;
  deleteEntities(ids: readonly EntityId[]): Promise<void>;
  listEntities(filter?: { readonly type?: Entity['type']; readonly name?: string }, page?: PageRequest): Promise<Entity[]>;
  getEntity(id: EntityId): Promise<Entity | null>;
  getEntities(ids: readonly EntityId[]): Promise<Entity[]>;
  /** Stores new entities and returns the ids the store gave them, in input order (safe with concurrent writers). */
  addEntities(entities: readonly Pick<Entity, 'name' | 'type' | 'aliases'>[]): Promise<EntityId[]>;
  /** Normalised alias keys -> the entities indexed under them (incremental alias merging looks candidates up here). */
  findEntityKeys(keys: readonly string[]): Promise<{ readonly key: string; readonly entity: EntityId }[]>;
  /** Indexes entities under alias keys; pairs already stored are skipped. */
  addEntityKeys(pairs: readonly { readonly key: string; readonly entity: EntityId }[]): Promise<void>;
  /** Replaces the relations among the claims of one story (or of the whole store when story is null). */
  replaceRelations(story: StoryId | null, relations: readonly Relation[]): Promise<void>;
  listRelations(filter?: { readonly story?: StoryId }, page?: PageRequest): Promise<Relation[]>;
  replaceTimeline(story: StoryId | null, entries: readonly TimelineEntry[]): Promise<void>;
  listTimeline(filter?: { readonly story?: StoryId }, page?: PageRequest): Promise<TimelineEntry[]>;

  /** Every relation, in id order, with its story; memory stays bounded. */
  streamRelations(batchSize?: number): AsyncIterable<WithStory<Relation>>;
  /** Every timeline entry in listTimeline's order (story, date, id), with its story. */
  streamTimeline(batchSize?: number): AsyncIterable<WithStory<TimelineEntry>>;

  /**
   * Writes exported records back with their ids (`dossier import`), all in one transaction: every
   * record lands or none does. Refuses (STORE_IMPORT) a store that already holds anything; a record
   * that breaks the schema (a quote of a missing article, an id given twice) is STORE_IMPORT too.
   * An AppFailure thrown by `records` (bad input) rolls back and comes back as its error.
   */
  restore(records: AsyncIterable<RestoreRecord>): Promise<Result<RestoreCounts>>;

  /** Articles' current links, by the events or stories they belong to, or by id; in article id order. */
  listMembers(filter: MemberFilter): Promise<MemberRow[]>;
  /** Reserves `n` fresh event or story ids, never handed out before and above every stored id. */
  allocateIds(kind: 'event' | 'story', n: number): Promise<string[]>;

  /** Dedup working data (src/dedup/): MinHash sketches with LSH band keys, replacing those of the same articles. */
  putSketches(sketches: readonly ArticleSketch[]): Promise<void>;
  getSketches(ids: readonly ArticleId[]): Promise<ArticleSketch[]>;
  /** Sketches that share a body hash or a band key with the given ones; at most `perKey` articles per key, newest first. */
  findSketchCandidates(bodyHashes: readonly string[], bands: readonly number[], perKey: number): Promise<ArticleSketch[]>;
  /** Records (or clears) how articles copy others; `listCopies` reads them back. Does not touch `duplicateOf`. */
  setCopies(updates: readonly CopyUpdate[]): Promise<void>;
  /** Copy links, grouped by the article copied (ordered by `copyOf`, then `article`). */
  listCopies(page?: PageRequest): Promise<CopyLink[]>;

  /** Clustering working data (src/cluster/): per-article features and an inverted index over their keys. */
  putClusterFeatures(rows: readonly FeatureRow[]): Promise<void>;
  getClusterFeatures(ids: readonly ArticleId[]): Promise<Map<ArticleId, ClusterFeatures>>;
  /** Adds to the document frequency of each key, and `documents` to the corpus size. */
  addDocumentFrequencies(counts: ReadonlyMap<string, number>, documents: number): Promise<void>;
  /** Document frequencies of the given keys (absent keys are 0) and the corpus size. */
  getDocumentFrequencies(keys: readonly string[]): Promise<{ readonly documents: number; readonly df: Map<string, number> }>;
  /** For each key, the newest `perKey` articles posted under it. */
  findPostings(keys: readonly string[], perKey: number): Promise<Map<string, ArticleId[]>>;

  /** Per-article similarity scale for clustering: the article's best similarities to others seen so far. */
  getClusterScales(ids: readonly ArticleId[]): Promise<Map<ArticleId, number[]>>;
  putClusterScales(rows: readonly { readonly article: ArticleId; readonly sims: readonly number[] }[]): Promise<void>;

  /**
   * Full-text search over titles and bodies, best first (ties: newest first). Every word must
   * appear. When more articles match than the store ranks per query, the best of the newest
   * matches are returned and `totalIsLowerBound` is set.
   */
  search(query: string, page?: PageRequest): Promise<SearchResults>;

  /** The data layout version of this store (see SCHEMA_VERSION). */
  schemaVersion(): Promise<number>;
  /**
   * Runs `fn` while no other process runs an exclusive section on this store: corpus passes read
   * the whole store's state and write it back, so two ingests must not run them interleaved.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

export function pageBounds(page: PageRequest = {}): { offset: number; limit: number } {
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
  const offset = Math.max(Math.trunc(page.offset ?? 0), 0);
  return { offset, limit };
}
