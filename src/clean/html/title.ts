/**
 * The headline a page states (og:title, twitter:title, JSON-LD headline, <title> and its parts
 * without the site name), normalised for comparison: the article body repeats it in an <h1>,
 * which the cleaner removes as `title`.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { textContent } from 'domutils';
import { normalizeForCompare } from '../line-shape.js';
import { isElement } from './dom.js';

/** Separators between a headline and the site name in <title>: "Headline | Site", "Headline - Site". */
const TITLE_SEPARATOR = /\s+[|–—·•:»-]\s+/;

/** Normalised headline candidates stated in <head>, longest first. */
export function statedTitles(dom: Document): string[] {
  const found: string[] = [];
  const head = findHead(dom);
  if (head) {
    for (const node of head.children) {
      if (!isElement(node)) continue;
      if (node.name === 'title') {
        const full = textContent(node);
        found.push(full, ...full.split(TITLE_SEPARATOR));
      } else if (node.name === 'meta') {
        const key = (node.attribs.property ?? node.attribs.name ?? '').toLowerCase();
        if (key === 'og:title' || key === 'twitter:title' || key === 'title' || key === 'headline') found.push(node.attribs.content ?? '');
      }
    }
  }
  const normalized = [...new Set(found.map(normalizeForCompare).filter((t) => t.split(' ').length >= 2))];
  return normalized.sort((a, b) => b.length - a.length);
}

/** True when `text` is the headline: equal to a stated title, or one contains the other and they
 *  share most of their length (sites append the section or the site name). */
export function isStatedTitle(text: string, titles: readonly string[]): boolean {
  const t = normalizeForCompare(text);
  if (t.length < 8) return false;
  for (const title of titles) {
    if (t === title) return true;
    const [short, long] = t.length < title.length ? [t, title] : [title, t];
    if (short.length >= 0.7 * long.length && long.includes(short)) return true;
  }
  return false;
}

function findHead(dom: Document): Element | null {
  const stack: AnyNode[] = [...dom.children];
  // <head> is near the top; look at most a few levels down.
  for (let i = 0; i < stack.length && i < 50; i++) {
    const node = stack[i]!;
    if (!isElement(node)) continue;
    if (node.name === 'head') return node;
    if (node.name === 'html') stack.push(...node.children);
  }
  return null;
}
