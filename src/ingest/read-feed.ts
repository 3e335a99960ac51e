/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom -> one RawDocument per item.
 * Parsed with htmlparser2 in XML mode: it never expands DTD entities, so an entity-expansion
 * ("billion laughs") document is inert, and malformed XML degrades instead of throwing.
 */
import { parseDocument } from 'htmlparser2';
import { getElementsByTagName, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { err, ok, type Result } from '../result.js';
import type { RawDocument, SourceRef } from '../types.js';
import { fingerprintOf } from './fingerprint.js';

const HTML_MARKUP = /<\/?[a-z][a-z0-9]*\b[^>]*>|&(?:[a-z]+|#\d+);/i;

export function readFeed(xml: string, source: SourceRef, format: 'rss' | 'atom'): Result<RawDocument[]> {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const atom = format === 'atom';
  const items = getElementsByTagName(atom ? 'entry' : 'item', doc.children, true);
  if (items.length === 0) {
    const hasRoot = getElementsByTagName(atom ? 'feed' : 'channel', doc.children, true).length > 0
      || getElementsByTagName('rss', doc.children, true).length > 0;
    return err(
      hasRoot ? 'INPUT_NO_ARTICLE' : 'INPUT_MALFORMED',
      hasRoot ? `feed has no <${atom ? 'entry' : 'item'}> entries` : 'XML is neither an RSS nor an Atom feed (no <rss>, <channel> or <feed>)',
    );
  }
  const channelTitle = childText(firstChild(doc.children, atom ? 'feed' : 'channel'), 'title');
  const documents: RawDocument[] = [];
  for (const item of items) {
    const title = childText(item, 'title');
    const url = atom ? atomLink(item) : childText(item, 'link') || childText(item, 'guid');
    const content = atom
      ? childText(item, 'content') || childText(item, 'summary')
      : childText(item, 'content:encoded') || childText(item, 'description');
    if (!content && !title) continue;
    const published = atom
      ? childText(item, 'published') || childText(item, 'updated')
      : childText(item, 'pubDate') || childText(item, 'dc:date');
    const authors = atom
      ? getElementsByTagName('author', item.children, false).map((a) => childText(a, 'name')).filter(Boolean)
      : [childText(item, 'dc:creator') || childText(item, 'author')].filter(Boolean);
    const itemSource: SourceRef = url ? { ...source, url } : source;
    documents.push({
      source: itemSource,
      format,
      content,
      contentKind: HTML_MARKUP.test(content) ? 'html' : 'text',
      hints: {
        ...(title ? { title } : {}),
        ...(channelTitle ? { outlet: channelTitle } : {}),
        ...(authors.length ? { authors } : {}),
        ...(published ? { published } : {}),
        ...(url ? { url } : {}),
      },
      fingerprint: fingerprintOf(format, url, title, content),
    });
  }
  if (documents.length === 0) return err('INPUT_NO_ARTICLE', 'feed entries have neither a title nor content');
  return ok(documents);
}

function firstChild(nodes: Element['children'], name: string): Element | undefined {
  return getElementsByTagName(name, nodes, true, 1)[0];
}

/** Text of the first direct child element `name`, trimmed; "" when absent. */
function childText(parent: Element | undefined, name: string): string {
  if (!parent) return '';
  const el = parent.children.find((c): c is Element => c.type === 'tag' && (c as Element).name.toLowerCase() === name.toLowerCase());
  return el ? textContent(el).trim() : '';
}

function atomLink(entry: Element): string {
  const links = getElementsByTagName('link', entry.children, false);
  const alternate = links.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate') ?? links[0];
  return alternate?.attribs.href ?? childText(entry, 'id');
}
