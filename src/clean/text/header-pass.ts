/**
 * The page header: everything before the article's first paragraph. Here sit the masthead, the
 * menus, a date/weather widget, the headline, the byline and the date line. Which line is which
 * depends on position: a bare date above the menus is today's date (a widget); the same date
 * under the headline is the publication date.
 */
import { parseByline } from '../byline.js';
import { dateLineKind, isTitleLike, isUnpunctuatedSentence, looksLikeSentence, readsAsText } from '../line-shape.js';
import { applyLabels, type Label, type Line } from './lines.js';

/** A paragraph that opens an article is at least this long, characters (shorter sentences may be a dek). */
const MIN_OPENING_CHARS = 80;
/** A wire dateline opening the first paragraph: "SEOUL, May 3 (Yonhap) --", "HALVIK (NWS) —". */
const WIRE_DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}\d .,]{1,30})?\s*(?:\([^)]{1,40}\)\s*)?(?:--|[—–])\s/u;
/** A key-value header line naming the title: "title: Ferry line reopens", "Headline: ...". */
export const TITLE_KEY = /^(?:title|headline)\s*:\s*\S/i;
/** Words that end a publication's name: "Halvik Herald", "THE COASTAL TIMES", "Northern Wire". */
const PRESS_WORD = /\b(?:times|herald|post|gazette|news|daily|journal|tribune|chronicle|courier|ledger|observer|wire|digest|review|press|star|mail|telegraph|guardian|record|sun|express|independent|agency|bulletin|dispatch|examiner|monitor|reporter|sentinel|standard|register|inquirer|today|weekly|magazine|radio|tv|network|broadcasting|online|insider|globe|mirror|echo|argus|advertiser|enquirer|leader|report|voice|nation|world|post-\w+)$/i;

/** Starts the article: a long sentence, or a paragraph opened by a wire dateline. */
export const opensArticle = (text: string): boolean =>
  (looksLikeSentence(text) && text.length >= MIN_OPENING_CHARS) || (WIRE_DATELINE.test(text) && text.length >= 40);

/** A masthead: a short name in title case or capitals ending in a press word. */
export function isMasthead(text: string): boolean {
  const words = text.replace(/^the\s+/i, '').split(' ');
  if (words.length > 5 || /[.!?:,]$/.test(text)) return false;
  if (!words.every((w) => /^[\p{Lu}\d&'’-]/u.test(w) || /^(?:of|and|the|de|la)$/.test(w))) return false;
  return PRESS_WORD.test(text);
}

export function labelHeader(lines: readonly Line[]): Line[] {
  let end = lines.findIndex((l) => l.label === null && opensArticle(l.text));
  if (end < 0) end = lines.length;
  const labels = new Map<number, Label>();
  const open = (i: number): boolean => lines[i]!.label === null && !labels.has(i);

  // A "title:" line states the title outright.
  const keyed = lines.findIndex((l, i) => i < end && l.label === null && TITLE_KEY.test(l.text));
  if (keyed >= 0) labels.set(keyed, 'title');
  // Bylines and date lines first: the title is the headline right above them.
  const dated: number[] = [];
  for (let i = 0; i < end; i++) {
    if (!open(i)) continue;
    if (parseByline(lines[i]!.text)) labels.set(i, 'byline');
    else if (dateLineKind(lines[i]!.text)) dated.push(i);
  }
  const metaLines = [...labels.keys(), ...dated].sort((a, b) => a - b);
  const titleIndex = keyed >= 0 ? keyed : pickTitle(lines, open, metaLines, end);
  if (titleIndex >= 0) labels.set(titleIndex, 'title');

  for (const i of dated) {
    // A bare date above the headline with a menu after it is a date widget (today's date), not the publication date.
    const bare = dateLineKind(lines[i]!.text) === 'bare';
    const between = lines.slice(i + 1, titleIndex < 0 ? end : titleIndex);
    const menuAfter = between.some((l) => l.label === 'navigation' || l.label === 'weather-or-date-widget' || (l.label === null && isMasthead(l.text)));
    labels.set(i, bare && titleIndex > i && menuAfter ? 'weather-or-date-widget' : 'dateline');
  }
  for (let i = 0; i < end; i++) {
    if (!open(i)) continue;
    const text = lines[i]!.text;
    if (titleIndex >= 0 && i < titleIndex && isMasthead(text)) labels.set(i, 'masthead');
    else if (titleIndex >= 0 && i > titleIndex && (readsAsText(text) || isUnpunctuatedSentence(text))) labels.set(i, 'body'); // a dek or a short first paragraph
    else if (titleIndex < 0 && readsAsText(text) && text.split(' ').length >= 4) labels.set(i, 'body');
    else if (titleIndex >= 0 && i === titleIndex + 1 && isTitleLike(text) && lines[i]!.block === lines[titleIndex]!.block) labels.set(i, 'title'); // a subtitle
    else labels.set(i, 'navigation');
  }
  return applyLabels(lines, labels);
}

/**
 * The headline: the last headline-shaped line above the first byline or date line that has one
 * above it (menus and tickers come earlier; a date widget at the very top has none above it).
 * With no such line, the first headline-shaped line after the first byline or date ("Posted May 3,
 * 2026" first, then the headline), or else the first in the header (a dek without a period comes later).
 */
function pickTitle(lines: readonly Line[], open: (i: number) => boolean, metaLines: readonly number[], end: number): number {
  const candidates: number[] = [];
  for (let i = 0; i < end; i++) if (open(i) && isTitleLike(lines[i]!.text)) candidates.push(i);
  const names = candidates.filter((i) => !isMasthead(lines[i]!.text));
  const pool = names.length ? names : candidates;
  for (const m of metaLines) {
    const above = pool.filter((i) => i < m);
    if (above.length) return above.at(-1)!;
  }
  return (metaLines.length ? pool.find((i) => i > metaLines[0]!) : undefined) ?? pool[0] ?? -1;
}
