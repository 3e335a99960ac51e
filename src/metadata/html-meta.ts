/**
 * What an HTML page states about itself: <meta> tags, JSON-LD, <title>, the visible <h1>, bylines
 * and <time> elements. One pass over the tree. A <time> or a byline inside a sidebar, a list of
 * other headlines, a teaser card or a comment belongs to something else and is not read.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { textContent } from 'domutils';
import { isElement, isHidden } from '../clean/html/dom.js';
import { elementHints, nameWords } from '../clean/html/hints.js';

export interface HtmlStatedMeta {
  readonly titles: readonly string[];
  readonly outlets: readonly string[];
  readonly authors: readonly string[];
  /** Candidate publication dates, most authoritative first. */
  readonly published: readonly string[];
  readonly url: string | null;
}

/** <meta> names and properties that state the publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'article:published', 'og:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'article.published', 'article_date_original', 'originalpublicationdate', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.issued', 'date', 'cxenseparse:recs:publishtime',
];
/** A URL or a bare domain ("example.com", "aeon.co"), which names a site, not a person or an outlet. */
const URL_LIKE = /^https?:|^www\.|\b[\w-]+\.(?:com|co|org|net|info|io|uk|in|ru|de|fr|it|br|kr|ng|ca|au|news)\b/i;
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author', 'byl'];
const TITLE_SEPARATOR = /\s+[|–—·•:»-]\s+/;
const SITE_SEPARATOR = /\s+[|–—·•»-]\s+/;
const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting|NewsArticle/;
/** Reasons that say a subtree dates or credits something other than this article. */
const FOREIGN_REASONS = new Set(['related-headlines', 'comments', 'navigation', 'advertisement', 'newsletter', 'share']);
/** Names of cards that show another article's headline and date. */
const TEASER_WORDS = new Set(['card', 'cards', 'teaser', 'tile', 'tiles', 'promo', 'listing', 'river', 'stream']);
const BYLINE_WORDS = new Set(['byline', 'bylines', 'author', 'authors', 'authorname', 'writer', 'writtenby']);
const BIO_VERB = /\b(?:is|was|are|has|writes|covers|lives)\b/i;
/** A byline element holds a name, not a paragraph (characters). */
const MAX_BYLINE_CHARS = 100;
const MAX_JSON_LD_CHARS = 2_000_000;

interface Found {
  metas: Element[];
  jsonLd: Element[];
  title: Element | null;
  canonical: string | null;
  h1: string[];
  times: { el: Element; marked: boolean }[];
  /** Visible bylines in page order, each with whether the page's first <h1> came before it. */
  bylines: { text: string; afterHeadline: boolean }[];
}

export function readHtmlMeta(dom: Document): HtmlStatedMeta {
  const found = walk(dom);
  // itemprop may list several properties: itemprop="datePublished dateCreated".
  const meta = (key: string): string[] =>
    found.metas
      .filter((m) => [m.attribs.property, m.attribs.name, m.attribs.itemprop].some((k) => k !== undefined && k.toLowerCase().split(/\s+/).includes(key)))
      .map((m) => clean(m.attribs.content ?? ''))
      .filter(Boolean);
  const ld = readJsonLd(found.jsonLd);
  const outlets = [...meta('og:site_name'), ...ld.publishers, ...meta('application-name')].map(clean).filter((o) => o && !URL_LIKE.test(o));
  const titleText = found.title ? clean(textContent(found.title)) : '';
  const titles = [...meta('og:title'), ...ld.titles, ...found.h1, ...(titleText ? [headlineOfTitle(withoutSiteName(titleText, outlets))] : []), ...meta('twitter:title')]
    .map((t) => withoutSiteName(clean(t), outlets))
    .filter(Boolean);
  const stated = [...ld.authors, ...AUTHOR_META.flatMap(meta)];
  // Visible bylines only when the page's metadata names nobody (they repeat it otherwise, in other case or order).
  const outletNames = new Set(outlets.map((o) => o.toLowerCase()));
  // Not a person: a URL or a domain, an e-mail address, a "Name | Site" pair, or the outlet itself.
  // The article's own byline follows its headline; teaser cards elsewhere have bylines too, so one is read.
  const byline = found.bylines.find((b) => b.afterHeadline) ?? found.bylines[0];
  const authors = (stated.length ? stated : byline ? [byline.text] : [])
    .map((a) => clean(a).replace(/^by\s+/i, ''))
    .filter((a) => a && a.length <= MAX_BYLINE_CHARS && !URL_LIKE.test(a) && !/[@|]/.test(a) && !outletNames.has(a.toLowerCase()));
  const marked = found.times.filter((t) => t.marked);
  const times = (marked.length ? marked : found.times.slice(0, 1)).map((t) => t.el.attribs.datetime || clean(textContent(t.el)));
  return {
    titles,
    outlets,
    authors,
    published: [...new Set([...ld.published, ...PUBLISHED_META.flatMap(meta), ...times].filter(Boolean))],
    url: meta('og:url')[0] ?? found.canonical,
  };
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "Headline | Site" -> "Headline" when the part cut off is a stated outlet name. */
function withoutSiteName(title: string, outlets: readonly string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const names = new Set(outlets.map((o) => o.toLowerCase()));
  const last = parts.at(-1)!.toLowerCase();
  const first = parts[0]!.toLowerCase();
  if (names.has(last)) return title.slice(0, title.length - parts.at(-1)!.length).replace(/\s+[|–—·•:»-]\s+$/, '').trim();
  if (names.has(first)) return title.slice(parts[0]!.length).replace(/^\s+[|–—·•:»-]\s+/, '').trim();
  return title;
}

/** A <title> with no stated outlet to cut: "Site - Headline" or "Headline | Site" -> the longest part,
 *  since a site's name is shorter than its headlines. A colon is not split: it is part of many headlines. */
function headlineOfTitle(title: string): string {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(' ').length >= 3 ? longest : title;
}

/** Iterative walk (deep pages cannot overflow the stack), tracking whether the current subtree is foreign. */
function walk(dom: Document): Found {
  const found: Found = { metas: [], jsonLd: [], title: null, canonical: null, h1: [], times: [], bylines: [] };
  const holdsHeadline = headlineAncestors(dom);
  const stack: { node: AnyNode; foreign: boolean; articles: number }[] = dom.children.map((node) => ({ node, foreign: false, articles: 0 })).reverse();
  while (stack.length) {
    const { node, foreign: outerForeign, articles: outerArticles } = stack.pop()!;
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'meta') {
      found.metas.push(node);
      continue;
    }
    if (name === 'script') {
      if ((node.attribs.type ?? '').toLowerCase() === 'application/ld+json') found.jsonLd.push(node);
      continue;
    }
    if (name === 'title' && !found.title) found.title = node;
    if (name === 'link' && (node.attribs.rel ?? '').toLowerCase() === 'canonical' && !found.canonical) found.canonical = node.attribs.href ?? null;
    if (name === 'style' || name === 'noscript' || name === 'template' || name === 'svg' || isHidden(node)) continue;
    const foreign = outerForeign || (!holdsHeadline.has(node) && isForeign(node, outerArticles));
    const articles = outerArticles + (name === 'article' ? 1 : 0);
    if (!foreign) {
      if (name === 'h1') {
        const text = clean(textContent(node));
        if (text) found.h1.push(text);
      }
      if (name === 'time') found.times.push({ el: node, marked: isMarkedPublished(node) });
      if (isBylineElement(node)) {
        // Short text only: WordPress names the whole post "author-<name>".
        const text = clean(textContent(node));
        if (text && text.length <= MAX_BYLINE_CHARS) {
          // Names, not a sentence about the author and not a date line.
          if (!/\d{4}/.test(text) && !BIO_VERB.test(text)) found.bylines.push({ text, afterHeadline: found.h1.length > 0 });
          continue;
        }
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, foreign, articles });
  }
  return found;
}

