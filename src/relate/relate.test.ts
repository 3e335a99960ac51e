import { describe, expect, it } from 'vitest';
import { relateClaims } from './index.js';
import { material, type ArticleSpec, type ClaimSpec } from '../../test/relate-material.js';

type Row = { name: string; articles?: ArticleSpec[]; a: Omit<ClaimSpec, 'article'> & { article?: string }; b: Omit<ClaimSpec, 'article'> & { article?: string }; expected: string | null };

const two = (row: Row) =>
  material(row.articles ?? [{ id: 'a1', published: '2026-02-04' }, { id: 'a2', published: '2026-02-04' }], [
    { article: 'a1', ...row.a, id: 'c1' } as ClaimSpec,
    { article: 'a2', ...row.b, id: 'c2' } as ClaimSpec,
  ]);

const kindOf = (row: Row): string | null => relateClaims(two(row)).relations[0]?.kind ?? null;

const evac = (value: number, bound: ClaimSpec['bound'] = 'exact', extra: Partial<ClaimSpec> = {}) => ({
  sentence: `Officials said ${bound} ${value} people were evacuated from the valley.`,
  about: 'people evacuated', value, unit: 'people', bound, ...extra,
});

const rows: Row[] = [
  { name: 'rounding: "about 20,000" vs "20,000"', a: evac(20000, 'about'), b: evac(20000), expected: 'corroborates' },
  { name: 'rounding: a round figure vs a precise one', a: evac(20000), b: evac(20412), expected: 'corroborates' },
  { name: 'bounds: "over 10,000" vs "12,000"', a: evac(10000, 'over'), b: evac(12000), expected: 'corroborates' },
  { name: 'bounds: "over 20,000" vs "about 12,000"', a: evac(20000, 'over'), b: evac(12000, 'about'), expected: 'conflicts' },
  { name: 'bounds: "at least 300" vs "up to 250"', a: evac(300, 'at_least'), b: evac(250, 'up_to'), expected: 'conflicts' },
  { name: 'exact 1,200 vs exact 1,500', a: evac(1200), b: evac(1500), expected: 'conflicts' },
  { name: 'range 1,200-1,500 vs 1,350', a: evac(1200, 'range', { max: 1500 }), b: evac(1350), expected: 'corroborates' },
  { name: 'attributed to officials vs analysts: still a conflict', a: evac(12000, 'exact', { attributedTo: 'officials' }), b: evac(20000, 'exact', { attributedTo: 'independent analysts' }), expected: 'conflicts' },
  { name: 'later year: an update, not a conflict', a: { ...evac(20000), when: '2024' }, b: { ...evac(24000), when: '2025' }, expected: 'updates' },
  { name: 'percent spelled two ways', a: { sentence: 'Unemployment rose to 6.1% in March.', about: 'unemployment rate', value: 6.1, unit: '%', when: '2025-03' }, b: { sentence: 'The unemployment rate reached 6.1 percent in March.', about: 'unemployment rate', value: 6.1, unit: 'percent', when: '2025-03' }, expected: 'corroborates' },
  { name: 'money in billions and millions', a: { sentence: 'The dam will cost $1.2 billion.', about: 'dam cost', value: 1.2, unit: 'billion dollars' }, b: { sentence: 'The dam will cost 1,200 million dollars.', about: 'dam cost', value: 1200, unit: 'million dollars' }, expected: 'corroborates' },
  { name: 'death toll revised the next day', articles: [{ id: 'a1', published: '2026-03-02' }, { id: 'a2', published: '2026-03-03' }], a: { sentence: 'The quake killed 40 people.', about: 'people killed', value: 40, unit: 'people' }, b: { sentence: 'The death toll rose to 52 people.', about: 'people killed in the quake', value: 52, unit: 'people' }, expected: 'updates' },
  { name: 'treaty dated to two different years', a: { sentence: 'The water treaty was signed in June 2023.', about: 'water treaty signed', when: '2023-06' }, b: { sentence: 'The water treaty, signed in June 2024, expires in 2040.', about: 'water treaty signed', when: '2024-06' }, expected: 'conflicts' },
  { name: 'a toll without a unit revised the next day', articles: [{ id: 'a1', published: '2025-10-14' }, { id: 'a2', published: '2025-10-15' }], a: { sentence: 'The quake killed 12 people on Tuesday.', about: 'people killed', value: 12, unit: 'people', when: '2025-10-14' }, b: { sentence: "The toll from Tuesday's quake rose to at least 14.", about: 'toll from the quake', value: 14, bound: 'at_least', when: '2025-10-14' }, expected: 'updates' },
  { name: 'an unqualified rate reads as the national one', a: { sentence: 'National unemployment rose to 6.1% in March.', about: 'national unemployment', value: 6.1, unit: '%', when: '2025-03' }, b: { sentence: 'The jobless rate climbed to 6.1 percent in March.', about: 'jobless rate', value: 6.1, unit: 'percent', when: '2025-03' }, expected: 'corroborates' },
  { name: 'decimals stated precisely: 3.4% vs 3.2%', a: { sentence: 'Annual inflation slowed to 3.4% in March.', about: 'annual inflation', value: 3.4, unit: '%', when: '2025-03' }, b: { sentence: 'Annual inflation eased to 3.2% in March.', about: 'annual inflation', value: 3.2, unit: '%', when: '2025-03' }, expected: 'conflicts' },
  { name: 'an undated figure restated with another number the next day, same event', articles: [{ id: 'a1', published: '2025-08-11' }, { id: 'a2', published: '2025-08-12' }], a: { sentence: 'The fire has burned about 8,000 hectares.', about: 'hectares burned', value: 8000, unit: 'hectares', bound: 'about' }, b: { sentence: 'The fire has now burned 11,000 hectares.', about: 'hectares burned', value: 11000, unit: 'hectares' }, expected: 'updates' },
  { name: 'residents and people are both counts of people', a: { sentence: 'More than 1,200 residents were evacuated.', about: 'residents evacuated', value: 1200, unit: 'residents', bound: 'over' }, b: { sentence: 'Some 1,500 people were evacuated from three villages.', about: 'people evacuated', value: 1500, unit: 'people', bound: 'about' }, expected: 'corroborates' },
  { name: 'the source\'s words set no scope ("local officials")', a: { sentence: 'More than 1,200 residents were evacuated.', about: 'residents evacuated', value: 1200, unit: 'residents', bound: 'over' }, b: { sentence: 'Local officials said only 600 residents had been evacuated.', about: 'residents evacuated', value: 600, unit: 'residents', attributedTo: 'local officials' }, expected: 'conflicts' },
  { name: 'a copy republished the next day dates from its original', articles: [{ id: 'a1', published: '2025-08-11' }, { id: 'a0', published: '2025-08-11' }, { id: 'a2', published: '2025-08-12', duplicateOf: 'a0' }], a: { sentence: 'Only 600 residents had been evacuated.', about: 'residents evacuated', value: 600, unit: 'residents' }, b: { sentence: 'Some 1,500 residents were evacuated.', about: 'residents evacuated', value: 1500, unit: 'residents', bound: 'about' }, expected: 'conflicts' },
  { name: 'treaty dated to a year and a month in it', a: { sentence: 'The water treaty was signed in 2023.', about: 'water treaty signed', when: '2023' }, b: { sentence: 'The water treaty was signed in June 2023.', about: 'water treaty signed', when: '2023-06' }, expected: 'corroborates' },
];

