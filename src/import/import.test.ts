/**
 * export -> import -> export gives the same export, on both stores and across them, with every kind
 * of record present; a bad or partial export imports nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleId, ClaimId, EntityId, EventId, StoryId } from '../types.js';
import { buildExport, writeExport } from '../export/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { sampleAnalysis, sampleArticle } from '../store/store-contract.js';
import { readExportRecords } from './index.js';
import { BOTH_STORES, freshDb, type StoreMode } from '../../test/stores.js';

async function fresh(mode: StoreMode): Promise<Store> {
  const r = await openStore(freshDb(mode, 'import'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });

/** A store holding every kind of record the export has, with gaps in the ids. */
async function populate(store: Store): Promise<void> {
  const { added } = await store.addArticles([1, 2, 3, 4].map((n) => ({
    article: sampleArticle(n, n === 3 ? { published: null, source: { url: 'https://news.example/3' }, url: 'https://news.example/3' } : {}),
    analysis: sampleAnalysis,
  })));
  const [a1, a2, a3] = added.map((a) => a.id);
  const s1 = 's1' as StoryId, s4 = 's4' as StoryId;
  const e2 = 'e2' as EventId, e5 = 'e5' as EventId;
  await store.putStories([{ id: s1, label: 'Port fire', events: [], articles: [] }, { id: s4, label: 'Ferry', events: [], articles: [] }]);
  await store.putEvents([
    { id: e2, label: 'Warehouse fire', articles: [], when: day('2026-02-03'), story: s1 },
    { id: e5, label: 'Ferry reopens', articles: [], when: null, story: s4 },
  ]);
  await store.setArticleLinks([{ id: a1!, event: e2, story: s1 }, { id: a2!, event: e2, story: s1, duplicateOf: a1! }, { id: a3!, event: e5, story: s4 }]);
  const n3 = 'n3' as EntityId, n7 = 'n7' as EntityId;
  await store.putEntities([
    { id: n3, name: 'Lars Holm', type: 'person', aliases: ['Holm'], articles: [], mentions: 0 },
    { id: n7, name: 'Halvik', type: 'place', aliases: [], articles: [], mentions: 0 },
  ]);
  const mentions = await store.listMentions(added.map((a) => a.id));
  await store.setMentionEntities(mentions.slice(0, 3).map((m) => ({ mention: m.id, entity: n3 })));
  const claims = (await store.listClaims()).map((c) => c.id);
  await store.replaceRelations(s1, [{ kind: 'corroborates', claims: [claims[0]!, claims[1]!] as ClaimId[], note: 'same count' }]);
  await store.replaceRelations(s4, [{ kind: 'conflicts', claims: [claims[2]!, claims[3]!] as ClaimId[], note: 'different totals' }]);
  await store.replaceTimeline(null, [{ when: day('2027-01-01'), text: 'Store-wide entry.', event: null, sources: [] }]);
  await store.replaceTimeline(s4, [{ when: day('2026-05-01'), text: 'Ferry back.', event: e5, sources: [{ article: a3! as ArticleId, span: { start: 0, end: 12 } }] }]);
  await store.replaceTimeline(s1, [
    { when: day('2026-02-03'), text: 'Fire contained.', event: e2, sources: [{ article: a1!, span: { start: 0, end: 12 } }] },
    { when: { start: null, end: null, precision: null, text: 'later' }, text: 'Inquiry.', event: null, sources: [] },
  ]);
}

async function exportText(store: Store): Promise<string> {
  let text = '';
  await writeExport(store, (c) => void (text += c));
  return text;
}

async function* chunked(text: string, size = 97): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const read = (text: string, warnings: string[] = []) => readExportRecords(chunked(text), { now: '2026-03-01T00:00:00.000Z', warn: (m) => warnings.push(m) });

const pairs = BOTH_STORES.flatMap((from) => BOTH_STORES.map((to) => ({ from, to })));

describe.each(pairs)('import: $from export into a $to store', ({ from, to }) => {
  it('gives back the same export, ids included, and new ids continue after the largest', async () => {
    const source = await fresh(from);
    const target = await fresh(to);
    try {
      await populate(source);
      const original = await exportText(source);
      const parsed = JSON.parse(original);
      expect(parsed.events.length * parsed.stories.length * parsed.entities.length * parsed.relations.length * parsed.timeline.length * parsed.mentions.length).toBeGreaterThan(0);
      const warnings: string[] = [];
      const r = await target.restore(read(original, warnings));
      expect(r.ok && r.value).toMatchObject({ article: 4, event: 2, story: 2, entity: 2, relation: 2, timeline: 4 });
      expect(warnings).toEqual([]);
      expect(await exportText(target)).toBe(original);
      expect((await target.getStory('s1' as StoryId))?.events).toEqual(['e2']);
      const { added } = await target.addArticles([{ article: sampleArticle(9), analysis: sampleAnalysis }]);
      expect(added[0]!.id).toBe('a5');
      expect((await target.listMentions([added[0]!.id]))[0]!.id).toBe(5);
    } finally {
      await source.close();
      await target.close();
    }
  });
});

