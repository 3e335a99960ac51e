/**
 * Metadata: a parsed page and its cleaning -> title, outlet, authors, credits, publication date.
 * Only what the document states: a container's fields (feed item, JSONL), HTML meta tags and
 * JSON-LD, and the header lines the cleaner set apart. No stated date -> null.
 */
import type { ArticleMetadata, DateValue, RemovedPiece } from '../types.js';
import type { CleanedDocument, Page } from '../clean/index.js';
import { BYLINE } from '../clean/chrome-patterns.js';
import { readHtmlMeta } from './html-meta.js';
import { parseStatedDate } from './published.js';
import { findCredits } from './credits.js';
import { normalizePersonName, splitAuthorList, uniqueNames } from './names.js';

export { parseStatedDate, dayValue } from './published.js';
export { findCredits } from './credits.js';
export { normalizePersonName } from './names.js';

/** A wire dateline opening the body: "SEOUL, May 3, 2024 (Yonhap) --", "PARIS, 3 May 2024 (AFP) -". */
const BODY_DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40},\s*)?(?<date>[\p{L}\d ,.]{6,40}?)\s*(?:\([^)]{1,40}\)\s*)?(?:--|[—–-])\s/u;
const COPYRIGHT_OUTLET = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:-\s*\d{4}\s*)?)?(?<outlet>[\p{Lu}][\p{L}&.' -]{1,60}?)(?:[.,]|\s+all rights|\s*$)/iu;

export function readMetadata(page: Page, cleaned: CleanedDocument): ArticleMetadata {
  const hints = page.raw.hints;
  const html = page.kind === 'html' ? readHtmlMeta(page.dom) : null;
  const pieces = (reason: RemovedPiece['reason']): string[] => cleaned.removed.filter((r) => r.reason === reason).map((r) => r.text);

  const title = hints.title ?? html?.titles[0] ?? pieces('title')[0] ?? null;
  const outlet = hints.outlet ?? html?.outlets[0] ?? outletFromCopyright(pieces('copyright')) ?? null;
  const authors = uniqueNames(
    hints.authors?.length
      ? hints.authors.map(normalizePersonName)
      : html?.authors.length
        ? html.authors.flatMap(splitAuthorList)
        : pieces('byline').flatMap((line) => splitAuthorList(BYLINE.exec(line)?.groups?.names ?? '')),
  );
  const published = firstDate([
    hints.published,
    ...(html?.published ?? []),
    ...pieces('dateline'),
    BODY_DATELINE.exec(cleaned.paragraphs[0] ?? '')?.groups?.date,
  ]);
  const credits = findCredits([...cleaned.removed.map((r) => r.text), ...cleaned.paragraphs]);
  return {
    title: title ? title.trim() : null,
    outlet: outlet ? outlet.trim() : null,
    authors,
    credits,
    published,
    url: hints.url ?? html?.url ?? page.raw.source.url ?? null,
  };
}

function firstDate(candidates: readonly (string | undefined)[]): DateValue | null {
  for (const c of candidates) {
    if (!c) continue;
    const value = parseStatedDate(c);
    if (value) return value;
  }
  return null;
}

function outletFromCopyright(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = COPYRIGHT_OUTLET.exec(line);
    if (m?.groups?.outlet && !/^all rights/i.test(m.groups.outlet)) return m.groups.outlet.trim();
  }
  return null;
}
