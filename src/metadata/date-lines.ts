/**
 * Date lines the cleaner set apart, in the order they should be trusted as the publication date:
 * a date the page labels "Published"/"Posted" first, then a bare date, then an "Updated" date
 * (a later revision is still a date the document states about itself, but not its first).
 */
import { dateLineKind, type DateLineKind } from '../clean/line-shape.js';

const RANK: Readonly<Record<DateLineKind, number>> = { published: 0, bare: 1, updated: 2 };
/** Where the publication date starts on a line that holds several: "Updated 10:02 | Published May 3, 2026". */
const PUBLISHED_AT = /\b(?:first published|published|posted|date[d]?)\b/i;

/** The date lines' texts, best first; a line holding both dates is cut to start at its "Published" part. */
export function rankDateLines(lines: readonly string[]): string[] {
  return lines
    .filter((l) => l.trim() !== '')
    .map((text, order) => {
      const kind = dateLineKind(text) ?? 'bare';
      const at = text.search(PUBLISHED_AT);
      return { text: at > 0 ? text.slice(at) : text, rank: at > 0 ? RANK.published : RANK[kind], order };
    })
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((c) => c.text);
}
