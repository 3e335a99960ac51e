/** Small, allocation-light helpers over the htmlparser2/domhandler tree. */
import type { AnyNode, Element } from 'domhandler';

export const isElement = (node: AnyNode | null | undefined): node is Element =>
  node != null && (node.type === 'tag' || node.type === 'script' || node.type === 'style');

/** The nearest element ancestor, or null at the root. */
export const parentElement = (node: AnyNode): Element | null => (isElement(node.parent as AnyNode | null) ? (node.parent as Element) : null);

/** Subtrees that never show text as content. <noscript> is left out too: with scripts off it holds
 *  "enable JavaScript" notices and tracking pixels, not article text. */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'input', 'textarea', 'link', 'meta', 'title', 'base', 'source', 'track', 'img', 'picture',
]);

/** Class tokens that hide an element in every common CSS framework (Bootstrap, Tailwind, WordPress). */
const HIDING_CLASSES = new Set(['hidden', 'hide', 'd-none', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'invisible', 'is-hidden', 'u-hidden']);
/** Parts shown only on hover or click (hover cards, tooltips, pop-overs): hidden when the page loads. */
const ON_DEMAND_CLASS = /tooltip|popover|hovercard|rollover|dropdown-menu/i;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** True when the element is not shown: `hidden`, `aria-hidden="true"`, an inline display:none, a hiding class,
 *  or a part shown only on demand. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  if (a.style && HIDING_STYLE.test(a.style)) return true;
  if (a.class) {
    for (const token of a.class.split(/\s+/)) if (HIDING_CLASSES.has(token.toLowerCase())) return true;
    if (ON_DEMAND_CLASS.test(a.class)) return true;
  }
  return false;
}

/** Collapses runs of white space (including no-break spaces) to one space. */
export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ');
