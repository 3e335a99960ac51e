/**
 * Sentence spans of an article body, with Intl.Segmenter (ICU sentence rules, built into Node) and
 * two news-specific repairs: no sentence crosses a paragraph break, and a break after a common
 * abbreviation ("Mr.", "U.S.", "Jan.") is undone.
 */
import type { Span } from '../types.js';

const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Hon|Inc|Ltd|Co|Corp|No|Nos|vs|etc|approx|est|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z](?:\.[A-Z])*|a\.m|p\.m|i\.e|e\.g)\.\s*$/;

/** Non-overlapping sentence spans, trimmed, in order. */
export function sentenceSpans(body: string): Span[] {
  const out: Span[] = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of body.matchAll(paragraph)) {
    const base = p.index;
    const first = out.length;
    let pending: Span | null = null;
    for (const seg of segmenter.segment(p[0])) {
      const start = base + seg.index;
      const end = start + seg.segment.length;
      // '"Are you?" she asked.': a piece starting in lower case continues the sentence before it.
      const last = out[out.length - 1];
      if (!pending && out.length > first && last && /^\s*[a-z]/.test(seg.segment)) {
        out.pop();
        pending = { start: last.start, end };
      } else {
        pending = pending ? { start: pending.start, end } : { start, end };
      }
      if (!ABBREVIATION.test(body.slice(pending.start, pending.end))) {
        pushTrimmed(body, pending, out);
        pending = null;
      }
    }
    if (pending) pushTrimmed(body, pending, out);
  }
  return out;
}

function pushTrimmed(body: string, s: Span, out: Span[]): void {
  let { start, end } = s;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** The sentence holding `at` (an offset), or null. `spans` must be sorted. */
export function sentenceAt(spans: readonly Span[], at: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
