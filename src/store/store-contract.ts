/**
 * The store contract: behaviour every adapter must show. Each adapter's test calls
 * runStoreContract with a factory for a fresh, empty store. (Named *.ts, not *.test.ts, so the
 * runner does not collect it on its own; see embedded/embedded.test.ts and postgres/postgres.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis, ArticleId, ArticleSketch, ClaimId, ClusterFeatures, EntityId, EventId, NewArticle, StoryId } from '../types.js';
import type { Store } from './store.js';
import type { StoreOptions } from './sql-store.js';

export function sampleArticle(n: number, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    source: { path: `fixtures/article-${n}.txt` },
    format: 'text',
    fingerprint: `fp-${n}`,
    title: `Harbour report number ${n}`,
    outlet: 'Halvik Herald',
    authors: ['Anna Berg'],
    credits: ['AP'],
    published: { start: '2026-02-04', end: '2026-02-04', precision: 'day', text: '4 February 2026' },
    url: null,
    body: `Firefighters contained warehouse fire number ${n} at the port.\n\nAbout 60 firefighters were deployed.`,
    removed: [{ text: 'ADVERTISEMENT', reason: 'advertisement' }],
    cleanedBy: 'text-dump',
    ingestedAt: '2026-02-05T00:00:00.000Z',
    ...overrides,
  };
}

export const sampleAnalysis: ArticleAnalysis = {
  dates: [{ text: 'Tuesday', span: { start: 0, end: 7 }, value: { start: '2026-02-03', end: '2026-02-03', precision: 'day', text: 'Tuesday' } }],
  entities: [{ name: 'Lars Holm', type: 'person', text: 'Holm', span: { start: 10, end: 14 } }],
  quotes: [{ text: 'We were lucky', span: { start: 0, end: 13 }, speaker: 'Lars Holm', via: ['NWS'] }],
  claims: [{ sentence: 'About 60 firefighters were deployed.', span: { start: 62, end: 98 }, about: 'firefighters deployed', quantity: { value: 60, unit: 'firefighters', bound: 'about' }, when: null, attributedTo: null }],
};

export function runStoreContract(name: string, makeStore: (options?: StoreOptions) => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    it('stores an article once per fingerprint and round-trips every field', async () => {
      const store = await makeStore();
      try {
        const first = await store.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }]);
        const again = await store.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }, { article: sampleArticle(2), analysis: sampleAnalysis }]);
        expect(first.added).toHaveLength(1);
        expect(again.added.map((a) => a.fingerprint)).toEqual(['fp-2']);
        expect(again.alreadyStored).toEqual([{ fingerprint: 'fp-1', existing: first.added[0]!.id }]);
        expect(await store.countArticles()).toBe(2);
        const stored = await store.getArticle(first.added[0]!.id);
        expect(stored).toEqual({ ...sampleArticle(1), id: first.added[0]!.id, duplicateOf: null, event: null, story: null });
        expect(await store.getArticle('a999999' as ArticleId)).toBeNull();
        expect(await store.getArticle('e1' as ArticleId)).toBeNull();
      } finally {
        await store.close();
      }
    });

    it('tells which fingerprints are already stored', async () => {
      const store = await makeStore();
      try {
        expect(await store.hasFingerprints([])).toEqual(new Set());
        await store.addArticles([1, 2].map((n) => ({ article: sampleArticle(n), analysis: sampleAnalysis })));
        const many = Array.from({ length: 250 }, (_, i) => `fp-x${i}`);
        expect(await store.hasFingerprints(['fp-2', 'fp-3', 'fp-1', 'fp-2', ...many])).toEqual(new Set(['fp-1', 'fp-2']));
        expect(await store.hasFingerprints(["fp-1' OR '1'='1"])).toEqual(new Set());
      } finally {
        await store.close();
      }
    });

    it('keeps the analysis with its article', async () => {
      const store = await makeStore();
      try {
        const { added } = await store.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }]);
        const id = added[0]!.id;
        const analysis = await store.getAnalysis(id);
        expect({ dates: analysis.dates, entities: analysis.entities, quotes: analysis.quotes, claims: analysis.claims }).toEqual(sampleAnalysis);
        const quotes = await store.listQuotes({ speaker: 'holm' });
        expect(quotes).toHaveLength(1);
        expect(quotes[0]).toMatchObject({ article: id, speaker: 'Lars Holm', via: ['NWS'], speakerEntity: null });
        expect(await store.listClaims({ about: 'firefighters' })).toHaveLength(1);
        expect(await store.listClaims({ about: 'tractors' })).toHaveLength(0);
      } finally {
        await store.close();
      }
    });

    it('streams every article in id order', async () => {
      const store = await makeStore();
      try {
        await store.addArticles(Array.from({ length: 25 }, (_, i) => ({ article: sampleArticle(i + 1), analysis: sampleAnalysis })));
        const seen: string[] = [];
        for await (const a of store.streamArticles(7)) seen.push(a.fingerprint);
        expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `fp-${i + 1}`));
        const claims: string[] = [];
        for await (const c of store.streamClaims(4)) claims.push(c.article);
        expect(claims).toHaveLength(25);
        expect(await store.listArticles({ offset: 20, limit: 10 })).toHaveLength(5);
      } finally {
        await store.close();
      }
    });

    it('links articles to events and stories, and lists them back', async () => {
      const store = await makeStore();
      try {
        const { added } = await store.addArticles([1, 2, 3].map((n) => ({ article: sampleArticle(n), analysis: sampleAnalysis })));
        const [a1, a2, a3] = added.map((a) => a.id);
        const e1 = 'e1' as EventId;
        const s1 = 's1' as StoryId;
        await store.putStories([{ id: s1, label: 'Port fire', events: [], articles: [] }]);
        await store.putEvents([{ id: e1, label: 'Warehouse fire', articles: [], when: { start: '2026-02-03', end: '2026-02-03', precision: 'day' }, story: s1 }]);
        await store.setArticleLinks([{ id: a1!, event: e1, story: s1 }, { id: a2!, event: e1, story: s1, duplicateOf: a1! }]);
        expect(await store.getEvent(e1)).toMatchObject({ articles: [a1, a2], story: s1, label: 'Warehouse fire' });
        expect(await store.getStory(s1)).toMatchObject({ events: [e1], articles: [a1, a2] });
        expect((await store.getArticle(a2!))?.duplicateOf).toBe(a1);
        expect((await store.getArticle(a3!))?.event).toBeNull();
        await store.deleteEvents([e1]);
        expect(await store.getEvent(e1)).toBeNull();
      } finally {
        await store.close();
      }
    });

    it('lists stories by latest event, undated last, with article figures', async () => {
      const store = await makeStore();
      try {
        const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, text: d });
        const { added } = await store.addArticles([
          { article: sampleArticle(1, { published: day('2026-01-10') }), analysis: sampleAnalysis },
          { article: sampleArticle(2, { published: day('2026-03-02') }), analysis: sampleAnalysis },
          { article: sampleArticle(3, { published: null }), analysis: sampleAnalysis },
        ]);
        const [s1, s2, s3, s4] = ['s1', 's2', 's3', 's4'] as StoryId[];
        await store.putStories([s1, s2, s3, s4].map((id) => ({ id: id!, label: `story ${id}`, events: [], articles: [] })));
        await store.putEvents([
          { id: 'e1' as EventId, label: 'old', articles: [], when: day('2025-12-01'), story: s1! },
          { id: 'e2' as EventId, label: 'new', articles: [], when: day('2026-02-20'), story: s1! },
          { id: 'e3' as EventId, label: 'mid', articles: [], when: day('2026-01-05'), story: s2! },
          { id: 'e4' as EventId, label: 'undated', articles: [], when: null, story: s3! },
        ]);
        await store.setArticleLinks([{ id: added[0]!.id, story: s1! }, { id: added[1]!.id, story: s3! }, { id: added[2]!.id, story: s3! }]);
        const activity = await store.listStoryActivity();
        // Dated stories by their latest event; then the undated ones, newest story first.
        expect(activity.map((s) => s.id)).toEqual([s1, s2, s4, s3]);
        expect(activity[0]).toEqual({ id: s1, label: 'story s1', articles: 1, events: 2, latestEvent: '2026-02-20', latestPublished: '2026-01-10', lastIngestedAt: '2026-02-05T00:00:00.000Z' });
        expect(activity[2]).toMatchObject({ id: s4, articles: 0, events: 0, latestEvent: null, latestPublished: null, lastIngestedAt: null });
        expect(activity[3]).toMatchObject({ id: s3, articles: 2, events: 1, latestEvent: null, latestPublished: '2026-03-02' });
        expect((await store.listStoryActivity({ offset: 1, limit: 2 })).map((s) => s.id)).toEqual([s2, s4]);
      } finally {
        await store.close();
      }
    });

    it('replaces relations and timeline per story', async () => {
      const store = await makeStore();
      try {
        const { added } = await store.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }]);
        const s1 = 's1' as StoryId;
        const relation = { kind: 'conflicts' as const, claims: ['c1', 'c2'] as ClaimId[], note: 'different totals' };
        await store.replaceRelations(s1, [relation]);
        await store.replaceRelations(s1, [relation]);
        expect(await store.listRelations({ story: s1 })).toEqual([relation]);
        await store.replaceRelations('s2' as StoryId, [relation, relation]);
        const streamed = [];
        for await (const r of store.streamRelations(2)) streamed.push(r);
        expect(streamed).toEqual([{ ...relation, story: s1 }, { ...relation, story: 's2' }, { ...relation, story: 's2' }]);
        const entry = { when: { start: '2026-02-03', end: '2026-02-03', precision: 'day' as const }, text: 'Fire contained.', event: null, sources: [{ article: added[0]!.id, span: { start: 0, end: 10 } }] };
        await store.replaceTimeline(s1, [entry]);
        expect(await store.listTimeline({ story: s1 })).toEqual([entry]);
      } finally {
        await store.close();
      }
    });

    it('orders undated events and store-wide timeline entries first, as both stores do', async () => {
      const store = await makeStore();
      try {
        const s1 = 's1' as StoryId;
        const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });
        await store.putStories([{ id: s1, label: 'Port fire', events: [], articles: [] }]);
        await store.putEvents([
          { id: 'e1' as EventId, label: 'dated', articles: [], when: day('2026-02-03'), story: s1 },
          { id: 'e2' as EventId, label: 'undated', articles: [], when: null, story: s1 },
        ]);
        expect((await store.listEvents({ story: s1 })).map((e) => e.label)).toEqual(['undated', 'dated']);
        expect((await store.getStory(s1))?.events).toEqual(['e2', 'e1']);
        const entry = (text: string, when: ReturnType<typeof day> | { start: null; end: null; precision: null; text: string }) => ({ when, text, event: null, sources: [] });
        // null replaces the whole store's timeline, so it goes first.
        await store.replaceTimeline(null, [entry('store-wide', day('2027-01-01'))]);
        await store.replaceTimeline(s1, [entry('later', day('2026-03-01')), entry('unresolved', { start: null, end: null, precision: null, text: 'soon' })]);
        expect((await store.listTimeline()).map((t) => t.text)).toEqual(['store-wide', 'unresolved', 'later']);
        const streamed: { text: string; story: string | null }[] = [];
        for await (const t of store.streamTimeline(2)) streamed.push({ text: t.text, story: t.story });
        expect(streamed).toEqual([{ text: 'store-wide', story: null }, { text: 'unresolved', story: s1 }, { text: 'later', story: s1 }]);
      } finally {
        await store.close();
      }
    });

    it('derives entity articles and mention counts from assigned mentions', async () => {
      const store = await makeStore();
      try {
        const { added } = await store.addArticles([1, 2].map((n) => ({ article: sampleArticle(n), analysis: sampleAnalysis })));
        const n1 = 'n1' as EntityId;
        await store.putEntities([{ id: n1, name: 'Lars Holm', type: 'person', aliases: ['Holm'], articles: [], mentions: 0 }]);
        const mentions = await store.listMentions(added.map((a) => a.id));
        await store.setMentionEntities(mentions.map((m) => ({ mention: m.id, entity: n1 })));
        expect(await store.getEntity(n1)).toMatchObject({ name: 'Lars Holm', aliases: ['Holm'], articles: added.map((a) => a.id), mentions: 2 });
        expect((await store.listQuotes())[0]!.speakerEntity).toBe(n1);
        expect(await store.listEntities({ type: 'person', name: 'holm' })).toHaveLength(1);
      } finally {
        await store.close();
      }
    });

    it('indexes entities under alias keys for incremental merging', async () => {
      const store = await makeStore();
      try {
        const [n1, n2] = await store.addEntities([
          { name: 'Korean Central News Agency', type: 'organization', aliases: ['KCNA'] },
          { name: 'Lars Holm', type: 'person', aliases: [] },
        ]);
        expect(n1).not.toBe(n2);
        await store.addEntityKeys([{ key: 'a:kcna', entity: n1! }, { key: 'p:larsholm', entity: n2! }, { key: 'a:kcna', entity: n1! }]);
        expect(await store.findEntityKeys(['a:kcna', 'a:nothing'])).toEqual([{ key: 'a:kcna', entity: n1 }]);
        expect((await store.getEntities([n2!, n1!])).map((e) => e.name)).toEqual(['Korean Central News Agency', 'Lars Holm']);
        await store.deleteEntities([n1!]);
        expect(await store.findEntityKeys(['a:kcna'])).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('finds articles by full-text search, ranked, with marked snippets', async () => {
      const store = await makeStore();
      try {
        await store.addArticles([
          { article: sampleArticle(1, { title: 'Tractor output doubles', body: 'The tractor plant doubled its output of tractors this year.' }), analysis: sampleAnalysis },
          { article: sampleArticle(2, { title: 'Ferry news', body: 'A ferry line reopened; one tractor was carried aboard.' }), analysis: sampleAnalysis },
        ]);
        const { hits, total, totalIsLowerBound } = await store.search('tractor');
        expect(hits.map((h) => h.title)).toEqual(['Tractor output doubles', 'Ferry news']);
        expect(hits[0]!.snippet).toMatch(/\u0001tractor\u0002/i);
        expect({ total, totalIsLowerBound }).toEqual({ total: 2, totalIsLowerBound: false });
        const none = { hits: [], total: 0, totalIsLowerBound: false };
        expect(await store.search('"; DROP TABLE articles; --')).toEqual(none);
        expect(await store.search('***')).toEqual(none);
        expect(await store.countArticles()).toBe(2);
      } finally {
        await store.close();
      }
    });

    it('ranks a broad query over its newest matches only, pages through them stably, and says more match', async () => {
      const store = await makeStore({ searchWindow: 4 });
      try {
        // Seven articles mention the harbour; the store ranks the newest four (articles 4 to 7).
        const body = (n: number) => `Crews worked at the harbour through night number ${n}.`;
        const { added } = await store.addArticles([1, 2, 3, 4, 5, 6, 7].map((n) => ({
          article: sampleArticle(n, n === 1 || n === 5 ? { title: `Harbour closed after storm ${n}`, body: body(n) } : { title: `Night shift ${n}`, body: body(n) }),
          analysis: sampleAnalysis,
        })));
        const id = (n: number) => added[n - 1]!.id;
        const all = await store.search('harbour', { limit: 10 });
        // Best first: the title match inside the window, then the rest newest first (equal ranks).
        // Article 1 matches as well as article 5 but is older than the window.
        expect(all.hits.map((h) => h.article)).toEqual([id(5), id(7), id(6), id(4)]);
        expect(all).toMatchObject({ total: 4, totalIsLowerBound: true });
        expect(all.hits[0]!.snippet).toMatch(/\u0001harbour\u0002/i);
        const first = await store.search('harbour', { limit: 3 });
        const second = await store.search('harbour', { offset: 3, limit: 3 });
        expect([...first.hits, ...second.hits].map((h) => h.article)).toEqual(all.hits.map((h) => h.article));
        expect(second).toMatchObject({ total: 4, totalIsLowerBound: true });
        expect((await store.search('harbour', { offset: 4 })).hits).toEqual([]);
        // Fewer matches than the window: every match is ranked and the total is exact.
        const narrow = await store.search('harbour storm');
        expect(narrow.hits.map((h) => h.article)).toEqual([id(5), id(1)]);
        expect(narrow).toMatchObject({ total: 2, totalIsLowerBound: false });
      } finally {
        await store.close();
      }
    });
    it('allocates fresh event and story ids above every stored one, and lists members by event, story and copy', async () => {
      const store = await makeStore();
      try {
        const { added } = await store.addArticles([1, 2, 3].map((n) => ({ article: sampleArticle(n), analysis: sampleAnalysis })));
        const [a1, a2, a3] = added.map((a) => a.id) as [ArticleId, ArticleId, ArticleId];
        await store.putEvents([{ id: 'e5' as EventId, label: 'x', articles: [], when: null, story: null }]);
        expect(await store.allocateIds('event', 2)).toEqual(['e6', 'e7']);
        expect(await store.allocateIds('event', 1)).toEqual(['e8']);
        expect(await store.allocateIds('story', 1)).toEqual(['s1']);
        expect(await store.allocateIds('story', 0)).toEqual([]);
        await store.deleteEvents(['e5' as EventId]);
        expect(await store.allocateIds('event', 1)).toEqual(['e9']); // never handed out twice
        await store.setArticleLinks([{ id: a1, event: 'e6' as EventId, story: 's1' as StoryId }, { id: a2, event: 'e7' as EventId, story: 's1' as StoryId, duplicateOf: a1 }]);
        expect(await store.listMembers({ events: ['e6' as EventId] })).toEqual([{ id: a1, duplicateOf: null, event: 'e6', story: 's1' }]);
        expect((await store.listMembers({ stories: ['s1' as StoryId] })).map((m) => m.id)).toEqual([a1, a2]);
        expect((await store.listMembers({ copiesOf: [a1], articles: [a3] })).map((m) => m.id)).toEqual([a2, a3]);
        expect(await store.listMembers({})).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('keeps dedup sketches with band keys and finds candidates by hash or band', async () => {
      const store = await makeStore();
      try {
        const { added } = await store.addArticles([1, 2, 3].map((n) => ({ article: sampleArticle(n), analysis: sampleAnalysis })));
        const [a1, a2, a3] = added.map((a) => a.id) as [ArticleId, ArticleId, ArticleId];
        const sketch = (article: ArticleId, bodyHash: string, bands: number[]): ArticleSketch => ({
          article, bodyHash, shingles: 12, minhash: [0, 1, 0xffffffff, 0x80000000], bands, credits: ['AP'], published: '2026-02-04',
        });
        // band keys above 2^32: the store must keep 53-bit integers exactly
        const big = 39 * 2 ** 32 + 0xfffffffe;
        await store.putSketches([sketch(a1, 'h1', [10, big]), sketch(a2, 'h2', [20, big]), sketch(a3, 'h3', [30])]);
        expect(await store.getSketches([a1])).toEqual([sketch(a1, 'h1', [10, big])]);
        expect((await store.findSketchCandidates(['h3'], [big], 10)).map((k) => k.article)).toEqual([a1, a2, a3]);
        expect((await store.findSketchCandidates([], [big], 1)).map((k) => k.article)).toEqual([a2]);
        expect(await store.findSketchCandidates(['none'], [99], 10)).toEqual([]);
        await store.setCopies([{ article: a2, copyOf: a1, similarity: 0.91, kind: 'near' }, { article: a3, copyOf: a1, similarity: 1, kind: 'exact' }]);
        await store.putSketches([sketch(a2, 'h2', [20])]); // re-sketching keeps the copy link
        expect(await store.listCopies()).toEqual([
          { article: a2, copyOf: a1, similarity: 0.91, kind: 'near' },
          { article: a3, copyOf: a1, similarity: 1, kind: 'exact' },
        ]);
        await store.setCopies([{ article: a3, copyOf: null, similarity: null, kind: null }]);
        expect((await store.listCopies()).map((c) => c.article)).toEqual([a2]);
      } finally {
        await store.close();
      }
    });

    it('keeps clustering features, document frequencies and postings', async () => {
      const store = await makeStore();
      try {
        const { added } = await store.addArticles([1, 2, 3].map((n) => ({ article: sampleArticle(n), analysis: sampleAnalysis })));
        const [a1, a2, a3] = added.map((a) => a.id) as [ArticleId, ArticleId, ArticleId];
        const features = (n: number): ClusterFeatures => ({
          terms: { fire: n, port: 1 }, names: { halvik: 2 }, numbers: { '60': 1 }, published: 20000 + n,
          dates: [{ day: 19999, text: 'Tuesday' }], headline: `Fire ${n}`,
        });
        await store.putClusterFeatures([
          { article: a1, features: features(1), keys: ['t:fire', 'n:halvik'] },
          { article: a2, features: features(2), keys: ['t:fire'] },
          { article: a3, features: features(3), keys: ['t:port'] },
        ]);
        const got = await store.getClusterFeatures([a2, a1, 'a999' as ArticleId]);
        expect(got.size).toBe(2);
        expect(got.get(a2)).toEqual(features(2));
        const postings = await store.findPostings(['t:fire', 't:port', 't:none'], 10);
        expect(postings.get('t:fire')).toEqual([a2, a1]);
        expect(postings.get('t:none')).toEqual([]);
        expect((await store.findPostings(['t:fire'], 1)).get('t:fire')).toEqual([a2]);
        await store.putClusterFeatures([{ article: a1, features: features(1), keys: ['t:port'] }]); // replaces a1's postings
        expect((await store.findPostings(['t:fire'], 10)).get('t:fire')).toEqual([a2]);
        await store.addDocumentFrequencies(new Map([['t:fire', 2], ['t:port', 1]]), 2);
        await store.addDocumentFrequencies(new Map([['t:fire', 1]]), 1);
        const { documents, df } = await store.getDocumentFrequencies(['t:fire', 't:port', 't:none']);
        expect(documents).toBe(3);
        expect([...df].sort()).toEqual([['t:fire', 3], ['t:port', 1]]);
        await store.putClusterScales([{ article: a1, sims: [0.5, 0.25] }]);
        await store.putClusterScales([{ article: a1, sims: [0.75, 0.5] }, { article: a2, sims: [] }]);
        expect([...(await store.getClusterScales([a1, a2, a3]))]).toEqual([[a1, [0.75, 0.5]], [a2, []]]);
        expect((await store.listDateMentions([a2, a3])).map((d) => [d.article, d.text])).toEqual([[a2, 'Tuesday'], [a3, 'Tuesday']]);
      } finally {
        await store.close();
      }
    });
  });
}
