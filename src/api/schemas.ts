/**
 * Response and parameter schemas of the HTTP API. They validate requests and describe every
 * response in /api/openapi.json; the shapes mirror src/types.ts (ids as "a12"-style strings).
 */
import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '../errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../store/store.js';

/** Arrays are readonly, like the records in src/types.ts they describe. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const ErrorBody = z
  .object({
    code: z.enum(ERROR_CODES).openapi({ example: 'NOT_FOUND' }),
    message: z.string().openapi({ example: 'no article "a99"; list ids at /api/articles' }),
  })
  .openapi('Error');

const idOf = (prefix: string, what: string) =>
  z.string().regex(new RegExp(`^${prefix}[1-9][0-9]{0,15}$`), `expected ${what} id like "${prefix}1"`).openapi({ example: `${prefix}1` });

export const ArticleIdParam = z.object({ id: idOf('a', 'an article').openapi({ param: { name: 'id', in: 'path' } }) });
export const EventIdParam = z.object({ id: idOf('e', 'an event').openapi({ param: { name: 'id', in: 'path' } }) });
export const StoryIdParam = z.object({ id: idOf('s', 'a story').openapi({ param: { name: 'id', in: 'path' } }) });
export const EntityIdParam = z.object({ id: idOf('n', 'an entity').openapi({ param: { name: 'id', in: 'path' } }) });
export const articleId = idOf('a', 'an article');
export const storyId = idOf('s', 'a story');

export const PageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'items to skip', example: 0 }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).openapi({ description: `items per page, 1-${MAX_PAGE_SIZE}`, example: DEFAULT_PAGE_SIZE }),
});

/** A page of a list: `next` is the URL of the following page, null on the last one. */
export const pageOf = <T extends z.ZodType>(item: T, name: string, extra: z.ZodRawShape = {}) =>
  z
    .object({
      items: list(item),
      offset: z.number().int(),
      limit: z.number().int(),
      total: z.number().int().optional().openapi({ description: 'all items, where the store can count them cheaply' }),
      next: z.string().nullable(),
      ...extra,
    })
    .openapi(name);

export const DateValue = z
  .object({
    start: z.string().nullable(),
    end: z.string().nullable(),
    precision: z.enum(['day', 'week', 'month', 'quarter', 'half', 'year', 'range']).nullable(),
    text: z.string().optional(),
  })
  .openapi('DateValue');

export const Span = z.object({ start: z.number().int(), end: z.number().int() }).openapi('Span');

export const ArticleSummary = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    authors: list(z.string()),
    credits: list(z.string()),
    published: DateValue.nullable(),
    url: z.string().nullable(),
    source: z.object({ path: z.string().optional(), url: z.string().optional() }),
    format: z.enum(['text', 'html', 'jsonl', 'rss', 'atom']),
    duplicateOf: z.string().nullable(),
    event: z.string().nullable(),
    story: z.string().nullable(),
    ingestedAt: z.string(),
  })
  .openapi('ArticleSummary');

export const RemovedPiece = z.object({ text: z.string(), reason: z.string() }).openapi('RemovedPiece');

export const Article = ArticleSummary.extend({
  fingerprint: z.string(),
  body: z.string().openapi({ description: 'clean text, paragraphs joined by "\\n\\n"; spans are offsets into it' }),
  removed: list(RemovedPiece),
  cleanedBy: z.string(),
}).openapi('Article');

export const Quantity = z.object({
  value: z.number(),
  unit: z.string().nullable(),
  bound: z.enum(['exact', 'about', 'over', 'under', 'up_to', 'at_least', 'range']),
  max: z.number().optional(),
});

export const Quote = z
  .object({ id: z.string(), article: z.string(), text: z.string(), span: Span, speaker: z.string().nullable(), speakerEntity: z.string().nullable(), via: list(z.string()) })
  .openapi('Quote');

export const Claim = z
  .object({
    id: z.string(), article: z.string(), sentence: z.string(), span: Span, about: z.string(),
    quantity: Quantity.nullable(), when: DateValue.nullable(), attributedTo: z.string().nullable(),
  })
  .openapi('Claim');

