/**
 * Given the article's root elements, sorts every block of the page into body or removed-with-reason:
 *  1. blocks outside the roots are chrome;
 *  2. inside, subtrees that are chrome are pruned (named chrome, figures, link lists, forms),
 *     readability's "clean conditionally" without mutating the tree;
 *  3. the head of the article loses its repeated headline, bylines and date lines;
 *  4. single lines that read as chrome ("Advertisement", "Read more:" and its links) go too.
 */
import type { Element } from 'domhandler';
import type { RemovalReason, RemovedPiece } from '../../types.js';
import { BYLINE, RELATED_HEADING } from '../chrome-patterns.js';
import { isDateOnlyLine, looksLikeSentence } from '../line-shape.js';
import type { Block, PageBlocks, Stats } from './blocks.js';
import { linkDensity } from './candidates.js';
import { parentElement } from './dom.js';
import { HintMemo, lineRule, looksLikeDateLine, reasonForBlock } from './reasons.js';
import { isStatedTitle } from './title.js';

export interface Selection {
  readonly paragraphs: string[];
  readonly removed: RemovedPiece[];
  /** Characters of body text. */
  readonly chars: number;
}

export interface SelectOptions {
  /** Normalised stated headlines (see title.ts). */
  readonly titles: readonly string[];
  /** Prune chrome-named and link-dense subtrees inside the roots. Default true; off in the relaxed retry. */
  readonly prune: boolean;
}

/** Share of the article's text above which a named element is taken for a mis-named container. */
const NAMED_CHROME_MAX_SHARE = 0.3;
/** Captions, bylines and dates are short; a longer element with such a name holds more (characters). */
const SHORT_CHROME_MAX_CHARS = 400;
/** Link share above which a container is a list of links (readability uses 0.2 for unweighted, 0.5 for positive names). */
const LINK_LIST_DENSITY = 0.5;
const LINK_HEAVY_DENSITY = 0.33;
/** Commas mark prose: a container with this many is never pruned by link density (readability: 10). */
const PROSE_COMMAS = 10;
/** A block this long that reads as a sentence ends the article's head (characters). */
const HEAD_END_CHARS = 80;
const HEADING = /^h[1-6]$/;
/** Share of a block's characters in links above which the block is only a link. */
const ALL_LINK_SHARE = 0.9;
/** This many link-only blocks in a row are a list of links, not prose that cites pages. */
const LINK_RUN = 3;
const TRAILING_MARKS = /[\s.…:!»>›-]+$/;
/** Words that open a link to another article inside a body: "Also on example.com ...", "READ MORE: ...". */
const CUE = "(?:also (?:on|read|see|in)|read (?:more|also|next|this)|see (?:also|more)|related(?: (?:articles?|stories|story|coverage|content|roundup|reading|links?))?|more (?:on|from|in|about)|recommended|trending|watch|listen|don'?t miss|must read)\\b";
const RELATED_CUE = new RegExp(`^${CUE}`, 'i');
/** The same cue as a label before a colon, when the headline after it is not (all) a link: "Related: ...". */
const RELATED_LABEL = new RegExp(`^${CUE}\\s*[:|»›]`, 'i');
const RELATED_LABEL_MAX_CHARS = 100;


const PRUNE_TAGS: Record<string, RemovalReason> = {
  nav: 'navigation', menu: 'navigation', select: 'navigation', button: 'share', dialog: 'boilerplate', fieldset: 'boilerplate',
  figcaption: 'photo-caption', label: 'boilerplate',
};
const SIZED_PRUNE_TAGS: Record<string, RemovalReason> = { aside: 'related-headlines', footer: 'boilerplate', figure: 'photo-caption', form: 'boilerplate', header: 'boilerplate' };
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'tbody', 'span', 'p', 'center', 'article', 'nav', 'aside']);

