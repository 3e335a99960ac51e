/** Author names as a byline writes them -> as a reader writes them. */

const LOWER_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'du', 'bin', 'al']);
const NOT_A_NAME = /\b(?:staff|reporters?|correspondents?|editors?|desk|team|agency|agencies|news|wire|press|associated|reuters|afp|yonhap|bureau|contributors?)\b/i;

/** "JANE DOE" -> "Jane Doe"; "jean-luc o'neil" -> "Jean-Luc O'Neil"; mixed case is kept as written. */
export function normalizePersonName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '');
  const shouting = clean === clean.toUpperCase() || clean === clean.toLowerCase();
  if (!shouting) return clean;
  return clean
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && LOWER_PARTICLES.has(word) ? word : word.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())))
    .join(' ')
    .replace(/\bMc(\p{L})/gu, (_m, ch: string) => 'Mc' + ch.toUpperCase());
}

/** Splits "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe" into names; drops non-person credits. */
export function splitAuthorList(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && s.split(' ').length <= 5 && !NOT_A_NAME.test(s) && /\p{L}/u.test(s))
    .map(normalizePersonName);
}

export const uniqueNames = (names: readonly string[]): string[] => {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
