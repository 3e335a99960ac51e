/**
 * Flattens a page into text blocks: each run of text owned by its nearest block-level element
 * (a <p>, an <li>, a heading, a <div> holding text directly...), in page order, with how much of
 * it is link text. Hidden and never-visible subtrees are skipped. One iterative pass also sums,
 * per element, the text, link text and paragraphs beneath it; deep or malformed trees cannot
 * overflow the stack.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { INVISIBLE_TAGS, isElement, isHidden } from './dom.js';

export interface Block {
  readonly text: string;
  /** The nearest block-level element around the text. */
  readonly owner: Element;
  readonly chars: number;
  /** Characters of the text that sit inside links. */
  readonly linkChars: number;
  readonly commas: number;
  /** Position in page order. */
  readonly index: number;
}

/** Sums over an element's visible subtree. */
export interface Stats {
  chars: number;
  linkChars: number;
  commas: number;
  /** Text blocks of at least PARAGRAPH_CHARS, mostly not links. */
  paragraphs: number;
  listItems: number;
  links: number;
  images: number;
  inputs: number;
  /** Direct children that are block-level elements (a <div> without any acts as a paragraph). */
  blockChildren: number;
}

export interface PageBlocks {
  readonly blocks: readonly Block[];
  readonly stats: ReadonlyMap<Element, Stats>;
  readonly root: Element | Document;
}

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul',
  'legend', 'option', 'select', 'button', 'label', 'blockquote', 'frameset', 'frame', 'output',
]);

/** A block this long (characters) that is mostly not links counts as a paragraph. */
export const PARAGRAPH_CHARS = 40;
const COMMAS = /[,،，、]/g;

const newStats = (): Stats => ({ chars: 0, linkChars: 0, commas: 0, paragraphs: 0, listItems: 0, links: 0, images: 0, inputs: 0, blockChildren: 0 });

function addStats(into: Stats, from: Stats): void {
  into.chars += from.chars;
  into.linkChars += from.linkChars;
  into.commas += from.commas;
  into.paragraphs += from.paragraphs;
  into.listItems += from.listItems;
  into.links += from.links;
  into.images += from.images;
  into.inputs += from.inputs;
}

interface Frame {
  readonly el: Element;
  readonly stats: Stats;
  next: number;
}

/** Reads the blocks of `dom`, starting at <body> when there is one. */
export function readBlocks(dom: Document): PageBlocks {
  const root = findBody(dom) ?? dom;
  const blocks: Block[] = [];
  const stats = new Map<Element, Stats>();
  // The text being gathered for the current owner, and how much of it is link text.
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;
  const owners: Frame[] = [];

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const text = preDepth > 0 ? raw.replace(/[ \t\f\r]+$/gm, '').replace(/^\n+|\s+$/g, '') : raw.replace(/\s+/g, ' ').trim();
    const links = Math.min(linkChars, text.length);
    linkChars = 0;
    if (!text) return;
    const owner = owners[owners.length - 1];
    if (!owner) return;
    const commas = text.match(COMMAS)?.length ?? 0;
    blocks.push({ text, owner: owner.el, chars: text.length, linkChars: links, commas, index: blocks.length });
    const s = owner.stats;
    s.chars += text.length;
    s.linkChars += links;
    s.commas += commas;
    if (text.length >= PARAGRAPH_CHARS && links * 2 < text.length) s.paragraphs++;
    if (owner.el.name === 'li') s.listItems++;
  };

  const rootFrame: Frame = { el: root as Element, stats: newStats(), next: 0 };
  const stack: Frame[] = [rootFrame];
  owners.push(rootFrame);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = (frame.el as { children?: AnyNode[] }).children ?? [];
    if (frame.next >= children.length) {
      stack.pop();
      exitElement(frame);
      continue;
    }
    const node = children[frame.next++]!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (!data) continue;
      parts.push(data);
      if (linkDepth > 0) linkChars += data.replace(/\s+/g, ' ').trim().length;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    if (name === 'img' || name === 'picture') frame.stats.images++;
    if (name === 'input' || name === 'textarea') frame.stats.inputs++;
    if (INVISIBLE_TAGS.has(name) || isHidden(node)) continue;
    const child: Frame = { el: node, stats: newStats(), next: 0 };
    stats.set(node, child.stats);
    stack.push(child);
    if (name === 'a') {
      frame.stats.links++;
      linkDepth++;
    }
    if (name === 'pre') preDepth++;
    if (BLOCK_TAGS.has(name)) {
      frame.stats.blockChildren++;
      flush();
      owners.push(child);
    }
  }
  flush();
  return { blocks, stats, root };

  function exitElement(frame: Frame): void {
    const name = frame.el.name;
    if (frame !== rootFrame && BLOCK_TAGS.has(name)) {
      flush();
      owners.pop();
    }
    if (name === 'a') linkDepth--;
    if (name === 'pre') preDepth--;
    const parent = stack[stack.length - 1];
    if (parent) addStats(parent.stats, frame.stats);
  }
}

function findBody(dom: Document): Element | null {
  // <body> is a child of <html> or of the root in everything htmlparser2 produces.
  for (const node of dom.children) {
    if (!isElement(node)) continue;
    if (node.name === 'body') return node;
    if (node.name === 'html') for (const child of node.children) if (isElement(child) && child.name === 'body') return child;
  }
  return null;
}