export function selectArticle(page: PageBlocks, roots: readonly Element[], options: SelectOptions, baseMemo: HintMemo): Selection {
  const rootSet = new Set(roots);
  const memo = baseMemo.withStops(rootSet);
  const rootChars = roots.reduce((n, r) => n + (page.stats.get(r)?.chars ?? 0), 0);
  const rootOf = new Map<Element, Element | null>();
  const pruned = new Map<Element, RemovalReason | null>();

  const findRoot = (el: Element): Element | null => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let e: Element | null = el; e; e = parentElement(e)) {
      if (rootSet.has(e)) {
        found = e;
        break;
      }
      const known = rootOf.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(e);
    }
    for (const e of path) rootOf.set(e, found);
    return found;
  };

  /** The outermost pruned element between the block and its root, with its reason. */
  const prunedReason = (owner: Element): RemovalReason | null => {
    const chain: Element[] = [];
    for (let e: Element | null = owner; e && !rootSet.has(e); e = parentElement(e)) chain.push(e);
    let reason: RemovalReason | null = null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      let r = pruned.get(el);
      if (r === undefined) {
        r = options.prune ? pruneDecision(el, page.stats.get(el), rootChars, memo) : null;
        pruned.set(el, r);
      }
      if (r) {
        reason = r;
        break;
      }
    }
    return reason;
  };

  // One decision per block: null keeps it in the body.
  const decisions: (RemovalReason | null)[] = [];
  let inHead = true;
  let relatedRun = false;
  for (const block of page.blocks) {
    if (!findRoot(block.owner)) {
      decisions.push(reasonForBlock(block, memo, 'boilerplate'));
      continue;
    }
    const prunedBy = prunedReason(block.owner);
    if (prunedBy) {
      decisions.push(reasonForBlock(block, memo, prunedBy));
      continue;
    }
    const reason = lineReason(block, inHead, relatedRun, options.titles, page, memo);
    decisions.push(reason);
    relatedRun = reason === 'related-headlines';
    if (!reason && inHead && block.chars >= HEAD_END_CHARS && looksLikeSentence(block.text)) inHead = false;
  }
  markLinkRuns(page.blocks, decisions);

  const paragraphs: string[] = [];
  const removed: RemovedPiece[] = [];
  let chars = 0;
  page.blocks.forEach((block, i) => {
    const reason = decisions[i];
    if (reason) removed.push({ text: block.text, reason });
    else {
      paragraphs.push(block.text);
      chars += block.chars;
    }
  });
  return { paragraphs, removed, chars };
}

/** Several body blocks in a row that are each one link: a list of other articles (or of menu entries). */
function markLinkRuns(blocks: readonly Block[], decisions: (RemovalReason | null)[]): void {
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= LINK_RUN) for (const i of run) decisions[i] = blocks[i]!.text.split(' ').length >= 4 ? 'related-headlines' : 'navigation';
    run = [];
  };
  blocks.forEach((block, i) => {
    if (decisions[i]) return; // removed blocks do not break a run: they are not in the body between the links
    if (block.linkChars >= ALL_LINK_SHARE * block.chars) run.push(i);
    else close();
  });
  close();
}

/** Why a subtree inside the article is chrome, or null to keep looking inside it. */
function pruneDecision(el: Element, s: Stats | undefined, rootChars: number, memo: HintMemo): RemovalReason | null {
  const hints = memo.of(el);
  const chars = s?.chars ?? 0;
  const small = chars <= NAMED_CHROME_MAX_SHARE * rootChars;
  const tagReason = PRUNE_TAGS[el.name];
  if (tagReason) return tagReason;
  const sizedReason = SIZED_PRUNE_TAGS[el.name];
  if (sizedReason && small && !hints.articleMark) return hints.reason ?? sizedReason;
  if (hints.reason && !hints.articleMark) {
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

/** Chrome that shows in one line of the article: its head (headline, byline, date), chrome lines, related links. */
function lineReason(block: Block, inHead: boolean, relatedRun: boolean, titles: readonly string[], page: PageBlocks, memo: HintMemo): RemovalReason | null {
  const owner = block.owner;
  const heading = HEADING.test(owner.name);
  if (heading && isStatedTitle(block.text, titles)) return 'title';
  if (inHead) {
    // The headline, as an <h1> or as whatever the page styles it with (<b>, <font>, a <div>).
    if (owner.name === 'h1' || isStatedTitle(block.text, titles)) return 'title';
    // "By ..." first; then a line that holds a date (even with a name: "Ana Ruiz · 14 March 2026") is
    // a dateline, so the metadata stage can read the date it states; then what the element's name says.
    if (BYLINE.test(block.text)) return 'byline';
    if (isDateOnlyLine(block.text) || looksLikeDateLine(block.text)) return 'dateline';
    const named = nearestShortReason(owner, page, memo);
    if (named === 'byline' || named === 'dateline') return named;
  }
  const rule = lineRule(block.text)?.reason;
  if (rule) return rule;
  const mostlyLink = block.linkChars * 2 > block.chars;
  if (block.chars <= 60 && RELATED_HEADING.test(block.text.replace(TRAILING_MARKS, ''))) return 'related-headlines';
  if (mostlyLink ? RELATED_CUE.test(block.text) : block.chars <= RELATED_LABEL_MAX_CHARS && RELATED_LABEL.test(block.text)) return 'related-headlines';
  if (mostlyLink && relatedRun) return 'related-headlines';
  return null;
}


/** The chrome a short element around the block names (a byline box, a date stamp). Long elements are
 *  skipped: WordPress puts "author-<name>" on the whole post, and that says nothing about one line. */
function nearestShortReason(owner: Element, page: PageBlocks, memo: HintMemo): RemovalReason | null {
  for (let e: Element | null = owner; e; e = parentElement(e)) {
    if ((page.stats.get(e)?.chars ?? 0) > SHORT_CHROME_MAX_CHARS) return null;
    const r = memo.of(e).reason;
    if (r) return r;
  }
  return null;
}
