/**
 * Cleans a plain-text page dump: text copied from a news page with its chrome (menus, headline
 * lists, captions, ads, bios, weather headers). Every non-blank line gets one label — a
 * RemovalReason or "body" — from the passes below, run in order. A pass only labels lines no
 * earlier pass decided, so the more specific evidence always wins.
 */
import type { RemovedPiece } from '../types.js';
import type { CleanedDocument } from './index.js';
import { isListItem } from './line-shape.js';
import { splitLines, type Line, type Pass } from './text/lines.js';
import { unwrapHardWrappedLines } from './text/unwrap-pass.js';
import { labelChromeSignatures, labelRepeatedLines } from './text/signature-pass.js';
import { labelCommentsAndAuthorBoxes, labelHeadlineLists } from './text/section-pass.js';
import { labelHeader } from './text/header-pass.js';
import { labelInsideBody, labelLeftovers, labelParagraphs, labelTrailer } from './text/body-pass.js';

/**
 * The passes, in order. Ordering rules:
 * - Unwrapping first: every other pass judges whole paragraphs, not the pieces a 72-column wrap left.
 * - Signatures first: a line that says what it is ("Advertisement", "Photo: X/Yonhap", "Tags: ...")
 *   is labelled wherever it sits, so that no later pass can read it as a headline or a paragraph.
 * - Headline lists before repeated lines: the same headline in "Most read" and "Trending" is a
 *   listed headline, not a repeated caption.
 * - Repeated lines before the header: a caption repeated at the top is not the title.
 * - Comments and author boxes before the header and paragraphs: their sentences are not article text.
 * - Header before paragraphs: it picks the title, byline, dates and masthead by position, and
 *   takes a short dek or first paragraph under the title as body.
 * - Paragraphs, then what lies between them, then what follows them: the article's extent is
 *   known only once its paragraphs are.
 */
export const TEXT_DUMP_PASSES: readonly (readonly [name: string, pass: Pass])[] = [
  ['unwrap-hard-wrapped', unwrapHardWrappedLines],
  ['chrome-signatures', labelChromeSignatures],
  ['headline-lists', labelHeadlineLists],
  ['repeated-lines', labelRepeatedLines],
  ['comments-and-author-boxes', labelCommentsAndAuthorBoxes],
  ['header', labelHeader],
  ['paragraphs', labelParagraphs],
  ['inside-body', labelInsideBody],
  ['trailer', labelTrailer],
  ['leftovers', labelLeftovers],
];

/** Labels every line of a page dump, in page order. Exposed for tests and debugging. */
export function labelTextDump(text: string): readonly Line[] {
  let lines: readonly Line[] = splitLines(text);
  for (const [, pass] of TEXT_DUMP_PASSES) lines = pass(lines);
  return lines;
}

export function cleanTextDump(text: string): CleanedDocument {
  const lines = labelTextDump(text);
  const paragraphs: string[] = [];
  const removed: RemovedPiece[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.label === 'body') {
      if (previous && continuesParagraph(previous, line)) paragraphs[paragraphs.length - 1] += ' ' + line.text;
      else paragraphs.push(line.text);
      previous = line;
    } else {
      removed.push({ text: line.text, reason: line.label ?? 'boilerplate' });
      previous = null;
    }
  }
  return { paragraphs, removed, strategy: 'text-dump' };
}

/**
 * A line continues the paragraph above it when both sit in one block and the one above was cut
 * mid-sentence (a hard-wrapped paragraph). A short line without an end mark is a subheading, and
 * list items stay one per paragraph.
 */
function continuesParagraph(above: Line, line: Line): boolean {
  if (above.block !== line.block || isListItem(line.text) || isListItem(above.text)) return false;
  if (/[.!?…:;"'”’)\]]$/.test(above.text)) return false;
  return above.text.length >= 50 || /^\p{Ll}/u.test(line.text);
}
