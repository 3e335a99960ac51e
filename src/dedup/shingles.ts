/**
 * A body -> its normalised word sequence, the exact-copy hash, and the set of hashed word shingles
 * that MinHash summarises. Normalising drops case, punctuation and spacing, so that chrome-free
 * copies of one text compare equal whatever the outlet's typography. Pure.
 */
import { createHash } from 'node:crypto';

const WORD = /[\p{L}\p{N}]+/gu;

/** Words per shingle. Four keeps common three-word phrases ("said on Monday") from looking like copying. */
export const SHINGLE_WORDS = 4;

export function normalisedWords(body: string): string[] {
  return (body.normalize('NFKC').toLowerCase().match(WORD) ?? []);
}

/** Hash of the normalised body: two bodies with the same words in the same order get the same hash. */
export function bodyHash(words: readonly string[]): string {
  return createHash('sha1').update(words.join(' ')).digest('hex');
}

/** FNV-1a, 32-bit: a fast, well-spread hash of a short string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Distinct hashed shingles of `words`. A text shorter than one shingle is one shingle of all its words. */
export function shingleHashes(words: readonly string[], size = SHINGLE_WORDS): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(' ')));
  return out;
}
