/**
 * The article text and what follows it. Paragraphs are found by their shape; short lines between
 * paragraphs (subheadings, one-line quotes, list items) belong to the article; after the last
 * paragraph, only lines that read as text continue it, and the rest is the page footer.
 */
import { parseByline } from '../byline.js';
import { countWords, dateLineKind, isListItem, isTitleLike, isUnpunctuatedSentence, looksLikeSentence, readsAsText } from '../line-shape.js';
import { isMasthead } from './header-pass.js';
import { applyLabels, labelEach, type Label, type Line } from './lines.js';

/** A line this long is a paragraph whatever its punctuation, characters. */
const PARAGRAPH_CHARS = 120;
/** Headline-shaped lines in a row after the article that make a list of other stories. */
const MIN_HEADLINE_RUN = 2;

export function labelParagraphs(lines: readonly Line[]): Line[] {
  return labelEach(lines, (l) => (looksLikeSentence(l.text) || l.text.length >= PARAGRAPH_CHARS ? 'body' : null));
}

/** Between the first and last paragraph, what no earlier pass recognised as chrome is the article's. */
export function labelInsideBody(lines: readonly Line[]): Line[] {
  const first = lines.findIndex((l) => l.label === 'body');
  const last = lines.findLastIndex((l) => l.label === 'body');
  if (first < 0) return lines as Line[];
  return labelEach(lines, (l, i) => {
    if (i < first || i > last) return null;
    if (parseByline(l.text)) return 'byline';
    if (dateLineKind(l.text)) return 'dateline';
    return 'body';
  });
}

/**
 * After the last paragraph: short lines that read as text continue the article (a closing quote,
 * a list after "includes:"); then bylines and date lines at the bottom; runs of headlines are other
 * stories; anything else is footer navigation.
 */
export function labelTrailer(lines: readonly Line[]): Line[] {
  let last = lines.findLastIndex((l) => l.label === 'body');
  const labels = new Map<number, Label>();
  // The article goes on while the next lines read as text, or belong to a list it introduced ("as follows:").
  let inList = false;
  for (let i = last + 1; last >= 0 && i < lines.length; i++) {
    const l = lines[i]!;
    if (l.label !== null) break;
    const prev = lines[i - 1]!;
    inList = inList && l.block === prev.block;
    const introduces = /:$/.test(l.text) && (inList || countWords(l.text) >= 5);
    if ((readsAsText(l.text) && l.text.includes(' ')) || inList || introduces || (isListItem(l.text) && isListItem(prev.text))) {
      labels.set(i, 'body');
      last = i;
      if (introduces) inList = true;
    } else break;
  }
  const rest: number[] = [];
  for (let i = last + 1; i < lines.length; i++) if (lines[i]!.label === null) rest.push(i);
  for (const i of rest) {
    const text = lines[i]!.text;
    if (parseByline(text)) labels.set(i, 'byline');
  }
  // Runs of adjacent unlabelled lines. A bare date beside a headline dates that headline (a list of
  // other stories); a date line on its own, or one that says "Published", dates the article.
  let run: number[] = [];
  const closeRun = (): void => {
    if (run.length === 1 && run[0] === last + 1 && isUnpunctuatedSentence(lines[run[0]]!.text)) {
      labels.set(run[0]!, 'body');
      run = [];
      return;
    }
    const headlines = run.filter((i) => isTitleLike(lines[i]!.text) && !dateLineKind(lines[i]!.text) && !isMasthead(lines[i]!.text));
    const list = headlines.length >= MIN_HEADLINE_RUN || (headlines.length >= 1 && run.some((i) => dateLineKind(lines[i]!.text) === 'bare'));
    for (const i of run) {
      const kind = dateLineKind(lines[i]!.text);
      if (kind && (kind !== 'bare' || !list)) labels.set(i, 'dateline');
      else labels.set(i, list ? 'related-headlines' : 'navigation');
    }
    run = [];
  };
  for (const i of rest) {
    if (labels.has(i)) continue;
    if (run.length && i !== run.at(-1)! + 1) closeRun();
    run.push(i);
  }
  closeRun();
  return applyLabels(lines, labels);
}

/** Whatever is still unlabelled (a page with no paragraph at all) is navigation. */
export function labelLeftovers(lines: readonly Line[]): Line[] {
  return labelEach(lines, (l) => (parseByline(l.text) ? 'byline' : dateLineKind(l.text) ? 'dateline' : 'navigation'));
}
