/** Lines whose own text says what they are: chrome rules, bios, repeated captions. */
import { AUTHOR_BIO, matchChromeRule } from '../chrome-patterns.js';
import { parseByline } from '../byline.js';
import { dateLineKind, isTitleLike, looksLikeSentence, normalizeForCompare } from '../line-shape.js';
import { AGENCY_CASED_ALTERNATION } from '../agencies.js';
import { labelEach, type Label, type Line } from './lines.js';

/** A one-line author bio is at most this long, characters; a longer line is a paragraph about someone. */
const MAX_BIO_CHARS = 400;
/** Repeated lines shorter than this (normalised) are left to other passes ("More", "Share"). */
const MIN_REPEATED_CHARS = 12;
/** Lines longer than this are paragraphs, not captions or chrome; they are not compared, characters. */
const MAX_REPEATED_CHARS = 400;
const CAPTION_WORD = /\b(?:photo|photograph|image|picture|pictured|file|handout|courtesy|credit)\b/i;
/** Case-sensitive: an agency credit keeps the agency's casing ("(EPA)", not the German "(ePA)"). */
const AGENCY_CREDIT = new RegExp(`\\((?:${AGENCY_CASED_ALTERNATION})[^)]*\\)|/\\s*(?:${AGENCY_CASED_ALTERNATION})(?![\\p{L}\\d])`, 'u');
const hasCaptionSignal = (text: string): boolean => CAPTION_WORD.test(text) || AGENCY_CREDIT.test(text);

/** Chrome rules (ads, share rows, captions with credits, widgets, ...). Bylines and date lines are left
 *  to the header and trailer passes, which know where on the page they sit. */
export function labelChromeSignatures(lines: readonly Line[]): Line[] {
  return labelEach(lines, (line) => {
    if (dateLineKind(line.text) || parseByline(line.text)) return null;
    const rule = matchChromeRule(line.text);
    if (rule) return rule.reason;
    if (line.text.length <= MAX_BIO_CHARS && AUTHOR_BIO.test(line.text)) return 'author-bio';
    return null;
  });
}

/**
 * A line that appears more than once is a caption (a photo caption repeated by a gallery or a
 * lightbox), chrome, or a pull quote — never two paragraphs of one article. The page's title
 * repeated (page title + headline) stays the title.
 */
export function labelRepeatedLines(lines: readonly Line[]): Line[] {
  const groups = new Map<string, number[]>();
  // Only lines no rule has labelled are compared: a rule-labelled line needs no help, and its text
  // ("© The Valley Post") may normalise to that of a line with another role (the masthead).
  lines.forEach((l, i) => {
    if (l.label !== null || l.text.length > MAX_REPEATED_CHARS) return;
    const key = normalizeForCompare(l.text);
    if (key.length < MIN_REPEATED_CHARS) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const labels = new Map<number, Label>();
  const titleIndex = lines.findIndex((l) => l.label === null && isTitleLike(l.text));
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = lines[group[0]!]!;
    if (group[0] === titleIndex && !hasCaptionSignal(first.text)) {
      for (const i of group.slice(1)) labels.set(i, 'title');
    } else if (hasCaptionSignal(first.text) || group.length >= 3 || !looksLikeSentence(first.text)) {
      for (const i of group) labels.set(i, 'photo-caption');
    } else {
      // A sentence said twice: a pull quote or a page that repeats itself. The first copy is the article's.
      for (const i of group.slice(1)) labels.set(i, 'boilerplate');
    }
  }
  return lines.map((l, i) => (l.label === null && labels.has(i) ? { ...l, label: labels.get(i)! } : l));
}
