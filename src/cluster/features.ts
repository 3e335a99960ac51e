/**
 * An article (with the dates its body states) -> the features clustering compares: content terms,
 * names, numbers, dates and a headline. Also the keys an article is indexed under. Pure.
 */
import type { Article, ClusterFeatures, DateMention } from '../types.js';
import { terms } from './tokens.js';
import { nameTokens } from './names.js';
import { numberTokens } from './numbers.js';

/** Key prefixes in the shared document-frequency table and inverted index. */
export const KEY = { term: 't:', name: 'n:', number: '#:' } as const;
/** Longest headline kept for labels, characters. */
const HEADLINE_MAX = 160;
const DAY_MS = 86_400_000;

export function articleFeatures(article: Pick<Article, 'title' | 'body' | 'published'>, dates: readonly DateMention[]): ClusterFeatures {
  const termCounts = new Map<string, number>();
  // The title counts twice: it states what the article is about.
  for (const t of [...terms(article.title ?? ''), ...terms(article.title ?? ''), ...terms(article.body)]) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
  return {
    terms: Object.fromEntries(termCounts),
    names: Object.fromEntries(nameTokens(article.body)),
    numbers: Object.fromEntries(numberTokens(article.body)),
    published: dayNumber(article.published?.start ?? null),
    dates: dates
      .filter((d) => d.value.precision === 'day' && d.value.start !== null)
      .map((d) => ({ day: dayNumber(d.value.start)!, text: d.text })),
    headline: headlineOf(article),
  };
}

/** Every key of an article with its count, prefixed by kind. */
export function featureKeys(f: ClusterFeatures): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, n] of Object.entries(f.terms)) out.set(KEY.term + k, n);
  for (const [k, n] of Object.entries(f.names)) out.set(KEY.name + k, n);
  for (const [k, n] of Object.entries(f.numbers)) out.set(KEY.number + k, n);
  return out;
}

/** ISO day -> days since 1970-01-01 (null stays null). */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : null;
}

export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function headlineOf(article: Pick<Article, 'title' | 'body'>): string {
  const text = article.title?.trim() || (article.body.match(/^[^\n]*?[.!?](?=\s|$)/)?.[0] ?? article.body.split('\n')[0] ?? '').trim();
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > HEADLINE_MAX ? `${flat.slice(0, HEADLINE_MAX - 1).replace(/\s\S*$/, '')}…` : flat;
}
