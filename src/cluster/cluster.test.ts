import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ClusterFeatures } from '../types.js';
import { averageLinkage } from './linkage.js';
import { assignIds } from './ids.js';
import { eventWhen, mostCentral } from './labels.js';
import { nameTokens } from './names.js';
import { numberTokens } from './numbers.js';
import { formRegions } from './regions.js';
import { addNeighbour, rankCandidates } from './candidates.js';
import { dayNumber } from './features.js';
import { pairwise } from './region.js';
import { articleVectors, similarity } from './similarity.js';

describe('averageLinkage', () => {
  const sim = [
    [1, 0.9, 0.8, 0.1, 0.0],
    [0.9, 1, 0.7, 0.0, 0.1],
    [0.8, 0.7, 1, 0.2, 0.1],
    [0.1, 0.0, 0.2, 1, 0.6],
    [0.0, 0.1, 0.1, 0.6, 1],
  ];
  it.each([
    { name: 'two clear groups', threshold: 0.5, expected: [[0, 1, 2], [3, 4]] },
    { name: 'nothing similar enough', threshold: 0.95, expected: [[0], [1], [2], [3], [4]] },
    { name: 'everything at a low bar', threshold: 0.05, expected: [[0, 1, 2, 3, 4]] },
    { name: 'average, not single, linkage: the third joins at 0.75, below the bar', threshold: 0.78, expected: [[0, 1], [2], [3], [4]] },
  ])('$name', ({ threshold, expected }) => {
    const got = averageLinkage(sim, threshold).sort((a, b) => a[0]! - b[0]!);
    expect(got).toEqual(expected);
  });

  it('does not depend on the order items are listed in', () => {
    fc.assert(fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (perm) => {
      const permuted = perm.map((i) => perm.map((j) => sim[i]![j]!));
      const groups = averageLinkage(permuted, 0.5).map((g) => g.map((k) => perm[k]!).sort()).sort((a, b) => a[0]! - b[0]!);
      expect(groups).toEqual([[0, 1, 2], [3, 4]]);
    }));
  });
});

describe('assignIds', () => {
  it.each([
    { name: 'a grown cluster keeps its id', groups: [['a1', 'a2', 'a3']], prev: { a1: 'e4', a2: 'e4' }, ids: ['e4'], dropped: [] },
    { name: 'merging keeps the older id', groups: [['a1', 'a2', 'a3', 'a4']], prev: { a1: 'e9', a2: 'e9', a3: 'e12', a4: 'e12' }, ids: ['e9'], dropped: ['e12'] },
    { name: 'merging keeps the older id even when it is the smaller part', groups: [['a1', 'a2', 'a3']], prev: { a1: 'e12', a2: 'e12', a3: 'e3' }, ids: ['e3'], dropped: ['e12'] },
    { name: 'a split leaves the id with the larger part', groups: [['a1'], ['a2', 'a3']], prev: { a1: 'e5', a2: 'e5', a3: 'e5' }, ids: [null, 'e5'], dropped: [] },
    { name: 'new articles only get a fresh id', groups: [['a7']], prev: {}, ids: [null], dropped: [] },
  ])('$name', ({ groups, prev, ids, dropped }) => {
    expect(assignIds(groups, new Map(Object.entries(prev)))).toEqual({ ids, dropped });
  });
});

const features = (over: Partial<ClusterFeatures>): ClusterFeatures => ({ terms: {}, names: {}, numbers: {}, published: null, dates: [], headline: '', ...over });
const day = (iso: string): number => dayNumber(iso)!;

describe('eventWhen', () => {
  it.each([
    {
      name: 'the day most articles state, not the publication day',
      fs: [
        features({ published: day('2026-03-04'), dates: [{ day: day('2026-03-02'), text: 'Monday' }] }),
        features({ published: day('2026-03-05'), dates: [{ day: day('2026-03-02'), text: 'March 2' }, { day: day('2026-03-04'), text: 'Wednesday' }] }),
      ],
      expected: { start: '2026-03-02', end: '2026-03-02', precision: 'day', text: 'Monday' },
    },
    {
      name: 'background dates long before publication do not count',
      fs: [features({ published: day('2026-03-04'), dates: [{ day: day('2019-05-01'), text: 'May 1, 2019' }] })],
      expected: { start: '2026-03-04', end: '2026-03-04', precision: 'day' },
    },
    { name: 'the earliest publication day without stated dates', fs: [features({ published: day('2026-03-05') }), features({ published: day('2026-03-04') })], expected: { start: '2026-03-04', end: '2026-03-04', precision: 'day' } },
    { name: 'nothing known', fs: [features({})], expected: null },
  ])('$name', ({ fs, expected }) => {
    expect(eventWhen(fs)).toEqual(expected);
  });
});

