/**
 * Scores the elements that may hold the article and picks its root(s), the way readability's
 * _grabArticle does, over the block list instead of a mutated DOM: every paragraph-like block
 * gives points (1 + commas + one per 100 characters, up to 3) to its container and, halved and
 * then thirded, to the next ancestors; an element's own names and tag add or take points; the
 * total is scaled by the share of text that is not links. The best element may then be replaced
 * by an ancestor that holds several near-best ones, and its siblings that score well (or are
 * plain paragraphs) join it: articles whose paragraphs are split over sibling containers.
 */
import type { Element } from 'domhandler';
import type { Block, PageBlocks, Stats } from './blocks.js';
import type { HintMemo } from './reasons.js';
import { INVISIBLE_TAGS, isElement, isHidden, parentElement } from './dom.js';

export interface CandidateOptions {
  /** Use class/id/role names in the score (readability's FLAG_WEIGHT_CLASSES). Default true. */
  readonly weightNames: boolean;
  /** Elements whose blocks do not vote (chrome found beforehand). */
  readonly excluded: ReadonlySet<Element>;
}

export interface ArticleRoots {
  /** The elements whose text is the article, in page order. */
  readonly roots: readonly Element[];
  readonly top: Element;
  readonly topScore: number;
}

/** A block shorter than this (characters) does not vote (readability: 25). */
const MIN_VOTING_CHARS = 25;
/** Ancestors that receive a block's points (readability: 5). */
const VOTE_LEVELS = 5;
/** Near-best candidates: at least this share of the best score (readability: 0.75). */
const NEAR_BEST_SHARE = 0.75;
/** This many near-best candidates under one ancestor make that ancestor the article (readability: 3). */
const NEAR_BEST_TO_PROMOTE = 3;
/** Sibling threshold: max(10, this share of the best score) (readability: 0.2). */
const SIBLING_SHARE = 0.2;

const PARAGRAPH_OWNERS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);

function tagScore(name: string): number {
  switch (name) {
    case 'div': case 'article': case 'main': case 'section':
      return 5;
    case 'pre': case 'td': case 'blockquote':
      return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form':
      return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th':
      return -5;
    default:
      return 0;
  }
}

export const linkDensity = (s: Stats | undefined): number => (s && s.chars > 0 ? s.linkChars / s.chars : 0);

/** The element a block's points start at: a paragraph's container, or a text-holding <div> itself
 *  when it also holds blocks (readability wraps such loose text in a <p> of its own). */
function votingStart(block: Block, page: PageBlocks): Element | null {
  const owner = block.owner;
  if (PARAGRAPH_OWNERS.has(owner.name)) return parentElement(owner);
  if (owner.name === 'li' || owner.name === 'th' || owner.name === 'dt' || owner.name === 'h1') return null;
  const s = page.stats.get(owner);
  return s && s.blockChildren > 0 ? owner : parentElement(owner);
}

function isExcluded(el: Element, excluded: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e; e = parentElement(e)) if (excluded.has(e)) return true;
  return false;
}

/** Scores candidates and picks the article's root elements; null when no block votes. */
export function pickArticleRoots(page: PageBlocks, options: CandidateOptions, memo: HintMemo): ArticleRoots | null {
  const scores = new Map<Element, number>();
  const initial = (el: Element): number => tagScore(el.name) + (options.weightNames ? memo.of(el).weight : 0);
  for (const block of page.blocks) {
    if (block.chars < MIN_VOTING_CHARS) continue;
    if (isExcluded(block.owner, options.excluded)) continue;
    const points = 1 + block.commas + Math.min(Math.floor(block.chars / 100), 3);
    let el = votingStart(block, page);
    for (let level = 0; el && level < VOTE_LEVELS; level++, el = parentElement(el)) {
      if (el.name === 'html') break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) ?? initial(el)) + points / divider);
    }
  }
  if (scores.size === 0) return null;
  const final = new Map<Element, number>();
  for (const [el, score] of scores) final.set(el, score * (1 - linkDensity(page.stats.get(el))));
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  let [top, topScore] = ranked[0]!;

  // Several near-best candidates under one ancestor: the article spans them.
  // (Candidates inside the best one are already part of it: they say nothing about its ancestors.)
  const near = ranked
    .slice(1, 5)
    .filter(([el, s]) => s / topScore >= NEAR_BEST_SHARE && !contains(top, el))
    .map(([el]) => el);
  if (near.length >= NEAR_BEST_TO_PROMOTE) {
    for (let p = parentElement(top); p && p.name !== 'body' && p.name !== 'html'; p = parentElement(p)) {
      if (near.filter((el) => contains(p, el)).length >= NEAR_BEST_TO_PROMOTE) {
        top = p;
        break;
      }
    }
  }
  // Climb while an ancestor scores better: the points were split between levels.
  let last = final.get(top) ?? topScore;
  const threshold = last / 3;
  for (let p = parentElement(top); p && p.name !== 'body' && p.name !== 'html'; p = parentElement(p)) {
    const s = final.get(p);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  // A lone child says nothing its parent does not.
  for (let p = parentElement(top); p && p.name !== 'body' && p.name !== 'html' && elementChildren(p).length === 1; p = parentElement(p)) top = p;
  topScore = final.get(top) ?? topScore;
  return { roots: withSiblings(top, topScore, final, page), top, topScore };
}

function withSiblings(top: Element, topScore: number, final: ReadonlyMap<Element, number>, page: PageBlocks): Element[] {
  const parent = parentElement(top);
  if (!parent || parent.name === 'html') return [top];
  const threshold = Math.max(10, topScore * SIBLING_SHARE);
  const topClass = top.attribs.class ?? '';
  const roots: Element[] = [];
  for (const sibling of elementChildren(parent)) {
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    const bonus = topClass && sibling.attribs.class === topClass ? topScore * SIBLING_SHARE : 0;
    const score = final.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      roots.push(sibling);
      continue;
    }
    // A paragraph, or a <div> holding only inline text (a lead or summary), joins when it reads as prose.
    if (sibling.name === 'p' || (sibling.name === 'div' && (page.stats.get(sibling)?.blockChildren ?? 1) === 0)) {
      const s = page.stats.get(sibling);
      const chars = s?.chars ?? 0;
      const density = linkDensity(s);
      if (chars > 80 && density < 0.25) roots.push(sibling);
      else if (chars > 0 && chars <= 80 && density === 0 && /\.( |$)/.test(textOf(sibling, page))) roots.push(sibling);
    }
  }
  return roots;
}

function textOf(el: Element, page: PageBlocks): string {
  return page.blocks.filter((b) => b.owner === el).map((b) => b.text).join(' ');
}

export function contains(ancestor: Element, el: Element): boolean {
  for (let e: Element | null = el; e; e = parentElement(e)) if (e === ancestor) return true;
  return false;
}

const elementChildren = (el: Element): Element[] => el.children.filter((c): c is Element => isElement(c) && !INVISIBLE_TAGS.has(c.name) && !isHidden(c));
