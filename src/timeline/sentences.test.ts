import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceSpans } from './sentences.js';

const split = (body: string) => sentenceSpans(body).map((s) => body.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it.each([
    { name: 'plain', input: 'One fact here. Another one there.', expected: ['One fact here.', 'Another one there.'] },
    { name: 'titles and initials', input: 'Mr. Berg met Dr. Holm at 3 p.m. on Friday. The U.S. envoy left.', expected: ['Mr. Berg met Dr. Holm at 3 p.m. on Friday.', 'The U.S. envoy left.'] },
    { name: 'paragraphs never merge', input: 'A line without a stop\n\nNext paragraph. Last one.', expected: ['A line without a stop', 'Next paragraph.', 'Last one.'] },
    { name: 'quotes', input: '"We are safe," he said. "Are you?" she asked.', expected: ['"We are safe," he said.', '"Are you?" she asked.'] },
    { name: 'abbreviated month', input: 'It opened on Jan. 5 in Halvik. Then it closed.', expected: ['It opened on Jan. 5 in Halvik.', 'Then it closed.'] },
    { name: 'empty', input: '  \n\n ', expected: [] },
  ])('$name', ({ input, expected }) => expect(split(input)).toEqual(expected));

  it('finds the sentence holding an offset', () => {
    const body = 'First one. Second one.';
    const spans = sentenceSpans(body);
    expect(sentenceAt(spans, body.indexOf('Second'))).toEqual({ start: 11, end: 22 });
    expect(sentenceAt(spans, 10)).toBeNull();
  });
});
