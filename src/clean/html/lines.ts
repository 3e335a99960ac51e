/**
 * Chrome that shows in single lines of the article: its head (the repeated headline, bylines,
 * date lines), chrome lines ("Advertisement", "Share this"), "Read more:" cues and the links after
 * them, and runs of lines that are each one link.
 */
import type { Element } from 'domhandler';
import type { RemovalReason } from '../../types.js';
import { BYLINE, RELATED_HEADING } from '../chrome-patterns.js';
import { isDateOnlyLine } from '../line-shape.js';
import type { Block, PageBlocks } from './blocks.js';
import { parentElement } from './dom.js';
import { SHORT_CHROME_MAX_CHARS } from './prune.js';
import { lineRule, looksLikeDateLine, type HintMemo } from './reasons.js';
import { isStatedTitle } from './title.js';

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

/** Chrome that shows in one line of the article: its head (headline, byline, date), chrome lines, related links. */
export function lineReason(block: Block, inHead: boolean, relatedRun: boolean, titles: readonly string[], page: PageBlocks, memo: HintMemo): RemovalReason | null {
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

/** Several body blocks in a row that are each one link: a list of other articles (or of menu entries). */
export function markLinkRuns(blocks: readonly Block[], decisions: (RemovalReason | null)[]): void {
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