export const DateMention = z.object({ text: z.string(), span: Span, value: DateValue }).openapi('DateMention');

export const Mention = z
  .object({ name: z.string(), type: z.enum(['person', 'organization', 'place', 'other']), text: z.string(), span: Span, entity: z.string().nullable() })
  .openapi('Mention');

export const ArticleDetail = z
  .object({ article: Article, dates: list(DateMention), mentions: list(Mention), quotes: list(Quote), claims: list(Claim) })
  .openapi('ArticleDetail');

export const Event = z
  .object({ id: z.string(), label: z.string(), articles: list(z.string()), when: DateValue.nullable(), story: z.string().nullable() })
  .openapi('Event');

export const StoryActivity = z
  .object({
    id: z.string(), label: z.string(), articles: z.number().int(), events: z.number().int(),
    latestEvent: z.string().nullable(), latestPublished: z.string().nullable(), lastIngestedAt: z.string().nullable(),
  })
  .openapi('StoryActivity');

export const Story = z
  .object({ id: z.string(), label: z.string(), events: list(z.string()), articles: list(z.string()) })
  .openapi('Story');

export const Entity = z
  .object({
    id: z.string(), name: z.string(), type: z.enum(['person', 'organization', 'place', 'other']),
    aliases: list(z.string()), articles: list(z.string()), mentions: z.number().int(),
  })
  .openapi('Entity');

export const Relation = z
  .object({ kind: z.enum(['corroborates', 'conflicts', 'updates']), claims: list(z.string()), note: z.string() })
  .openapi('Relation');

export const TimelineEntry = z
  .object({
    when: DateValue, text: z.string(), event: z.string().nullable(),
    sources: list(z.object({ article: z.string(), span: Span })),
  })
  .openapi('TimelineEntry');

/** A search snippet as text pieces; `match` pieces are the matched words. Never HTML. */
export const SearchHit = z
  .object({
    article: z.string(), title: z.string().nullable(), rank: z.number(),
    snippet: list(z.object({ text: z.string(), match: z.boolean() })),
  })
  .openapi('SearchHit');

const BriefCitation = z.object({ article: z.string(), span: Span, outlet: z.string().nullable() }).openapi('BriefCitation');

export const Brief = z
  .object({
    story: z.string().nullable(),
    label: z.string(),
    sentences: list(z.object({
      kind: z.enum(['lead', 'fact', 'conflict']),
      text: z.string().openapi({ description: 'verbatim from every cited span; a conflict line quotes each side verbatim' }),
      sources: list(BriefCitation),
      alsoReportedBy: list(BriefCitation),
      independentSources: z.number().int(),
      event: z.string().nullable(),
      sides: list(z.object({ who: z.string(), text: z.string(), sources: list(BriefCitation) })).optional(),
    })),
  })
  .openapi('Brief');

export const IngestReport = z
  .object({
    ingested: z.number().int(), alreadyStored: z.number().int(), rejected: z.number().int(),
    articles: list(z.string()).openapi({ description: 'ids of the articles stored by this request' }),
    errors: list(z.object({ path: z.string(), code: z.enum(ERROR_CODES), message: z.string() })),
    warnings: list(z.object({ path: z.string(), message: z.string() })),
  })
  .openapi('IngestReport');

export const Status = z
  .object({
    store: z.enum(['embedded', 'postgres']), schemaVersion: z.number().int(), articles: z.number().int(),
    ingest: z.boolean().openapi({ description: 'whether POST /api/ingest is on (a token is set)' }),
  })
  .openapi('Status');

/** Standard error responses, for route definitions. */
export const errorResponses = (...statuses: (400 | 401 | 403 | 404 | 413 | 415)[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: ERROR_DESCRIPTIONS[s], content: { 'application/json': { schema: ErrorBody } } }]));

const ERROR_DESCRIPTIONS = {
  400: 'invalid parameters', 401: 'missing or wrong bearer token', 403: 'ingest over HTTP is off',
  404: 'no such record', 413: 'upload too large', 415: 'unsupported content type',
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
