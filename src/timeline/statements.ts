/**
 * Dated statements of one article: each claim with a resolved `when`, and each other sentence
 * holding a resolved date expression (dated by its most precise one). Undated sentences and
 * unresolved expressions ("last Friday" with no known publication date) give no statement: the
 * timeline never places them at the publication date.
 */
import type { Article, Claim, DatePrecision, DateRecord, DateValue, Span } from '../types.js';
import { sentenceAt, sentenceSpans } from './sentences.js';

export interface Statement {
  readonly article: Article;
  readonly span: Span;
  readonly text: string;
  readonly when: DateValue;
}

/** Finer first: a sentence with "in 2019" and "on Friday" is dated by "on Friday". */
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, range: 5, year: 6 };

const isResolved = (d: DateValue | null): d is DateValue & { start: string; end: string } => d !== null && d.start !== null && d.end !== null;

export function datedStatements(article: Article, claims: readonly Claim[], dates: readonly DateRecord[]): Statement[] {
  const out: Statement[] = [];
  const covered: Span[] = [];
  for (const c of claims) {
    if (!isResolved(c.when) || !inBody(article, c.span)) continue;
    out.push({ article, span: c.span, text: article.body.slice(c.span.start, c.span.end), when: c.when });
    covered.push(c.span);
  }
  const sentences = sentenceSpans(article.body);
  const best = new Map<number, { sentence: Span; date: DateRecord }>();
  for (const d of dates) {
    if (!isResolved(d.value) || !inBody(article, d.span)) continue;
    const sentence = sentenceAt(sentences, d.span.start);
    if (!sentence || covered.some((c) => c.start < sentence.end && sentence.start < c.end)) continue;
    const prev = best.get(sentence.start);
    if (!prev || rank(d.value) < rank(prev.date.value) || (rank(d.value) === rank(prev.date.value) && d.span.start < prev.date.span.start)) {
      best.set(sentence.start, { sentence, date: d });
    }
  }
  for (const { sentence, date } of best.values()) {
    out.push({ article, span: sentence, text: article.body.slice(sentence.start, sentence.end), when: { ...date.value, text: date.value.text ?? date.text } });
  }
  return out;
}

const rank = (d: DateValue): number => (d.precision ? PRECISION_RANK[d.precision] : 7);
const inBody = (a: Article, s: Span): boolean => s.start >= 0 && s.end <= a.body.length && s.start < s.end;
