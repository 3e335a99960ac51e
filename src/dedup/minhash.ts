/**
 * MinHash (Broder 1997) with LSH banding: a fixed-size sketch of a shingle set whose agreement
 * rate estimates the Jaccard resemblance of two sets, and band keys under which any two sketches
 * that agree on a whole band meet. Written here rather than taken from npm: the `minhash` package
 * is unmaintained (0.0.x) and allocates per hash; this is ~40 lines over Math.imul. Pure.
 */

/** Hash functions per sketch. 120 = 40 bands x 3 rows. */
export const MINHASH_SIZE = 120;
/** Rows per LSH band. With 40 bands of 3 rows, a pair with resemblance 0.5 meets in some band with
 * probability 1 - (1 - 0.5^3)^40 = 0.995, one at 0.4 with 0.93, one at 0.2 with 0.28. */
export const BAND_ROWS = 3;

/** murmur3's 32-bit finaliser: mixes every input bit into every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Per-function seeds, fixed so that sketches stored by one run compare with those of the next. */
const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** The sketch: for each hash function, the least hash over the set. An empty set gives all 0xffffffff. */
export function minhash(shingles: ReadonlySet<number>): number[] {
  const out = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = fmix32(s ^ SEEDS[i]!);
      if (h < out[i]!) out[i] = h;
    }
  }
  return out;
}

/** Estimated Jaccard resemblance: the share of hash functions on which two sketches agree. */
export function resemblance(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** One key per band: the band's index in the high bits, a hash of its rows in the low 32 (fits 2^53). */
export function bandKeys(sketch: readonly number[], rows = BAND_ROWS): number[] {
  const keys: number[] = [];
  for (let b = 0; b * rows + rows <= sketch.length; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h ^ sketch[b * rows + r]!, 0x01000193));
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}
