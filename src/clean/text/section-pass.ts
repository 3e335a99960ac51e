/**
 * Sections introduced by a heading: a list of other stories' headlines ("Related stories",
 * "Most read", "Trending"), readers' comments, an "About the author" box. The heading says
 * what the lines after it are, up to where the article's own text resumes.
 */
import { AUTHOR_BIO_HEADING, COMMENTS_HEADING, RELATED_HEADING } from '../chrome-patterns.js';
import { RELATIVE_AGE, dateLineKind, hasFullDate, isTitleLike, looksLikeSentence, readsAsText } from '../line-shape.js';
import { applyLabels, type Label, type Line } from './lines.js';

/** A teaser under a listed headline is at most this long, characters; a longer line is article text. */
const MAX_TEASER_CHARS = 250;
/** A comments section only counts after this much article text, characters (a "12 comments" link near the byline is not one). */
const MIN_TEXT_BEFORE_COMMENTS = 200;
/** An author box holds at most this many lines after its heading. */
const MAX_BIO_LINES = 3;

const isHeading = (text: string): boolean => RELATED_HEADING.test(text) || COMMENTS_HEADING.test(text) || AUTHOR_BIO_HEADING.test(text);

/** A line as headline lists write their items: a headline, a date or age, "date — headline", a short label. */
export function isListedHeadline(text: string): boolean {
  if (isTitleLike(text) || dateLineKind(text) === 'bare' || RELATIVE_AGE.test(text)) return true;
  if (hasFullDate(text) && text.length <= 200 && !looksLikeSentence(text)) return true;
  return text.split(' ').length <= 3 && !readsAsText(text);
}

/** "Related stories" and its kind, and the headlines (with their dates and teasers) that follow. */
export function labelHeadlineLists(lines: readonly Line[]): Line[] {
  const labels = new Map<number, Label>();
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!;
    if (heading.label !== null || !RELATED_HEADING.test(heading.text)) continue;
    labels.set(i, 'related-headlines');
    let lastItemBlock = heading.block;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.label !== null) continue; // chrome inside the list (an ad, a caption) keeps its own reason
      if (isHeading(l.text)) break;
      const teaser = l.block === lastItemBlock && l.text.length <= MAX_TEASER_CHARS && j > i + 1;
      if (isListedHeadline(l.text) || (teaser && readsAsText(l.text))) {
        labels.set(j, 'related-headlines');
        lastItemBlock = l.block;
        continue;
      }
      break; // the article's own text resumes
    }
  }
  return applyLabels(lines, labels);
}

/** Readers' comments after the article, and "About the author" boxes. */
export function labelCommentsAndAuthorBoxes(lines: readonly Line[]): Line[] {
  const labels = new Map<number, Label>();
  let textSoFar = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.label === null && looksLikeSentence(l.text)) textSoFar += l.text.length;
    if (l.label !== null && l.label !== 'comments') continue;
    if (COMMENTS_HEADING.test(l.text) && textSoFar >= MIN_TEXT_BEFORE_COMMENTS) {
      labels.set(i, 'comments');
      for (let j = i + 1; j < lines.length && !(lines[j]!.label === null && isHeading(lines[j]!.text)); j++) labels.set(j, 'comments');
    } else if (l.label === null && AUTHOR_BIO_HEADING.test(l.text)) {
      labels.set(i, 'author-bio');
      for (let j = i + 1; j < lines.length && j <= i + MAX_BIO_LINES && !isHeading(lines[j]!.text); j++) {
        if (lines[j]!.block > lines[i + 1]!.block) break;
        labels.set(j, 'author-bio');
      }
    }
  }
  return applyLabels(lines, labels);
}
