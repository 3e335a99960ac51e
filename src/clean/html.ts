/**
 * Cleans an HTML page: finds the element that holds the article and reads its paragraphs.
 * Everything else with text is kept in `removed` with a reason.
 * (First version: container by paragraph-text density; see the clean issue for the full extractor.)
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { textContent } from 'domutils';
import type { RemovalReason, RemovedPiece } from '../types.js';
import type { CleanedDocument } from './index.js';
import { matchChromeRule } from './chrome-patterns.js';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'object', 'canvas']);
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'td', 'dd', 'dt']);
const CHROME_TAGS: Record<string, RemovalReason> = { nav: 'navigation', footer: 'boilerplate', aside: 'related-headlines', header: 'navigation', form: 'boilerplate', figcaption: 'photo-caption' };

export function cleanHtml(dom: Document): CleanedDocument {
  const container = bestContainer(dom) ?? dom;
  const paragraphs: string[] = [];
  const removed: RemovedPiece[] = [];
  collectBlocks(dom, container, false, paragraphs, removed);
  return { paragraphs, removed, strategy: container === dom ? 'html:whole-page' : 'html:densest-container' };
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The element whose direct <p> children hold the most text. */
function bestContainer(dom: Document): Element | null {
  const scores = new Map<Element, number>();
  const visit = (node: AnyNode): void => {
    if (!isElement(node) && node.type !== 'root') return;
    if (isElement(node)) {
      if (SKIP.has(node.name)) return;
      if (node.name === 'p' && node.parent && isElement(node.parent)) {
        const len = textContent(node).trim().length;
        if (len > 20) scores.set(node.parent, (scores.get(node.parent) ?? 0) + len);
      }
    }
    for (const child of (node as Element).children ?? []) visit(child);
  };
  visit(dom as unknown as AnyNode);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best;
}

function collectBlocks(node: AnyNode | Document, container: AnyNode | Document, inside: boolean, paragraphs: string[], removed: RemovedPiece[]): void {
  const here = inside || node === container;
  for (const child of (node as Element).children ?? []) {
    if (!isElement(child)) continue;
    if (SKIP.has(child.name)) continue;
    const chromeReason = CHROME_TAGS[child.name];
    if (BLOCK.has(child.name) || chromeReason) {
      const text = textContent(child).replace(/\s+/g, ' ').trim();
      if (!text) continue;
      if (here && !chromeReason) {
        const rule = matchChromeRule(text);
        if (rule) removed.push({ text, reason: rule.reason });
        else paragraphs.push(text);
      } else if (!here && child.name !== 'li' && !chromeReason && containsContainer(child, container)) {
        collectBlocks(child, container, here, paragraphs, removed);
      } else {
        removed.push({ text, reason: chromeReason ?? matchChromeRule(text)?.reason ?? 'boilerplate' });
      }
      continue;
    }
    collectBlocks(child, container, here, paragraphs, removed);
  }
}

function containsContainer(node: AnyNode, container: AnyNode | Document): boolean {
  for (let n: AnyNode | null = container as AnyNode; n; n = n.parent as AnyNode | null) if (n === node) return true;
  return false;
}
