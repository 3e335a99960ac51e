/**
 * A small store with every kind of record, written through the Store interface, for the API and
 * browser tests: one story (a dock strike in the fictional port of Brannvik) with two events,
 * four articles from different outlets, quotes, claims that conflict and corroborate, entities,
 * a timeline; plus one hostile article whose title and body carry script, event-handler and
 * javascript: payloads. All text is synthetic. Spans are computed from the bodies, never typed.
 */
import type { ArticleAnalysis, ArticleId, ClaimId, EntityId, EventId, NewArticle, Span, StoryId } from '../../src/types.js';
import type { Store } from '../../src/store/store.js';

/** A payload that sets `window.__pwned` if it ever runs, in every form a renderer could trip on. */
export const HOSTILE = {
  title: 'Breaking <script>window.__pwned = "title"</script><img src=x onerror="window.__pwned=\'title-img\'">',
  body: [
    'Harbour notice <script>window.__pwned = "body"</script> posted at noon.',
    'See <a href="javascript:window.__pwned=\'link\'">the full notice</a> and <img src="x" onerror="window.__pwned=\'img\'; alert(1)"> the map.',
    'Plain link text: javascript:window.__pwned=1 and <svg onload="window.__pwned=\'svg\'"></svg>.',
  ].join('\n\n'),
  url: 'javascript:window.__pwned=\'url\'',
  outlet: 'Quay <b onmouseover="window.__pwned=1">Bulletin</b>',
};

const day = (d: string, text = d) => ({ start: d, end: d, precision: 'day' as const, text });

export function spanOf(body: string, text: string): Span {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`seed text not in body: ${text}`);
  return { start, end: start + text.length };
}

interface SeedArticle {
  readonly key: string;
  readonly article: NewArticle;
  readonly quotes: readonly { text: string; speaker: string | null; via?: string[] }[];
  readonly claims: readonly { sentence: string; about: string; value: number; unit: string; bound: 'exact' | 'about' | 'over'; attributedTo: string | null; when?: string }[];
  readonly mentions: readonly { name: string; type: 'person' | 'organization' | 'place'; text: string }[];
  readonly dates?: readonly { text: string; value: string }[];
}

const base = (n: number, fields: Partial<NewArticle> & Pick<NewArticle, 'title' | 'body' | 'outlet'>): NewArticle => ({
  source: { path: `seed/article-${n}.txt` },
  format: 'text',
  fingerprint: `seed-${n}`,
  authors: [],
  credits: [],
  published: null,
  url: null,
  removed: [],
  cleanedBy: 'seed',
  ingestedAt: `2026-04-0${n}T09:00:00.000Z`,
  ...fields,
});

const STRIKE_1 =
  'Dock workers in Brannvik walked off the job on Monday, halting container traffic at the northern quay.\n\n' +
  'About 1,200 workers joined the strike, the dockers\' union said.\n\n' +
  '"We will stay out until the port authority talks to us," said union leader Mira Tolvanen.';
const STRIKE_2 =
  'The strike at Brannvik port entered its second day on Tuesday.\n\n' +
  'Port authority director Oskar Lind said 1,500 workers had stopped work, a higher figure than the union gave.\n\n' +
  '"Ships are already waiting outside the breakwater," Lind said.';
const STRIKE_3 =
  'Brannvik\'s dock strike spread to the ferry terminal, the Quay Courier learned.\n\n' +
  'About 1,200 workers remain on strike, according to the union.\n\n' +
  'Twelve ships were waiting to unload on Wednesday, harbour officials said.';
const DEAL =
  'Brannvik dock workers accepted a pay deal on Friday and will return to work on Saturday.\n\n' +
  'The port authority agreed to raise wages by 6 percent, Mira Tolvanen said.\n\n' +
  '"It is less than we asked for, but it is a start," Tolvanen said.';

