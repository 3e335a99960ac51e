/** "PYONGYANG, March 3 (Wire) - ", "TOKYO (Desk) — ": the dateline opening a wire story's first paragraph. */
export const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,[^–—-]{0,40}?|\s*\([^)]{1,40}\)\s*)[–—-]+\s+/u;

/** Length of the dateline at the start of `text`, 0 when there is none. */
export const datelineLength = (text: string): number => text.match(DATELINE)?.[0].length ?? 0;
