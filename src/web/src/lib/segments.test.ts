import { describe, expect, it } from 'vitest';
import { paragraphsOf, parseSpan, runsOf, type Mark } from './segments.js';

const quote: Mark = { kind: 'quote', start: 4, end: 12, id: 'q1' };
const claim: Mark = { kind: 'claim', start: 0, end: 8, id: 'c1' };

describe('runsOf', () => {
  it.each([
    { name: 'no marks', text: 'plain text', marks: [], expected: [['plain text', []]] },
    { name: 'one mark inside', text: 'abc quoted! end', marks: [quote], expected: [['abc ', []], ['quoted! ', ['q1']], ['end', []]] },
    { name: 'overlapping marks', text: 'abc quoted! end', marks: [quote, claim], expected: [['abc ', ['c1']], ['quot', ['q1', 'c1']], ['ed! ', ['q1']], ['end', []]] },
    { name: 'mark past the end is clipped', text: 'short', marks: [{ kind: 'quote', start: 2, end: 99, id: 'q' }], expected: [['sh', []], ['ort', ['q']]] },
    { name: 'markup stays text', text: '<b>x</b>', marks: [{ kind: 'claim', start: 3, end: 4, id: 'c' }], expected: [['<b>', []], ['x', ['c']], ['</b>', []]] },
  ] as { name: string; text: string; marks: Mark[]; expected: [string, string[]][] }[])('$name', ({ text, marks, expected }) => {
    const runs = runsOf(text, marks);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.id)])).toEqual(expected);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it.each([
    { name: 'empty span', mark: { kind: 'quote', start: 3, end: 3 } },
    { name: 'reversed span', mark: { kind: 'quote', start: 5, end: 2 } },
    { name: 'outside the range', mark: { kind: 'quote', start: 40, end: 50 } },
    { name: 'not integers', mark: { kind: 'quote', start: 1.5, end: 4 } },
  ] as { name: string; mark: Mark }[])('ignores a mark with $name', ({ mark }) => {
    expect(runsOf('some text here', [mark])).toEqual([{ start: 0, end: 14, text: 'some text here', marks: [] }]);
  });

  it('cuts runs within a paragraph range only', () => {
    const body = 'First para.\n\nSecond para with quote.';
    const [, second] = paragraphsOf(body);
    const runs = runsOf(body, [{ kind: 'quote', start: 8, end: 30, id: 'q' }], second!.start, second!.end);
    expect(runs.map((r) => [r.text, r.marks.length])).toEqual([['Second para with ', 1], ['quote.', 0]]);
  });
});

describe('paragraphsOf', () => {
  it.each([
    { body: 'one', expected: ['one'] },
    { body: 'one\n\ntwo\n\n\nthree', expected: ['one', 'two', 'three'] },
    { body: 'line\nbreak\n\nnext', expected: ['line\nbreak', 'next'] },
    { body: '', expected: [] },
  ])('$body', ({ body, expected }) => {
    expect(paragraphsOf(body).map((p) => body.slice(p.start, p.end))).toEqual(expected);
  });
});

describe('parseSpan', () => {
  it.each([
    { input: '10-25', expected: { start: 10, end: 25 } },
    { input: '0-1', expected: { start: 0, end: 1 } },
    { input: '25-10', expected: null },
    { input: '5-5', expected: null },
    { input: 'x-1', expected: null },
    { input: '1-2-3', expected: null },
    { input: undefined, expected: null },
  ])('$input', ({ input, expected }) => expect(parseSpan(input)).toEqual(expected));
});
