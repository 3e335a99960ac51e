/**
 * HTML page -> article paragraphs and removed chrome, trying strategies in order and keeping
 * the best (readability's _grabArticle retries; trafilatura's comparison with fallbacks):
 *  1. html:readability-like   score containers with chrome set aside, prune chrome inside;
 *  2. html:relaxed            the same with nothing set aside and no pruning, when 1 finds little;
 *  3. html:json-ld-articleBody the body the page states in JSON-LD, when the extraction misses most of it;
 *  4. html:fallback-all-paragraphs every prose paragraph outside named chrome, when all else finds little.
 */
import type { Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { CleanedDocument } from '../index.js';
import { PARAGRAPH_CHARS, readBlocks, type PageBlocks } from './blocks.js';
import { pickArticleRoots } from './candidates.js';
import { HintMemo, reasonForBlock } from './reasons.js';
import { selectArticle, type Selection } from './select.js';
import { statedTitles } from './title.js';
import { jsonLdArticleBody } from './json-ld.js';
import { normalizeForCompare } from '../line-shape.js';

/** Below this many body characters an extraction "found little" and the next strategy is tried. */
const MIN_ARTICLE_CHARS = 500;
/** The JSON-LD body replaces an extraction that holds less than this share of its words. */
const JSON_LD_MIN_COVERAGE = 0.5;
/** A JSON-LD body shorter than this (characters) is a summary, not the article. */
const JSON_LD_MIN_CHARS = 200;
/** A chrome-named element holding more than this share of the page's paragraphs is a layout wrapper. */
const LAYOUT_NAME_SHARE = 0.5;
/** Paragraphs for the last-resort strategy: at least this long (characters), mostly not links. */
const FALLBACK_PARAGRAPH_CHARS = 40;

const MARKUP = /<\/?[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;

interface Attempt extends Selection {
  readonly strategy: string;
}

export function extractArticle(dom: Document): CleanedDocument {
  const page = readBlocks(dom);
  const titles = statedTitles(dom);
  const memo = new HintMemo(titles);
  const excluded = chromeElements(page, memo);

  let best = readabilityLike(page, 'html:readability-like', { weightNames: true, excluded, prune: true, titles }, memo);
  if (!best || best.chars < MIN_ARTICLE_CHARS) {
    const relaxed = readabilityLike(page, 'html:relaxed', { weightNames: false, excluded: new Set(), prune: false, titles }, memo);
    if (relaxed && relaxed.chars > (best?.chars ?? 0)) best = relaxed;
  }
  const stated = jsonLdArticleBody(dom);
  if (stated && stated.length >= JSON_LD_MIN_CHARS && (!best || wordCoverage(stated, best.paragraphs) < JSON_LD_MIN_COVERAGE)) {
    best = fromStatedBody(stated, page, memo);
  }
  if (!best || best.chars < MIN_ARTICLE_CHARS) {
    const all = allParagraphs(page, excluded, memo);
    if (all.chars > (best?.chars ?? 0)) best = all;
  }
  return best ? { paragraphs: best.paragraphs, removed: best.removed, strategy: best.strategy } : nothingFound(page, memo);
}

interface LikeOptions {
  readonly weightNames: boolean;
  readonly excluded: ReadonlySet<Element>;
  readonly prune: boolean;
  readonly titles: readonly string[];
}

function readabilityLike(page: PageBlocks, strategy: string, options: LikeOptions, memo: HintMemo): Attempt | null {
  const picked = pickArticleRoots(page, { weightNames: options.weightNames, excluded: options.excluded }, memo);
  if (!picked) return null;
  return { ...selectArticle(page, picked.roots, { titles: options.titles, prune: options.prune }, memo), strategy };
}

/** Elements set aside before scoring (readability's "unlikely candidates"): chrome by tag, role or
 *  name, unless a content-like name or an article mark outweighs it. */
function chromeElements(page: PageBlocks, memo: HintMemo): Set<Element> {
  const excluded = new Set<Element>();
  let pageParagraphs = 0;
  for (const b of page.blocks) if (b.chars >= PARAGRAPH_CHARS && b.linkChars * 2 < b.chars) pageParagraphs++;
  for (const [el, stats] of page.stats) {
    if (el.name === 'body' || el.name === 'html' || el.name === 'a') continue;
    const h = memo.of(el);
    if (!h.reason || h.articleMark) continue;
    // A layout name ("has-sidebar", "penci_sidebar") on the element that holds most of the page's prose.
    if (h.reason !== 'comments' && stats.paragraphs > LAYOUT_NAME_SHARE * pageParagraphs) continue;
    if (h.weight < 0 || el.name === 'nav' || el.name === 'aside' || el.name === 'footer' || el.attribs.role) excluded.add(el);
  }
  return excluded;
}

function isInside(el: Element, set: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parent && e.parent.type !== 'root' ? (e.parent as Element) : null) if (set.has(e)) return true;
  return false;
}

/** The page's blocks that the stated body contains are its paragraphs, in page order; the rest is chrome.
 *  When the page does not show the stated text as blocks, the stated text itself is the body. */
function fromStatedBody(stated: string, page: PageBlocks, memo: HintMemo): Attempt {
  // Some sites put markup or HTML entities in the JSON string: read it as HTML then.
  const text = MARKUP.test(stated) ? readBlocks(parseDocument(stated, { decodeEntities: true })).blocks.map((b) => b.text).join('\n\n') : stated;
  const haystack = normalizeForCompare(text);
  const paragraphs: string[] = [];
  const removed: Attempt['removed'][number][] = [];
  let chars = 0;
  for (const block of page.blocks) {
    const needle = normalizeForCompare(block.text);
    if (needle.length >= 20 && haystack.includes(needle)) {
      paragraphs.push(block.text);
      chars += block.chars;
    } else removed.push({ text: block.text, reason: reasonForBlock(block, memo) });
  }
  if (chars >= 0.8 * text.length) return { paragraphs, removed, chars, strategy: 'html:json-ld-articleBody' };
  const own = text.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return {
    paragraphs: own,
    removed: page.blocks.map((b) => ({ text: b.text, reason: reasonForBlock(b, memo) })),
    chars: own.reduce((n, p) => n + p.length, 0),
    strategy: 'html:json-ld-articleBody',
  };
}

function allParagraphs(page: PageBlocks, excluded: ReadonlySet<Element>, memo: HintMemo): Attempt {
  const paragraphs: string[] = [];
  const removed: Attempt['removed'][number][] = [];
  let chars = 0;
  for (const block of page.blocks) {
    const prose = block.owner.name === 'p' && block.chars >= FALLBACK_PARAGRAPH_CHARS && block.linkChars * 3 < block.chars && !isInside(block.owner, excluded);
    if (prose) {
      paragraphs.push(block.text);
      chars += block.chars;
    } else removed.push({ text: block.text, reason: reasonForBlock(block, memo) });
  }
  return { paragraphs, removed, chars, strategy: 'html:fallback-all-paragraphs' };
}

function nothingFound(page: PageBlocks, memo: HintMemo): CleanedDocument {
  return { paragraphs: [], removed: page.blocks.map((b) => ({ text: b.text, reason: reasonForBlock(b, memo) })), strategy: 'html:none' };
}

/** Share of the stated text's words (counted with repeats) that the extraction also holds. */
function wordCoverage(stated: string, paragraphs: readonly string[]): number {
  const words = normalizeForCompare(stated).split(' ').filter(Boolean);
  if (words.length === 0) return 1;
  const have = new Map<string, number>();
  for (const w of normalizeForCompare(paragraphs.join(' ')).split(' ')) have.set(w, (have.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of words) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      hit++;
      have.set(w, n - 1);
    }
  }
  return hit / words.length;
}
