/** Metadata read from text page dumps, as tables: what a page states is read; what belongs to something else is not. */
import { describe, expect, it } from 'vitest';
import { readMetadata } from './index.js';
import { parseStatedDate } from './published.js';
import { findCredits } from './credits.js';
import { defaultCleaner, parsePage } from '../clean/index.js';
import type { ArticleMetadata, RawDocument } from '../types.js';
import { testCtx } from '../../test/helpers.js';

const LEDE = 'Firefighters in the port city of Halvik contained a warehouse fire on Tuesday after two days of work, officials said.';
const LAST = 'No one was hurt, and the cause is being investigated by the regional fire service and the police.';
const TITLE = 'Harbour fire contained after two days';

function meta(...lines: string[]): ArticleMetadata {
  const doc: RawDocument = { source: { path: 'x.txt' }, format: 'text', content: lines.join('\n'), contentKind: 'text', hints: {}, fingerprint: 'f' };
  const page = parsePage(doc);
  return readMetadata(page, defaultCleaner.clean(page, testCtx()));
}

describe('published: the date the page states about itself', () => {
  it.each([
    { name: 'a date line under the headline', lines: [TITLE, 'March 9, 2026', '', LEDE], expected: '2026-03-09' },
    { name: 'a "date YYYY-MM-DD" header line', lines: [TITLE, 'date 2026-06-01', '', LEDE], expected: '2026-06-01' },
    { name: 'a date line above the headline', lines: ['16 September 2013 Last updated at 12:42 GMT', TITLE, LEDE], expected: '2013-09-16' },
    { name: '"Published" over "Updated", whatever the order', lines: [TITLE, 'Updated 4:12 PM EDT, March 10, 2026', 'Published 9:05 AM EDT, March 9, 2026', '', LEDE], expected: '2026-03-09' },
    { name: '"Updated" first on one line', lines: [TITLE, 'Updated: 10 March 2026 | Published: 9 March 2026', '', LEDE], expected: '2026-03-09' },
    { name: 'an "Updated" date when it is the only one', lines: [TITLE, 'Updated: 17 May 2026', '', LEDE], expected: '2026-05-17' },
    { name: 'a wire dateline with a year', lines: [TITLE, '', `HALVIK, Jan. 15, 2026 (NWS) -- ${LEDE}`], expected: '2026-01-15' },
    { name: 'a date on the byline line', lines: [TITLE, 'By Hanna Lie | Energy correspondent | 14 October 2025', '', LEDE], expected: '2025-10-14' },
    { name: 'a date at the bottom of the page', lines: [TITLE, '', LEDE, '', LAST, '', 'Published 12.01.2026 at 08:45'], expected: '2026-01-12' },
    { name: 'a wire name on the date line', lines: [TITLE, 'Reuters Sep 18, 2013, 02:16PM IST', LEDE], expected: '2013-09-18' },
  ])('$name -> $expected', ({ lines, expected }) => {
    expect(meta(...lines).published).toMatchObject({ start: expected, end: expected, precision: 'day' });
  });

  it.each([
    { name: 'no date at all', lines: [TITLE, '', LEDE, LAST] },
    { name: "a date widget above the menu (today's date)", lines: ['Tuesday, March 10, 2026', 'Home | Local | Region | Sport', TITLE, LEDE] },
    { name: 'a weather widget with a date', lines: ['Wednesday, 4 February 2026 Halvik 3°C', TITLE, LEDE] },
    { name: 'dates in a list of other headlines', lines: [TITLE, LEDE, LAST, 'Latest news', 'March 9, 2026 — Brenn rail yard to close', 'Ferry fares rise', 'Feb. 27, 2026'] },
    { name: 'a dated headline beside the article, no heading', lines: [TITLE, '', LEDE, '', LAST, '', 'Council approves budget', 'March 3, 2024'] },
    { name: 'a dated sentence in the body', lines: [TITLE, '', LEDE, 'On March 3, 2026, the board will vote on the plan.', LAST] },
    { name: 'a date in a photo caption', lines: [TITLE, '', LEDE, 'A lineman repairs a power line in Halvik, Monday, March 9, 2026. (AP Photo/Lena Ost)', LAST] },
    { name: 'dates of readers\' comments', lines: [TITLE, '', LEDE, LAST, '', '2 Comments', 'Mara K.', 'June 3, 2025 at 9:14 pm', 'I took this ferry last summer.'] },
    { name: 'a wire dateline without a year', lines: [TITLE, '', `SEOUL, May 3 (Yonhap) -- ${LEDE}`] },
    { name: 'a sentence that looks like a dateline', lines: [TITLE, '', `The council, on March 3, 2026 - a Tuesday - voted to build the lanes, officials said in a statement.`] },
    { name: 'a month and year only', lines: [TITLE, 'May 2026', '', LEDE] },
  ])('$name -> null', ({ lines }) => {
    expect(meta(...lines).published).toBeNull();
  });
});

