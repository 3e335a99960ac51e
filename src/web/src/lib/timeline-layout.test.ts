import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, layoutTimeline, ticksBetween } from './timeline-layout.js';
import { dayNumber, formatDateValue } from './dates.js';
import { externalHref } from './safe-url.js';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });

describe('layoutTimeline', () => {
  it('places events in time order, left to right, inside the margins', () => {
    const layout = layoutTimeline([
      { id: 'e2', label: 'later', when: day('2026-03-20'), weight: 1 },
      { id: 'e1', label: 'earlier', when: day('2026-03-01'), weight: 3 },
      { id: 'e3', label: 'no date', when: null, weight: 2 },
      { id: 'e4', label: 'unresolved', when: { start: null, end: null, precision: null, text: 'last Friday' }, weight: 1 },
    ]);
    expect(layout.placed.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(layout.placed[0]!.x).toBe(DEFAULT_LAYOUT.margin);
    expect(layout.placed[1]!.x).toBe(DEFAULT_LAYOUT.width - DEFAULT_LAYOUT.margin);
    expect(layout.undated.map((e) => e.id)).toEqual(['e3', 'e4']);
  });

  it('gives an interval its width and puts overlapping labels in separate lanes', () => {
    const layout = layoutTimeline([
      { id: 'a', label: 'a long label that needs room', when: { start: '2026-01-01', end: '2026-01-10', precision: 'range' }, weight: 1 },
      { id: 'b', label: 'close by', when: day('2026-01-03'), weight: 1 },
      { id: 'c', label: 'far away', when: day('2026-12-31'), weight: 1 },
    ]);
    const [a, b, c] = layout.placed;
    expect(a!.x2).toBeGreaterThan(a!.x);
    expect(b!.lane).not.toBe(a!.lane);
    expect(c!.lane).toBe(0);
    expect(c!.anchor).toBe('end');
    expect(layout.lanes).toBe(2);
  });

  it('draws nothing for no dated events, and pads a single day', () => {
    expect(layoutTimeline([]).placed).toEqual([]);
    const single = layoutTimeline([{ id: 'a', label: 'x', when: day('2026-05-05'), weight: 1 }]);
    expect(single.placed[0]!.x).toBeCloseTo(DEFAULT_LAYOUT.width / 2, 5);
    expect(single.ticks.length).toBeGreaterThan(1);
  });
});

describe('ticksBetween', () => {
  const xOf = (d: number) => d;
  it.each([
    { name: 'days', from: '2026-03-01', to: '2026-03-05', first: '1 Mar', count: 5 },
    { name: 'months', from: '2026-01-15', to: '2026-06-20', first: 'Feb 2026', count: 5 },
    { name: 'years', from: '2015-06-01', to: '2021-02-01', first: '2016', count: 6 },
  ])('picks $name for the range', ({ from, to, first, count }) => {
    const ticks = ticksBetween(dayNumber(from), dayNumber(to), xOf, 8);
    expect(ticks[0]!.label).toBe(first);
    expect(ticks).toHaveLength(count);
    expect(ticks.every((t) => t.x >= dayNumber(from) && t.x <= dayNumber(to))).toBe(true);
  });
});

describe('formatDateValue', () => {
  it.each([
    { value: day('2026-03-02'), expected: '2 Mar 2026' },
    { value: { start: '2026-03-02', end: '2026-03-04', precision: 'range' as const }, expected: '2 Mar 2026 – 4 Mar 2026' },
    { value: { start: '2026-05-01', end: '2026-05-31', precision: 'month' as const }, expected: 'May 2026' },
    { value: { start: '2026-04-01', end: '2026-06-30', precision: 'quarter' as const }, expected: 'Q2 2026' },
    { value: { start: '2026-07-01', end: '2026-12-31', precision: 'half' as const }, expected: 'H2 2026' },
    { value: { start: null, end: null, precision: null, text: 'last Friday' }, expected: '“last Friday” (unresolved)' },
    { value: null, expected: 'undated' },
  ])('$expected', ({ value, expected }) => expect(formatDateValue(value)).toBe(expected));
});

describe('externalHref', () => {
  it.each([
    { url: 'https://news.example/a?b=1', expected: 'https://news.example/a?b=1' },
    { url: 'http://news.example', expected: 'http://news.example/' },
    { url: 'javascript:alert(1)', expected: null },
    { url: ' JAVASCRIPT:alert(1)', expected: null },
    { url: 'java\tscript:alert(1)', expected: null },
    { url: 'data:text/html,<script>alert(1)</script>', expected: null },
    { url: '/relative/path', expected: null },
    { url: 'vbscript:msgbox', expected: null },
    { url: null, expected: null },
  ])('$url', ({ url, expected }) => expect(externalHref(url)).toBe(expected));
});
