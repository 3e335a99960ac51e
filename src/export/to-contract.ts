/** Records -> the export contract's JSON shapes (../shared/contract/EXPORT.md). Pure. */
import type { Article, Claim, DateRecord, DateValue, Entity, Event, Quote, Relation, Span, Story, TimelineEntry } from '../types.js';
import type { MentionRow, WithStory } from '../store/store.js';

export const spanPair = (s: Span): [number, number] => [s.start, s.end];

export const contractDate = (d: DateValue | null): DateValue | null =>
  d === null ? null : { start: d.start, end: d.end, precision: d.precision, ...(d.text !== undefined ? { text: d.text } : {}) };

export const contractArticle = (a: Article) => ({
  id: a.id,
  source: a.source.path !== undefined || a.source.url !== undefined ? { ...a.source } : { path: '' },
  format: a.format,
  title: a.title,
  outlet: a.outlet,
  authors: a.authors,
  published: contractDate(a.published),
  credits: a.credits,
  body: a.body,
  removed: a.removed.map((r) => ({ text: r.text, reason: r.reason })),
  duplicateOf: a.duplicateOf,
  event: a.event,
  story: a.story,
  // Beyond the contract's required fields, so that `dossier import` restores the store exactly:
  // re-ingesting the same document is still recognised, and the cleaning decision stays on record.
  url: a.url,
  fingerprint: a.fingerprint,
  cleanedBy: a.cleanedBy,
  ingestedAt: a.ingestedAt,
});

export const contractEvent = (e: Event) => ({ id: e.id, label: e.label, articles: e.articles, when: contractDate(e.when), story: e.story });
export const contractStory = (s: Story) => ({ id: s.id, label: s.label, events: s.events, articles: s.articles });
export const contractEntity = (n: Entity) => ({ id: n.id, name: n.name, type: n.type, aliases: n.aliases, articles: n.articles });

export const contractQuote = (q: Quote) => ({
  id: q.id,
  article: q.article,
  text: q.text,
  speaker: q.speaker === null ? null : { name: q.speaker, entity: q.speakerEntity },
  via: q.via,
  span: spanPair(q.span),
});

export const contractClaim = (c: Claim) => ({
  id: c.id,
  article: c.article,
  sentence: c.sentence,
  about: c.about,
  quantity: c.quantity === null ? null : { value: c.quantity.value, unit: c.quantity.unit, bound: c.quantity.bound, ...(c.quantity.max !== undefined ? { max: c.quantity.max } : {}) },
  when: contractDate(c.when),
  attributedTo: c.attributedTo,
  span: spanPair(c.span),
});

/** `story` (beyond the contract): the story the relation was stored under, null for store-wide. */
export const contractRelation = (r: Relation | WithStory<Relation>) => ({ kind: r.kind, claims: r.claims, note: r.note, ...('story' in r ? { story: r.story } : {}) });

/** `story` (beyond the contract): the story whose timeline holds the entry, null for store-wide. */
export const contractTimelineEntry = (t: TimelineEntry | WithStory<TimelineEntry>) => ({
  when: contractDate(t.when),
  text: t.text,
  event: t.event,
  sources: t.sources.map((s) => ({ article: s.article, span: spanPair(s.span) })),
  ...('story' in t ? { story: t.story } : {}),
});

export const contractDateRecord = (d: DateRecord) => ({ id: d.id, article: d.article, text: d.text, span: spanPair(d.span), value: contractDate(d.value) });

/** Entity mentions (beyond the contract): each name as it occurs in an article, and the entity it was merged into. */
export const contractMention = (m: MentionRow) => ({
  id: `m${m.id}`,
  article: m.article,
  name: m.name,
  type: m.type,
  text: m.text,
  span: spanPair(m.span),
  entity: m.entity,
});
