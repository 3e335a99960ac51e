/** Typed reads of the Dossier HTTP API. Shapes follow /api/openapi.json; records are src/types.ts's. */
import { useEffect, useState } from 'preact/hooks';
import type { Article, Brief, BriefCitation, Claim, DateMention, DateValue, Entity, EntityType, Event, Quote, Relation, Span, Story, TimelineEntry } from '../../types.js';

export type ArticleSummary = Omit<Article, 'body' | 'removed' | 'fingerprint' | 'cleanedBy'>;

export interface Page<T> {
  readonly items: T[];
  readonly offset: number;
  readonly limit: number;
  readonly total?: number;
  /** `total` counts what one can page through, and more exist (search ranks a bounded number of matches). */
  readonly totalIsLowerBound?: boolean;
  readonly next: string | null;
}

export interface StoryActivity {
  readonly id: string;
  readonly label: string;
  readonly articles: number;
  readonly events: number;
  readonly latestEvent: string | null;
  readonly latestPublished: string | null;
  readonly lastIngestedAt: string | null;
}

export interface ArticleDetail {
  readonly article: Article;
  readonly dates: DateMention[];
  readonly mentions: { name: string; type: EntityType; text: string; span: Span; entity: string | null }[];
  readonly quotes: Quote[];
  readonly claims: Claim[];
}

export interface StoryDetail {
  readonly story: Story;
  readonly events: Event[];
  readonly eventsTotal: number;
}

export type RelationPage = Page<Relation> & { readonly claims: Record<string, Claim>; readonly articles: Record<string, ArticleSummary> };
export type SearchPage = Page<{ article: string; title: string | null; rank: number; snippet: { text: string; match: boolean }[] }> & {
  readonly q: string;
  readonly total: number;
  /** More articles match than were ranked: the hits are the best of the newest `total`. */
  readonly totalIsLowerBound: boolean;
};
export interface Status { readonly store: string; readonly schemaVersion: number; readonly articles: number; readonly ingest: boolean }

export type { Article, Brief, BriefCitation, Claim, DateValue, Entity, Event, Quote, Relation, Story, TimelineEntry };

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = body as { code?: string; message?: string } | null;
    throw new ApiFailure(res.status, e?.code ?? 'INTERNAL', e?.message ?? `request failed with status ${res.status}`);
  }
  return body as T;
}

export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ApiFailure | Error } | { readonly state: 'done'; readonly data: T };

/** Fetches `path` (null: nothing) and re-fetches when it changes; stale answers are dropped. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<{ path: string | null; loaded: Loaded<T> }>({ path, loaded: { state: 'loading' } });
  useEffect(() => {
    if (path === null) return;
    const abort = new AbortController();
    setResult({ path, loaded: { state: 'loading' } });
    getJson<T>(path, abort.signal).then(
      (data) => setResult({ path, loaded: { state: 'done', data } }),
      (error: Error) => {
        if (!abort.signal.aborted) setResult({ path, loaded: { state: 'error', error } });
      },
    );
    return () => abort.abort();
  }, [path]);
  return result.path === path ? result.loaded : { state: 'loading' };
}

/** Builds `/api/x?k=v` from defined, non-empty parameters. */
export function apiPath(base: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/** Link to an article with a span highlighted and scrolled to. */
export const spanHref = (article: string, span: Span): string => `/articles/${article}?span=${span.start}-${span.end}`;
