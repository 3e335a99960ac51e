/**
 * Body -> quoted segments: “curly”, "straight", «guillemets» and ‘single’ quotes, paired per
 * paragraph. A quote still open at a paragraph's end is a multi-paragraph quote: that piece ends
 * there (closed: false) and the next paragraph's opening mark continues it.
 */
export interface QuoteSegment {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark (or the paragraph end when unclosed). */
  readonly close: number;
  /** The quoted words without marks, trailing comma or surrounding space. */
  readonly start: number;
  readonly end: number;
  readonly closed: boolean;
  readonly paragraph: number;
}

const OPEN_DOUBLE = new Set(['“', '«', '„']);
const CLOSE_DOUBLE = new Set(['”', '»']);
/** At least this many words inside the marks; one-word scare quotes ("provocation") are not quotes. */
export const MIN_QUOTE_WORDS = 2;

export function findQuoteSegments(text: string): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let paragraph = 0;
  for (const para of paragraphs(text)) {
    const doubles = pairDoubles(text, para.start, para.end, paragraph);
    out.push(...doubles);
    if (doubles.length === 0) out.push(...pairSingles(text, para.start, para.end, paragraph));
    paragraph++;
  }
  return out.filter((s) => s.end > s.start && text.slice(s.start, s.end).trim().split(/\s+/).length >= MIN_QUOTE_WORDS);
}

export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    out.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

function pairDoubles(text: string, from: number, to: number, paragraph: number): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const opens = OPEN_DOUBLE.has(c) || (c === '"' && open < 0);
    const closes = CLOSE_DOUBLE.has(c) || (c === '"' && open >= 0);
    if (open < 0 && opens) open = i;
    else if (open >= 0 && closes) {
      out.push(segment(text, open, i + 1, true, paragraph));
      open = -1;
    }
  }
  if (open >= 0) out.push(segment(text, open, to, false, paragraph));
  return out;
}

/** ‘Single’ or 'straight single' quotes, used as main quotes by some outlets; apostrophes inside words never pair. */
function pairSingles(text: string, from: number, to: number, paragraph: number): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (open < 0 && (c === '‘' || c === "'") && !/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) open = i;
    else if (open >= 0 && (c === '’' || c === "'") && /[\p{L}\p{N}.,!?…]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
      out.push(segment(text, open, i + 1, true, paragraph));
      open = -1;
    }
  }
  return out;
}

function segment(text: string, open: number, close: number, closed: boolean, paragraph: number): QuoteSegment {
  let start = open + 1;
  let end = closed ? close - 1 : close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { open, close, start, end, closed, paragraph };
}
