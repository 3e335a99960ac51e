/** What an HTML page states about itself: <meta> tags, JSON-LD, <time>, <title>, <h1>. */
import type { Document, Element } from 'domhandler';
import { findAll, findOne, textContent } from 'domutils';

export interface HtmlStatedMeta {
  readonly titles: readonly string[];
  readonly outlets: readonly string[];
  readonly authors: readonly string[];
  /** Candidate publication dates, most authoritative first. */
  readonly published: readonly string[];
  readonly url: string | null;
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate'];

export function readHtmlMeta(dom: Document): HtmlStatedMeta {
  const metas = findAll((el) => el.name === 'meta', dom.children);
  const meta = (key: string): string[] =>
    metas
      .filter((m) => [m.attribs.property, m.attribs.name, m.attribs.itemprop].some((k) => k?.toLowerCase() === key))
      .map((m) => (m.attribs.content ?? '').trim())
      .filter(Boolean);
  const ld = readJsonLd(dom);
  const titleEl = findOne((el) => el.name === 'title', dom.children);
  const h1 = findOne((el) => el.name === 'h1', dom.children);
  const times = findAll((el) => el.name === 'time' && Boolean(el.attribs.datetime) && !insideChrome(el), dom.children);
  const pubTimes = times.filter((t) => /pub|date|time/i.test(`${t.attribs.class ?? ''} ${t.attribs.itemprop ?? ''} ${t.attribs.pubdate !== undefined ? 'pub' : ''}`));
  const canonical = findOne((el) => el.name === 'link' && el.attribs.rel === 'canonical', dom.children);
  return {
    titles: [...meta('og:title'), ...ld.titles, ...(h1 ? [textContent(h1)] : []), ...(titleEl ? [textContent(titleEl)] : []), ...meta('twitter:title')]
      .map(clean)
      .filter(Boolean),
    outlets: [...meta('og:site_name'), ...ld.publishers, ...meta('application-name')].map(clean).filter(Boolean),
    authors: [...ld.authors, ...meta('author'), ...meta('article:author'), ...meta('dc.creator'), ...meta('sailthru.author'), ...meta('parsely-author')]
      .map(clean)
      .filter((a) => a && !/^https?:/.test(a)),
    published: [...ld.published, ...PUBLISHED_META.flatMap(meta), ...(pubTimes.length ? pubTimes : times.slice(0, 1)).map((t) => t.attribs.datetime!)],
    url: meta('og:url')[0] ?? canonical?.attribs.href ?? null,
  };
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A <time> inside a sidebar, a related list or a comment dates something else. */
function insideChrome(el: Element): boolean {
  for (let p = el.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) {
    if (p.name === 'aside' || p.name === 'nav' || p.name === 'footer') return true;
    if (/\b(?:related|sidebar|comment|recommend|trending|popular|more-|widget|teaser|promo)/i.test(`${p.attribs.class ?? ''} ${p.attribs.id ?? ''}`)) return true;
  }
  return false;
}

interface JsonLdFacts {
  titles: string[];
  publishers: string[];
  authors: string[];
  published: string[];
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage|BlogPosting/;

function readJsonLd(dom: Document): JsonLdFacts {
  const facts: JsonLdFacts = { titles: [], publishers: [], authors: [], published: [] };
  for (const script of findAll((el) => el.name === 'script' && el.attribs.type === 'application/ld+json', dom.children)) {
    let data: unknown;
    try {
      data = JSON.parse(textContent(script));
    } catch {
      continue;
    }
    for (const node of flattenLd(data)) {
      const type = ([] as unknown[]).concat(node['@type'] ?? []).join(' ');
      if (!ARTICLE_TYPES.test(type)) continue;
      if (typeof node.headline === 'string') facts.titles.push(node.headline);
      for (const p of ([] as unknown[]).concat(node.publisher ?? [])) {
        const name = typeof p === 'string' ? p : (p as { name?: unknown })?.name;
        if (typeof name === 'string') facts.publishers.push(name);
      }
      for (const a of ([] as unknown[]).concat(node.author ?? [])) {
        const name = typeof a === 'string' ? a : (a as { name?: unknown })?.name;
        if (typeof name === 'string') facts.authors.push(name);
      }
      if (typeof node.datePublished === 'string') facts.published.push(node.datePublished);
      else if (typeof node.dateCreated === 'string') facts.published.push(node.dateCreated);
    }
  }
  return facts;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (typeof data !== 'object' || data === null) return [];
  const node = data as Record<string, unknown>;
  return [node, ...flattenLd(node['@graph'] ?? [])];
}
