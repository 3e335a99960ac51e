/** Each claim with what relating it needs, computed once per story: its unit, value range, measure words, scope, source. */
import type { Article, ArticleId, Claim, EventId, StoryMaterial } from '../types.js';
import { claimSources, copyRoots, type ClaimSource } from './sources.js';
import { normalizeUnit, type NormalUnit } from './units.js';
import { valueRange, type ValueRange } from './quantity.js';
import { stemmer } from 'stemmer';
import { contentStems, tokens } from './words.js';

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
  /** The unit's own stems within `measure` (compared only when both claims state a unit). */
  readonly unitStems: ReadonlySet<string>;
  /** Places named inside the claim's sentence (entity mentions), lower-cased. */
  readonly places: ReadonlySet<string>;
  /** The place(s) the article names most: what an unqualified figure in it is most likely about. */
  readonly homePlaces: ReadonlySet<string>;
  /** The geographic level the sentence states, if any ("nationwide", "the region's"). */
  readonly scope: Scope | null;
  /** Ordinal qualifiers ("first", "second round"): two different rounds are two different things. */
  readonly ordinals: ReadonlySet<string>;
  readonly event: EventId | null;
  /** The article's publication day (start), or null. */
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
  for (const [article, list] of placesByArticle) {
    const counts = new Map<string, number>();
    for (const p of list) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    const top = Math.max(...counts.values());
    home.set(article, new Set([...counts].filter(([, n]) => n === top).map(([name]) => name)));
  }
  const views: ClaimView[] = [];
  for (const c of m.claims) {
    const article = articles.get(c.article);
    if (!article) continue;
    const unit = normalizeUnit(c.quantity?.unit);
    const words = tokens(c.sentence);
    const scopes = new Set(words.map((w) => SCOPE_WORDS[w]).filter((s): s is Scope => s !== undefined));
    views.push({
      claim: c,
      article,
      copyRoot: roots.get(article.id) ?? article.id,
      source: sources.get(c.id)!,
      unit,
      range: c.quantity && Number.isFinite(c.quantity.value) ? valueRange(c.quantity, unit.scale) : null,
      // Scope words are compared as scope, not as what is measured ("national unemployment" = "unemployment").
      measure: new Set([...contentStems(c.about), ...unitWords(unit)].filter((s) => !SCOPE_STEMS.has(s))),
      unitStems: new Set(unitWords(unit)),
      places: new Set((placesByArticle.get(c.article) ?? []).filter((p) => p.start >= c.span.start && p.end <= c.span.end).map((p) => p.name)),
      homePlaces: home.get(c.article) ?? new Set(),
      // Two levels named in one sentence ("the region's share of national output") say nothing clear.
      scope: scopes.size === 1 ? [...scopes][0]! : null,
      ordinals: new Set(words.filter((w) => ORDINALS.has(w))),
      event: article.event,
      published: article.published?.start ?? null,
    });
  }
  return views;
}
