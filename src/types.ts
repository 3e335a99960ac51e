/**
 * The data model shared by every stage: plain, readonly objects with no methods.
 * Stages read and return these; stores persist them; the export maps them 1:1 onto
 * the contract in ../shared/contract/EXPORT.md.
 */

// ---------------------------------------------------------------------------------------------
// Identifiers. Branded so an EventId cannot be passed where an ArticleId is expected. The string
// forms ("a12", "e3", ...) are the ones the export uses; they are stable within a store.
// ---------------------------------------------------------------------------------------------
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };
export type ArticleId = Brand<string, 'ArticleId'>;
export type EventId = Brand<string, 'EventId'>;
export type StoryId = Brand<string, 'StoryId'>;
export type EntityId = Brand<string, 'EntityId'>;
export type QuoteId = Brand<string, 'QuoteId'>;
export type ClaimId = Brand<string, 'ClaimId'>;
export type DateId = Brand<string, 'DateId'>;

/** Version of the persisted data layout; stores refuse data written by a version they do not know. */
export const SCHEMA_VERSION = 1;
/** The `schema` field of the export contract. */
export const EXPORT_SCHEMA = 'dossier.export/1';

// ---------------------------------------------------------------------------------------------
// Dates and spans
// ---------------------------------------------------------------------------------------------
export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'range';

/**
 * A calendar interval, inclusive on both ends, as ISO `YYYY-MM-DD` days. An expression that could
 * not be resolved (e.g. "last Friday" with no known publication date) keeps its `text` with
 * `start`, `end` and `precision` null.
 */
export interface DateValue {
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: DatePrecision | null;
  /** The words the value came from. */
  readonly text?: string;
}

/** Character offsets into an article body, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------------------------------------
// Ingest: what a file, feed item or JSONL line becomes before any cleaning
// ---------------------------------------------------------------------------------------------
export type SourceFormat = 'text' | 'html' | 'jsonl' | 'rss' | 'atom';

/** Where a document came from: the path as given on ingest, and/or its URL. */
export interface SourceRef {
  readonly path?: string;
  readonly url?: string;
}

/** Metadata a container states about a document (a feed item's fields, a JSONL record's keys). */
export interface DocumentHints {
  readonly title?: string;
  readonly outlet?: string;
  readonly authors?: readonly string[];
  /** The date as the container wrote it; parsed by the metadata stage. */
  readonly published?: string;
  readonly url?: string;
}

export interface RawDocument {
  readonly source: SourceRef;
  readonly format: SourceFormat;
  /** Page text or HTML markup, decoded to a JS string. */
  readonly content: string;
  /** How `content` must be cleaned: as a plain-text page dump or as HTML markup. */
  readonly contentKind: 'text' | 'html';
  readonly hints: DocumentHints;
  /** Hash of the document's identity: the same document ingested twice has the same fingerprint. */
  readonly fingerprint: string;
}

// ---------------------------------------------------------------------------------------------
// Clean and metadata
// ---------------------------------------------------------------------------------------------
/** Why a piece of the page is not part of the article body. */
export type RemovalReason =
  | 'title'
  /** The publication's name printed above the headline; the metadata stage reads the outlet from it. */
  | 'masthead'
  | 'byline'
  | 'dateline'
  | 'related-headlines'
  | 'photo-caption'
  | 'advertisement'
  | 'navigation'
  | 'weather-or-date-widget'
  | 'author-bio'
  | 'contact'
  | 'reading-time'
  | 'source-line'
  | 'share'
  | 'newsletter'
  | 'copyright'
  | 'comments'
  | 'tags'
  | 'boilerplate';

export interface RemovedPiece {
  readonly text: string;
  readonly reason: RemovalReason;
}

/** The metadata a document states about itself. Absent facts are null/empty, never guessed. */
export interface ArticleMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  /** Wires and photo agencies credited, e.g. ["AP", "Reuters"]. */
  readonly credits: readonly string[];
  readonly published: DateValue | null;
  readonly url: string | null;
}