const ARTICLES: readonly SeedArticle[] = [
  {
    key: 'strike1',
    article: base(1, {
      title: 'Brannvik dockers strike over pay', outlet: 'Brannvik Herald', authors: ['Ada Sund'], published: day('2026-03-02', 'March 2, 2026'), body: STRIKE_1,
      url: 'https://herald.example/strike',
      removed: [{ text: 'Subscribe for 1 euro a week', reason: 'advertisement' }, { text: 'Home | Port | Weather', reason: 'navigation' }],
    }),
    quotes: [{ text: 'We will stay out until the port authority talks to us', speaker: 'Mira Tolvanen' }],
    claims: [{ sentence: 'About 1,200 workers joined the strike, the dockers\' union said.', about: 'workers on strike', value: 1200, unit: 'workers', bound: 'about', attributedTo: 'dockers\' union', when: '2026-03-02' }],
    mentions: [{ name: 'Brannvik', type: 'place', text: 'Brannvik' }, { name: 'Mira Tolvanen', type: 'person', text: 'Mira Tolvanen' }],
    dates: [{ text: 'Monday', value: '2026-03-02' }],
  },
  {
    key: 'strike2',
    article: base(2, { title: 'Strike enters second day at Brannvik port', outlet: 'Coast Daily', published: day('2026-03-03', '3 March 2026'), body: STRIKE_2, credits: ['NWA'] }),
    quotes: [{ text: 'Ships are already waiting outside the breakwater', speaker: 'Oskar Lind' }],
    claims: [{ sentence: 'Port authority director Oskar Lind said 1,500 workers had stopped work, a higher figure than the union gave.', about: 'workers on strike', value: 1500, unit: 'workers', bound: 'exact', attributedTo: 'Oskar Lind', when: '2026-03-03' }],
    mentions: [{ name: 'Oskar Lind', type: 'person', text: 'Oskar Lind' }, { name: 'Brannvik', type: 'place', text: 'Brannvik' }],
  },
  {
    key: 'strike3',
    article: base(3, { title: 'Dock strike spreads to ferry terminal', outlet: 'Quay Courier', published: day('2026-03-04', '4 March 2026'), body: STRIKE_3 }),
    quotes: [],
    claims: [{ sentence: 'About 1,200 workers remain on strike, according to the union.', about: 'workers on strike', value: 1200, unit: 'workers', bound: 'about', attributedTo: 'union', when: '2026-03-04' }],
    mentions: [{ name: 'Brannvik', type: 'place', text: 'Brannvik' }],
  },
  {
    key: 'deal',
    article: base(4, { title: 'Brannvik dockers accept 6 percent raise', outlet: 'Brannvik Herald', authors: ['Ada Sund'], published: day('2026-03-06', 'March 6, 2026'), body: DEAL }),
    quotes: [{ text: 'It is less than we asked for, but it is a start', speaker: 'Mira Tolvanen' }],
    claims: [{ sentence: 'The port authority agreed to raise wages by 6 percent, Mira Tolvanen said.', about: 'wage rise', value: 6, unit: 'percent', bound: 'exact', attributedTo: 'Mira Tolvanen', when: '2026-03-06' }],
    mentions: [{ name: 'Mira Tolvanen', type: 'person', text: 'Mira Tolvanen' }, { name: 'Brannvik', type: 'place', text: 'Brannvik' }],
  },
  {
    key: 'hostile',
    article: base(5, { title: HOSTILE.title, outlet: HOSTILE.outlet, body: HOSTILE.body, url: HOSTILE.url, removed: [{ text: '<script>window.__pwned="removed"</script>', reason: 'boilerplate' }] }),
    quotes: [{ text: 'window.__pwned = "body"', speaker: '<img src=x onerror="window.__pwned=\'speaker\'">' }],
    claims: [],
    mentions: [],
  },
];

function analysisOf(seed: SeedArticle): ArticleAnalysis {
  const body = seed.article.body;
  return {
    dates: (seed.dates ?? []).map((d) => ({ text: d.text, span: spanOf(body, d.text), value: day(d.value, d.text) })),
    entities: seed.mentions.map((m) => ({ ...m, span: spanOf(body, m.text) })),
    quotes: seed.quotes.map((q) => ({ text: q.text, span: spanOf(body, q.text), speaker: q.speaker, via: q.via ?? [] })),
    claims: seed.claims.map((c) => ({
      sentence: c.sentence, span: spanOf(body, c.sentence), about: c.about,
      quantity: { value: c.value, unit: c.unit, bound: c.bound }, when: c.when ? day(c.when) : null, attributedTo: c.attributedTo,
    })),
  };
}

