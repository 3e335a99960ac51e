import { describe, expect, it } from 'vitest';
import { snippetPieces } from './records.js';
import { safeUploadName } from './uploads.js';
import { fetchPage, nextLink, slicePage } from './pagination.js';

describe('snippetPieces', () => {
  it.each([
    { name: 'one match', input: 'a \u0001fire\u0002 at dawn', expected: [{ text: 'a ', match: false }, { text: 'fire', match: true }, { text: ' at dawn', match: false }] },
    { name: 'adjacent matches', input: '\u0001port\u0002\u0001fire\u0002', expected: [{ text: 'port', match: true }, { text: 'fire', match: true }] },
    { name: 'no markers', input: 'plain', expected: [{ text: 'plain', match: false }] },
    { name: 'markup stays text', input: '<b>\u0001x\u0002</b>', expected: [{ text: '<b>', match: false }, { text: 'x', match: true }, { text: '</b>', match: false }] },
    { name: 'empty', input: '', expected: [] },
  ])('$name', ({ input, expected }) => expect(snippetPieces(input)).toEqual(expected));
});

describe('safeUploadName', () => {
  it.each([
    { input: 'page.html', expected: 'page.html' },
    { input: '../../etc/passwd', expected: 'passwd' },
    { input: 'C:\\Users\\x\\feed.xml', expected: 'feed.xml' },
    { input: '..', expected: 'upload-1' },
    { input: '.hidden.txt', expected: 'hidden.txt' },
    { input: 'a\u0000b\nc?.txt', expected: 'a_b_c_.txt' },
    { input: '', expected: 'upload-1' },
    { input: 'x'.repeat(300), expected: 'x'.repeat(200) },
  ])('$input -> $expected', ({ input, expected }) => expect(safeUploadName(input, 'upload-1')).toBe(expected));
});

describe('pagination', () => {
  const items = Array.from({ length: 7 }, (_, i) => i);
  const fetch = async ({ offset = 0, limit = 50 }) => items.slice(offset, offset + limit);
  it.each([
    { name: 'first page', page: { offset: 0, limit: 3 }, items: [0, 1, 2], next: '/x?q=1&offset=3' },
    { name: 'page ending exactly at the end', page: { offset: 4, limit: 3 }, items: [4, 5, 6], next: null },
    { name: 'past the end', page: { offset: 9, limit: 3 }, items: [], next: null },
  ])('fetchPage: $name', async ({ page, items: expected, next }) => {
    expect(await fetchPage('http://h/x?q=1', page, fetch)).toEqual({ items: expected, offset: page.offset, limit: page.limit, next });
  });

  it('uses a total when given, and slices in-memory lists', async () => {
    expect((await fetchPage('http://h/x', { offset: 0, limit: 7 }, fetch, 7)).next).toBeNull();
    expect(slicePage('http://h/y?limit=2', { offset: 2, limit: 2 }, items)).toEqual({ items: [2, 3], offset: 2, limit: 2, total: 7, next: '/y?limit=2&offset=4' });
    expect(nextLink('http://h/s?q=a%20b&offset=1', 5)).toBe('/s?q=a+b&offset=5');
  });
});
