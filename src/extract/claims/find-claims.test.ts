import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyse.js';
import { findDates } from '../dates/index.js';
import type { DateValue } from '../../types.js';

const PUBLISHED: DateValue = { text: '2026-03-05', start: '2026-03-05', end: '2026-03-05', precision: 'day' };

const claimsOf = (body: string) =>
  analyseText(body, findDates(body, PUBLISHED)).claims.map((c) => ({ about: c.about, value: c.quantity?.value ?? null, when: c.when?.start ?? null }));

describe('findClaims: dated asides', () => {
  it('a clause set off by commas is its own dated claim, and does not date the figure outside it', () => {
    expect(claimsOf('The treaty, signed in June 2023, covers 12 dams on the river.')).toEqual([
      { about: 'dams covered', value: 12, when: null },
      { about: 'treaty signed', value: null, when: '2023-06-01' },
    ]);
  });

  it('reads "which was" clauses the same way', () => {
    expect(claimsOf('The bridge, which was opened in March 2019, carries 40,000 cars a day.')).toContainEqual({ about: 'bridge opened', value: null, when: '2019-03-01' });
  });

  it('a figure inside the aside keeps the aside date', () => {
    const claims = claimsOf('The law, passed in May 2025 by 64 votes to 31, requires websites to register.');
    expect(claims.filter((c) => c.value !== null).map((c) => c.when)).toEqual(['2025-05-01', '2025-05-01']);
    expect(claims.some((c) => c.value === null)).toBe(false);
  });

  it('a number that is part of a name is not a dated aside', () => {
    expect(claimsOf('The comet, named 2026 KX4, will pass Earth.').some((c) => c.about.includes('named'))).toBe(false);
  });

  it('the figure outside any aside takes the date of its own clause', () => {
    expect(claimsOf('Exports rose 12 percent in 2025.')).toEqual([{ about: 'exports', value: 12, when: '2025-01-01' }]);
  });

  it('a share is of what follows "of"', () => {
    expect(claimsOf('Under the accord, the province receives 45% of the summer flow.')[0]).toMatchObject({ about: 'summer flow', value: 45 });
  });
});
