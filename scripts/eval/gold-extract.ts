/** Reads the extraction gold set (test/gold/extract/<split>/*.txt; format in test/gold/README.md). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateValue, QuantityBound } from '../../src/types.js';

export const GOLD_DIR = join(import.meta.dirname, '..', '..', 'test', 'gold');

/**
 * The gold splits: dev (tuned on), heldout (kept apart, reported), heldout2 (written by an annotator
 * who did not read the extractor, scored once; never pinned by tests, so nobody tunes on it).
 */
export const GOLD_SPLITS = ['dev', 'heldout', 'heldout2'] as const;
export type GoldSplit = (typeof GOLD_SPLITS)[number];

export interface GoldQuote { readonly text: string; readonly speaker: string | null; readonly via: readonly string[]; readonly start: number; readonly end: number }
export interface GoldClaim {
  readonly phrase: string;
  readonly at: number;
  readonly value: number | null;
  readonly unit: string | null;
  readonly bound: QuantityBound | null;
  readonly max: number | null;
  readonly about: string;
  readonly attributedTo: string | null;
}
export interface GoldArticle { readonly file: string; readonly published: DateValue | null; readonly body: string; readonly quotes: GoldQuote[]; readonly claims: GoldClaim[] }

const dash = (s: string | undefined): string | null => (s === undefined || s.trim() === '-' || s.trim() === '' ? null : s.trim());

export function readGoldArticles(split: GoldSplit): GoldArticle[] {
  const dir = join(GOLD_DIR, 'extract', split);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => parseGoldArticle(f, readFileSync(join(dir, f), 'utf8')));
}

export function parseGoldArticle(file: string, raw: string): GoldArticle {
  const [head, body, labels] = raw.split(/^---$/m).map((s) => s.replace(/^\n+|\n+$/g, ''));
  if (body === undefined || labels === undefined) throw new Error(`${file}: expected header, body and labels separated by --- lines`);
  const day = head!.match(/published:\s*(\d{4}-\d{2}-\d{2})/)?.[1];
  const published: DateValue | null = day ? { start: day, end: day, precision: 'day', text: day } : null;
  const quotes: GoldQuote[] = [];
  const claims: GoldClaim[] = [];
  for (const line of labels.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[0] === 'Q') {
      const text = cells[1]!;
      const start = body.indexOf(text);
      if (start < 0) throw new Error(`${file}: quote not found in body: ${text}`);
      quotes.push({ text, speaker: dash(cells[2]), via: (dash(cells[3]) ?? '').split('>').map((v) => v.trim()).filter(Boolean), start, end: start + text.length });
    } else if (cells[0] === 'C') {
      const phrase = cells[1]!;
      const at = body.indexOf(phrase);
      if (at < 0) throw new Error(`${file}: claim phrase not found in body: ${phrase}`);
      const value = dash(cells[2]);
      claims.push({
        phrase, at, value: value === null ? null : Number(value), unit: dash(cells[3]), bound: dash(cells[4]) as QuantityBound | null,
        max: dash(cells[5]) === null ? null : Number(cells[5]), about: cells[6] ?? '', attributedTo: dash(cells[7]),
      });
    } else if (line.trim() !== '') throw new Error(`${file}: unreadable label line: ${line}`);
  }
  return { file, published, body, quotes, claims };
}

export interface AliasGroup { readonly cluster: string; readonly name: string; readonly type: 'person' | 'organization' | 'place' | 'other'; readonly texts: readonly string[] }

export function readAliasGold(split: GoldSplit): AliasGroup[] {
  return JSON.parse(readFileSync(join(GOLD_DIR, 'entity-aliases.json'), 'utf8'))[split] as AliasGroup[];
}