const negatives: Row[] = [
  { name: 'workers vs people', a: { sentence: 'About 3,000 workers joined the strike.', about: 'strikers', value: 3000, unit: 'workers', bound: 'about' }, b: { sentence: 'Some 5,000 people joined the strike.', about: 'strikers', value: 5000, unit: 'people', bound: 'about' }, expected: null },
  { name: 'national vs regional rate', a: { sentence: 'National unemployment stood at 6.1% in March.', about: 'unemployment rate', value: 6.1, unit: '%', when: '2025-03' }, b: { sentence: 'Unemployment in the northern region stood at 9.3% in March.', about: 'unemployment rate', value: 9.3, unit: '%', when: '2025-03' }, expected: null },
  { name: 'percent vs percentage points', a: { sentence: 'Unemployment rose by 2% in March.', about: 'unemployment rise', value: 2, unit: '%', when: '2025-03' }, b: { sentence: 'Unemployment rose by 0.5 percentage points in March.', about: 'unemployment rise', value: 0.5, unit: 'percentage points', when: '2025-03' }, expected: null },
  { name: 'a monthly figure vs a yearly one', a: { ...evac(2000), when: '2025-06' }, b: { ...evac(24000), when: '2025' }, expected: null },
  { name: 'two similar events, undated', articles: [{ id: 'a1', event: 'e1' }, { id: 'a2', event: 'e2' }], a: evac(40), b: evac(12), expected: null },
  { name: 'two similar events, same stated month', articles: [{ id: 'a1', event: 'e1' }, { id: 'a2', event: 'e2' }], a: { ...evac(40), when: '2025-03' }, b: { ...evac(12), when: '2025-03' }, expected: null },
  { name: 'tolls dated months apart, even if clustered as one event', articles: [{ id: 'a1', published: '2025-03-04', event: 'e1' }, { id: 'a2', published: '2025-10-14', event: 'e1' }], a: { sentence: '61 people died in the quake on Sunday.', about: 'people died', value: 61, unit: 'people', when: '2025-03-02' }, b: { sentence: 'A quake killed 12 people on Tuesday.', about: 'people killed', value: 12, unit: 'people', when: '2025-10-14' }, expected: null },
  { name: 'one dated, one undated, different values', a: { ...evac(20000), when: '2024' }, b: evac(24000), expected: null },
  { name: 'open bound far from a point value', a: evac(10000, 'over'), b: evac(50000), expected: null },
  { name: 'too close to call (2% apart, beyond rounding)', a: evac(20000), b: evac(21450), expected: null },
  { name: 'a budget (a plan) vs a cost', a: { sentence: 'The dam cost $1.2 billion.', about: 'dam cost', value: 1.2, unit: 'billion dollars', when: '2024' }, b: { sentence: 'The dam was budgeted at $0.9 billion.', about: 'dam budget', value: 0.9, unit: 'billion dollars', when: '2024' }, expected: null },
  { name: 'different things measured', a: { sentence: 'The quake killed 40 people.', about: 'people killed', value: 40, unit: 'people' }, b: { sentence: 'The quake injured 300 people.', about: 'people injured', value: 300, unit: 'people' }, expected: null },
  { name: 'copies of one wire story', articles: [{ id: 'a1' }, { id: 'a2', duplicateOf: 'a1' }], a: evac(20000), b: evac(20000), expected: null },
  { name: 'two outlets quoting the same officials', a: evac(20000, 'exact', { attributedTo: 'port officials', sentence: 'Port officials said 20,000 people were evacuated.' }), b: evac(20000, 'about', { attributedTo: 'the port officials', sentence: 'About 20,000 people left, according to port officials.' }), expected: null },
  { name: 'the same sentence word for word in two outlets', a: evac(20000), b: evac(20000), expected: null },
  { name: 'first and second round of talks', a: { sentence: 'The first round of talks was held in March 2025.', about: 'round of talks held', when: '2025-03' }, b: { sentence: 'The second round of talks was held in May 2025.', about: 'round of talks held', when: '2025-05' }, expected: null },
  { name: 'adjacent round figures: 14,000 vs 15,000 may be one value rounded two ways', a: { sentence: 'The economy added 14,000 jobs in March.', about: 'jobs added', value: 14000, unit: 'jobs', when: '2025-03' }, b: { sentence: 'Employers added 15,000 jobs in March.', about: 'jobs added', value: 15000, unit: 'jobs', when: '2025-03' }, expected: null },
  { name: 'a forecast vs a reported figure', a: { sentence: 'The port handled 20,000 containers in 2025.', about: 'containers handled', value: 20000, unit: 'containers', when: '2025' }, b: { sentence: 'The port expects to handle 22,000 containers in 2026.', about: 'containers the port expects to handle', value: 22000, unit: 'containers', when: '2026' }, expected: null },
  { name: 'a regional rate vs an unqualified one', a: { sentence: 'Unemployment in the northern region reached 9.3% in March.', about: 'unemployment in the northern region', value: 9.3, unit: '%', when: '2025-03' }, b: { sentence: 'The jobless rate climbed to 6.1 percent in March.', about: 'jobless rate', value: 6.1, unit: 'percent', when: '2025-03' }, expected: null },
  { name: 'day-by-day counts of two different events', articles: [{ id: 'a1', event: 'e1' }, { id: 'a2', event: 'e2' }], a: { sentence: 'The quake killed 40 people on Sunday.', about: 'people killed', value: 40, unit: 'people', when: '2025-03-02' }, b: { sentence: 'The quake killed 12 people on Tuesday.', about: 'people killed', value: 12, unit: 'people', when: '2025-10-14' }, expected: null },
  { name: 'two figures of one sentence copied into two articles', a: { sentence: 'It revised the figure to 9,000 from 11,000 jobs in February.', about: 'jobs', value: 9000, unit: 'jobs', when: '2025-02' }, b: { sentence: 'It revised the figure to 9,000 from 11,000 jobs in February.', about: 'jobs', value: 11000, unit: 'jobs', when: '2025-02' }, expected: null },
  { name: 'two places', articles: [{ id: 'a1' }, { id: 'a2' }], a: { sentence: 'Halvik port handled 20,000 containers in 2025.', about: 'containers handled', value: 20000, unit: 'containers', when: '2025' }, b: { sentence: 'Norby port handled 12,000 containers in 2025.', about: 'containers handled', value: 12000, unit: 'containers', when: '2025' }, expected: null },
];

