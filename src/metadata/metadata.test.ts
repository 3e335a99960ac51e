import { describe, expect, it } from 'vitest';
import { parseStatedDate } from './published.js';
import { normalizePersonName, splitAuthorList } from './names.js';
import { findCredits } from './credits.js';
import { readMetadata } from './index.js';
import { parsePage, defaultCleaner } from '../clean/index.js';
import type { RawDocument } from '../types.js';
import { testCtx } from '../../test/helpers.js';

describe('parseStatedDate', () => {
  it.each([
    { input: '2026-05-04T23:30:00-05:00', expected: '2026-05-04' },
    { input: 'Mon, 04 May 2026 23:30:00 -0500', expected: '2026-05-04' },
    { input: 'May 4, 2026', expected: '2026-05-04' },
    { input: '4 May 2026', expected: '2026-05-04' },
    { input: 'Published: Monday, May 4, 2026 at 9:15 a.m.', expected: '2026-05-04' },
    { input: 'Posted September 26, 2013-3: 47pm Updated September 27, 2013', expected: '2013-09-26' },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(parseStatedDate(input)).toMatchObject({ start: expected, end: expected, precision: 'day' });
  });

  it.each(['May 4', 'Monday', 'last week', 'May 2026', '2026', 'no date here', '2026-02-30'])('states no full date: %s', (input) => {
    expect(parseStatedDate(input)).toBeNull();
  });
});

describe('author names', () => {
  it.each([
    { input: 'JANE DOE', expected: 'Jane Doe' },
    { input: "jean-luc o'neil", expected: "Jean-Luc O'Neil" },
    { input: 'LUDWIG VAN DER BERG', expected: 'Ludwig van der Berg' },
    { input: 'Kim Jong-un', expected: 'Kim Jong-un' },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(normalizePersonName(input)).toBe(expected);
  });

  it('splits lists and drops desk credits', () => {
    expect(splitAuthorList('MARTA OSEI and PIOTR LANG')).toEqual(['Marta Osei', 'Piotr Lang']);
    expect(splitAuthorList('Ana Ruiz, Lee Park & Tom Hu')).toEqual(['Ana Ruiz', 'Lee Park', 'Tom Hu']);
    expect(splitAuthorList('Associated Press')).toEqual([]);
    expect(splitAuthorList('Staff Reporter')).toEqual([]);
  });
});

describe('findCredits', () => {
  it.each([
    { name: 'dateline agency', input: 'SEOUL, May 3 (Yonhap) -- North Korea said', expected: ['Yonhap'] },
    { name: 'AP photo credit', input: 'Crowds gather in the square. (AP Photo/Lee Jin-man)', expected: ['AP'] },
    { name: 'photographer/agency', input: 'A view of the port. Jane Roe/AFP', expected: ['AFP'] },
    { name: 'agency via Getty', input: 'Photo: AFP via Getty Images', expected: ['AFP', 'Getty Images'] },
    { name: 'Reuters/photographer', input: 'Soldiers march. REUTERS/Kim Hong-Ji', expected: ['Reuters'] },
    { name: 'full agency name in a credit line', input: 'Copyright 2026 The Associated Press. All rights reserved.', expected: ['AP'] },
  ])('$name', ({ input, expected }) => {
    expect(findCredits([input])).toEqual(expected);
  });

  it.each([
    'The AP exam results were published.',
    'Reuters is a word in this sentence about the news business in general',
    'She was an apt pupil.',
  ])('credits nothing in %s', (input) => {
    expect(findCredits([input])).toEqual([]);
  });
});

const raw = (content: string, contentKind: 'text' | 'html', hints: RawDocument['hints'] = {}): RawDocument => ({
  source: { path: 'x' }, format: contentKind, content, contentKind, hints, fingerprint: 'f',
});

describe('readMetadata', () => {
  const meta = (doc: RawDocument) => {
    const page = parsePage(doc);
    return readMetadata(page, defaultCleaner.clean(page, testCtx()));
  };

  it('takes no publication date from a related-headlines list', () => {
    const text = [
      'Harbour fire contained after two days',
      'Firefighters in the port city contained a warehouse fire on Tuesday after two days of work, officials said.',
      'No one was hurt, and the cause is being investigated by the regional fire service and the police.',
      'Related stories',
      'March 3, 2024 — Council votes on new budget',
      'Ferry prices rise again',
    ].join('\n');
    const m = meta(raw(text, 'text'));
    expect(m.published).toBeNull();
    expect(m.title).toBe('Harbour fire contained after two days');
  });

  it('prefers HTML meta over a sidebar <time>', () => {
    const html = `<html><head><meta property="article:published_time" content="2026-04-02T10:00:00Z"><meta property="og:site_name" content="Port News"></head>
      <body><aside class="related"><time datetime="2025-01-01">Jan 1</time></aside><article><h1>Title here</h1>
      <p>The first paragraph of the article is long enough to count as body text for the cleaner.</p></article></body></html>`;
    const m = meta(raw(html, 'html'));
    expect(m.published).toMatchObject({ start: '2026-04-02' });
    expect(m.outlet).toBe('Port News');
  });

  it('ignores a <time> in a sidebar when it is the only date', () => {
    const html = `<html><body><aside class="related"><time datetime="2025-01-01">Jan 1</time></aside><article><h1>Title here</h1>
      <p>The first paragraph of the article is long enough to count as body text for the cleaner.</p></article></body></html>`;
    expect(meta(raw(html, 'html')).published).toBeNull();
  });

  it('reads a byline in capitals and a "date" header line from a text dump', () => {
    const text = 'Ferry line reopens\nBy JANE DOE\ndate 2026-06-01\n\nThe ferry line between the two islands reopened on Monday after a month of repairs, the operator said.';
    const m = meta(raw(text, 'text'));
    expect(m.authors).toEqual(['Jane Doe']);
    expect(m.published).toMatchObject({ start: '2026-06-01', end: '2026-06-01', precision: 'day' });
  });

  it('uses the container hints of a feed item or JSONL record first', () => {
    const m = meta(raw('Body text that is long enough to be an article paragraph for the cleaner to keep.', 'text', { title: 'Hint title', outlet: 'Wire', authors: ['ANA RUIZ'], published: 'Mon, 04 May 2026 23:30:00 -0500' }));
    expect(m).toMatchObject({ title: 'Hint title', outlet: 'Wire', authors: ['Ana Ruiz'], published: { start: '2026-05-04' } });
  });
});