// ---------------------------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------------------------
/** A cleaned article, as stored. */
export interface Article extends ArticleMetadata {
  readonly id: ArticleId;
  readonly source: SourceRef;
  readonly format: SourceFormat;
  readonly fingerprint: string;
  /** The clean article text, paragraphs joined by "\n\n". */
  readonly body: string;
  readonly removed: readonly RemovedPiece[];
  /** Which cleaning strategy produced `body` (kept so every decision can be checked). */
  readonly cleanedBy: string;
  /** Id of an earlier article this one copies (exact, near-duplicate or wire copy). */
  readonly duplicateOf: ArticleId | null;
  readonly event: EventId | null;
  readonly story: StoryId | null;
  /** When the article entered the store, ISO-8601 UTC. Never used as a publication date. */
  readonly ingestedAt: string;
}

/** An article before the store has given it an id. */
export type NewArticle = Omit<Article, 'id' | 'duplicateOf' | 'event' | 'story'>;

// ---------------------------------------------------------------------------------------------
// Extraction (per article)
// ---------------------------------------------------------------------------------------------
export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** A date expression found in a body. */
export interface DateMention {
  readonly text: string;
  readonly span: Span;
  readonly value: DateValue;
}

/** A name as it occurs in one article, before merging across articles. */
export interface EntityMention {
  /** The canonical form within this article ("Kim Jong Un" for a later "Kim" or "the leader"). */
  readonly name: string;
  readonly type: EntityType;
  /** The surface text at `span`. */
  readonly text: string;
  readonly span: Span;
}

export interface QuoteRecord {
  readonly text: string;
  readonly span: Span;
  /** Canonical speaker name in this article, null when unattributed. */
  readonly speaker: string | null;
  /** Relay chain, nearest first: "X said, according to KCNA" → ["KCNA"]. */
  readonly via: readonly string[];
}

export type QuantityBound = 'exact' | 'about' | 'over' | 'under' | 'up_to' | 'at_least' | 'range';

export interface Quantity {
  readonly value: number;
  readonly unit: string | null;
  readonly bound: QuantityBound;
  /** Upper end for `bound: "range"`. */
  readonly max?: number;
}

export interface ClaimRecord {
  readonly sentence: string;
  readonly span: Span;
  /** The thing measured or stated, e.g. "containers shipped". */
  readonly about: string;
  readonly quantity: Quantity | null;
  readonly when: DateValue | null;
  /** Who asserts it; null when the outlet states it itself. */
  readonly attributedTo: string | null;
}

/** Everything read from one article body. Offsets point into `Article.body`. */
export interface ArticleAnalysis {
  readonly dates: readonly DateMention[];
  readonly entities: readonly EntityMention[];
  readonly quotes: readonly QuoteRecord[];
  readonly claims: readonly ClaimRecord[];
}

export const EMPTY_ANALYSIS: ArticleAnalysis = Object.freeze({ dates: [], entities: [], quotes: [], claims: [] });

// ---------------------------------------------------------------------------------------------
// Corpus-level records (across articles)
// ---------------------------------------------------------------------------------------------
export interface Event {
  readonly id: EventId;
  readonly label: string;
  readonly articles: readonly ArticleId[];
  readonly when: DateValue | null;
  readonly story: StoryId | null;
}

export interface Story {
  readonly id: StoryId;
  readonly label: string;
  readonly events: readonly EventId[];
  readonly articles: readonly ArticleId[];
}

export interface Entity {
  readonly id: EntityId;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly articles: readonly ArticleId[];
  readonly mentions: number;
}

export interface Quote extends QuoteRecord {
  readonly id: QuoteId;
  readonly article: ArticleId;
  readonly speakerEntity: EntityId | null;
}

export interface Claim extends ClaimRecord {
  readonly id: ClaimId;
  readonly article: ArticleId;
}

export interface DateRecord extends DateMention {
  readonly id: DateId;
  readonly article: ArticleId;
}

export type RelationKind = 'corroborates' | 'conflicts' | 'updates';

export interface Relation {
  readonly kind: RelationKind;
  readonly claims: readonly ClaimId[];
  readonly note: string;
}

export interface SourceSpan {
  readonly article: ArticleId;
  readonly span: Span;
}

export interface TimelineEntry {
  readonly when: DateValue;
  readonly text: string;
  readonly event: EventId | null;
  readonly sources: readonly SourceSpan[];
}

// ---------------------------------------------------------------------------------------------
// Dedup and clustering working data: kept in the store so that a later ingest joins earlier articles
// without reading the whole store.
// ---------------------------------------------------------------------------------------------
/** How an article copies another: the same normalised body, a small edit, or one wire story republished. */
export type CopyKind = 'exact' | 'near' | 'wire';

