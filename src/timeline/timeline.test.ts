import { describe, expect, it } from 'vitest';
import type { ArticleId, DateId, DateRecord, DateValue } from '../types.js';
import { buildTimeline, eventTimeline } from './index.js';
import { dateValue, material } from '../../test/relate-material.js';

const bodies = {
  a1: 'The Halvik treaty was signed on 12 June 2023. Talks resumed last week. Officials were cautious. The port handled 20,000 containers in 2025.',
  a2: 'Negotiators signed the Halvik treaty on 12 June 2023, after years of talks. The dam opened in 2019 and was flooded on 3 March 2025.',
  a3: 'The Halvik treaty was signed on 12 June 2023. Talks resumed last week. Officials were cautious. The port handled 20,000 containers in 2025.',
};

/** Date records for every expression in the bodies above, as the date extractor would give them. */
function dates(): DateRecord[] {
  const out: DateRecord[] = [];
  const add = (article: keyof typeof bodies, text: string, value: DateValue) => {
    const start = bodies[article].indexOf(text);
    out.push({ id: `d${out.length + 1}` as DateId, article: article as ArticleId, text, span: { start, end: start + text.length }, value: { ...value, text } });
  };
  for (const a of ['a1', 'a3'] as const) {
    add(a, '12 June 2023', dateValue('2023-06-12'));
    add(a, 'last week', { start: null, end: null, precision: null }); // published unknown: unresolved
    add(a, '2025', dateValue('2025'));
  }
  add('a2', '12 June 2023', dateValue('2023-06-12'));
  add('a2', '2019', dateValue('2019'));
  add('a2', '3 March 2025', dateValue('2025-03-03'));
  return out;
}

const m = material(
  [
    { id: 'a1', outlet: 'Harbor Gazette', published: '2026-01-10', body: bodies.a1, event: 'e1' },
    { id: 'a2', outlet: 'Coastal Times', published: '2026-01-09', body: bodies.a2, event: 'e2' },
    { id: 'a3', outlet: 'Daily Ledger', published: '2026-01-11', body: bodies.a3, duplicateOf: 'a1', event: 'e1' },
  ],
  [{ article: 'a1', sentence: 'The port handled 20,000 containers in 2025.', about: 'containers handled', value: 20000, unit: 'containers', when: '2025' }],
  { dates: dates() },
);

describe('buildTimeline', () => {
  const entries = buildTimeline(m);

  it('orders entries by the date they are about, and merges repeats with all their sources', () => {
    expect(entries.map((e) => [e.when.start, e.text, e.sources.map((s) => s.article)])).toEqual([
      ['2023-06-12', 'Negotiators signed the Halvik treaty on 12 June 2023, after years of talks.', ['a1', 'a2', 'a3']],
      ['2025-01-01', 'The port handled 20,000 containers in 2025.', ['a1', 'a3']],
      ['2025-03-03', 'The dam opened in 2019 and was flooded on 3 March 2025.', ['a2']],
    ]);
  });

  it('dates a sentence by its most precise expression, and keeps precision and words', () => {
    const dam = entries.find((e) => e.text.startsWith('The dam'))!;
    expect(dam.when).toMatchObject({ start: '2025-03-03', precision: 'day', text: '3 March 2025' });
  });

  it('cites spans that hold the statement in every copy', () => {
    const treaty = entries.find((e) => e.text.includes('treaty'))!;
    // The words of the first-published original (a2), never those of a copy.
    expect(treaty.text).toBe('Negotiators signed the Halvik treaty on 12 June 2023, after years of talks.');
    expect(treaty.event).toBe('e2');
    for (const s of treaty.sources) {
      const body = m.articles.find((a) => a.id === s.article)!.body;
      expect(body.slice(s.span.start, s.span.end)).toMatch(/treaty/);
    }
  });

  it('leaves out undated sentences and unresolved dates instead of placing them at the publication date', () => {
    expect(entries.some((e) => e.text.includes('Talks resumed') || e.text.includes('Officials were cautious'))).toBe(false);
    expect(entries.every((e) => e.when.start !== null && e.when.start !== '2026-01-10')).toBe(true);
  });

  it('filters by event', () => {
    expect(eventTimeline(entries, 'e2', m.articles).map((e) => e.when.start)).toEqual(['2023-06-12', '2025-03-03']);
    expect(eventTimeline(entries, 'e1', m.articles).map((e) => e.when.start)).toEqual(['2023-06-12', '2025-01-01']);
  });

  it('gives nothing for a story without dates', () => {
    expect(buildTimeline(material([{ id: 'a1', body: 'No dates here. None at all.' }], []))).toEqual([]);
  });
});