/** Elements around an <h1>: a chrome-like name on them is a layout name ("has-sidebar"), not chrome. */
function headlineAncestors(dom: Document): Set<Element> {
  const holders = new Set<Element>();
  const stack: AnyNode[] = [...dom.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'h1') {
      for (let p = node.parent; p && isElement(p) && !holders.has(p); p = p.parent) holders.add(p);
      continue;
    }
    if (node.name === 'script' || node.name === 'style') continue;
    for (const child of node.children) stack.push(child);
  }
  return holders;
}

/** A subtree that belongs to other content: chrome by tag or name, a list item, or an <article> inside another (a teaser or a comment). */
function isForeign(el: Element, articlesAbove: number): boolean {
  if (el.name === 'aside' || el.name === 'nav' || el.name === 'footer' || el.name === 'li') return true;
  if (el.name === 'article' && articlesAbove > 0) return true;
  const reason = elementHints(el).reason;
  if (reason && FOREIGN_REASONS.has(reason)) return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return names.trim() !== '' && nameWords(names).some((w) => TEASER_WORDS.has(w));
}

function isMarkedPublished(time: Element): boolean {
  const a = time.attribs;
  if (a.pubdate !== undefined || (a.itemprop ?? '').toLowerCase() === 'datepublished') return true;
  const names = `${a.class ?? ''} ${a.id ?? ''}`;
  return /pub|publish|posted|created|entry-date|dateline|timestamp/i.test(names);
}

function isBylineElement(el: Element): boolean {
  const a = el.attribs;
  if ((a.rel ?? '').toLowerCase().split(/\s+/).includes('author')) return true;
  if ((a.itemprop ?? '').toLowerCase() === 'author') return true;
  // Named "byline" or "author" (an author bio, a "meta" or "credits" box is not a byline).
  return Boolean(a.class) && nameWords(a.class!).some((w) => BYLINE_WORDS.has(w)) && elementHints(el).reason === 'byline';
}

interface JsonLdFacts {
  titles: string[];
  publishers: string[];
  authors: string[];
  published: string[];
}

function readJsonLd(scripts: readonly Element[]): JsonLdFacts {
  const facts: JsonLdFacts = { titles: [], publishers: [], authors: [], published: [] };
  for (const script of scripts) {
    const source = textContent(script);
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    for (const node of flattenLd(data, 0)) {
      const type = ([] as unknown[]).concat(node['@type'] ?? []).join(' ');
      if (!ARTICLE_TYPES.test(type)) continue;
      if (typeof node.headline === 'string') facts.titles.push(node.headline);
      facts.publishers.push(...names(node.publisher));
      facts.authors.push(...names(node.author));
      if (typeof node.datePublished === 'string') facts.published.push(node.datePublished);
      else if (typeof node.dateCreated === 'string') facts.published.push(node.dateCreated);
    }
  }
  return facts;
}

/** Names from a JSON-LD value: "Name", { name }, or a list of either. */
function names(value: unknown): string[] {
  return ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? v : (v as { name?: unknown } | null)?.name))
    .filter((n): n is string => typeof n === 'string');
}

function flattenLd(data: unknown, depth: number): Record<string, unknown>[] {
  if (depth > 4) return [];
  if (Array.isArray(data)) return data.flatMap((d) => flattenLd(d, depth + 1));
  if (typeof data !== 'object' || data === null) return [];
  const node = data as Record<string, unknown>;
  return [node, ...flattenLd(node['@graph'] ?? [], depth + 1), ...flattenLd(node.mainEntity ?? [], depth + 1)];
}
