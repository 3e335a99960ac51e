/**
 * The outlet a text page names itself: its masthead, a "Source:" line, or its copyright line,
 * in that order. Nothing else (an agency credited for a photo is not the outlet). Null when unstated.
 */
import { normalizePersonName } from './names.js';

const COPYRIGHT_OUTLET = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(?<outlet>[\p{Lu}][\p{L}&.' -]{1,60}?)(?:[.,;|]|\s+all rights|\s*$)/iu;
const SOURCE_OUTLET = /^\(?(?:sources?|via)\s*:\s*(?<outlet>[^()|,;]{2,60}?)\s*\)?\.?$/i;
const NOT_AN_OUTLET = /^(?:all rights|https?:|www\.)/i;

export interface OutletEvidence {
  readonly mastheads: readonly string[];
  readonly sources: readonly string[];
  readonly copyrights: readonly string[];
}

export function readOutlet(evidence: OutletEvidence): string | null {
  const masthead = evidence.mastheads[0];
  if (masthead) return normalizePersonName(masthead);
  for (const line of evidence.sources) {
    const name = SOURCE_OUTLET.exec(line)?.groups?.outlet?.trim();
    if (name && !NOT_AN_OUTLET.test(name)) return name;
  }
  for (const line of evidence.copyrights) {
    const name = COPYRIGHT_OUTLET.exec(line)?.groups?.outlet?.trim();
    if (name && !NOT_AN_OUTLET.test(name)) return name;
  }
  return null;
}