describe('relateClaims: pairs', () => {
  it.each(rows)('$name -> $expected', (row) => expect(kindOf(row)).toBe(row.expected));
});

describe('relateClaims: pairs that must give no relation', () => {
  it.each(negatives)('$name', (row) => {
    const m = two(row);
    // Places for the two-places row come from entity mentions, as the extractor gives them.
    const withPlaces = row.name === 'two places'
      ? { ...m, mentions: [
          { article: m.articles[0]!.id, name: 'Halvik', type: 'place' as const, text: 'Halvik', span: { start: 0, end: 6 } },
          { article: m.articles[1]!.id, name: 'Norby', type: 'place' as const, text: 'Norby', span: { start: 0, end: 5 } },
        ] }
      : m;
    expect(relateClaims(withPlaces).relations).toEqual([]);
  });
});

describe('relateClaims: notes and sources', () => {
  it('counts wire copies and one quoted party as one source', () => {
    const m = material(
      [{ id: 'a1', outlet: 'Harbor Gazette' }, { id: 'a2', outlet: 'Coastal Times', duplicateOf: 'a1' }, { id: 'a3', outlet: 'Daily Ledger' }, { id: 'a4', outlet: 'Morning Post' }],
      [
        { article: 'a1', sentence: 'The port handled 20,000 containers last year.', about: 'containers handled', value: 20000, unit: 'containers', when: '2025' },
        { article: 'a2', sentence: 'The port handled 20,000 containers last year.', about: 'containers handled', value: 20000, unit: 'containers', when: '2025' },
        { article: 'a3', sentence: 'About 20,000 containers passed through the port in 2025, officials said.', about: 'containers handled at the port', value: 20000, unit: 'containers', bound: 'about', when: '2025', attributedTo: 'port officials' },
        { article: 'a4', sentence: 'Port officials put the number of containers handled in 2025 at 20,100.', about: 'containers handled', value: 20100, unit: 'containers', when: '2025', attributedTo: 'port officials' },
      ],
    );
    const { relations, facts } = relateClaims(m);
    expect(facts[0]).toMatchObject({ claims: ['c1', 'c2', 'c3', 'c4'], sources: 2 });
    // a1-a3, a1-a4, a2-a3, a2-a4 are independent; a1-a2 are copies and a3-a4 quote the same officials.
    expect(relations.map((r) => r.claims.join('-'))).toEqual(['c1-c3', 'c1-c4', 'c2-c3', 'c2-c4']);
    expect(relations[0]!.note).toContain('2 independent sources');
    expect(relations[0]!.note).toContain('Daily Ledger (citing port officials)');
  });

  it('says who says what in a conflict note', () => {
    const m = two({ name: '', a: { ...evac(12000, 'exact', { attributedTo: 'officials' }) }, b: { ...evac(20000, 'over', { attributedTo: 'analysts' }) }, expected: null });
    const [r] = relateClaims(m).relations;
    expect(r).toMatchObject({ kind: 'conflicts', claims: ['c1', 'c2'] });
    expect(r!.note).toBe('Sources disagree on people evacuated: Outlet A1 (citing officials) says 12,000 people; Outlet A2 (citing analysts) says over 20,000 people.');
  });

  it('orders an update from the earlier period to the later one', () => {
    const m = two({ name: '', a: { ...evac(24000), when: '2025' }, b: { ...evac(20000), when: '2024' }, expected: null });
    const [r] = relateClaims(m).relations;
    expect(r).toMatchObject({ kind: 'updates', claims: ['c2', 'c1'] });
    expect(r!.note).toContain('20,000 people for 2024');
  });

  it('gives the same relations whatever the order of the claims', () => {
    const m = material(
      [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }],
      [
        { article: 'a1', ...evac(20000), id: 'c1' },
        { article: 'a2', ...evac(20000, 'about'), sentence: 'Roughly 20,000 people fled the valley.', id: 'c2' },
        { article: 'a3', ...evac(35000), sentence: 'As many as 35,000 people fled the valley, analysts said.', attributedTo: 'analysts', id: 'c3' },
      ],
    );
    const reversed = { ...m, claims: [...m.claims].reverse() };
    expect(relateClaims(reversed)).toEqual(relateClaims(m));
    expect(relateClaims(m).relations.map((r) => r.kind)).toEqual(['conflicts', 'conflicts', 'corroborates']);
  });
});
