/**
 * The demo's look at one messy page: what Dossier read from it (title, outlet, authors, credits,
 * publication date and where that came from), the chrome it took out with the reason for each
 * piece, and how the article text starts. Formatting only.
 */
import type { Article } from '../../types.js';
import { formatDate, oneLine } from '../format.js';

/** Removed pieces shown per page before "... and N more". */
const SHOWN_PIECES = 12;

/** The text-dump page with the most kinds of chrome: the best single example of cleaning. */
export function pickCleaningExample(articles: readonly Article[]): Article | undefined {
  const kinds = (a: Article): number => new Set(a.removed.map((r) => r.reason)).size;
  return [...articles].filter((a) => a.format === 'text').sort((x, y) => kinds(y) - kinds(x))[0];
}

export function printCleaningExample(a: Article, out: (line?: string) => void): void {
  out();
  out(`== One page, cleaned: ${a.source.path?.split('/').pop() ?? a.id} (${a.id})`);
  out(`  title      ${a.title ?? '-'}`);
  out(`  outlet     ${a.outlet ?? '- (the page does not name itself)'}`);
  out(`  authors    ${a.authors.join(', ') || '-'}`);
  out(`  credits    ${a.credits.join(', ') || '-'}`);
  out(`  published  ${formatDate(a.published)}${a.published?.text ? ` (from "${oneLine(a.published.text, 50)}")` : ' (no date stated; a widget or headline-list date is not one)'}`);
  out('  removed, in page order, each with its reason:');
  for (const r of a.removed.slice(0, SHOWN_PIECES)) out(`    [${r.reason}] ${oneLine(r.text, 70)}`);
  if (a.removed.length > SHOWN_PIECES) out(`    ... and ${a.removed.length - SHOWN_PIECES} more`);
  out('  the article text starts:');
  for (const p of a.body.split('\n\n').slice(0, 2)) out(`    ${oneLine(p, 100)}`);
}
