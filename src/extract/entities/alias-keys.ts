/**
 * Normalised keys under which a name is looked up, within an article and across the store.
 * Spelling variants share a key ("Kim Jong Un" / "Kim Jong-un" -> "kimjongun"); an organisation's
 * expansion and its acronym share an acronym key ("Korean Central News Agency" / "KCNA" -> "acr:kcna").
 */

const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'la', 'le', 'du', 'der', 'von', 'van']);

/** Lowercase, no accents, letters and digits only: "Kim Jong-un" -> "kimjongun". */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words of a name in order, lowercase without accents; hyphenated parts split ("Jong-un" -> "jong", "un"). */
export function nameWords(name: string): string[] {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** "KCNA", "K.C.N.A." -> "kcna"; null when the text is not written as an acronym. */
export function acronymOf(text: string): string | null {
  const bare = text.replace(/['’]s$/u, '').replace(/\./g, '');
  if (!/^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(bare) || !/\p{Lu}.*\p{Lu}/u.test(bare)) return null;
  // Five letters or more with several vowels is a shouted word ("BRAVE", "MILLION"), not an acronym.
  if (bare.length >= 5 && (bare.match(/[AEIOU]/g) ?? []).length > 1) return null;
  return bare.toLowerCase().replace(/&/g, '');
}

/** Initials of a multi-word name's significant words: "Korean Central News Agency" -> "kcna"; null for one word. */
export function initialsOf(name: string): string | null {
  const ws = name.split(/[\s-]+/).filter((w) => w !== '' && !STOP.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  return ws.length >= 2 ? ws.map((w) => w[0]!.toLowerCase()).join('') : null;
}

/** Optimal string alignment distance, capped: 0, 1 or 2 (= "2 or more"). Catches a swapped pair ("KNCA"). */
export function editDistanceAtMost1(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 1) return 2;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i);
  const rb = b.slice(i);
  if (ra.length === rb.length) {
    if (ra.slice(1) === rb.slice(1)) return 1; // substitution
    if (ra.length >= 2 && ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2)) return 1; // transposition
    return 2;
  }
  return ra.slice(1) === rb || rb.slice(1) === ra ? 1 : 2; // deletion / insertion
}

/** Keys that find acronyms one edit away: the sorted letters (swaps) and each one-letter deletion. */
export function fuzzyAcronymKeys(acronym: string): string[] {
  const keys = new Set<string>([`acs:${[...acronym].sort().join('')}`]);
  keys.add(`acd:${acronym}`);
  for (let i = 0; i < acronym.length; i++) keys.add(`acd:${acronym.slice(0, i)}${acronym.slice(i + 1)}`);
  return [...keys];
}