export interface Seeded {
  readonly articles: Record<string, ArticleId>;
  readonly story: StoryId;
  readonly events: { readonly strike: EventId; readonly deal: EventId };
  readonly claims: Record<string, ClaimId>;
  readonly entities: { readonly tolvanen: EntityId; readonly lind: EntityId; readonly brannvik: EntityId };
  readonly bodies: Record<string, string>;
}

/** Writes the seed records into an empty store. */
export async function seedStore(store: Store): Promise<Seeded> {
  const { added } = await store.addArticles(ARTICLES.map((s) => ({ article: s.article, analysis: analysisOf(s) })));
  const articles = Object.fromEntries(ARTICLES.map((s, i) => [s.key, added[i]!.id]));
  const story = 's1' as StoryId;
  const events = { strike: 'e1' as EventId, deal: 'e2' as EventId };
  await store.putStories([{ id: story, label: 'Brannvik dock strike', events: [], articles: [] }]);
  await store.putEvents([
    { id: events.strike, label: 'Dock workers strike at Brannvik port', articles: [], when: { start: '2026-03-02', end: '2026-03-04', precision: 'range', text: 'Monday to Wednesday' }, story },
    { id: events.deal, label: 'Dockers accept pay deal', articles: [], when: day('2026-03-06', 'Friday'), story },
  ]);
  await store.setArticleLinks([
    { id: articles.strike1!, event: events.strike, story },
    { id: articles.strike2!, event: events.strike, story },
    { id: articles.strike3!, event: events.strike, story },
    { id: articles.deal!, event: events.deal, story },
  ]);

  const entities = { tolvanen: 'n1' as EntityId, lind: 'n2' as EntityId, brannvik: 'n3' as EntityId };
  await store.putEntities([
    { id: entities.tolvanen, name: 'Mira Tolvanen', type: 'person', aliases: ['Tolvanen'], articles: [], mentions: 0 },
    { id: entities.lind, name: 'Oskar Lind', type: 'person', aliases: ['Lind'], articles: [], mentions: 0 },
    { id: entities.brannvik, name: 'Brannvik', type: 'place', aliases: [], articles: [], mentions: 0 },
  ]);
  const byName: Record<string, EntityId> = { 'Mira Tolvanen': entities.tolvanen, 'Oskar Lind': entities.lind, Brannvik: entities.brannvik };
  const mentions = await store.listMentions(added.map((a) => a.id));
  await store.setMentionEntities(mentions.filter((m) => byName[m.name]).map((m) => ({ mention: m.id, entity: byName[m.name]! })));

  const allClaims = await store.listClaims({}, { limit: 100 });
  const claimOf = (key: string): ClaimId => allClaims.find((c) => c.article === articles[key])!.id;
  const claims = { strike1: claimOf('strike1'), strike2: claimOf('strike2'), strike3: claimOf('strike3'), deal: claimOf('deal') };
  await store.replaceRelations(story, [
    { kind: 'conflicts', claims: [claims.strike1, claims.strike2], note: 'Sources disagree on how many workers joined the strike: about 1,200 or 1,500.' },
    { kind: 'corroborates', claims: [claims.strike1, claims.strike3], note: 'Two outlets report about 1,200 strikers, both citing the union.' },
  ]);
  const bodies = Object.fromEntries(ARTICLES.map((s) => [s.key, s.article.body]));
  await store.replaceTimeline(story, [
    { when: day('2026-03-02', 'Monday'), text: 'Dock workers in Brannvik walked off the job on Monday, halting container traffic at the northern quay.', event: events.strike,
      sources: [{ article: articles.strike1!, span: spanOf(STRIKE_1, 'Dock workers in Brannvik walked off the job on Monday, halting container traffic at the northern quay.') }] },
    { when: day('2026-03-06', 'Friday'), text: 'Brannvik dock workers accepted a pay deal on Friday and will return to work on Saturday.', event: events.deal,
      sources: [{ article: articles.deal!, span: spanOf(DEAL, 'Brannvik dock workers accepted a pay deal on Friday and will return to work on Saturday.') }] },
  ]);
  return { articles, story, events, claims, entities, bodies };
}
