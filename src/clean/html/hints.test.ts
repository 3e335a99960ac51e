import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { elementHints, nameWords } from './hints.js';
import { isHidden } from './dom.js';

const firstElement = (html: string): Element => parseDocument(html).children[0] as Element;

describe('nameWords', () => {
  it.each([
    { input: 'relatedArticles', expected: ['related', 'articles', 'relatedarticles'] },
    { input: 'article__body', expected: ['article', 'body', 'articlebody'] },
    { input: 'ad-slot-2', expected: ['ad', 'slot', 'adslot'] },
    { input: 'header', expected: ['header'] },
  ])('$input', ({ input, expected }) => {
    expect(nameWords(input)).toEqual(expected);
  });
});

describe('elementHints', () => {
  it.each([
    { html: '<div class="related-links"></div>', reason: 'related-headlines', weight: -25 },
    { html: '<div class="share-tools"></div>', reason: 'share', weight: -25 },
    { html: '<div id="comments" class="post-comments"></div>', reason: 'comments', weight: -25 },
    { html: '<div class="newsletter-signup"></div>', reason: 'newsletter', weight: -25 },
    { html: '<div class="ad-slot"></div>', reason: 'advertisement', weight: -25 },
    { html: '<div class="author-bio"></div>', reason: 'author-bio', weight: -25 },
    { html: '<figcaption></figcaption>', reason: 'photo-caption', weight: 0 },
    { html: '<nav></nav>', reason: 'navigation', weight: 0 },
    { html: '<div role="complementary"></div>', reason: 'related-headlines', weight: 0 },
    { html: '<div class="story-body"></div>', reason: null, weight: 25 },
    { html: '<div itemprop="articleBody"></div>', reason: null, weight: 50 },
  ])('$html', ({ html, reason, weight }) => {
    const hints = elementHints(firstElement(html));
    expect(hints.reason).toBe(reason);
    expect(hints.weight).toBe(weight);
  });

  // Short chrome words match whole words only: these names say nothing.
  it.each(['<div class="header-shadow"></div>', '<div class="loader"></div>', '<div class="commentary-body"></div>', '<div class="address"></div>'])(
    'finds no chrome in %s',
    (html) => {
      expect(elementHints(firstElement(html)).reason).toBeNull();
    },
  );
});

describe('isHidden', () => {
  it.each([
    '<p hidden>x</p>',
    '<p aria-hidden="true">x</p>',
    '<p style="color: red; display:none">x</p>',
    '<p style="visibility: hidden !important">x</p>',
    '<p class="sr-only">x</p>',
    '<span class="author-tooltip">x</span>',
  ])('%s is hidden', (html) => {
    expect(isHidden(firstElement(html))).toBe(true);
  });

  it.each(['<p>x</p>', '<p style="display: block">x</p>', '<p class="hidden-xs">x</p>', '<p aria-hidden="false">x</p>'])('%s is shown', (html) => {
    expect(isHidden(firstElement(html))).toBe(false);
  });
});
