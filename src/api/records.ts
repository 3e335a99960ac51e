/** Shapes of records as the API returns them: article summaries leave the body and the removed chrome out. */
import type { Article } from '../types.js';

export type ArticleSummary = Omit<Article, 'body' | 'removed' | 'fingerprint' | 'cleanedBy'>;

export function summarize(article: Article): ArticleSummary {
  const { body: _body, removed: _removed, fingerprint: _fingerprint, cleanedBy: _cleanedBy, ...summary } = article;
  return summary;
}

/** Splits a store snippet with \u0001...\u0002 match markers into text pieces; markers never reach a client. */
export function snippetPieces(snippet: string): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  for (const [i, part] of snippet.split(/[\u0001\u0002]/).entries()) {
    // Split alternates outside/inside a marker pair; an unpaired marker only shifts the parity of what follows.
    if (part !== '') pieces.push({ text: part, match: i % 2 === 1 });
  }
  return pieces;
}
