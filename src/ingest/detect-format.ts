/** Tells a document's format from its content, with the file name only as a tie-breaker. */
import type { SourceFormat } from '../types.js';

/** How much of the start of a document is sniffed, characters. */
const SNIFF_CHARS = 2048;
const FEED_ROOT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*(?:\[[\s\S]*?\])?\s*>\s*|<\?[\s\S]*?\?>\s*)*<(?<root>rss|feed|rdf:RDF)\b/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)/i;
const HTML_TAGS = /<\/?(?:p|div|article|span|a|h[1-6]|section|main|br|li|ul|table|meta|title|script)\b[^>]*>/gi;

export type DetectedFormat = Exclude<SourceFormat, 'jsonl'> | 'jsonl';

export function detectFormat(text: string, fileName = ''): DetectedFormat {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  const feed = FEED_ROOT.exec(head);
  if (feed) return feed.groups!.root!.toLowerCase() === 'feed' ? 'atom' : 'rss';
  if (HTML_START.test(head)) return 'html';
  if (looksLikeJsonl(head)) return 'jsonl';
  const tags = head.match(HTML_TAGS)?.length ?? 0;
  if (tags >= 3 || (tags >= 1 && /\.x?html?(\.gz)?$/i.test(fileName))) return 'html';
  if (/^\s*<\?xml/i.test(head)) return 'rss'; // XML of another kind: the feed reader says what is wrong with it
  return 'text';
}

function looksLikeJsonl(head: string): boolean {
  const first = head.trimStart();
  if (!first.startsWith('{')) return false;
  const line = first.split('\n', 1)[0]!.trim();
  if (line.endsWith('}')) {
    try {
      return typeof JSON.parse(line) === 'object';
    } catch {
      return false;
    }
  }
  // A first line longer than the sniffed head: trust the shape.
  return line.length >= SNIFF_CHARS - 10 && /^\{\s*"/.test(line);
}
