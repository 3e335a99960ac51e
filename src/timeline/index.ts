/**
 * Timeline: one story's articles, claims and date expressions -> entries in event time (the date
 * a statement is about, not when it was published), each citing every article that states it.
 * A statement repeated by several outlets is one entry with all its sources. Pure.
 */
import type { Article, ArticleId, StoryMaterial, TimelineEntry } from '../types.js';
import { copyRoots } from '../relate/sources.js';
import { UnionFind } from '../relate/union-find.js';
import { jaccard, normText, stemSet } from '../relate/words.js';
import { datedStatements, type Statement } from './statements.js';

/** Two statements with the same date and at least this share of content words (Jaccard) are one statement repeated. */
export const REPEAT_SIMILARITY = 0.5;

export function buildTimeline(m: StoryMaterial): TimelineEntry[] {
  const statements: Statement[] = [];
  for (const a of m.articles) {
    statements.push(...datedStatements(a, m.claims.filter((c) => c.article === a.id), m.dates.filter((d) => d.article === a.id)));
  }
  // Two claims in one sentence give one statement.
  const unique = [...new Map(statements.map((s) => [`${s.article.id}:${s.span.start}:${s.span.end}`, s])).values()];
  return mergeRepeats(unique, copyRoots(m.articles)).sort(byTime);
}

function mergeRepeats(statements: readonly Statement[], roots: ReadonlyMap<ArticleId, ArticleId>): TimelineEntry[] {
  const byDate = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const key = `${s.when.start}/${s.when.end}`;
    byDate.set(key, [...(byDate.get(key) ?? []), i]);
  });
  const uf = new UnionFind();
  const stems = statements.map((s) => stemSet(s.text));
  for (const group of byDate.values()) {
    for (const i of group) uf.find(String(i));
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [a, b] = [statements[group[x]!]!, statements[group[y]!]!];
        if (a.article.id === b.article.id) continue;
        if (normText(a.text) === normText(b.text) || jaccard(stems[group[x]!]!, stems[group[y]!]!) >= REPEAT_SIMILARITY) uf.union(String(group[x]), String(group[y]));
      }
    }
  }
  const entries: TimelineEntry[] = [];
  for (const members of uf.groups().values()) {
    const group = members.map((i) => statements[Number(i)]!);
    // The entry's words are the original's: an article that copies nothing, published first.
    const rep = [...group].sort((a, b) => originality(a.article, roots) - originality(b.article, roots) || published(a.article).localeCompare(published(b.article)) || a.article.id.localeCompare(b.article.id, 'en', { numeric: true }))[0]!;
    const sources = group
      .map((s) => ({ article: s.article.id, span: s.span }))
      .sort((a, b) => a.article.localeCompare(b.article, 'en', { numeric: true }) || a.span.start - b.span.start);
    entries.push({ when: rep.when, text: rep.text, event: rep.article.event, sources });
  }
  return entries;
}

const originality = (a: Article, roots: ReadonlyMap<ArticleId, ArticleId>): number => ((roots.get(a.id) ?? a.id) === a.id ? 0 : 1);
const published = (a: Article): string => a.published?.start ?? '9999';

function byTime(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.when.start!.localeCompare(b.when.start!) ||
    a.when.end!.localeCompare(b.when.end!) ||
    a.sources[0]!.article.localeCompare(b.sources[0]!.article, 'en', { numeric: true }) ||
    a.sources[0]!.span.start - b.sources[0]!.span.start
  );
}

/** Entries of one event, in time order: those assigned to it and those that one of its articles also states. */
export function eventTimeline(entries: readonly TimelineEntry[], event: string, articles: readonly Pick<Article, 'id' | 'event'>[]): TimelineEntry[] {
  const inEvent = new Set(articles.filter((a) => a.event === event).map((a) => a.id));
  return entries.filter((e) => e.event === event || e.sources.some((s) => inEvent.has(s.article)));
}
