import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TEXT_DUMP_PASSES, cleanTextDump, labelTextDump } from './text-dump.js';

const page = (...blocks: string[]): string => blocks.join('\n\n');
const TITLE = 'Harbour fire contained after two days';
const LEDE = 'Firefighters in the port city of Halvik contained a warehouse fire on Tuesday after two days of work, officials said.';
const LAST = 'No one was hurt, and the cause is being investigated by the regional fire service and the police.';

describe('cleanTextDump keeps what the article says', () => {
  it.each([
    { name: 'a one-word quote paragraph', line: '"No."' },
    { name: 'a short quote with attribution', line: '"Enough," she said.' },
    { name: 'a question as a paragraph', line: 'Why now?' },
    { name: 'a one-line paragraph', line: 'The mayor was not available.' },
    { name: 'a subheading', line: 'A long recovery' },
    { name: 'a number-only sentence', line: 'It cost 2.4 million crowns.' },
    { name: 'a dated sentence', line: 'On March 3, 2026, the council voted 7-2.' },
    { name: 'a sentence about a photo', line: 'A photo of the fire, taken by a resident, was shared 20,000 times.' },
    { name: 'a sentence about advertising', line: 'Advertising on the harbour front will be banned from May.' },
    { name: 'a sentence about a newsletter', line: 'The council newsletter first reported the closure.' },
    { name: 'a sentence naming an agency', line: 'Reuters first reported the sale on Monday.' },
  ])('$name between paragraphs', ({ line }) => {
    const cleaned = cleanTextDump(page(TITLE, LEDE, line, LAST));
    expect(cleaned.paragraphs).toEqual([LEDE, line, LAST]);
    expect(cleaned.removed).toEqual([{ text: TITLE, reason: 'title' }]);
  });

  it('keeps a list inside the article, one item per paragraph', () => {
    const items = ['- new cycle lanes on Harbour Road', '- a 30 km/h limit near schools', '- two new bus routes'];
    const cleaned = cleanTextDump(page(TITLE, LEDE, `The plan includes:\n${items.join('\n')}`, LAST));
    expect(cleaned.paragraphs).toEqual([LEDE, 'The plan includes:', ...items, LAST]);
  });

  it('keeps a closing list and a short closing quote after the last long paragraph', () => {
    const cleaned = cleanTextDump(page(TITLE, LEDE, 'The injury report is as follows:\nDid Not Practice:\nS Malcolm Holt (knee)', '"We will rebuild," Lind said.'));
    expect(cleaned.paragraphs).toEqual([LEDE, 'The injury report is as follows:', 'Did Not Practice:', 'S Malcolm Holt (knee)', '"We will rebuild," Lind said.']);
  });

  it('keeps the last sentence when its period was lost', () => {
    expect(cleanTextDump(page(TITLE, LEDE, 'The plant was opened in January 2005')).paragraphs).toContain('The plant was opened in January 2005');
  });

  it('joins a hard-wrapped paragraph and keeps separate lines apart', () => {
    const wrapped = 'The port of Halvik handled a record 1.1 million containers last year, up\n8 percent from 2024, the port authority said on Thursday, helped by new\nroutes to the south.';
    const cleaned = cleanTextDump(page(TITLE, wrapped, LAST));
    expect(cleaned.paragraphs[0]).toBe(wrapped.replace(/\n/g, ' '));
  });
});

describe('cleanTextDump removes chrome', () => {
  it('takes a caption repeated many times out, every copy', () => {
    const caption = 'Lanterns float over the Kessun river.';
    const cleaned = cleanTextDump(page(TITLE, LEDE, Array(5).fill(caption).join('\n'), LAST));
    expect(cleaned.paragraphs).toEqual([LEDE, LAST]);
    expect(cleaned.removed.filter((r) => r.reason === 'photo-caption')).toHaveLength(5);
  });

  it('keeps the first copy of a sentence said twice (a pull quote) and drops the second', () => {
    const quote = '"We were lucky the wind turned, and we know it," said fire chief Lars Holm, who has led the service since 2019.';
    const cleaned = cleanTextDump(page(TITLE, LEDE, quote, LAST, quote));
    expect(cleaned.paragraphs).toEqual([LEDE, quote, LAST]);
    expect(cleaned.removed.at(-1)).toEqual({ text: quote, reason: 'boilerplate' });
  });

  it('labels a headline list with dates, without a heading, after the article', () => {
    const cleaned = cleanTextDump(page(TITLE, LEDE, LAST, 'Council approves budget\nMarch 3, 2024\nFerry prices rise again\nMarch 1, 2024'));
    expect(cleaned.paragraphs).toEqual([LEDE, LAST]);
    expect(cleaned.removed.slice(1).map((r) => r.reason)).toEqual(Array(4).fill('related-headlines'));
  });

  it('takes a date alone at the bottom as the date line', () => {
    expect(cleanTextDump(page(TITLE, LEDE, LAST, 'Published on 3 March 2026')).removed.at(-1)).toEqual({ text: 'Published on 3 March 2026', reason: 'dateline' });
  });

  it('tells a date widget above the menu from the date line under the headline', () => {
    const lines = labelTextDump(page('Tuesday, March 10, 2026\nHome | Local | Region | Sport', TITLE, 'March 9, 2026', LEDE));
    expect(lines.map((l) => l.label)).toEqual(['weather-or-date-widget', 'navigation', 'title', 'dateline', 'body']);
  });
});

describe('text-dump passes', () => {
  it('are named, in one list, each once', () => {
    const names = TEXT_DUMP_PASSES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('unwrap-hard-wrapped');
    expect(names.at(-1)).toBe('leftovers');
  });

  it('label every line, and lose no text: every input line is in the body or in removed', () => {
    const line = fc.oneof(
      fc.constantFrom(TITLE, LEDE, LAST, 'Advertisement', 'Most read', 'By JANE DOE', 'March 3, 2026', 'Photo: Jonas Lind/NWS', '"No."', 'Home | News | Sport', 'Tags: fire', '3°C', ''),
      fc.string({ minLength: 1, maxLength: 80 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const labelled = labelTextDump(text);
        expect(labelled.every((l) => l.label !== null)).toBe(true);
        const cleaned = cleanTextDump(text);
        const kept = [...cleaned.paragraphs, ...cleaned.removed.map((r) => r.text)].join('\n');
        for (const l of lines) {
          const t = l.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
          if (t) expect(kept).toContain(t);
        }
      }),
      { numRuns: 300 },
    );
  });
});
