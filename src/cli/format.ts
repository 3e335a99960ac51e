/** Plain-text rendering helpers for terminal output. No domain logic. */
import type { Article, DateValue } from '../types.js';

export const formatDate = (d: DateValue | null | undefined): string => {
  if (!d) return 'no date';
  if (d.start === null) return `"${d.text ?? '?'}" (unresolved)`;
  return d.start === d.end ? d.start : `${d.start}..${d.end}`;
};

export const oneLine = (text: string, max = 100): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function articleLine(a: Article): string {
  const parts = [a.id.padEnd(6), formatDate(a.published).padEnd(10), (a.outlet ?? '-').slice(0, 24).padEnd(24), oneLine(a.title ?? '(no title)', 70)];
  if (a.duplicateOf) parts.push(`[copy of ${a.duplicateOf}]`);
  return parts.join('  ');
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
