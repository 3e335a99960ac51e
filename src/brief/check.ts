/**
 * Checks a brief against the articles it cites: every sentence is found verbatim in each span it
 * cites (each side of a conflict line too), spans lie inside bodies, and no cited text is a
 * removed piece of page chrome. Returns the problems found; empty means the brief holds.
 */
import type { Article, Brief, BriefCitation } from '../types.js';

/** Removed pieces shorter than this are too generic to match against ("Photo", "Share"). */
const MIN_CHROME_CHARS = 12;

export function checkBrief(brief: Brief, articles: readonly Article[]): string[] {
  const byId = new Map(articles.map((a) => [a.id as string, a]));
  const problems: string[] = [];
  const checkSpan = (where: string, text: string, c: BriefCitation, exact: boolean) => {
    const a = byId.get(c.article);
    if (!a) return problems.push(`${where}: cites unknown article ${c.article}`);
    if (!(c.span.start >= 0 && c.span.start < c.span.end && c.span.end <= a.body.length)) return problems.push(`${where}: span ${c.span.start}-${c.span.end} outside ${c.article}`);
    const cited = a.body.slice(c.span.start, c.span.end);
    if (exact && cited !== text) problems.push(`${where}: ${c.article} ${c.span.start}-${c.span.end} holds ${JSON.stringify(cited.slice(0, 60))}, not the sentence`);
    for (const r of a.removed) {
      const piece = r.text.trim();
      if (piece.length >= MIN_CHROME_CHARS && (cited.includes(piece) || piece.includes(cited))) problems.push(`${where}: cites removed ${r.reason} ${JSON.stringify(piece.slice(0, 60))}`);
    }
    return undefined;
  };
  brief.sentences.forEach((s, i) => {
    const where = `sentence ${i + 1}`;
    if (s.kind === 'conflict') {
      if (!s.sides || s.sides.length < 2) problems.push(`${where}: a conflict line needs two sides`);
      for (const side of s.sides ?? []) {
        if (side.sources.length === 0) problems.push(`${where}: side "${side.who}" cites nothing`);
        if (!s.text.includes(`"${side.text}"`)) problems.push(`${where}: side "${side.who}" is not quoted in the line`);
        for (const c of side.sources) checkSpan(where, side.text, c, true);
      }
      return;
    }
    if (s.sources.length === 0) problems.push(`${where}: cites nothing`);
    for (const c of s.sources) checkSpan(where, s.text, c, true);
    for (const c of s.alsoReportedBy) checkSpan(where, s.text, c, false);
  });
  return problems;
}