/** A MinHash sketch of one article body, with its LSH band keys (see src/dedup/). */
export interface ArticleSketch {
  readonly article: ArticleId;
  /** Hash of the normalised body: equal hashes are exact copies. */
  readonly bodyHash: string;
  /** Distinct word shingles in the body (the sketch's set size, for containment estimates). */
  readonly shingles: number;
  /** Minimum hash per hash function, unsigned 32-bit. */
  readonly minhash: readonly number[];
  /** One key per LSH band; articles sharing a key are candidate copies. */
  readonly bands: readonly number[];
  readonly credits: readonly string[];
  /** Publication day (ISO) or null; with the id, it decides which copy is the earliest. */
  readonly published: string | null;
}

/** An article found to copy an earlier one. */
export interface CopyLink {
  readonly article: ArticleId;
  readonly copyOf: ArticleId;
  /** Estimated resemblance (or containment, for truncated copies), 0..1. */
  readonly similarity: number;
  readonly kind: CopyKind;
}

/** What clustering reads of one article (see src/cluster/features.ts); counts keyed by normalised term. */
export interface ClusterFeatures {
  /** Stemmed content words of title and body with their counts. */
  readonly terms: Readonly<Record<string, number>>;
  /** Capitalised name tokens with their counts. */
  readonly names: Readonly<Record<string, number>>;
  /** Numbers stated in the body (not years), normalised ("10,000" -> "10000"), with counts. */
  readonly numbers: Readonly<Record<string, number>>;
  /** Publication day as days since 1970-01-01, or null. */
  readonly published: number | null;
  /** Day-precision dates the body states, resolved: candidates for the event's own date. */
  readonly dates: readonly { readonly day: number; readonly text: string }[];
  /** The title, or the opening sentence when there is none: label material. */
  readonly headline: string;
}

// ---------------------------------------------------------------------------------------------
// Stage context: time, logging and caches come in here, never from globals.
// ---------------------------------------------------------------------------------------------
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export interface Ctx {
  /** The clock. Used for `ingestedAt` only — never as a publication or event date. */
  readonly now: () => Date;
  readonly log: Logger;
}

// ---------------------------------------------------------------------------------------------
// Cross-source reasoning (relate, timeline, brief): what one story's stages read and write.
// ---------------------------------------------------------------------------------------------
/** Everything stored about one story that relate, timeline and brief read. Offsets point into each article's body. */
export interface StoryMaterial {
  readonly story: Story | null;
  readonly events: readonly Event[];
  readonly articles: readonly Article[];
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quote[];
  readonly dates: readonly DateRecord[];
  readonly mentions: readonly (EntityMention & { readonly article: ArticleId })[];
}

/** Claims stating one fact, grouped across articles; `sources` counts independent sources (wire copies and one quoted source count once). */
export interface Fact {
  readonly claims: readonly ClaimId[];
  readonly sources: number;
  /** Who the independent sources are, readable ("Harbor Gazette", "port officials"). */
  readonly sourceNames: readonly string[];
}

export type BriefSentenceKind = 'lead' | 'fact' | 'conflict';

/** A cited span with the outlet it comes from, for display. */
export interface BriefCitation extends SourceSpan {
  readonly outlet: string | null;
}

/** One side of a disagreement: a verbatim sentence and where it is written. */
export interface BriefSide {
  readonly who: string;
  readonly text: string;
  readonly sources: readonly BriefCitation[];
}

export interface BriefSentence {
  readonly kind: BriefSentenceKind;
  /** Verbatim from every span in `sources`; for a conflict, a template line quoting each side verbatim. */
  readonly text: string;
  /** Spans holding exactly `text` (empty for a conflict line: see `sides`). */
  readonly sources: readonly BriefCitation[];
  /** Independent sources stating the same fact in other words (not verbatim). */
  readonly alsoReportedBy: readonly BriefCitation[];
  /** How many independent sources state it (wire copies and one quoted source count once). */
  readonly independentSources: number;
  readonly event: EventId | null;
  readonly sides?: readonly BriefSide[];
}

export interface Brief {
  readonly story: StoryId | null;
  readonly label: string;
  readonly sentences: readonly BriefSentence[];
}
