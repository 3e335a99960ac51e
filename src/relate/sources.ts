/**
 * Independence of sources. Copies of one article (duplicateOf chains), outlets that publish the
 * same sentence word for word, and outlets quoting the same single source (one `attributedTo`, one
 * quoted speaker, or the wire an article credits) are one source, not several.
 */
import type { Article, ArticleId, Claim, ClaimId, Quote } from '../types.js';
import { UnionFind } from './union-find.js';
import { contentStems, normText } from './words.js';

/** Stems of role words that name no particular party on their own. */
const GENERIC_PARTY = new Set(
  ['offici', 'author', 'sourc', 'spokesman', 'spokeswoman', 'spokesperson', 'expert', 'analyst', 'observ', 'wit', 'wit', 'resid', 'peopl', 'figur', 'estim', 'data', 'statist', 'report', 'media', 'state', 'govern'],
);

export interface ClaimSource {
  /** Equal for claims that do not count as independent of each other. */
  readonly key: string;
  /** Readable name of the source: the attributed party, the wire, or the outlet. */
  readonly name: string;
}

/** Each article -> the earliest article of its copy chain (itself when it copies nothing). Cycle-safe. */
export function copyRoots(articles: readonly Article[]): Map<ArticleId, ArticleId> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const roots = new Map<ArticleId, ArticleId>();
  for (const a of articles) {
    let cur = a;
    const seen = new Set<ArticleId>([a.id]);
    while (cur.duplicateOf !== null) {
      const next = byId.get(cur.duplicateOf);
      if (!next || seen.has(next.id)) break;
      seen.add(next.id);
      cur = next;
    }
    // A copy of an article outside this story still counts as that article's copy.
    roots.set(a.id, cur.duplicateOf !== null && !byId.has(cur.duplicateOf) ? cur.duplicateOf : cur.id);
  }
  return roots;
}

/** "the defence ministry" -> "defenc ministri": order- and article-insensitive. */
export const partyKey = (name: string): string => [...new Set(contentStems(name))].sort().join(' ');

export const outletName = (a: Article): string => a.outlet ?? a.source.path?.split('/').pop() ?? a.source.url ?? a.id;

/** The speaker of the quote holding the claim, when the claim sits inside a quote. */
function quotedSpeaker(claim: Claim, quotes: readonly Quote[]): string | null {
  for (const q of quotes) {
    if (q.article !== claim.article || q.speaker === null) continue;
    const overlap = Math.min(q.span.end, claim.span.end) - Math.max(q.span.start, claim.span.start);
    if (overlap > 0 && overlap >= 0.5 * Math.min(q.span.end - q.span.start, claim.span.end - claim.span.start)) return q.speaker;
  }
  return null;
}

export function claimSources(
  claims: readonly Claim[],
  articles: readonly Article[],
  quotes: readonly Quote[],
): Map<ClaimId, ClaimSource> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const roots = copyRoots(articles);
  const uf = new UnionFind();
  const names = new Map<string, string>();
  const quotesByArticle = groupBy(quotes, (q) => q.article);
  const keyOf = new Map<ClaimId, string>();

  for (const c of claims) {
    const party = quotedSpeaker(c, quotesByArticle.get(c.article) ?? []) ?? c.attributedTo;
    const pk = party ? partyKey(party) : '';
    let key: string;
    if (pk !== '') {
      key = `who:${pk}`;
      if (!names.has(key)) names.set(key, party!);
    } else {
      const root = roots.get(c.article) ?? c.article;
      key = `doc:${root}`;
      const a = byId.get(root) ?? byId.get(c.article);
      if (!names.has(key)) names.set(key, a ? outletName(a) : root);
    }
    keyOf.set(c.id, key);
    uf.find(key);
  }

  // An article crediting a wire speaks for that wire: "according to NWS" elsewhere is the same source.
  for (const c of claims) {
    for (const credit of byId.get(c.article)?.credits ?? []) {
      const ck = partyKey(credit);
      if (ck !== '' && names.has(`who:${ck}`)) uf.union(`doc:${roots.get(c.article) ?? c.article}`, `who:${ck}`);
    }
  }

  // One party named more or less fully ("officials", "port officials") is one source.
  const parties = [...names.keys()].filter((k) => k.startsWith('who:')).map((k) => ({ k, stems: new Set(k.slice(4).split(' ')) }));
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const [a, b] = [parties[i]!, parties[j]!];
      const [small, large] = a.stems.size <= b.stems.size ? [a, b] : [b, a];
      // A bare role word ("officials", "analysts") is too vague to tie two named parties together.
      if ([...small.stems].some((s) => !GENERIC_PARTY.has(s)) && [...small.stems].every((s) => large.stems.has(s))) uf.union(a.k, b.k);
    }
  }

  // The same sentence word for word in two articles is one text copied, whatever dedup decided.
  const bySentence = groupBy(claims, (c) => normText(c.sentence));
  for (const group of bySentence.values()) for (const c of group.slice(1)) uf.union(keyOf.get(group[0]!.id)!, keyOf.get(c.id)!);

  const out = new Map<ClaimId, ClaimSource>();
  for (const c of claims) {
    const root = uf.find(keyOf.get(c.id)!);
    out.set(c.id, { key: root, name: names.get(root) ?? names.get(keyOf.get(c.id)!) ?? root });
  }
  return out;
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = out.get(k);
    if (g) g.push(item);
    else out.set(k, [item]);
  }
  return out;
}
