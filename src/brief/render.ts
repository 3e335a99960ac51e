/** A brief as Markdown (for people) or JSON (for programs). Formatting only. */
import type { Brief, BriefCitation } from '../types.js';

const cite = (c: BriefCitation): string => `${c.outlet ?? c.article} (${c.article} ${c.span.start}-${c.span.end})`;

export function briefMarkdown(b: Brief): string {
  const lines = [`# ${b.label}`, ''];
  if (b.sentences.length === 0) lines.push('_Nothing to summarise: the story has no sentences to cite._');
  b.sentences.forEach((s, i) => {
    if (s.kind === 'conflict' && s.sides) {
      lines.push(`${i + 1}. ${s.text}`);
      for (const side of s.sides) lines.push(`   - ${side.who}: ${side.sources.map(cite).join('; ')}`);
      return;
    }
    const count = s.independentSources > 1 ? ` — ${s.independentSources} independent sources` : '';
    lines.push(`${i + 1}. ${s.text}`);
    lines.push(`   - ${s.sources.map(cite).join('; ')}${count}`);
    if (s.alsoReportedBy.length > 0) lines.push(`   - also reported by: ${s.alsoReportedBy.map(cite).join('; ')}`);
  });
  return `${lines.join('\n')}\n`;
}

export const briefJson = (b: Brief): string => `${JSON.stringify(b, null, 2)}\n`;
