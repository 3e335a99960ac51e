import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { extractArticle } from './extract.js';
import { readBlocks } from './blocks.js';
import { REPO } from '../../../test/helpers.js';

const parse = (html: string) => parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
const sentence = (topic: string, i: number): string =>
  `Paragraph ${i} about the ${topic}: the committee met again on Tuesday, and members said the plan, which has been debated for months, would go ahead with changes to the budget and the timetable.`;
const paragraphs = (topic: string, n: number): string => Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i + 1)}</p>`).join('');

describe('extractArticle strategies', () => {
  it.each([
    {
      name: 'a normal page: readability-like',
      html: `<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><div class="story">${paragraphs('harbour', 5)}</div><footer>© 2026 Example</footer></body></html>`,
      strategy: 'html:readability-like',
      contains: 'Paragraph 5 about the harbour',
    },
    {
      name: 'a teaser page whose JSON-LD states the whole body',
      html: `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: [1, 2, 3, 4, 5].map((i) => sentence('bridge', i)).join('\n') })}</script></head>
        <body><div class="teaser"><p>${sentence('bridge', 1)}</p></div><div class="paywall">Subscribe to read the rest.</div></body></html>`,
      strategy: 'html:json-ld-articleBody',
      contains: 'Paragraph 4 about the bridge',
    },
    {
      name: 'an article inside a chrome-named box: relaxed retry',
      html: `<html><body><div id="comments"><div class="reply">${paragraphs('ferry', 4)}</div></div></body></html>`,
      strategy: 'html:relaxed',
      contains: 'Paragraph 4 about the ferry',
    },
    {
      name: 'paragraphs scattered over separate tables: all paragraphs',
      html: `<html><body>${[1, 2, 3, 4, 5].map((i) => `<table><tr><td><p>${sentence('museum', i)}</p></td></tr></table><br>`).join('')}</body></html>`,
      strategy: 'html:fallback-all-paragraphs',
      contains: 'Paragraph 5 about the museum',
    },
    {
      name: 'a JSON-LD body written as HTML',
      html: `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: [1, 2, 3, 4].map((i) => `<p>${sentence('quay', i)} Fish &amp; chips.</p>`).join('') })}</script></head><body><p>Short teaser.</p></body></html>`,
      strategy: 'html:json-ld-articleBody',
      contains: 'Paragraph 3 about the quay: the committee met again on Tuesday, and members said the plan, which has been debated for months, would go ahead with changes to the budget and the timetable. Fish & chips.',
    },
  ])('$name', ({ html, strategy, contains }) => {
    const result = extractArticle(parse(html));
    expect(result.strategy).toBe(strategy);
    expect(result.paragraphs.join('\n\n')).toContain(contains);
  });
});

describe('chrome lines inside the article body', () => {
  const page = (inner: string): string => `<html><body><div class="story">${paragraphs('harbour', 3)}${inner}${paragraphs('port', 2)}</div></body></html>`;
  it.each([
    { name: 'a "Read more:" cue', inner: '<p>READ MORE: <a href="/x">Council approves the harbour budget</a></p>', text: 'READ MORE: Council approves the harbour budget', reason: 'related-headlines' },
    { name: 'a link after "Also on"', inner: '<p>Also on example.org <a href="/y">Ferry strike ends after two weeks of talks</a></p>', text: 'Also on example.org Ferry strike ends after two weeks of talks', reason: 'related-headlines' },
    { name: 'a "you may also like" heading and its links', inner: '<p>You may also like...</p><p><a href="/a">Night market returns to the quay</a></p>', text: 'Night market returns to the quay', reason: 'related-headlines' },
    { name: 'a run of one-link lines', inner: '<div><a href="/1">Download premium themes free today</a></div><div><a href="/2">Free premium themes download now</a></div><div><a href="/3">Premium themes free download here</a></div>', text: 'Free premium themes download now', reason: 'related-headlines' },
    { name: 'an advertisement label', inner: '<div class="box"><span>Advertisement</span></div>', text: 'Advertisement', reason: 'advertisement' },
    { name: 'a share prompt', inner: '<p>Like this story? Share it with a friend!</p>', text: 'Like this story? Share it with a friend!', reason: 'share' },
  ])('$name', ({ inner, text, reason }) => {
    const result = extractArticle(parse(page(inner)));
    expect(result.paragraphs).not.toContain(text);
    expect(result.removed).toContainEqual({ text, reason });
    expect(result.paragraphs.join(' ')).toContain('Paragraph 2 about the port');
  });

  // Lines that look a little like chrome but are the article's: they stay.
  it.each([
    { name: 'one link inside a sentence', inner: '<p>The report, <a href="/r">published by the port authority</a>, lists every delay since 2019 in detail.</p>' },
    { name: 'a single call-to-action link', inner: '<p><a href="/t">Book tickets for the harbour tour</a></p>' },
    { name: 'an embedded post in a "social" box', inner: '<div class="social-embed"><blockquote><p>The gates closed on time tonight, and the harbour stayed dry. Well done to every crew on shift.</p>— Harbour Board (@harbourboard) <a href="/s">March 3, 2026</a></blockquote></div>' },
    { name: 'a sentence that starts with "Watch"', inner: '<p>Watch officials said the gates would close at noon, and crews were ready by eleven.</p>' },
  ])('$name stays', ({ inner }) => {
    const text = parse(inner);
    const expected = readBlocks(text).blocks[0]!.text;
    expect(extractArticle(parse(page(inner))).paragraphs).toContain(expected);
  });
});

describe('pages without an article', () => {
  it.each([
    { name: 'empty document', html: '' },
    { name: 'only a menu', html: '<nav><a href="/">Home</a> | <a href="/a">About</a></nav>' },
    { name: 'only hidden text', html: `<body><div hidden>${paragraphs('secret', 3)}</div></body>` },
    { name: 'only scripts and styles', html: '<script>var article = "not text";</script><style>p { color: red }</style>' },
  ])('$name: no paragraphs', ({ html }) => {
    expect(extractArticle(parse(html)).paragraphs).toEqual([]);
  });
});

describe('robustness', () => {
  it('reads a very deep tree without overflowing the stack', () => {
    const depth = 50_000;
    const html = `${'<div>'.repeat(depth)}${paragraphs('deep', 3)}${'</div>'.repeat(depth)}`;
    const result = extractArticle(parse(html));
    expect(result.paragraphs.join(' ')).toContain('Paragraph 3 about the deep');
  });

  it('reads malformed markup', () => {
    const html = `<html><body><div class="story"><p>${sentence('storm', 1)}<p>${sentence('storm', 2)}<b><i>${sentence('storm', 3)}</b></i><table><td>${sentence('storm', 4)}</div></span>`;
    const text = extractArticle(parse(html)).paragraphs.join(' ');
    for (const i of [1, 2, 3, 4]) expect(text).toContain(`Paragraph ${i} about the storm`);
  });

  it('ignores invalid JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"articleBody": "unterminated</script></head><body><div>${paragraphs('fair', 4)}</div></body></html>`;
    expect(extractArticle(parse(html)).strategy).toBe('html:readability-like');
  });
});

describe('nothing is silently lost', () => {
  const dir = join(REPO, 'test', 'fixtures', 'clean');
  const pages = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'input.html')));
  it.each(pages)('%s: every visible block is body or removed', (name) => {
    const dom = parse(readFileSync(join(dir, name, 'input.html'), 'utf8'));
    const blocks = readBlocks(dom).blocks.map((b) => b.text);
    const result = extractArticle(dom);
    expect([...result.paragraphs, ...result.removed.map((r) => r.text)].sort()).toEqual([...blocks].sort());
  });
});
