/**
 * Why a block of page text is not article text. The most specific evidence wins: the text's own
 * shape (a chrome line such as "Advertisement" or "© 2024 ..."), then the nearest element whose
 * name, role or tag says what it holds (a comment thread claims everything inside it), then the
 * block's shape (links are headlines or menus).
 */
import type { Element } from 'domhandler';
import type { RemovalReason } from '../../types.js';
import { BYLINE, matchChromeRule, type ChromeRule } from '../chrome-patterns.js';
import { isDateOnlyLine } from '../line-shape.js';
import type { Block } from './blocks.js';
import { elementHints, type ElementHints } from './hints.js';
import { parentElement } from './dom.js';
import { isStatedTitle } from './title.js';

const HEADING = /^h[1-6]$/;

/** Per-extraction memo of element hints and inherited reasons (no module-level state). */
export class HintMemo {
  private readonly hints = new Map<Element, ElementHints>();
  private readonly nearest = new Map<Element, RemovalReason | null>();
  private readonly inComments = new Map<Element, boolean>();

  /** @param titles normalised stated headlines (title.ts), so a repeated headline is removed as `title`. */
  constructor(
    readonly titles: readonly string[] = [],
    private readonly stopAt: ReadonlySet<Element> = new Set(),
  ) {}

  of(el: Element): ElementHints {
    let h = this.hints.get(el);
    if (!h) {
      h = elementHints(el);
      this.hints.set(el, h);
    }
    return h;
  }

  /** A memo sharing these hints but stopping its inherited reasons at other elements. */
  withStops(stopAt: ReadonlySet<Element>): HintMemo {
    const memo = new HintMemo(this.titles, stopAt);
    for (const [k, v] of this.hints) memo.hints.set(k, v);
    return memo;
  }

  /** The reason named by `el` or its nearest ancestor below a stop element. */
  nearestReason(el: Element | null): RemovalReason | null {
    const path: Element[] = [];
    let found: RemovalReason | null = null;
    for (let e = el; e && !this.stopAt.has(e); e = parentElement(e)) {
      const known = this.nearest.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(e);
      const own = this.of(e).reason;
      if (own) {
        found = own;
        break;
      }
    }
    for (const e of path) this.nearest.set(e, found);
    return found;
  }

  /** True when `el` sits in a comment thread (below a stop element). */
  insideComments(el: Element | null): boolean {
    const path: Element[] = [];
    let found = false;
    for (let e = el; e && !this.stopAt.has(e); e = parentElement(e)) {
      const known = this.inComments.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(e);
      if (this.of(e).reason === 'comments') {
        found = true;
        break;
      }
    }
    for (const e of path) this.inComments.set(e, found);
    return found;
  }
}

/** Short lines that are chrome on HTML pages, beyond the shared chrome rules (tried after them). */
const HTML_LINE_RULES: readonly ChromeRule[] = [
  { reason: 'share', maxLength: 80, pattern: /\bshare (?:it|this(?: (?:story|article|post|page))?)\b.*(?:friend|with|on)\b|^(?:sharing is caring|spread the word|like this (?:story|article)\b.*)[.!?]*$/i },
  { reason: 'advertisement', maxLength: 40, pattern: /^(?:advert|advertisement|anzeige|publicidad|publicit[ée]|reklama|sponsored by .+)[.:]?$/i },
  { reason: 'tags', maxLength: 200, pattern: /^(?:posted in|filed (?:in|under)|categories|categorized|tagged(?: with| as)?|tags)\b/i },
  { reason: 'copyright', maxLength: 200, pattern: /©|\bcopyright\b/i },
];

/** The first shared or HTML-specific chrome rule a short line matches. */
export function lineRule(text: string): ChromeRule | undefined {
  const shared = matchChromeRule(text);
  if (shared) return shared;
  for (const rule of HTML_LINE_RULES) if (text.length <= rule.maxLength && rule.pattern.test(text)) return rule;
  return undefined;
}

/** Words in a link that reads as a headline rather than a menu entry. */
const HEADLINE_WORDS = 4;

/** The reason a block is chrome. `fallback` applies when nothing more specific is known. */
export function reasonForBlock(block: Block, memo: HintMemo, fallback: RemovalReason = 'boilerplate'): RemovalReason {
  if (memo.insideComments(block.owner)) return 'comments';
  const rule = lineRule(block.text);
  // "Subscribe" or "Home" says navigation anywhere; inside a newsletter box the box's name says more.
  if (rule && rule.reason !== 'navigation') return rule.reason;
  if (HEADING.test(block.owner.name) && isStatedTitle(block.text, memo.titles)) return 'title';
  if (BYLINE.test(block.text)) return 'byline';
  const named = memo.nearestReason(block.owner);
  // A byline box line that states a date ("Ana Ruiz · 14 March 2026") is kept as a dateline for the metadata stage.
  if ((named === 'byline' || named === 'dateline') && (isDateOnlyLine(block.text) || looksLikeDateLine(block.text))) return 'dateline';
  if (named) return named;
  if (rule) return rule.reason;
  if (block.linkChars * 2 > block.chars) return block.text.split(' ').length >= HEADLINE_WORDS ? 'related-headlines' : 'navigation';
  if (isDateOnlyLine(block.text)) return 'dateline';
  return fallback;
}

/** Date stamps are short: at most this many characters and this many words besides numbers. */
const DATE_LINE_MAX_CHARS = 60;
const DATE_LINE_MAX_WORDS = 6;
const YEAR_OR_NUMERIC_DATE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
/** A date stamp in any language: short, holds a year (or a numeric date) and a time or a day, and few words. */
export function looksLikeDateLine(text: string): boolean {
  if (text.length > DATE_LINE_MAX_CHARS) return false;
  if (!YEAR_OR_NUMERIC_DATE.test(text)) return false;
  const words = text.replace(/[\d\p{P}\p{S}]+/gu, ' ').trim().split(/\s+/).filter((w) => w.length > 0);
  return words.length <= DATE_LINE_MAX_WORDS && /\d{1,2}[:.h]\d{2}|\b\d{1,2}\b/.test(text.replace(YEAR_OR_NUMERIC_DATE, ' '));
}
