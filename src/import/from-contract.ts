/**
 * Export contract items -> store records: the inverse of ../export/to-contract.ts. Each top-level
 * array of a `dossier.export/1` file has a schema here; an item that does not fit is named with
 * its place in the file (`articles[12].published.start: ...`).
 */
import { z } from 'zod';
import type { Article, ArticleId, Claim, ClaimId, DateId, DateValue, EntityId, EventId, QuoteId, RemovalReason, StoryId } from '../types.js';
import type { MentionRow, RestoreRecord } from '../store/store.js';
import { err, ok, type Result } from '../result.js';

const id = <T extends string>(prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[1-9][0-9]{0,14}$`), `expected an id like "${prefix}1"`).transform((s) => s as T);
const articleId = id<ArticleId>('a');
const eventId = id<EventId>('e');
const storyId = id<StoryId>('s');
const entityId = id<EntityId>('n');

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const dateValue = z.object({
  start: day.nullable(),
  end: day.nullable(),
  precision: z.enum(['day', 'week', 'month', 'quarter', 'half', 'year', 'range']).nullable(),
  text: z.string().optional(),
}).transform((d): DateValue => (d.text === undefined ? { start: d.start, end: d.end, precision: d.precision } : d));
const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).transform(([start, end]) => ({ start, end }));
const entityType = z.enum(['person', 'organization', 'place', 'other']);

const article = z.object({
  id: articleId,
  source: z.object({ path: z.string().optional(), url: z.string().optional() }),
  format: z.enum(['text', 'html', 'jsonl', 'rss', 'atom']),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  published: dateValue.nullable(),
  credits: z.array(z.string()),
  body: z.string(),
  // Any reason string: the list grows with the cleaners, and an export names the ones it used.
  removed: z.array(z.object({ text: z.string(), reason: z.string().transform((r) => r as RemovalReason) })),
  duplicateOf: articleId.nullable(),
  event: eventId.nullable(),
  story: storyId.nullable(),
  url: z.string().nullable().optional(),
  fingerprint: z.string().min(1).optional(),
  cleanedBy: z.string().optional(),
  ingestedAt: z.string().optional(),
});

const SCHEMAS = {
  articles: article,
  events: z.object({ id: eventId, label: z.string(), when: dateValue.nullable(), story: storyId.nullable() }),
  stories: z.object({ id: storyId, label: z.string() }),
  entities: z.object({ id: entityId, name: z.string(), type: entityType, aliases: z.array(z.string()) }),
  mentions: z.object({ id: z.string().regex(/^m[1-9][0-9]{0,14}$/, 'expected an id like "m1"'), article: articleId, name: z.string(), type: entityType, text: z.string(), span, entity: entityId.nullable() }),
  quotes: z.object({
    id: id<QuoteId>('q'), article: articleId, text: z.string(), span, via: z.array(z.string()),
    speaker: z.object({ name: z.string(), entity: entityId.nullable() }).nullable(),
  }),
  claims: z.object({
    id: id<ClaimId>('c'), article: articleId, sentence: z.string(), span, about: z.string(),
    quantity: z.object({ value: z.number(), unit: z.string().nullable(), bound: z.enum(['exact', 'about', 'over', 'under', 'up_to', 'at_least', 'range']), max: z.number().optional() }).nullable(),
    when: dateValue.nullable(), attributedTo: z.string().nullable(),
  }),
  dates: z.object({ id: id<DateId>('d'), article: articleId, text: z.string(), span, value: dateValue }),
  relations: z.object({ kind: z.enum(['corroborates', 'conflicts', 'updates']), claims: z.array(id<ClaimId>('c')), note: z.string(), story: storyId.nullable().optional() }),
  timeline: z.object({
    when: dateValue, text: z.string(), event: eventId.nullable(),
    sources: z.array(z.object({ article: articleId, span })), story: storyId.nullable().optional(),
  }),
} as const;

export type ExportSection = keyof typeof SCHEMAS;
export const EXPORT_SECTIONS = Object.keys(SCHEMAS) as ExportSection[];
export const isExportSection = (key: string): key is ExportSection => Object.hasOwn(SCHEMAS, key);

/** What an import fills in for an article exported without the store fields (an export by another tool). */
export interface ArticleDefaults {
  /** ISO time of the import, used as `ingestedAt`. */
  readonly now: string;
}

/** One item of a top-level array -> the record to restore, or why it does not fit. */
export function recordFrom(section: ExportSection, index: number, item: unknown, defaults: ArticleDefaults): Result<RestoreRecord> {
  const parsed = SCHEMAS[section].safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = [`${section}[${index}]`, ...issue.path.map(String)].join('.');
    return err('STORE_IMPORT', `${where}: ${issue.message}; is this a dossier export?`);
  }
  const v = parsed.data;
  switch (section) {
    case 'articles': {
      const a = v as z.infer<typeof article>;
      const { fingerprint, cleanedBy, ingestedAt, ...rest } = a;
      const value: Article = {
        ...rest,
        url: a.url ?? null,
        source: a.source.path === undefined && a.source.url === undefined ? { path: '' } : a.source,
        // Without an exported fingerprint, the export's id keeps the article unique (re-ingesting its
        // original document will then not be recognised as the same).
        fingerprint: fingerprint ?? `import:${a.format}:${a.source.url ?? a.source.path ?? ''}:${a.id}`,
        cleanedBy: cleanedBy ?? 'import',
        ingestedAt: ingestedAt ?? defaults.now,
      };
      return ok({ kind: 'article', value });
    }
    case 'events': {
      const e = v as z.infer<(typeof SCHEMAS)['events']>;
      return ok({ kind: 'event', value: { ...e, articles: [] } });
    }
    case 'stories': {
      const s = v as z.infer<(typeof SCHEMAS)['stories']>;
      return ok({ kind: 'story', value: { ...s, events: [], articles: [] } });
    }
    case 'entities': {
      const n = v as z.infer<(typeof SCHEMAS)['entities']>;
      return ok({ kind: 'entity', value: { ...n, articles: [], mentions: 0 } });
    }
    case 'mentions': {
      const m = v as z.infer<(typeof SCHEMAS)['mentions']>;
      const value: MentionRow = { ...m, id: Number(m.id.slice(1)) };
      return ok({ kind: 'mention', value });
    }
    case 'quotes': {
      const q = v as z.infer<(typeof SCHEMAS)['quotes']>;
      return ok({ kind: 'quote', value: { ...q, speaker: q.speaker?.name ?? null, speakerEntity: q.speaker?.entity ?? null } });
    }
    case 'claims': {
      const c = v as z.infer<(typeof SCHEMAS)['claims']>;
      return ok({ kind: 'claim', value: c as Claim });
    }
    case 'dates':
      return ok({ kind: 'date', value: v as z.infer<(typeof SCHEMAS)['dates']> });
    case 'relations': {
      const r = v as z.infer<(typeof SCHEMAS)['relations']>;
      return ok({ kind: 'relation', value: { ...r, story: r.story ?? null } });
    }
    case 'timeline': {
      const t = v as z.infer<(typeof SCHEMAS)['timeline']>;
      return ok({ kind: 'timeline', value: { ...t, story: t.story ?? null } });
    }
  }
}