describe('mostCentral', () => {
  it('picks the member most similar to the others', () => {
    const s = [[1, 0.2, 0.9], [0.2, 1, 0.5], [0.9, 0.5, 1]];
    expect(mostCentral([0, 1, 2], (i, j) => s[i]![j]!)).toBe(2);
  });
});

describe('nameTokens', () => {
  it.each([
    { name: 'names mid-sentence and at the start when never lower-case', body: 'Mirela Tosk spoke in Velmora. Tosk said the Orvan bridge was closed.', expected: ['mirela:1', 'orvan:1', 'tosk:2', 'velmora:1'] },
    { name: 'sentence-initial common words are not names', body: 'Officials met on Monday. Officials said the fire was out. The officials left.', expected: [] },
  ])('$name', ({ body, expected }) => {
    const got = [...nameTokens(body)].map(([k, n]) => `${k}:${n}`).sort();
    expect(got).toEqual(expected);
  });
});

describe('numberTokens', () => {
  it.each([
    { name: 'tolls, magnitudes and sums', body: 'A 6.1 quake killed 27 people and damaged 10,000 homes.', expected: ['10000', '27', '6.1'] },
    { name: 'years and small counts are left out', body: 'In 2019 two of the 3 crews worked 8 hours.', expected: [] },
  ])('$name', ({ body, expected }) => {
    expect([...numberTokens(body).keys()].sort()).toEqual(expected);
  });
});

describe('candidates and regions', () => {
  it('ranks candidates by shared key weight, newer first on ties, without the article itself', () => {
    const postings = new Map([['n:tosk', ['a1', 'a3', 'a9']], ['t:fire', ['a3', 'a4', 'a9']]]);
    const weight = (k: string): number => (k.startsWith('n:') ? 5 : 1);
    expect(rankCandidates('a9', ['n:tosk', 't:fire'], postings, weight, 3)).toEqual(['a3', 'a1', 'a4']);
  });

  it('keeps the same top candidates as a full sort by score, then newer id', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 40 })), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (entries, limit) => {
      const postings = new Map<string, string[]>();
      for (const [key, id] of entries) (postings.get(`t:${key}`) ?? postings.set(`t:${key}`, []).get(`t:${key}`)!).push(`a${id}`);
      const weight = (k: string): number => 1 + Number(k.slice(2)) / 2;
      const score = new Map<string, number>();
      for (const [key, ids] of postings) for (const id of ids) score.set(id, (score.get(id) ?? 0) + weight(key));
      const expected = [...score].sort((a, b) => b[1] - a[1] || Number(b[0].slice(1)) - Number(a[0].slice(1))).slice(0, limit).map(([id]) => id);
      expect(rankCandidates('a0', [...postings.keys()], postings, weight, limit)).toEqual(expected);
    }));
  });

  it('computes a region\'s similarity matrix as pair-by-pair similarity does', () => {
    const f = (terms: Record<string, number>, names: Record<string, number>, numbers: Record<string, number>): ClusterFeatures =>
      ({ terms, names, numbers, published: null, dates: [], headline: '' });
    const items = [f({ fire: 2, port: 1 }, { tosk: 1 }, { '48': 1 }), f({ fire: 1, flood: 3 }, {}, { '48': 2 }), f({ port: 1 }, { tosk: 2, vel: 1 }, {}), f({}, {}, {})];
    const keys = new Map<string, number>();
    const vectors = items.map((x) => articleVectors(x, (k) => 1 + k.length / 10, keys));
    const w = { terms: 0.45, names: 0.4, numbers: 0.15 };
    const matrix = pairwise(vectors, w);
    vectors.forEach((a, i) => vectors.forEach((b, j) => expect(matrix[i]![j]!).toBeCloseTo(i === j ? 1 : similarity(a, b, w), 12)));
  });

  it('keeps the k best neighbour similarities', () => {
    expect(addNeighbour([0.9, 0.5], 0.7, 2)).toEqual([0.9, 0.7]);
    expect(addNeighbour([0.9, 0.5], 0.4, 2)).toBeNull();
    expect(addNeighbour([], 0.4, 2)).toEqual([0.4]);
  });

  it('joins new articles with the stories they link to, strongest links first, within the size cap', () => {
    const sizes: Record<string, number> = { 'story:s1': 5, 'story:s2': 4 };
    const regions = formRegions(['a1', 'a2', 'a3'], [
      { from: 'a1', to: 'story:s1', sim: 0.9 },
      { from: 'a2', to: 'story:s2', sim: 0.8 },
      { from: 'a1', to: 'a2', sim: 0.3 }, // would make a region of 11 > 8: skipped
    ], (n) => sizes[n] ?? 1, 8);
    expect(regions.map((r) => r.sort()).sort()).toEqual([['a1', 'story:s1'], ['a2', 'story:s2'], ['a3']]);
  });
});
