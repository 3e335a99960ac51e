/**
 * Cleans a plain-text page dump: text copied from a news page with its chrome (menus, headline
 * lists, captions, ads, bios, weather headers). Each line gets a label; the passes below run in
 * order and each may only label lines still unlabelled, so an earlier, more specific pass wins.
 */
import type { RemovalReason, RemovedPiece } from '../types.js';
import type { CleanedDocument } from './index.js';
import { AUTHOR_BIO, BYLINE, RELATED_HEADING, matchChromeRule } from './chrome-patterns.js';
import { isDateOnlyLine, looksLikeSentence, normalizeForCompare } from './line-shape.js';

interface Line {
  readonly text: string;
  /** Index of the blank-line-separated block the line belongs to. */
  readonly block: number;
  label: RemovalReason | 'body' | null;
}

type Pass = (lines: Line[]) => void;

/** Pass order matters: repeated captions and related-headline lists are found before the header
 *  pass, so that the header pass does not take a caption for the title. */
const PASSES: readonly Pass[] = [markRepeated, markRuleMatches, markRelatedLists, markHeader, markBody, markTrailer];

export function cleanTextDump(text: string): CleanedDocument {
  const lines = splitLines(text);
  for (const pass of PASSES) pass(lines);
  const paragraphs: string[] = [];
  const removed: RemovedPiece[] = [];
  let previousBlock = -1;
  for (const line of lines) {
    if (line.label === 'body') {
      // Lines of one block are one paragraph when they read as a wrapped paragraph.
      if (line.block === previousBlock && paragraphs.length && !looksLikeSentenceEnd(paragraphs.at(-1)!)) {
        paragraphs[paragraphs.length - 1] += ' ' + line.text;
      } else paragraphs.push(line.text);
      previousBlock = line.block;
    } else {
      removed.push({ text: line.text, reason: line.label ?? 'boilerplate' });
      previousBlock = -1;
    }
  }
  return { paragraphs, removed, strategy: 'text-dump' };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const raw of text.split('\n')) {
    const t = raw.replace(/\s+/g, ' ').trim();
    if (t === '') {
      block++;
      continue;
    }
    lines.push({ text: t, block, label: null });
  }
  return lines;
}

const looksLikeSentenceEnd = (s: string): boolean => /[.!?…"'”’)\]]$/.test(s);

/** A line repeated on the page is a caption or chrome, never two paragraphs of one article. */
function markRepeated(lines: Line[]): void {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(normalizeForCompare(l.text), (counts.get(normalizeForCompare(l.text)) ?? 0) + 1);
  const seen = new Set<string>();
  for (const l of lines) {
    const key = normalizeForCompare(l.text);
    if ((counts.get(key) ?? 0) < 2) continue;
    const rule = matchChromeRule(l.text);
    if (rule) l.label = rule.reason;
    else if (/\b(?:photo|image|picture|pictured|file)\b|\((?:AP|AFP|Reuters|Yonhap|EPA|Getty)[^)]*\)/i.test(l.text)) l.label = 'photo-caption';
    else if (seen.has(key)) l.label = looksLikeSentence(l.text) ? 'boilerplate' : 'photo-caption';
    seen.add(key);
  }
}

function markRuleMatches(lines: Line[]): void {
  for (const l of lines) {
    if (l.label) continue;
    const rule = matchChromeRule(l.text);
    if (rule) l.label = rule.reason;
    else if (AUTHOR_BIO.test(l.text) && l.text.length < 400) l.label = 'author-bio';
  }
}

/** "Related stories" and similar headings, and the headline lines that follow them. */
function markRelatedLists(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED_HEADING.test(lines[i]!.text)) continue;
    lines[i]!.label = 'related-headlines';
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.label && l.label !== 'related-headlines' && l.label !== 'photo-caption' && l.label !== 'advertisement') break;
      if (!l.label && (looksLikeSentence(l.text) && l.text.length > 150)) break;
      if (!l.label) l.label = 'related-headlines';
    }
  }
}

/** Before the first paragraph: title, byline, date line; other short lines are navigation. */
function markHeader(lines: Line[]): void {
  const firstBody = lines.findIndex((l) => !l.label && looksLikeSentence(l.text) && l.text.length >= 80);
  const end = firstBody < 0 ? lines.length : firstBody;
  let titled = false;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (l.label) continue;
    if (BYLINE.test(l.text)) l.label = 'byline';
    else if (isDateOnlyLine(l.text)) l.label = 'dateline';
    else if (!titled && isTitleLike(l.text)) {
      l.label = 'title';
      titled = true;
    } else if (!looksLikeSentence(l.text)) l.label = 'navigation';
  }
}

function isTitleLike(text: string): boolean {
  const words = text.split(' ').length;
  return words >= 3 && words <= 30 && text.length <= 200 && !/[.:]$/.test(text);
}

function markBody(lines: Line[]): void {
  for (const l of lines) if (!l.label && (looksLikeSentence(l.text) || l.text.length >= 120)) l.label = 'body';
}

/** Short lines left over are chrome: after the body, a list of links or labels. */
function markTrailer(lines: Line[]): void {
  for (const l of lines) {
    if (l.label) continue;
    if (BYLINE.test(l.text)) l.label = 'byline';
    else if (isDateOnlyLine(l.text)) l.label = 'dateline';
    else l.label = 'navigation';
  }
}