describe.each(BOTH_STORES)('import refuses and imports nothing (%s store)', (mode) => {
  const base = { schema: 'dossier.export/1', articles: [] as unknown[] };
  const article = (id: string, extra: object = {}) => ({
    id, source: { path: 'x.txt' }, format: 'text', title: 't', outlet: null, authors: [], published: null, credits: [], body: 'Body text.', removed: [],
    duplicateOf: null, event: null, story: null, fingerprint: `fp-${id}`, ...extra,
  });
  const quote = { id: 'q1', article: 'a9', text: 'x', speaker: null, via: [], span: [0, 1] };
  it.each([
    { name: 'another schema', text: JSON.stringify({ ...base, schema: 'dossier.export/9' }), message: /schema is "dossier.export\/9"/ },
    { name: 'no schema', text: JSON.stringify({ articles: [article('a1')] }), message: /no "schema" field/ },
    { name: 'truncated file', text: JSON.stringify({ ...base, articles: [article('a1'), article('a2')] }).slice(0, -20), message: /ends in the middle/ },
    { name: 'not JSON', text: '{"schema": "dossier.export/1", "articles": [nope]}', message: /not valid JSON/ },
    { name: 'an item that does not fit', text: JSON.stringify({ ...base, articles: [article('a1'), article('a2', { published: { start: 'May', end: null, precision: 'day' } })] }), message: /articles\[1\]\.published\.start/ },
    { name: 'a bad id', text: JSON.stringify({ ...base, articles: [article('x1')] }), message: /articles\[0\]\.id: expected an id like "a1"/ },
    { name: 'a quote of a missing article', text: JSON.stringify({ ...base, articles: [article('a1')], quotes: [quote] }), message: /points at a missing article/ },
    { name: 'an id given twice', text: JSON.stringify({ ...base, articles: [article('a1'), { ...article('a1'), fingerprint: 'other' }] }), message: /id appears twice/ },
  ])('$name', async ({ text, message }) => {
    const store = await fresh(mode);
    try {
      const r = await store.restore(read(text));
      expect(!r.ok && r.error.code).toBe('STORE_IMPORT');
      expect(!r.ok && r.error.message).toMatch(message);
      expect(await store.countArticles()).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('into a store that already holds articles', async () => {
    const store = await fresh(mode);
    try {
      await store.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }]);
      const r = await store.restore(read(JSON.stringify({ ...base, articles: [article('a5')] })));
      expect(!r.ok && r.error.message).toMatch(/is not empty/);
      expect(await store.countArticles()).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe('import of an export by another tool', () => {
  it('fills what the contract does not carry and says what it cannot restore', async () => {
    const store = await fresh('embedded');
    try {
      const text = JSON.stringify({
        schema: 'dossier.export/1',
        articles: [{ id: 'a3', source: {}, format: 'html', title: null, outlet: null, authors: [], published: null, credits: [], body: 'B.', removed: [{ text: 'Menu', reason: 'navigation' }], duplicateOf: null, event: null, story: null }],
        entities: [{ id: 'n1', name: 'X', type: 'other', aliases: [], articles: ['a3'] }],
        timeline: [{ when: day('2026-01-01'), text: 'T.', event: null, sources: [] }],
        extra: { anything: 1 },
      });
      const warnings: string[] = [];
      const r = await store.restore(read(text, warnings));
      expect(r.ok).toBe(true);
      expect(warnings).toEqual([
        'timeline carry no story (an older export): they are imported as store-wide',
        'ignoring "extra": not a list of records this Dossier imports',
        'the export has no "mentions" (an older export): entities are imported without their articles, quotes without speaker entities',
      ]);
      const a = await store.getArticle('a3' as ArticleId);
      expect(a).toMatchObject({ source: { path: '' }, cleanedBy: 'import', ingestedAt: '2026-03-01T00:00:00.000Z', url: null });
      const exported = await buildExport(store);
      expect((exported.articles as { source: unknown }[])[0]!.source).toEqual({ path: '' });
    } finally {
      await store.close();
    }
  });
});
