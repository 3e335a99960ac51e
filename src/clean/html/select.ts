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
import { looksLikeSentence } from '../line-shape.js';
import type { PageBlocks } from './blocks.js';
import { parentElement } from './dom.js';
import { lineReason, markLinkRuns } from './lines.js';
import { pruneDecision } from './prune.js';
import { reasonForBlock, type HintMemo } from './reasons.js';

export interface Selection {
  readonly paragraphs: string[];
  readonly removed: RemovedPiece[];
  /** Characters of body text. */
  readonly chars: number;
}

/** A block this long that reads as a sentence ends the article's head (characters). */
const HEAD_END_CHARS = 80;

export interface SelectOptions {
  /** Normalised stated headlines (see title.ts). */
  readonly titles: readonly string[];
  /** Prune chrome-named and link-dense subtrees inside the roots. Default true; off in the relaxed retry. */
  readonly prune: boolean;
}

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
