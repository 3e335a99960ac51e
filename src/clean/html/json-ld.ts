/** The `articleBody` a page states in its JSON-LD (schema.org NewsArticle and kin), if any. */
import type { AnyNode, Document } from 'domhandler';
import { textContent } from 'domutils';
import { isElement } from './dom.js';

/** Largest JSON-LD script we parse, characters: beyond it a page is hiding something else there. */
const MAX_JSON_LD_CHARS = 2_000_000;

/** The longest articleBody string in the page's JSON-LD scripts; null when none states one. */
export function jsonLdArticleBody(dom: Document): string | null {
  let best: string | null = null;
  for (const script of jsonLdScripts(dom)) {
    const source = textContent(script);
    if (source.length > MAX_JSON_LD_CHARS || !source.includes('articleBody')) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    for (const body of findArticleBodies(data, 0)) if (!best || body.length > best.length) best = body;
  }
  return best;
}

function jsonLdScripts(dom: Document): AnyNode[] {
  const found: AnyNode[] = [];
  const stack: AnyNode[] = [...dom.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'script') {
      if ((node.attribs.type ?? '').toLowerCase() === 'application/ld+json') found.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/** Depth-limited walk: JSON-LD nests @graph arrays and mainEntity objects. */
function findArticleBodies(data: unknown, depth: number): string[] {
  if (depth > 6 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => findArticleBodies(d, depth + 1));
  const node = data as Record<string, unknown>;
  const own = typeof node.articleBody === 'string' && node.articleBody.trim() ? [node.articleBody] : [];
  const nested = Object.entries(node)
    .filter(([k, v]) => k !== 'articleBody' && v !== null && typeof v === 'object')
    .flatMap(([, v]) => findArticleBodies(v, depth + 1));
  return own.concat(nested);
}
