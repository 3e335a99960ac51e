import { describe, expect, it } from 'vitest';
import { parseByline } from './byline.js';

describe('parseByline', () => {
  it.each([
    { input: 'By JANE DOE', names: ['JANE DOE'], org: null },
    { input: 'By JANE DOE and OMAR HASSAN, Associated Press', names: ['JANE DOE', 'OMAR HASSAN'], org: 'Associated Press' },
    { input: 'By Ana Ruiz, Lee Park & Tom Hu', names: ['Ana Ruiz', 'Lee Park', 'Tom Hu'], org: null },
    { input: 'Lars Vik, Reuters', names: ['Lars Vik'], org: 'Reuters' },
    { input: 'By Kim Ji-woo, Staff Reporter', names: ['Kim Ji-woo'], org: 'Staff Reporter' },
    { input: 'Reporter Kim Ji-woo (jiwoo@norlandtimes.example)', names: ['Kim Ji-woo'], org: null },
    { input: 'Posted by Lena Fisk in Travel', names: ['Lena Fisk'], org: null },
    { input: 'author: NORA DAHL', names: ['NORA DAHL'], org: null },
    { input: 'Text: Per Holm', names: ['Per Holm'], org: null },
    { input: '(Reporting by Lars Vik; Additional reporting by Nora Dahl; Editing by Tom Hu)', names: ['Lars Vik'], org: null },
    { input: '-- Reporting by Siv Dale; editing by Ola Brun', names: ['Siv Dale'], org: null },
    { input: 'By The Associated Press', names: [], org: 'The Associated Press' },
    { input: 'By Ludwig van der Berg', names: ['Ludwig van der Berg'], org: null },
  ])('$input', ({ input, names, org }) => {
    expect(parseByline(input)).toMatchObject({ names, org });
  });

  it('keeps the date written on the byline line', () => {
    expect(parseByline('By Hanna Lie | Energy correspondent | 14 October 2025')).toMatchObject({ names: ['Hanna Lie'], org: 'Energy correspondent', date: '14 October 2025' });
    expect(parseByline('Posted by Mara Kvist on June 3, 2025 at 9:14 pm')).toMatchObject({ names: ['Mara Kvist'], date: 'on June 3, 2025 at 9:14 pm' });
  });

  it.each([
    'By Tuesday, the fire had spread to two more sheds.',
    'By the end of the week',
    'By the end of the week the port had reopened to most traffic, officials said.',
    'Jane Doe, a nurse',
    'Council approves new cycle lanes',
    'Halvik, Norland',
  ])('is not a byline: %s', (input) => {
    expect(parseByline(input)).toBeNull();
  });
});
