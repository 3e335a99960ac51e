/** Read endpoints, in-process over a seeded store: shapes, pagination, filters, validation errors, OpenAPI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, makeHarness, type Harness } from '../../test/e2e/harness.js';
import { HOSTILE, seedStore, spanOf, type Seeded } from '../../test/e2e/seed-store.js';
import { sampleAnalysis, sampleArticle } from '../store/store-contract.js';

let h: Harness;
let seed: Seeded;

beforeAll(async () => {
  h = await makeHarness();
  seed = await seedStore(h.store);
});
afterAll(() => h.close());

describe('articles', () => {
  it('lists summaries without bodies, with a total and a next link', async () => {
    const first = await getJson(h.app, '/api/articles?limit=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ offset: 0, limit: 2, total: 5, next: '/api/articles?limit=2&offset=2' });
    expect(first.body.items.map((a: { id: string }) => a.id)).toEqual([seed.articles.strike1, seed.articles.strike2]);
    expect(first.body.items[0]).not.toHaveProperty('body');
    expect(first.body.items[0]).toMatchObject({ title: 'Brannvik dockers strike over pay', outlet: 'Brannvik Herald', event: seed.events.strike, story: seed.story });
    const last = await getJson(h.app, first.body.next.replace('offset=2', 'offset=4'));
    expect(last.body.items).toHaveLength(1);
    expect(last.body.next).toBeNull();
    expect((await getJson(h.app, '/api/articles?offset=50')).body).toMatchObject({ items: [], total: 5, next: null });
  });

  it('returns one article with clean text, removed chrome and spans that point at their text', async () => {
    const { status, body } = await getJson(h.app, `/api/articles/${seed.articles.strike1}`);
    expect(status).toBe(200);
    expect(body.article.body).toBe(seed.bodies.strike1);
    expect(body.article.removed).toEqual([{ text: 'Subscribe for 1 euro a week', reason: 'advertisement' }, { text: 'Home | Port | Weather', reason: 'navigation' }]);
    expect(body.quotes).toHaveLength(1);
    expect(body.quotes[0]).toMatchObject({ speaker: 'Mira Tolvanen', speakerEntity: seed.entities.tolvanen });
    for (const item of [...body.quotes.map((q: any) => ({ span: q.span, text: q.text })), ...body.claims.map((c: any) => ({ span: c.span, text: c.sentence }))]) {
      expect(body.article.body.slice(item.span.start, item.span.end)).toBe(item.text);
    }
    expect(body.claims[0]).toMatchObject({ id: seed.claims.strike1, quantity: { value: 1200, bound: 'about' } });
    expect(body.mentions.map((m: any) => [m.text, m.entity])).toEqual([['Brannvik', seed.entities.brannvik], ['Mira Tolvanen', seed.entities.tolvanen]]);
    expect(body.dates).toEqual([{ text: 'Monday', span: spanOf(seed.bodies.strike1!, 'Monday'), value: { start: '2026-03-02', end: '2026-03-02', precision: 'day', text: 'Monday' } }]);
  });

  it('returns hostile text exactly as stored: the API never rewrites or renders it', async () => {
    const { body } = await getJson(h.app, `/api/articles/${seed.articles.hostile}`);
    expect(body.article.title).toBe(HOSTILE.title);
    expect(body.article.body).toBe(HOSTILE.body);
  });
});

describe('stories and events', () => {
  it('lists stories by latest activity', async () => {
    const { body } = await getJson(h.app, '/api/stories');
    expect(body.items).toEqual([{ id: seed.story, label: 'Brannvik dock strike', articles: 4, events: 2, latestEvent: '2026-03-06', latestPublished: '2026-03-06', lastIngestedAt: '2026-04-04T09:00:00.000Z' }]);
    expect(body.next).toBeNull();
  });

  it('returns a story with its events in event time, and pages its articles', async () => {
    const { body } = await getJson(h.app, `/api/stories/${seed.story}`);
    expect(body.story).toMatchObject({ id: seed.story, events: [seed.events.strike, seed.events.deal] });
    expect(body.events.map((e: any) => [e.id, e.when.start, e.articles.length])).toEqual([[seed.events.strike, '2026-03-02', 3], [seed.events.deal, '2026-03-06', 1]]);
    const page = await getJson(h.app, `/api/stories/${seed.story}/articles?limit=3`);
    expect(page.body).toMatchObject({ total: 4, next: `/api/stories/${seed.story}/articles?limit=3&offset=3` });
    expect(page.body.items.map((a: any) => a.id)).toEqual([seed.articles.strike1, seed.articles.strike2, seed.articles.strike3]);
  });

  it('lists events of a story and returns one event with its articles', async () => {
    expect((await getJson(h.app, `/api/events?story=${seed.story}`)).body.items.map((e: any) => e.id)).toEqual([seed.events.strike, seed.events.deal]);
    expect((await getJson(h.app, '/api/events?story=s999')).body.items).toEqual([]);
    const { body } = await getJson(h.app, `/api/events/${seed.events.deal}`);
    expect(body.event).toMatchObject({ label: 'Dockers accept pay deal', story: seed.story, articles: [seed.articles.deal] });
    const articles = await getJson(h.app, `/api/events/${seed.events.strike}/articles?offset=1&limit=1`);
    expect(articles.body).toMatchObject({ offset: 1, limit: 1, total: 3, items: [{ id: seed.articles.strike2 }] });
  });
});

describe('entities, quotes, claims', () => {
  it('lists entities by mentions, filters by type and name, and shows one with its quotes', async () => {
    const all = await getJson(h.app, '/api/entities');
    expect(all.body.items.map((e: any) => [e.name, e.mentions])).toEqual([['Brannvik', 4], ['Mira Tolvanen', 2], ['Oskar Lind', 1]]);
    expect((await getJson(h.app, '/api/entities?type=person&name=lind')).body.items.map((e: any) => e.id)).toEqual([seed.entities.lind]);
    const one = await getJson(h.app, `/api/entities/${seed.entities.tolvanen}`);
    expect(one.body.entity).toMatchObject({ name: 'Mira Tolvanen', articles: [seed.articles.strike1, seed.articles.deal] });
    expect(one.body.quotes.map((q: any) => q.text)).toEqual(['We will stay out until the port authority talks to us', 'It is less than we asked for, but it is a start']);
    expect((await getJson(h.app, `/api/entities/${seed.entities.brannvik}/articles?limit=2`)).body).toMatchObject({ total: 4, items: [{ id: seed.articles.strike1 }, { id: seed.articles.strike2 }] });
  });

  it('filters quotes by speaker and article, claims by subject and article', async () => {
    expect((await getJson(h.app, '/api/quotes?speaker=lind')).body.items.map((q: any) => q.article)).toEqual([seed.articles.strike2]);
    expect((await getJson(h.app, `/api/quotes?article=${seed.articles.deal}`)).body.items).toHaveLength(1);
    expect((await getJson(h.app, '/api/claims?about=workers%20on%20strike')).body.items.map((c: any) => c.id)).toEqual([seed.claims.strike1, seed.claims.strike2, seed.claims.strike3]);
    const paged = await getJson(h.app, '/api/claims?limit=1&offset=1');
    expect(paged.body).toMatchObject({ items: [{ id: seed.claims.strike2 }], next: '/api/claims?limit=1&offset=2' });
  });
});

describe('relations and timeline', () => {
  it('returns relations with the claims and articles they cite', async () => {
    const { body } = await getJson(h.app, `/api/relations?story=${seed.story}`);
    expect(body.items.map((r: any) => r.kind)).toEqual(['conflicts', 'corroborates']);
    expect(Object.keys(body.claims).sort()).toEqual([seed.claims.strike1, seed.claims.strike2, seed.claims.strike3].sort());
    expect(body.articles[seed.articles.strike2!]).toMatchObject({ outlet: 'Coast Daily' });
    expect(body.articles[seed.articles.strike2!]).not.toHaveProperty('body');
  });

  it('returns the timeline with sources as article spans', async () => {
    const { body } = await getJson(h.app, `/api/timeline?story=${seed.story}`);
    expect(body.items.map((t: any) => t.when.start)).toEqual(['2026-03-02', '2026-03-06']);
    const source = body.items[1].sources[0];
    expect(seed.bodies.deal!.slice(source.span.start, source.span.end)).toBe(body.items[1].text);
  });
});

describe('brief', () => {
  it('cites, for every sentence, spans that hold exactly that sentence, leading with the latest event', async () => {
    const { status, body } = await getJson(h.app, `/api/brief?story=${seed.story}&sentences=4`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ story: seed.story, label: 'Brannvik dock strike' });
    expect(body.sentences).toHaveLength(4);
    expect(body.sentences[0]).toMatchObject({ kind: 'lead', event: seed.events.deal });
    const bodies: Record<string, string> = Object.fromEntries(Object.entries(seed.articles).map(([k, id]) => [id, seed.bodies[k]!]));
    for (const sentence of body.sentences.filter((x: any) => x.kind !== 'conflict')) {
      expect(sentence.sources.length).toBeGreaterThan(0);
      for (const c of sentence.sources) expect(bodies[c.article]!.slice(c.span.start, c.span.end)).toBe(sentence.text);
    }
  });

  it('refuses a brief without a story once stories exist, and an unknown story', async () => {
    expect(await getJson(h.app, '/api/brief')).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST', message: expect.stringMatching(/give a story/) } });
    expect(await getJson(h.app, '/api/brief?story=s404')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(await getJson(h.app, `/api/brief?story=${seed.story}&sentences=99`)).toMatchObject({ status: 400, body: { message: expect.stringMatching(/query parameter "sentences"/) } });
  });

  it('summarises a small store with no stories as a whole', async () => {
    const plain = await makeHarness();
    try {
      await plain.store.addArticles([1, 2].map((n) => ({ article: sampleArticle(n), analysis: sampleAnalysis })));
      const { status, body } = await getJson(plain.app, '/api/brief?sentences=2');
      expect(status).toBe(200);
      expect(body).toMatchObject({ story: null, label: 'All articles' });
      expect(body.sentences.length).toBeGreaterThan(0);
      expect(body.sentences[0].sources[0].article).toMatch(/^a[12]$/);
    } finally {
      await plain.close();
    }
  });
});

describe('search', () => {
  it('finds articles and returns snippets as text pieces, matches marked, no markup', async () => {
    const { status, body } = await getJson(h.app, '/api/search?q=ferry%20terminal');
    expect(status).toBe(200);
    expect(body.q).toBe('ferry terminal');
    expect(body.items[0]).toMatchObject({ article: seed.articles.strike3, title: 'Dock strike spreads to ferry terminal' });
    const pieces = body.items[0].snippet as { text: string; match: boolean }[];
    expect(pieces.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['ferry', 'terminal']));
    expect(pieces.map((p) => p.text).join('')).not.toMatch(/[\u0001\u0002]/);
  });

  it('pages hits and treats query syntax as words', async () => {
    const first = await getJson(h.app, '/api/search?q=brannvik&limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.next).toBe('/api/search?q=brannvik&limit=2&offset=2');
    expect(first.body).toMatchObject({ totalIsLowerBound: false });
    expect(first.body.total).toBeGreaterThan(2);
    const second = await getJson(h.app, first.body.next);
    expect(second.body.items.map((h: any) => h.article)).not.toContain(first.body.items[0].article);
    const last = await getJson(h.app, `/api/search?q=brannvik&limit=2&offset=${first.body.total - 1}`);
    expect(last.body).toMatchObject({ total: first.body.total, next: null });
    expect(last.body.items).toHaveLength(1);
    expect((await getJson(h.app, '/api/search?q=%22%20OR%20*%20NEAR(')).status).toBe(200);
    expect((await getJson(h.app, '/api/search?q=script')).body.items.map((h: any) => h.article)).toEqual([seed.articles.hostile]);
  });
});

describe('validation and errors', () => {
  it.each([
    { name: 'limit too large', path: '/api/articles?limit=1001', message: /query parameter "limit"/ },
    { name: 'limit zero', path: '/api/stories?limit=0', message: /query parameter "limit"/ },
    { name: 'offset negative', path: '/api/claims?offset=-1', message: /query parameter "offset"/ },
    { name: 'limit not a number', path: '/api/quotes?limit=ten', message: /query parameter "limit"/ },
    { name: 'malformed article id', path: '/api/articles/e1', message: /path parameter "id": expected an article id like "a1"/ },
    { name: 'malformed story filter', path: '/api/events?story=a1', message: /query parameter "story"/ },
    { name: 'unknown entity type', path: '/api/entities?type=animal', message: /query parameter "type"/ },
    { name: 'search without words', path: '/api/search?q=%20%20', message: /give some words to search for/ },
    { name: 'search without q', path: '/api/search', message: /query parameter "q"/ },
  ])('400 for $name', async ({ path, message }) => {
    const { status, body, headers } = await getJson(h.app, path);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.code).toBe('BAD_REQUEST');
    expect(body.message).toMatch(message);
  });

  it.each([
    { path: '/api/articles/a999', message: 'no article "a999"; list ids at /api/articles' },
    { path: '/api/stories/s999', message: 'no story "s999"; list ids at /api/stories' },
    { path: '/api/stories/s999/articles', message: 'no story "s999"; list ids at /api/stories' },
    { path: '/api/events/e999', message: 'no event "e999"; list ids at /api/events' },
    { path: '/api/entities/n999', message: 'no entity "n999"; list ids at /api/entities' },
    { path: '/api/nothing-here', message: 'no API endpoint GET /api/nothing-here; see /api/openapi.json' },
  ])('404 for $path', async ({ path, message }) => {
    expect(await getJson(h.app, path)).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', message } });
  });

  it('logs an unexpected failure once and answers 500 without details', async () => {
    const broken = await makeHarness();
    try {
      await broken.store.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }]);
      const store = broken.deps.store as { countArticles: () => Promise<number> };
      store.countArticles = () => Promise.reject(new Error('disk on fire'));
      const { status, body } = await getJson(broken.app, '/api/articles');
      expect(status).toBe(500);
      expect(body).toEqual({ code: 'INTERNAL', message: 'internal error; it has been logged on the server' });
      expect(broken.logs.filter((l) => l.includes('disk on fire'))).toHaveLength(1);
      expect(broken.logs[0]).toMatch(/GET \/api\/articles/);
    } finally {
      await broken.close();
    }
  });
});

describe('OpenAPI description', () => {
  it('describes every endpoint, the error shape and the ingest auth', async () => {
    const { status, body } = await getJson(h.app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual([
      '/api/articles', '/api/articles/{id}', '/api/brief', '/api/claims', '/api/entities', '/api/entities/{id}', '/api/entities/{id}/articles',
      '/api/events', '/api/events/{id}', '/api/events/{id}/articles', '/api/ingest', '/api/quotes', '/api/relations', '/api/search',
      '/api/status', '/api/stories', '/api/stories/{id}', '/api/stories/{id}/articles', '/api/timeline',
    ]);
    expect(body.paths['/api/ingest'].post.security).toEqual([{ Bearer: [] }]);
    expect(body.components.schemas.Error.properties.code.enum).toContain('NOT_FOUND');
    expect(body.paths['/api/articles'].get.parameters.map((p: any) => p.name)).toEqual(['offset', 'limit']);
  });
});
