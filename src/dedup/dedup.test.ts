import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleId, ArticleSketch } from '../types.js';
import { compareSketches } from './compare.js';
import { regroupCopies } from './groups.js';
import { sketchArticle } from './sketch.js';
import { dedupPass } from './index.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { sampleAnalysis, sampleArticle } from '../store/store-contract.js';
import { tempDir, testCtx } from '../../test/helpers.js';

// A fictional wire story, five paragraphs.
const WIRE = [
  'Crews from three districts fought a fire that broke out on Tuesday night at a timber yard on the northern edge of Velmora, the regional fire service said.',
  'The blaze spread to two neighbouring warehouses before it was brought under control shortly after four in the morning, according to duty officer Tamsin Roe.',
  'About sixty firefighters and twelve engines were deployed, and residents of Orchard Lane were asked to keep their windows shut because of heavy smoke.',
  'Nobody was injured, but the owner of the yard, Petra Lindqvist, estimated the damage at several hundred thousand crowns and said the cause was not yet known.',
  'Investigators are expected to visit the site on Thursday once the ruins have cooled, and the road past the yard will stay closed until then.',
];
const OTHER = [
  'The Velmora timber yard fire on Tuesday destroyed a stack of seasoned oak that the owner had been drying for a furniture order, she told reporters.',
  'Petra Lindqvist, who runs the business with her brother, said she heard the alarm from her flat across the road and ran down in her slippers.',
  'Fire officers kept two engines on site through Wednesday to damp down hot spots, while neighbours brought coffee to the crews.',
  'The road past the yard is expected to reopen at the weekend, and the council said it would review access for emergency vehicles in the area.',
];

let n = 0;
function article(paragraphs: readonly string[], over: Partial<Article> = {}): Article {
  n++;
  return {
    ...sampleArticle(n), id: `a${n}` as ArticleId, duplicateOf: null, event: null, story: null,
    body: paragraphs.join('\n\n'), credits: [], published: null, ...over,
  };
}
const sketch = (paragraphs: readonly string[], over: Partial<Article> = {}): ArticleSketch => sketchArticle(article(paragraphs, over));

describe('compareSketches', () => {
  const base = sketch(WIRE);
  it.each([
    { name: 'same text, other typography', other: WIRE.map((p) => p.toUpperCase().replace(/,/g, ' ,')), kind: 'exact' },
    { name: 'a word changed in two paragraphs', other: WIRE.map((p, i) => (i % 2 ? p.replace('said', 'stated').replace('the', 'a') : p)), kind: 'near' },
    { name: 'truncated by its last paragraph', other: WIRE.slice(0, 4), kind: 'near' },
    { name: 'extended by a paragraph', other: [...WIRE, OTHER[3]!], kind: 'near' },
  ])('$name -> $kind', ({ other, kind }) => {
    expect(compareSketches(base, sketch(other))?.kind).toBe(kind);
  });

  it('recognises a wire copy with its own intro only when both credit the agency', () => {
    const intro = [OTHER[0]!, OTHER[1]!];
    const withCredit = compareSketches(sketch(WIRE, { credits: ['NWA'] }), sketch([...intro, ...WIRE.slice(0, 3)], { credits: ['nwa'] }));
    expect(withCredit?.kind).toBe('wire');
    expect(compareSketches(sketch(WIRE), sketch([...intro, ...WIRE.slice(0, 3)]))).toBeNull();
  });

  it.each([
    { name: 'another article on the same fire', other: OTHER },
    { name: 'one quoted paragraph inside another article', other: [...OTHER, WIRE[1]!] },
    { name: 'a one-paragraph teaser', other: WIRE.slice(0, 1) },
    { name: 'an empty body', other: [''] },
  ])('not a copy: $name', ({ other }) => {
    expect(compareSketches(base, sketch(other))).toBeNull();
  });
});

describe('regroupCopies', () => {
  it('points every member at the earliest copy, dated copies first, and re-points when an earlier one arrives', () => {
    const a = sketch(WIRE, { published: { start: '2026-03-04', end: '2026-03-04', precision: 'day' } });
    const b = sketch(WIRE.slice(0, 4));
    const edges1 = [{ a: a.article, b: b.article, match: compareSketches(a, b)! }];
    const first = regroupCopies(edges1, new Map([[a.article, null], [b.article, null]]), new Map([[a.article, a], [b.article, b]]));
    expect(first).toEqual([{ article: b.article, duplicateOf: a.article, similarity: expect.any(Number), kind: 'near' }]);
    // A copy published a day earlier arrives later: it becomes the root, and both others point at it.
    const c = sketch([...WIRE, OTHER[3]!], { published: { start: '2026-03-03', end: '2026-03-03', precision: 'day' } });
    const edges2 = [{ a: c.article, b: a.article, match: compareSketches(c, a)! }];
    const second = regroupCopies(edges2, new Map([[c.article, null], [a.article, null], [b.article, a.article]]), new Map([[a.article, a], [b.article, b], [c.article, c]]));
    expect(second.map((x) => [x.article, x.duplicateOf])).toEqual([[a.article, c.article], [b.article, c.article]]);
  });
});

describe('dedup pass', () => {
  const root = tempDir();
  const open = async () => {
    const r = await openEmbeddedStore(mkdtempSync(join(root, 's-')));
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it('links copies across separate ingests, and running it again changes nothing (idempotent)', async () => {
    const store = await open();
    try {
      const bodies = [WIRE, OTHER, WIRE.slice(0, 4), [...OTHER.slice(0, 3)], WIRE.map((p) => p.replace('said', 'reported'))];
      const first = await store.addArticles(bodies.slice(0, 2).map((b, i) => ({ article: sampleArticle(100 + i, { body: b.join('\n\n'), credits: [] }), analysis: sampleAnalysis })));
      await dedupPass.update(store, first.added, testCtx());
      const second = await store.addArticles(bodies.slice(2).map((b, i) => ({ article: sampleArticle(200 + i, { body: b.join('\n\n'), credits: [] }), analysis: sampleAnalysis })));
      await dedupPass.update(store, second.added, testCtx());
      const ids = [...first.added, ...second.added].map((a) => a.id);
      const links = async () => (await store.getArticles(ids)).map((a) => a.duplicateOf);
      expect(await links()).toEqual([null, null, ids[0], ids[1], ids[0]]);
      const copies = await store.listCopies();
      await dedupPass.update(store, [...first.added, ...second.added], testCtx());
      expect(await links()).toEqual([null, null, ids[0], ids[1], ids[0]]);
      expect(await store.listCopies()).toEqual(copies);
    } finally {
      await store.close();
    }
  });
});
