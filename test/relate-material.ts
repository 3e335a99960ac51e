/** Builds a StoryMaterial from a compact description, for relate/timeline/brief unit tests. Synthetic text only. */
import type {
  Article, ArticleId, Claim, ClaimId, DatePrecision, DateRecord, DateValue, EventId, Quantity, StoryMaterial, StoryId,
} from '../src/types.js';

export interface ArticleSpec {
  readonly id: string;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly event?: string | null;
  readonly duplicateOf?: string | null;
  readonly credits?: readonly string[];
  /** Body text; default: the article's claim sentences joined by spaces. */
  readonly body?: string;
  readonly removed?: readonly string[];
}

export interface ClaimSpec {
  readonly id?: string;
  readonly article: string;
  readonly sentence: string;
  readonly about: string;
  readonly value?: number | null;
  readonly unit?: string | null;
  readonly bound?: Quantity['bound'];
  readonly max?: number;
  /** "2025", "2024-06", "2024-06-03", or [start, end, precision]. */
  readonly when?: string | readonly [string, string, DatePrecision] | null;
  readonly attributedTo?: string | null;
}

export function dateValue(w: string | readonly [string, string, DatePrecision]): DateValue {
  if (typeof w !== 'string') return { start: w[0], end: w[1], precision: w[2], text: `${w[0]}..${w[1]}` };
  if (/^\d{4}$/.test(w)) return { start: `${w}-01-01`, end: `${w}-12-31`, precision: 'year', text: w };
  if (/^\d{4}-\d{2}$/.test(w)) {
    const [y, m] = w.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${w}-01`, end: `${w}-${String(last).padStart(2, '0')}`, precision: 'month', text: w };
  }
  return { start: w, end: w, precision: 'day', text: w };
}

export function material(articles: readonly ArticleSpec[], claims: readonly ClaimSpec[], extra: Partial<StoryMaterial> = {}): StoryMaterial {
  const bodies = new Map<string, string>();
  for (const a of articles) bodies.set(a.id, a.body ?? claims.filter((c) => c.article === a.id).map((c) => c.sentence).join(' '));
  const arts: Article[] = articles.map((a) => ({
    id: a.id as ArticleId,
    source: { path: `${a.id}.txt` },
    format: 'text',
    fingerprint: a.id,
    title: null,
    outlet: a.outlet === undefined ? `Outlet ${a.id.toUpperCase()}` : a.outlet,
    authors: [],
    credits: a.credits ?? [],
    published: a.published ? dateValue(a.published) : null,
    url: null,
    body: bodies.get(a.id)!,
    removed: (a.removed ?? []).map((text) => ({ text, reason: 'photo-caption' as const })),
    cleanedBy: 'test',
    duplicateOf: (a.duplicateOf ?? null) as ArticleId | null,
    event: (a.event === undefined ? 'e1' : a.event) as EventId | null,
    story: 's1' as StoryId,
    ingestedAt: '2026-01-15T12:00:00.000Z',
  }));
  const cls: Claim[] = claims.map((c, i) => {
    const body = bodies.get(c.article)!;
    const start = body.indexOf(c.sentence);
    if (start < 0) throw new Error(`claim sentence not in body of ${c.article}: ${c.sentence}`);
    return {
      id: (c.id ?? `c${i + 1}`) as ClaimId,
      article: c.article as ArticleId,
      sentence: c.sentence,
      span: { start, end: start + c.sentence.length },
      about: c.about,
      quantity: c.value === null || c.value === undefined ? null : { value: c.value, unit: c.unit ?? null, bound: c.bound ?? 'exact', ...(c.max !== undefined ? { max: c.max } : {}) },
      when: c.when ? dateValue(c.when) : null,
      attributedTo: c.attributedTo ?? null,
    };
  });
  const events = [...new Set(arts.map((a) => a.event).filter((e): e is EventId => e !== null))].map((id) => ({
    id, label: id, articles: arts.filter((a) => a.event === id).map((a) => a.id), when: null, story: 's1' as StoryId,
  }));
  return {
    story: { id: 's1' as StoryId, label: 'test story', events: events.map((e) => e.id), articles: arts.map((a) => a.id) },
    events, articles: arts, claims: cls, quotes: [], dates: [] as DateRecord[], mentions: [], ...extra,
  };
}