describe('outlet: only when the page names itself', () => {
  it.each([
    { name: 'a masthead in capitals', lines: ['THE NORLAND TIMES', TITLE, 'By Kim Ji-woo', LEDE], expected: 'The Norland Times' },
    { name: 'a masthead under the menu', lines: ['Home | Local | Sport', 'The Valley Post', TITLE, LEDE], expected: 'The Valley Post' },
    { name: 'a copyright line', lines: [TITLE, LEDE, LAST, 'Copyright © 2026 Halvik Herald. All rights reserved.'], expected: 'Halvik Herald' },
    { name: 'a "Source:" line', lines: [TITLE, LEDE, LAST, 'Source: Coastal Times'], expected: 'Coastal Times' },
  ])('$name -> $expected', ({ lines, expected }) => {
    expect(meta(...lines).outlet).toBe(expected);
  });

  it.each([
    { name: 'nothing stated', lines: [TITLE, LEDE, LAST] },
    { name: 'an agency credited for a photo', lines: [TITLE, LEDE, 'Boats on the river. Photo: Park Ha-eun/Yonhap', LAST] },
    { name: 'a publication named in the body', lines: [TITLE, LEDE, 'The Halvik Herald first reported the fire on Monday, citing two firefighters.', LAST] },
  ])('$name -> null', ({ lines }) => {
    expect(meta(...lines).outlet).toBeNull();
  });
});

describe('authors and credits from bylines', () => {
  it.each([
    { line: 'By JANE DOE', authors: ['Jane Doe'], credits: [] },
    { line: 'BY JANE DOE AND OMAR HASSAN', authors: ['Jane Doe', 'Omar Hassan'], credits: [] },
    { line: 'By JANE DOE, Associated Press', authors: ['Jane Doe'], credits: ['AP'] },
    { line: 'Lars Vik, Reuters', authors: ['Lars Vik'], credits: ['Reuters'] },
    { line: 'By Ana Ruiz, Lee Park & Tom Hu', authors: ['Ana Ruiz', 'Lee Park', 'Tom Hu'], credits: [] },
    { line: 'By The Associated Press', authors: [], credits: ['AP'] },
    { line: 'By Staff Reporter', authors: [], credits: [] },
    { line: 'By jean-luc o\'neil', authors: ["Jean-Luc O'Neil"], credits: [] },
  ])('$line', ({ line, authors, credits }) => {
    const m = meta(TITLE, line, '', LEDE);
    expect(m.authors).toEqual(authors);
    expect(m.credits).toEqual(credits);
  });

  it('takes no author from a sentence that starts with "By"', () => {
    expect(meta(TITLE, '', LEDE, 'By Tuesday, the fire had spread to two more sheds.', LAST).authors).toEqual([]);
  });

  it('takes reporters, not editors, from a closing "Reporting by" line', () => {
    expect(meta(TITLE, '', LEDE, LAST, '(Reporting by Lars Vik; Editing by Tom Hu)').authors).toEqual(['Lars Vik']);
  });
});

describe('findCredits in captions and datelines', () => {
  it.each([
    { input: 'Fireworks over the river. AFP via Getty Images', expected: ['AFP', 'Getty Images'] },
    { input: 'Boats carry musicians. Photo: Park Ha-eun/Yonhap', expected: ['Yonhap'] },
    { input: 'HALVIK, Norland (AP) — A storm knocked out power', expected: ['AP'] },
    { input: 'Workers walk past a hull. REUTERS/Ida Brekke/File Photo', expected: ['Reuters'] },
    { input: 'Farmers in the valley, the minister told Reuters on Monday.', expected: ['Reuters'] },
    { input: 'Reporting by dpa', expected: ['dpa'] },
    { input: 'The dpa report could not be confirmed.', expected: [] },
    { input: 'The AP exam results were published.', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(findCredits([input])).toEqual(expected);
  });
});

describe('parseStatedDate reads numeric dates as pages write them', () => {
  it.each([
    { input: '12.01.2026', expected: '2026-01-12' },
    { input: '03/14/2026', expected: '2026-03-14' },
    { input: '14/03/2026', expected: '2026-03-14' },
    { input: 'Published 12.01.2026 at 08:45', expected: '2026-01-12' },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(parseStatedDate(input)?.start).toBe(expected);
  });
});

describe('agency credits keep the agency\'s casing', () => {
  // "ePA" (the German electronic patient record) and "ap" only spell like EPA and AP.
  const EPA_WORD = 'Ab Januar bekommen alle gesetzlich Versicherten die elektronische Patientenakte (ePA).';
  const AP_WORD = 'Wer widersprechen will, findet das Formular der Kasse unter kasse.example/ap';
  const CAPTION = 'Photo: EPA';

  function clean(...lines: string[]) {
    const doc: RawDocument = { source: { path: 'x.txt' }, format: 'text', content: lines.join('\n\n'), contentKind: 'text', hints: {}, fingerprint: 'f' };
    const page = parsePage(doc);
    const cleaned = defaultCleaner.clean(page, testCtx());
    return { cleaned, metadata: readMetadata(page, cleaned) };
  }

  it('keeps "(ePA)" and "ap" in body paragraphs, and credits no agency for them', () => {
    const { cleaned, metadata } = clean(TITLE, LEDE, EPA_WORD, AP_WORD, LAST);
    expect(cleaned.paragraphs).toContain(EPA_WORD);
    expect(cleaned.paragraphs).toContain(AP_WORD);
    expect(cleaned.removed.map((r) => r.text)).not.toContain(EPA_WORD);
    expect(metadata.credits).toEqual([]);
  });

  it('removes a real "Photo: EPA" caption as a photo caption and credits EPA', () => {
    const { cleaned, metadata } = clean(TITLE, LEDE, CAPTION, EPA_WORD, LAST);
    expect(cleaned.removed).toContainEqual({ text: CAPTION, reason: 'photo-caption' });
    expect(cleaned.paragraphs).not.toContain(CAPTION);
    expect(cleaned.paragraphs).toContain(EPA_WORD);
    expect(metadata.credits).toEqual(['EPA']);
  });
});
