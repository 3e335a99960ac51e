/**
 * Clean: a parsed page -> the article body as paragraphs, and every removed piece with its reason.
 * Text dumps and HTML pages have their own strategies; both report which one produced the body.
 */
import type { Ctx, RemovedPiece } from '../types.js';
import type { Page } from './page.js';
import { cleanTextDump } from './text-dump.js';
import { cleanHtml } from './html.js';

export { parsePage, type Page } from './page.js';

export interface CleanedDocument {
  readonly paragraphs: readonly string[];
  /** Page chrome taken out, in page order, each with why. Nothing the page said is silently lost. */
  readonly removed: readonly RemovedPiece[];
  /** The strategy that produced the body, e.g. "text-dump" or "html:article-tag". */
  readonly strategy: string;
}

export interface Cleaner {
  readonly name: string;
  clean(page: Page, ctx: Ctx): CleanedDocument;
}

export const defaultCleaner: Cleaner = {
  name: 'default',
  clean: (page) => (page.kind === 'html' ? cleanHtml(page.dom) : cleanTextDump(page.text)),
};

/** The body as the export states it: paragraphs joined by a blank line. */
export const joinParagraphs = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');
