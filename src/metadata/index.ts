/**
 * Metadata: a parsed page and its cleaning -> title, outlet, authors, credits, publication date.
 * Only what the document states: a container's fields (feed item, JSONL), HTML meta tags and
 * JSON-LD, and the header lines the cleaner set apart (masthead, byline, date line). A date the
 * cleaner put in a headline list, a widget or a comment is never read. No stated date -> null.
 */
import type { ArticleMetadata, DateValue, RemovedPiece } from '../types.js';
import type { CleanedDocument, Page } from '../clean/index.js';
import { parseByline } from '../clean/byline.js';
import { readHtmlMeta } from './html-meta.js';
import { parseStatedDate } from './published.js';
import { agencyOf, findCredits } from './credits.js';
import { normalizePersonName, splitAuthorList, uniqueNames } from './names.js';
import { readOutlet } from './outlet.js';
import { rankDateLines } from './date-lines.js';

export { parseStatedDate, dayValue } from './published.js';
export { findCredits } from './credits.js';
export { normalizePersonName } from './names.js';

const TITLE_KEY_PREFIX = /^(?:title|headline)\s*:\s*/i;
const URL_LINE = /^(?:url|link|permalink|canonical|original url|source url)\s*:\s*(?<url>https?:\/\/\S+)$/i;
/**
 * A wire dateline opening the body, with its year: "SEOUL, May 3, 2024 (Yonhap) --", "HALVIK, Jan. 15,
 * 2026 (NWS) --", "PARIS, 3 May 2024 (AFP) -". The place is in capitals, as wires write it, so that a
 * sentence ("The council, on March 3, 2026 - a Tuesday - voted") is not read as one.
 */
const BODY_DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{Lu}][\p{L} ]{1,30})?,\s*(?<date>[\p{L}\d ,.]{6,40}?)\s*(?:\([^)]{1,40}\)\s*)?(?:--|[—–-])\s/u;

export function readMetadata(page: Page, cleaned: CleanedDocument): ArticleMetadata {
  const hints = page.raw.hints;
  const html = page.kind === 'html' ? readHtmlMeta(page.dom) : null;
  const byReason = new Map<RemovedPiece['reason'], string[]>();
  for (const r of cleaned.removed) (byReason.get(r.reason) ?? byReason.set(r.reason, []).get(r.reason)!).push(r.text);
  const pieces = (reason: RemovedPiece['reason']): readonly string[] => byReason.get(reason) ?? [];
  const bylines = pieces('byline').map(parseByline).filter((b) => b !== null);

  const title = hints.title ?? html?.titles[0] ?? pieces('title')[0]?.replace(TITLE_KEY_PREFIX, '') ?? null;
  const outlet = hints.outlet ?? html?.outlets[0] ?? readOutlet({ mastheads: pieces('masthead'), sources: pieces('source-line'), copyrights: pieces('copyright') });
  const authors = uniqueNames(
    hints.authors?.length
      ? hints.authors.flatMap(splitAuthorList)
      : html?.authors.length
        ? html.authors.flatMap(splitAuthorList)
        : bylines.flatMap((b) => b.names.map(normalizePersonName)),
  );
  const published = firstDate([
    hints.published,
    ...(html?.published ?? []),
    ...rankDateLines([...pieces('dateline'), ...bylines.map((b) => b.date ?? '')]),
    BODY_DATELINE.exec(cleaned.paragraphs[0] ?? '')?.groups?.date,
  ]);
  const bylineAgencies = [...bylines.map((b) => agencyOf(b.org)), ...(hints.authors ?? []).map(agencyOf)].filter((a): a is string => a !== null);
  const credits = [...new Set([...bylineAgencies, ...findCredits([...cleaned.removed.map((r) => r.text), ...cleaned.paragraphs])])];
  return {
    title: title ? title.trim() : null,
    outlet: outlet ? outlet.trim() : null,
    authors,
    credits,
    published,
    url: hints.url ?? html?.url ?? page.raw.source.url ?? statedUrl(pieces('source-line')),
  };
}

/** A "url: https://..." header line of a text dump. */
function statedUrl(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = URL_LINE.exec(line);
    if (m) return m.groups!.url!;
  }
  return null;
}

function firstDate(candidates: readonly (string | undefined)[]): DateValue | null {
  for (const c of candidates) {
    if (!c) continue;
    const value = parseStatedDate(c);
    if (value) return value;
  }
  return null;
}
