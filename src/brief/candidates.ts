/**
 * Sentences a brief may use, each verbatim from the spans it cites: facts (claims grouped by
 * relate, with their independent source count), dated statements from the timeline, and the lead
 * sentence of every original article.
 */
import type { Article, ArticleId, BriefCitation, ClaimId, EventId, Fact, Span, StoryMaterial, TimelineEntry } from '../types.js';
import { copyRoots } from '../relate/sources.js';
import { normText } from '../relate/words.js';
import { UnionFind } from '../relate/union-find.js';
import { sentenceSpans } from '../timeline/sentences.js';

export interface Candidate {
  readonly text: string;
  /** Spans whose text is exactly `text`. Never empty. */
  readonly sources: BriefCitation[];
  /** Spans stating the same in other words. */
  readonly alsoReportedBy: BriefCitation[];
  readonly independent: number;
  readonly event: EventId | null;
  /** Publication day of the article it is quoted from (for ordering when there are no events). */
  readonly published: string;
  /** Sentence index in its article (0 = the lead sentence). */
  readonly position: number;
  readonly claims: ReadonlySet<ClaimId>;
}

export interface Cited {
  readonly article: Article;
  readonly span: Span;
}

export const citation = (c: Cited): BriefCitation => ({ article: c.article.id, span: c.span, outlet: c.article.outlet });
export const spanText = (c: Cited): string => c.article.body.slice(c.span.start, c.span.end);

/** Orders spans so that the original's words come first: an article copying nothing, then earliest published, then id. */
export function originalFirst(roots: ReadonlyMap<ArticleId, ArticleId>): (a: Cited, b: Cited) => number {
  const orig = (x: Cited) => ((roots.get(x.article.id) ?? x.article.id) === x.article.id ? 0 : 1);
  const pub = (x: Cited) => x.article.published?.start ?? '9999';
  return (a, b) => orig(a) - orig(b) || pub(a).localeCompare(pub(b)) || a.article.id.localeCompare(b.article.id, 'en', { numeric: true }) || a.span.start - b.span.start;
}

/** Splits cited spans into those holding exactly the first one's words and the rest. */
export function verbatimSplit(cited: readonly Cited[], order: (a: Cited, b: Cited) => number): { text: string; same: Cited[]; other: Cited[] } | null {
  const sorted = [...cited].filter((c) => c.span.start >= 0 && c.span.end <= c.article.body.length && c.span.start < c.span.end).sort(order);
  if (sorted.length === 0) return null;
  const text = spanText(sorted[0]!);
  return { text, same: sorted.filter((c) => spanText(c) === text), other: sorted.filter((c) => spanText(c) !== text) };
}

export function collectCandidates(m: StoryMaterial, facts: readonly Fact[], timeline: readonly TimelineEntry[]): Candidate[] {
  const articles = new Map(m.articles.map((a) => [a.id, a]));
  const roots = copyRoots(m.articles);
  const order = originalFirst(roots);
  const claims = new Map(m.claims.map((c) => [c.id, c]));
  const sentenceIndex = new Map<ArticleId, Span[]>();
  const positionOf = (c: Cited): number => {
    let spans = sentenceIndex.get(c.article.id);
    if (!spans) sentenceIndex.set(c.article.id, (spans = sentenceSpans(c.article.body)));
    const i = spans.findIndex((s) => s.end > c.span.start);
    return i < 0 ? spans.length : i;
  };
  // Copies of one article, and one sentence word for word in two articles (copied text), are one source.
  const independentOf = (cs: readonly Cited[]) => {
    const uf = new UnionFind();
    for (const c of cs) uf.union(`doc:${roots.get(c.article.id) ?? c.article.id}`, `text:${normText(spanText(c))}`);
    return new Set(cs.map((c) => uf.find(`doc:${roots.get(c.article.id) ?? c.article.id}`))).size;
  };
  const out: Candidate[] = [];
  const push = (cited: Cited[], independent: number, claimIds: ClaimId[]) => {
    const split = verbatimSplit(cited, order);
    if (!split) return;
    const lead = split.same[0]!;
    out.push({
      text: split.text, sources: split.same.map(citation), alsoReportedBy: split.other.map(citation), independent,
      event: lead.article.event, published: lead.article.published?.start ?? '', position: positionOf(lead), claims: new Set(claimIds),
    });
  };

  for (const f of facts) {
    const cited = f.claims.map((id) => claims.get(id)).filter((c) => c !== undefined).map((c) => ({ article: articles.get(c.article)!, span: c.span })).filter((c) => c.article);
    push(cited, f.sources, [...f.claims]);
  }
  for (const e of timeline) {
    const cited = e.sources.map((s) => ({ article: articles.get(s.article)!, span: s.span })).filter((c) => c.article);
    push(cited, independentOf(cited), []);
  }
  for (const a of m.articles) {
    if ((roots.get(a.id) ?? a.id) !== a.id) continue;
    const first = sentenceSpans(a.body)[0];
    if (first) push([{ article: a, span: first }], 1, []);
  }
  return mergeSameSentence(out);
}

/** One sentence reached twice (as a claim and as a dated statement) is one candidate with the best of both. */
function mergeSameSentence(cands: readonly Candidate[]): Candidate[] {
  const byText = new Map<string, Candidate>();
  const key = (s: BriefCitation) => `${s.article}:${s.span.start}:${s.span.end}`;
  for (const c of cands) {
    const k = normText(c.text);
    const prev = byText.get(k);
    if (!prev) {
      byText.set(k, c);
      continue;
    }
    // Only spans holding exactly prev's words may cite it verbatim; the others support it.
    const verbatim = c.text === prev.text ? c.sources : [];
    const support = c.text === prev.text ? c.alsoReportedBy : [...c.sources, ...c.alsoReportedBy];
    const seen = new Set([...prev.sources, ...prev.alsoReportedBy].map(key));
    const sources = [...prev.sources, ...verbatim.filter((s) => !seen.has(key(s)))];
    const inSources = new Set(sources.map(key));
    byText.set(k, {
      ...prev,
      sources,
      alsoReportedBy: [...prev.alsoReportedBy, ...support.filter((s) => !seen.has(key(s)) && !inSources.has(key(s)))],
      independent: Math.max(prev.independent, c.independent),
      position: Math.min(prev.position, c.position),
      claims: new Set([...prev.claims, ...c.claims]),
    });
  }
  return [...byText.values()];
}
