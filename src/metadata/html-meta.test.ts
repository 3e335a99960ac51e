import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { readHtmlMeta } from './html-meta.js';

const meta = (html: string) => readHtmlMeta(parseDocument(html, { decodeEntities: true, lowerCaseTags: true }));
const ARTICLE = '<h1>Night ferry resumes service</h1><p>The night ferry resumed service on Monday after repairs to its engines were finished early.</p>';

describe('readHtmlMeta: publication date', () => {
  it.each([
    { name: 'meta tag', html: `<head><meta property="article:published_time" content="2026-03-02T08:00:00Z"></head><body>${ARTICLE}</body>`, expected: ['2026-03-02T08:00:00Z'] },
    {
      name: 'JSON-LD @graph',
      html: `<head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","datePublished":"2026-03-03"}]}</script></head><body>${ARTICLE}</body>`,
      expected: ['2026-03-03'],
    },
    { name: 'marked <time> in the article', html: `<body><article>${ARTICLE}<time class="published" datetime="2026-03-04">4 March</time></article></body>`, expected: ['2026-03-04'] },
    { name: 'itemprop listing several properties', html: `<head><meta property="article:published" itemprop="datePublished dateCreated" content="2026-03-07T10:00:00Z"></head><body>${ARTICLE}</body>`, expected: ['2026-03-07T10:00:00Z'] },
    { name: '<time> text without datetime', html: `<body><article>${ARTICLE}<time pubdate>March 5, 2026</time></article></body>`, expected: ['March 5, 2026'] },
  ])('$name', ({ html, expected }) => {
    expect(meta(html).published).toEqual(expected);
  });

  // Dates that belong to other things on the page: never the publication date.
  it.each([
    { name: 'a sidebar', html: `<body>${ARTICLE}<aside><time datetime="2026-01-01">1 Jan</time></aside></body>` },
    { name: 'a related list', html: `<body>${ARTICLE}<div class="related-stories"><time datetime="2026-01-02">2 Jan</time></div></body>` },
    { name: 'a list of headlines', html: `<body>${ARTICLE}<ul><li><a href="/x">Bridge reopens after repairs</a> <time datetime="2026-01-03">3 Jan</time></li></ul></body>` },
    { name: 'a teaser card', html: `<body>${ARTICLE}<div class="story-card"><h3><a href="/y">Other news today</a></h3><time datetime="2026-01-04">4 Jan</time></div></body>` },
    { name: 'a nested article (comment)', html: `<body><article>${ARTICLE}<article><p>Great news!</p><time datetime="2026-01-05">5 Jan</time></article></article></body>` },
    { name: 'a comment thread', html: `<body>${ARTICLE}<section id="comments"><time datetime="2026-01-06">6 Jan</time></section></body>` },
    { name: 'a hidden element', html: `<body>${ARTICLE}<div hidden><time datetime="2026-01-07">7 Jan</time></div></body>` },
  ])('no date from $name', ({ html }) => {
    expect(meta(html).published).toEqual([]);
  });

  it('a layout name on the element around the headline does not hide its date', () => {
    const html = `<body class="has-sidebar"><div class="content right-sidebar"><article>${ARTICLE}<time class="entry-date" datetime="2026-03-06">6 March</time></article></div></body>`;
    expect(meta(html).published).toEqual(['2026-03-06']);
  });
});

describe('readHtmlMeta: title, outlet, authors', () => {
  it.each([
    {
      name: 'og:title without the site name',
      html: '<head><meta property="og:site_name" content="Harbor Gazette"><meta property="og:title" content="Ferry resumes | Harbor Gazette"></head>',
      title: 'Ferry resumes',
    },
    { name: '<title> "Site - Headline" with no stated outlet', html: '<head><title>Mill Creek Weekly - Library extends Sunday hours</title></head>', title: 'Library extends Sunday hours' },
    { name: 'an outlet that is a URL is not an outlet', html: '<head><meta property="og:site_name" content="https://www.example.com"><title>Ferry resumes</title></head>', title: 'Ferry resumes' },
    { name: 'a colon stays in a headline', html: '<head><title>Budget 2026: what changes for renters</title></head>', title: 'Budget 2026: what changes for renters' },
  ])('$name', ({ html, title }) => {
    expect(meta(html).titles[0]).toBe(title);
  });

  it('an outlet that is a URL is left out', () => {
    expect(meta('<head><meta property="og:site_name" content="https://www.example.com"></head>').outlets).toEqual([]);
  });

  it.each([
    {
      name: 'JSON-LD authors',
      html: '<head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Marta Osei"},"Piotr Lang"]}</script></head>',
      authors: ['Marta Osei', 'Piotr Lang'],
    },
    { name: 'meta author, not a profile URL', html: '<head><meta name="author" content="Ana Ruiz"><meta property="article:author" content="https://example.com/ana"></head>', authors: ['Ana Ruiz'] },
    { name: 'a visible byline when metadata names nobody', html: `<body><article>${ARTICLE}<span class="byline">by <a rel="author" href="/a/lena">Lena Hoff</a></span></article></body>`, authors: ['Lena Hoff'] },
    { name: 'not an author bio', html: `<body><article>${ARTICLE}<div class="author-bio">Lena Hoff writes about boats.</div></article></body>`, authors: [] },
    {
      name: "the article's byline, not a teaser card's",
      html: `<body><div class="cards"><div class="author">Rolf Berg</div></div><div class="grid"><p class="author">Ivo Tamm</p></div><article>${ARTICLE}<p class="byline">By Nora Vik</p></article></body>`,
      authors: ['Nora Vik'],
    },
    { name: 'not a sentence about the author', html: `<body><article>${ARTICLE}<div class="author-details">Nora Vik is a freelance writer in Orsk</div></article></body>`, authors: [] },
    { name: 'not the outlet or a domain', html: '<head><meta property="og:site_name" content="Valley Post"><meta name="author" content="Valley Post"><meta name="author" content="valleypost.com"></head>', authors: [] },
    { name: 'not a comment author', html: `<body>${ARTICLE}<div class="comments"><span class="author">Tomas</span></div></body>`, authors: [] },
  ])('$name', ({ html, authors }) => {
    expect(meta(html).authors).toEqual(authors);
  });
});
