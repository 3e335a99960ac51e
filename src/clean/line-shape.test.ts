import { describe, expect, it } from 'vitest';
import { dateLineKind, isTitleLike, isUnpunctuatedSentence, looksLikeSentence, normalizeForCompare, readsAsText } from './line-shape.js';

describe('dateLineKind', () => {
  it.each([
    { input: 'Published: March 17, 2026', expected: 'published' },
    { input: 'date 2026-06-01', expected: 'published' },
    { input: 'Posted September 26, 2013-3: 47pm Updated September 27, 2013-6: 56am', expected: 'published' },
    { input: 'Updated 4:12 PM EDT, March 10, 2026', expected: 'updated' },
    { input: '4 February 2026 · 4 min read', expected: 'bare' },
    { input: '16 September 2013 Last updated at 12:42 GMT', expected: 'bare' },
    { input: 'THURSDAY, DECEMBER 3, 2009, 9:36 AM', expected: 'bare' },
    { input: 'Published : 2026-04-08 10:31  Updated : 2026-04-08 18:02', expected: 'published' },
    { input: 'Published 12.01.2026 at 08:45', expected: 'published' },
    { input: 'Reuters Sep 18, 2013, 02. 16PM IST', expected: 'bare' },
    { input: 'March 4, 2026 6:02 AM GMT+1 · Updated 3 hours ago', expected: 'bare' },
    { input: 'Released 2013-09-28 05:08:35 GMT', expected: 'published' },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(dateLineKind(input)).toBe(expected);
  });

  it.each([
    'Port — May 3, 2026',
    'March 9, 2026 — Brenn rail yard to close for weekend works',
    'On March 3, 2026, the board will vote on the plan.',
    'Wednesday, 4 February 2026 Halvik 3°C',
    'Updated 5:40 p.m. ET',
    'May 2026',
    'Tags: fire, port',
  ])('is not a date line: %s', (input) => {
    expect(dateLineKind(input)).toBeNull();
  });
});

describe('line shapes', () => {
  it.each([
    { fn: looksLikeSentence, input: 'The ferry line reopened on Monday, the operator said.', expected: true },
    { fn: looksLikeSentence, input: 'Council approves new cycle lanes', expected: false },
    { fn: readsAsText, input: '"No," she said.', expected: true },
    { fn: readsAsText, input: '"Enough."', expected: true },
    { fn: readsAsText, input: 'Why now?', expected: true },
    { fn: readsAsText, input: 'Home.', expected: false },
    { fn: readsAsText, input: 'Most read', expected: false },
    { fn: isTitleLike, input: 'Warehouse fire at Halvik port contained after two days', expected: true },
    { fn: isTitleLike, input: 'The fire chief says the fire "is definitely suspicious."', expected: false },
    { fn: isTitleLike, input: 'Tags:', expected: false },
    { fn: isUnpunctuatedSentence, input: 'The A380 was revealed in January 2005', expected: true },
    { fn: isUnpunctuatedSentence, input: 'Council Approves New Cycle Lanes On River Road', expected: false },
    { fn: isUnpunctuatedSentence, input: 'Tags: ferries, Tavik, slow travel, islands', expected: false },
    { fn: isUnpunctuatedSentence, input: 'Home | World | Politics | Business | Sports', expected: false },
  ])('$fn.name($input) is $expected', ({ fn, input, expected }) => {
    expect(fn(input)).toBe(expected);
  });

  it('compares lines without case, punctuation or spacing', () => {
    expect(normalizeForCompare('Smoke rises — over the “harbour”.  Photo: J. Lind/NWS')).toBe(normalizeForCompare('smoke rises over the harbour photo j lind nws'));
  });
});
