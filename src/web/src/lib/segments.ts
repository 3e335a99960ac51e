/**
 * Splits an article body into runs of text, each with the marks (quotes, claims, mentions, a
 * cited span) that cover it, so the UI can highlight overlapping spans with plain text nodes.
 * Spans are offsets into the body, `end` exclusive, as everywhere in Dossier.
 */

export type MarkKind = 'quote' | 'claim' | 'mention' | 'date' | 'target';

export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  /** Record id (q1, c2, n3...) for links and tests. */
  readonly id?: string;
  /** Where a click on the run leads (an entity page for a mention). */
  readonly href?: string;
  /** Shown on hover. */
  readonly title?: string;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marks: readonly Mark[];
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
}

/** Paragraph ranges of a body whose paragraphs are joined by blank lines. */
export function paragraphsOf(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  const separator = /\n{2,}/g;
  let start = 0;
  for (const m of body.matchAll(separator)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push({ start, end: body.length });
  return out;
}

/** Runs of `text` between `from` and `to`; marks out of range or empty are ignored, partial ones clipped. */
export function runsOf(text: string, marks: readonly Mark[], from = 0, to = text.length): Run[] {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end && m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const m of valid) {
    cuts.add(Math.max(m.start, from));
    cuts.add(Math.min(m.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    runs.push({ start, end, text: text.slice(start, end), marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return runs;
}

/** "120-180" -> { start: 120, end: 180 }; null for anything else. */
export function parseSpan(value: string | undefined): { start: number; end: number } | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end ? { start, end } : null;
}
