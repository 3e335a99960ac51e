/**
 * Hard-wrapped text (wire copy and e-mail dumps cut lines at ~72 columns) -> one line per
 * paragraph, so that every later pass sees whole paragraphs. A line is joined to the one above it
 * in the same block when the one above was cut mid-sentence: long, several words, no end mark,
 * no menu separators, and the line below is not itself a byline, a date line or chrome.
 */
import { parseByline } from '../byline.js';
import { matchChromeRule } from '../chrome-patterns.js';
import { countWords, dateLineKind } from '../line-shape.js';
import type { Line } from './lines.js';

/** A line cut by wrapping is at least this long, characters, and holds at least this many words. */
const MIN_WRAPPED_CHARS = 40;
const MIN_WRAPPED_WORDS = 6;
/** A wrapped block's longest line is at most this long, characters (unwrapped paragraphs are longer). */
const MAX_WRAP_WIDTH = 100;
/** A line cut by wrapping reaches at least this share of its block's wrap width. */
const MIN_SHARE_OF_WIDTH = 0.7;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
const ENDS_UNIT = /[.!?…:;"'”’)\]|›»]$/;

export function unwrapHardWrappedLines(lines: readonly Line[]): Line[] {
  // Per block: its longest line (the wrap width), and whether its last line ends a sentence
  // (a wrapped paragraph does; a list of headlines of similar lengths does not).
  const width = new Map<number, number>();
  const lastLine = new Map<number, string>();
  for (const l of lines) {
    width.set(l.block, Math.max(width.get(l.block) ?? 0, l.text.length));
    lastLine.set(l.block, l.text);
  }
  const paragraphBlocks = new Set([...lastLine].filter(([, text]) => SENTENCE_END.test(text)).map(([block]) => block));
  const out: Line[] = [];
  let lastPhysical = '';
  for (const line of lines) {
    const above = out.at(-1);
    if (above && line.label === null && above.label === null && isCutAbove(above, lastPhysical, line, paragraphBlocks.has(line.block) ? width.get(line.block)! : 0)) {
      out[out.length - 1] = { ...above, text: `${above.text} ${line.text}` };
    } else out.push(line);
    lastPhysical = line.text;
  }
  return out;
}

/** `physical` is the last line as it was written (a joined paragraph is judged by its last piece);
 *  `blockWidth` is 0 when the block does not end like a paragraph. */
function isCutAbove(above: Line, physical: string, line: Line, blockWidth: number): boolean {
  if (above.block !== line.block || ENDS_UNIT.test(physical) || /[|›»]/.test(physical)) return false;
  if (physical.length < MIN_WRAPPED_CHARS || countWords(physical) < MIN_WRAPPED_WORDS) return false;
  // A line that goes on in lower case continues a sentence; otherwise the block must be wrapped and the line full.
  const wrapped = blockWidth > 0 && blockWidth <= MAX_WRAP_WIDTH && physical.length >= MIN_SHARE_OF_WIDTH * blockWidth;
  if (!/^[\p{Ll}\d]/u.test(line.text) && !wrapped) return false;
  return !parseByline(line.text) && !dateLineKind(line.text) && !matchChromeRule(line.text);
}
