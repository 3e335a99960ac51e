/**
 * Fixture cases in test/fixtures/clean/<case>/: an input page (input.txt or input.html) and
 * expected.json with snippets the body must and must not contain, removed pieces with their
 * reasons, and the metadata the page states.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDocument, defaultStages } from '../pipeline.js';
import type { RawDocument } from '../types.js';
import { REPO, testCtx } from '../../test/helpers.js';

interface Expected {
  title?: string | null;
  outlet?: string | null;
  authors?: string[];
  credits?: string[];
  published?: string | null;
  bodyContains?: string[];
  bodyExcludes?: string[];
  removed?: { reason: string; contains: string }[];
}

const DIR = join(REPO, 'test', 'fixtures', 'clean');
const cases = readdirSync(DIR).filter((name) => existsSync(join(DIR, name, 'expected.json')));

describe.each(cases)('clean fixture %s', (name) => {
  const html = existsSync(join(DIR, name, 'input.html'));
  const content = readFileSync(join(DIR, name, html ? 'input.html' : 'input.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
  const raw: RawDocument = { source: { path: name }, format: html ? 'html' : 'text', content, contentKind: html ? 'html' : 'text', hints: {}, fingerprint: name };
  const result = processDocument(raw, defaultStages, testCtx());
  if (!result.ok) throw new Error(result.error.message);
  const { article } = result.value;

  it('keeps every body snippet', () => {
    for (const s of expected.bodyContains ?? []) expect(article.body).toContain(s);
  });
  it('drops every chrome snippet from the body', () => {
    for (const s of expected.bodyExcludes ?? []) expect(article.body).not.toContain(s);
  });
  it('keeps removed pieces with their reasons', () => {
    for (const r of expected.removed ?? []) {
      expect(article.removed.filter((p) => p.text.includes(r.contains)).map((p) => p.reason), r.contains).toContain(r.reason);
    }
  });
  it('states the metadata the page states', () => {
    if (expected.title !== undefined) expect(article.title).toBe(expected.title);
    if (expected.outlet !== undefined) expect(article.outlet).toBe(expected.outlet);
    if (expected.authors !== undefined) expect(article.authors).toEqual(expected.authors);
    if (expected.credits !== undefined) expect(article.credits).toEqual(expected.credits);
    if (expected.published !== undefined) expect(article.published?.start ?? null).toBe(expected.published);
  });
});
