/** Each claim with what relating it needs, computed once per story: its unit, value range, measure words, scope, source. */
import type { Article, ArticleId, Claim, EventId, StoryMaterial } from '../types.js';
import { claimSources, copyRoots, type ClaimSource } from './sources.js';
import { normalizeUnit, type NormalUnit } from './units.js';
import { valueRange, type ValueRange } from './quantity.js';
import { stemmer } from 'stemmer';
import { contentStems, tokens } from './words.js';
import { bodyNameCounts, claimClause, clauseNames } from './clause.js';

export type Scope = 'global' | 'national' | 'regional';

export interface ClaimView {
  readonly claim: Claim;
  readonly article: Article;
  readonly copyRoot: ArticleId;
  readonly source: ClaimSource;
  readonly unit: NormalUnit;
  readonly range: ValueRange | null;
  /** Stems of what is measured: `about` plus the unit's words. */
  readonly measure: ReadonlySet<string>;
  /** `about` plus the unit's words; and the figure's clause plus the unit's words. Either may show the same measure. */
  readonly aboutWords: ReadonlySet<string>;
  readonly clauseWords: ReadonlySet<string>;
  /** The unit's own stems within `measure` (compared only when both claims state a unit). */
  readonly unitStems: ReadonlySet<string>;
  /** Places and other names in the clause stating the figure (entity mentions and name-like words), lower-cased. */
  readonly places: ReadonlySet<string>;
  /** The names the article uses most: what an unqualified figure in it is most likely about. */
  readonly homePlaces: ReadonlySet<string>;
  /** The geographic level the sentence states, if any ("nationwide", "the region's"). */
  readonly scope: Scope | null;
  /** Ordinal qualifiers ("first", "second round"): two different rounds are two different things. */
  readonly ordinals: ReadonlySet<string>;
  readonly event: EventId | null;
  /** The publication day (start) of the article, or of its original when it is a copy; null when unknown. */
  readonly published: string | null;
}

const SCOPE_WORDS: Record<string, Scope> = {
  global: 'global', worldwide: 'global', world: 'global', international: 'global',
  national: 'national', nationwide: 'national', nationally: 'national', countrywide: 'national', country: 'national', federal: 'national',
  regional: 'regional', region: 'regional', province: 'regional', provincial: 'regional', county: 'regional', district: 'regional',
  municipal: 'regional', city: 'regional', local: 'regional', state: 'regional',
};
const SCOPE_STEMS = new Set(Object.keys(SCOPE_WORDS).map((w) => stemmer(w)));
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'initial', 'final', 'another', '1st', '2nd', '3rd', '4th', '5th']);

const unitWords = (u: NormalUnit): string[] => (u.key && /^[a-z ]+$/.test(u.key) ? u.key.split(' ') : []);

export function claimViews(m: StoryMaterial): ClaimView[] {
  const articles = new Map(m.articles.map((a) => [a.id, a]));
  const roots = copyRoots(m.articles);
  const sources = claimSources(m.claims, m.articles, m.quotes);
  const placesByArticle = new Map<ArticleId, { name: string; start: number; end: number }[]>();
  for (const x of m.mentions) {
    if (x.type !== 'place') continue;
    const list = placesByArticle.get(x.article) ?? [];
    list.push({ name: x.name.toLowerCase(), start: x.span.start, end: x.span.end });
    placesByArticle.set(x.article, list);
  }
  const home = new Map<ArticleId, Set<string>>();
  const bodyNames = new Map<ArticleId, Set<string>>();
  for (const a of m.articles) {
    const counts = bodyNameCounts(a.body);
    for (const p of placesByArticle.get(a.id) ?? []) counts.set(p.name, (counts.get(p.name) ?? 0) + 2);
    bodyNames.set(a.id, new Set(counts.keys()));
    if (counts.size === 0) continue;
    const top = Math.max(...counts.values());
    home.set(a.id, new Set([...counts].filter(([, n]) => n === top).map(([name]) => name)));
  }
  const firstPublished = new Map<ArticleId, string>();
  for (const a of m.articles) {
    const root = roots.get(a.id) ?? a.id;
    const day = a.published?.start;
    const prev = firstPublished.get(root);
    if (day && (!prev || day < prev)) firstPublished.set(root, day);
  }
  const views: ClaimView[] = [];
  for (const c of m.claims) {
    const article = articles.get(c.article);
    if (!article) continue;
    const unit = normalizeUnit(c.quantity?.unit);
    const party = new Set([...tokens(c.attributedTo ?? ''), ...contentStems(c.attributedTo ?? '')]);
    // Words naming the source ("local officials", "the second mayor") say nothing about the figure's scope.
    const words = tokens(c.sentence).filter((w) => !party.has(w));
    const scopes = new Set(words.map((w) => SCOPE_WORDS[w]).filter((s): s is Scope => s !== undefined));
    const clause = claimClause(c);
    const names = new Set([
      ...(placesByArticle.get(c.article) ?? []).filter((p) => p.start >= c.span.start && p.end <= c.span.end && clause.toLowerCase().includes(p.name)).map((p) => p.name),
      ...clauseNames(clause, c.sentence, bodyNames.get(c.article) ?? new Set()),
    ].filter((n) => !party.has(n)));
    const nameStems = new Set([...names].flatMap((n) => contentStems(n)));
    // What is measured: the extractor's `about`, the unit's words and the figure's own clause, less
    // the source's words, names and scope words (compared on their own).
    const keep = (s: string) => !SCOPE_STEMS.has(s) && !party.has(s) && !nameStems.has(s);
    const aboutWords = new Set([...contentStems(c.about), ...unitWords(unit)].filter(keep));
    // The unit is left out of the clause's words: units must match anyway, and two clauses sharing
    // only their unit and their event ("the quake killed 40 people" / "injured 300 people") differ.
    const unitSet = new Set(unitWords(unit));
    const clauseWords = new Set(contentStems(clause).filter((s) => keep(s) && !unitSet.has(s)));
    const measure = new Set([...aboutWords, ...clauseWords]);
    views.push({
      claim: c,
      article,
      copyRoot: roots.get(article.id) ?? article.id,
      source: sources.get(c.id)!,
      unit,
      range: c.quantity && Number.isFinite(c.quantity.value) ? valueRange(c.quantity, unit.scale) : null,
      measure,
      aboutWords,
      clauseWords,
      unitStems: new Set(unitWords(unit)),
      places: names,
      homePlaces: home.get(c.article) ?? new Set(),
      // Two levels named in one sentence ("the region's share of national output") say nothing clear.
      scope: scopes.size === 1 ? [...scopes][0]! : null,
      ordinals: new Set(words.filter((w) => ORDINALS.has(w))),
      event: article.event,
      // A copy republished a day later is not a later report: it dates from its original.
      published: firstPublished.get(roots.get(article.id) ?? article.id) ?? article.published?.start ?? null,
    });
  }
  return views;
}
