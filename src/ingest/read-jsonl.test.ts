import { describe, expect, it } from 'vitest';
import { readJsonl } from './read-jsonl.js';

describe('readJsonl', () => {
  it('maps the documented keys and reports bad lines by number', () => {
    const text = [
      JSON.stringify({ title: 'T1', body: 'Body one.', url: 'https://j.example/1', outlet: 'Daily', authors: ['A B'], published: '2026-05-04' }),
      '{not json',
      JSON.stringify({ title: 'T2', html: '<p>Body two.</p>', author: 'C D' }),
      '',
      JSON.stringify({ title: 'no body' }),
      '[1,2]',
    ].join('\n');
    const { documents, errors } = readJsonl(text, { path: 'x.jsonl' });
    expect(documents.map((d) => [d.hints.title, d.contentKind, d.hints.authors])).toEqual([
      ['T1', 'text', ['A B']],
      ['T2', 'html', ['C D']],
    ]);
    expect(documents[0]!.hints).toMatchObject({ outlet: 'Daily', published: '2026-05-04', url: 'https://j.example/1' });
    expect(errors.map((e) => e.line)).toEqual([2, 5, 6]);
    expect(errors[1]!.message).toMatch(/no article text/);
  });
});
