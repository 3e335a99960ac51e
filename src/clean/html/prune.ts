/**
 * Readability's "clean conditionally", as a decision instead of a mutation: whether a subtree
 * inside the article is chrome (a named box, a figure, a list of links, a form) and why.
 */
import type { Element } from 'domhandler';
import type { RemovalReason } from '../../types.js';
import type { Stats } from './blocks.js';
import { linkDensity } from './candidates.js';
import type { HintMemo } from './reasons.js';

/** Share of the article's text above which a named element is taken for a mis-named container. */
const NAMED_CHROME_MAX_SHARE = 0.3;
/** Captions, bylines and dates are short; a longer element with such a name holds more (characters). */
export const SHORT_CHROME_MAX_CHARS = 400;
/** Link share above which a container is a list of links (readability uses 0.2 for unweighted, 0.5 for positive names). */
const LINK_LIST_DENSITY = 0.5;
const LINK_HEAVY_DENSITY = 0.33;
/** Commas mark prose: a container with this many is never pruned by link density (readability: 10). */
const PROSE_COMMAS = 10;
const PRUNE_TAGS: Record<string, RemovalReason> = {
  nav: 'navigation', menu: 'navigation', select: 'navigation', button: 'share', dialog: 'boilerplate', fieldset: 'boilerplate',
  figcaption: 'photo-caption', label: 'boilerplate',
};
const SIZED_PRUNE_TAGS: Record<string, RemovalReason> = { aside: 'related-headlines', footer: 'boilerplate', figure: 'photo-caption', form: 'boilerplate', header: 'boilerplate' };
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'tbody', 'span', 'p', 'center', 'article', 'nav', 'aside']);

/** Why a subtree inside the article is chrome, or null to keep looking inside it. */
export function pruneDecision(el: Element, s: Stats | undefined, rootChars: number, memo: HintMemo): RemovalReason | null {
  const hints = memo.of(el);
  const chars = s?.chars ?? 0;
  const small = chars <= NAMED_CHROME_MAX_SHARE * rootChars;
  const tagReason = PRUNE_TAGS[el.name];
  if (tagReason) return tagReason;
  const sizedReason = SIZED_PRUNE_TAGS[el.name];
  if (sizedReason && small && !hints.articleMark) return hints.reason ?? sizedReason;
  // A "social" box holding prose is an embedded post (a quoted tweet), not share buttons.
  const embeddedPost = hints.reason === 'share' && (s?.paragraphs ?? 0) > 0 && linkDensity(s) < LINK_LIST_DENSITY;
  if (hints.reason && !hints.articleMark && !embeddedPost) {
    const shortKind = hints.reason === 'photo-caption' || hints.reason === 'byline' || hints.reason === 'dateline';
    if (shortKind ? chars <= SHORT_CHROME_MAX_CHARS : small || linkDensity(s) >= LINK_LIST_DENSITY) return hints.reason;
  }
  if (s && CONTAINERS.has(el.name) && s.commas < PROSE_COMMAS && s.links >= 2) {
    const density = linkDensity(s);
    if (density > LINK_LIST_DENSITY || (density > LINK_HEAVY_DENSITY && hints.weight < 25 && el.name !== 'p')) {
      return chars / s.links < 25 ? 'navigation' : 'related-headlines';
    }
  }
  if (s && s.inputs > 0 && s.inputs * 3 > s.paragraphs && small) return 'boilerplate';
  return null;
}
