/** Row <-> record mapping shared by both adapters. Ids are integers in the database and "a12"-style strings outside. */
import type {
  Article, ArticleId, ArticleSketch, Claim, ClaimId, DateRecord, DateValue, Entity, EntityId, Event, EventId, Quote, QuoteId,
  Relation, Story, StoryId, TimelineEntry, DateId,
} from '../types.js';
import type { MentionRow, StoryActivity } from './store.js';

export const ID_PREFIX = { article: 'a', event: 'e', story: 's', entity: 'n', quote: 'q', claim: 'c', date: 'd', mention: 'm' } as const;
type Kind = keyof typeof ID_PREFIX;

export const toId = <T extends string>(kind: Kind, n: unknown): T => `${ID_PREFIX[kind]}${Number(n)}` as T;
export const toIdOrNull = <T extends string>(kind: Kind, n: unknown): T | null => (n === null || n === undefined ? null : toId<T>(kind, n));

/** "a12" -> 12; null when the id is not of that kind (the caller answers "not found"). */
export function fromId(kind: Kind, id: string | null | undefined): number | null {
  if (!id || !id.startsWith(ID_PREFIX[kind])) return null;
  const n = Number(id.slice(ID_PREFIX[kind].length));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export const json = (v: unknown): string => JSON.stringify(v);
export const parseJson = <T>(v: unknown, fallback: T): T => (typeof v === 'string' && v !== '' ? (JSON.parse(v) as T) : fallback);

export function articleFromRow(r: Record<string, unknown>): Article {
  return {
    id: toId<ArticleId>('article', r.id),
    source: { ...(r.source_path != null ? { path: String(r.source_path) } : {}), ...(r.source_url != null ? { url: String(r.source_url) } : {}) },
    format: r.format as Article['format'],
    fingerprint: String(r.fingerprint),
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    authors: parseJson(r.authors, []),
    credits: parseJson(r.credits, []),
    published: parseJson<DateValue | null>(r.published, null),
    url: (r.url as string | null) ?? null,
    body: String(r.body),
    removed: parseJson(r.removed, []),
    cleanedBy: String(r.cleaned_by),
    duplicateOf: toIdOrNull<ArticleId>('article', r.duplicate_of),
    event: toIdOrNull<EventId>('event', r.event_id),
    story: toIdOrNull<StoryId>('story', r.story_id),
    ingestedAt: String(r.ingested_at),
  };
}

export const quoteFromRow = (r: Record<string, unknown>): Quote => ({
  id: toId<QuoteId>('quote', r.id),
  article: toId<ArticleId>('article', r.article_id),
  text: String(r.text),
  span: { start: Number(r.span_start), end: Number(r.span_end) },
  speaker: (r.speaker as string | null) ?? null,
  speakerEntity: toIdOrNull<EntityId>('entity', r.speaker_entity),
  via: parseJson(r.via, []),
});

export const claimFromRow = (r: Record<string, unknown>): Claim => ({
  id: toId<ClaimId>('claim', r.id),
  article: toId<ArticleId>('article', r.article_id),
  sentence: String(r.sentence),
  span: { start: Number(r.span_start), end: Number(r.span_end) },
  about: String(r.about),
  quantity: parseJson(r.quantity, null),
  when: parseJson(r.when_value, null),
  attributedTo: (r.attributed_to as string | null) ?? null,
});

export const dateFromRow = (r: Record<string, unknown>): DateRecord => ({
  id: toId<DateId>('date', r.id),
  article: toId<ArticleId>('article', r.article_id),
  text: String(r.text),
  span: { start: Number(r.span_start), end: Number(r.span_end) },
  value: parseJson(r.value, { start: null, end: null, precision: null }),
});

export const mentionFromRow = (r: Record<string, unknown>): MentionRow => ({
  id: Number(r.id),
  article: toId<ArticleId>('article', r.article_id),
  name: String(r.name),
  type: r.type as MentionRow['type'],
  text: String(r.text),
  span: { start: Number(r.span_start), end: Number(r.span_end) },
  entity: toIdOrNull<EntityId>('entity', r.entity_id),
});

export const eventFromRow = (r: Record<string, unknown>, articles: readonly ArticleId[]): Event => ({
  id: toId<EventId>('event', r.id),
  label: String(r.label),
  articles,
  when: parseJson(r.when_value, null),
  story: toIdOrNull<StoryId>('story', r.story_id),
});

export const storyFromRow = (r: Record<string, unknown>, events: readonly EventId[], articles: readonly ArticleId[]): Story => ({
  id: toId<StoryId>('story', r.id),
  label: String(r.label),
  events,
  articles,
});

/** A day or timestamp column as text: drivers may hand back Date objects for date-typed columns. */
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v));

export const storyActivityFromRow = (r: Record<string, unknown>): StoryActivity => ({
  id: toId<StoryId>('story', r.id),
  label: String(r.label),
  articles: Number(r.article_count ?? 0),
  events: Number(r.event_count ?? 0),
  latestEvent: textOrNull(r.latest_event)?.slice(0, 10) ?? null,
  latestPublished: textOrNull(r.latest_published)?.slice(0, 10) ?? null,
  lastIngestedAt: textOrNull(r.last_ingested),
});

export const entityFromRow = (r: Record<string, unknown>, articles: readonly ArticleId[]): Entity => ({
  id: toId<EntityId>('entity', r.id),
  name: String(r.name),
  type: r.type as Entity['type'],
  aliases: parseJson(r.aliases, []),
  articles,
  mentions: Number(r.mention_count ?? 0),
});

export const relationFromRow = (r: Record<string, unknown>): Relation => ({
  kind: r.kind as Relation['kind'],
  claims: parseJson(r.claim_ids, []),
  note: String(r.note),
});

export const timelineFromRow = (r: Record<string, unknown>): TimelineEntry => ({
  when: parseJson(r.when_value, { start: null, end: null, precision: null }),
  text: String(r.text),
  event: toIdOrNull<EventId>('event', r.event_id),
  sources: parseJson(r.sources, []),
});

/** Hex text from encodeMinhash -> unsigned 32-bit hashes. */
export function decodeMinhash(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 8 <= text.length; i += 8) out.push(parseInt(text.slice(i, i + 8), 16));
  return out;
}

export const sketchFromRow = (r: Record<string, unknown>, bands: readonly number[]): ArticleSketch => ({
  article: toId<ArticleId>('article', r.article_id),
  bodyHash: String(r.body_hash),
  shingles: Number(r.shingles),
  minhash: decodeMinhash(String(r.minhash)),
  bands: [...bands].sort((a, b) => a - b),
  credits: parseJson(r.credits, []),
  published: (r.published as string | null) ?? null,
});
