/**
 * Sentences without quote marks that report what a named speaker said:
 *   Kim said (on Friday) that CLAUSE. / Kim told Yonhap that CLAUSE. / Kim said CLAUSE.
 *   CLAUSE, Kim said. / CLAUSE, said Kim.  /  KCNA quoted Kim as saying (that) CLAUSE.
 * Only named speakers (a person or organisation, or a pronoun or title resolved to one) count:
 * "officials said" is an attribution for claims, not a quote.
 */
import type { QuoteRecord } from '../../types.js';
import { ADVERB, SPEECH_VERB, findChannels, resolveSpeaker, type SpeakerContext } from './speaker.js';

const SP = `[^,;:!?"“”«»\\n]{1,70}?`;
const LEAD = `(?:(?:But|And|However|Meanwhile|Separately|Later|Earlier|Still|Also|Yet)\\s*,?\\s+|(?:On|In|At|During|Late|Early|Last|This|Speaking|Asked|Earlier|Later|Addressing|Writing)\\b[^,]{0,60},\\s+)?`;
const SAID_THAT = new RegExp(`^${LEAD}(?<sp>${SP})\\s+(?:${ADVERB}\\s+)?(?<verb>${SPEECH_VERB})\\b(?<mid>[^.;!?]{0,80}?)\\s+that\\s+(?<clause>.+)$`, 'u');
const SAID_PLAIN = new RegExp(`^${LEAD}(?<sp>${SP})\\s+(?:${ADVERB}\\s+)?(?<verb>said|says|warned|insisted|argued|claimed|stressed|added|predicted)\\s+(?<clause>(?!that\\b|on\\b|in\\b|at\\b|during\\b|it\\s+was\\b|nothing\\b|so\\b)[\\p{Ll}\\p{Lu}].+)$`, 'u');
const QUOTED_AS = new RegExp(`^${LEAD}(?<via>${SP})\\s+(?:${ADVERB}\\s+)?(?:quoted|cited)\\s+(?<sp>${SP})\\s+as\\s+saying\\s+(?:that\\s+)?(?<clause>.+)$`, 'u');
const CLAUSE_FIRST = new RegExp(`^(?<clause>[^"“”]+?),\\s+(?<sp>${SP})\\s+(?:${ADVERB}\\s+)?(?<verb>${SPEECH_VERB})\\b(?<rest>[^"“”]*)$`, 'u');
const CLAUSE_FIRST_INVERTED = new RegExp(`^(?<clause>[^"“”]+?),\\s+(?<verb>said|says|added)\\s+(?<sp>${SP})(?<rest>(?:,[^"“”]*)?)$`, 'u');
const TRAILING_CHANNEL = /,\s+(?:according to [^,]+|(?:the |an? )?[^,]{2,40} (?:reported|said|quoted \w+))\s*$/i;
/** "PYONGYANG, March 3 (Wire) - " opening a first sentence is not part of what was said. */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+,[^–—-]{0,40}?[–—-]\s+/u;
/** A reported clause shorter than this many words is a fragment ("so", "nothing"), not speech. */
const MIN_CLAUSE_WORDS = 4;

export function findReportedSpeech(ctx: SpeakerContext, sentences: readonly { start: number; end: number }[]): QuoteRecord[] {
  const out: QuoteRecord[] = [];
  for (const s of sentences) {
    const raw = ctx.text.slice(s.start, s.end);
    if (/["“”«»]/.test(raw) || /^[‘']/.test(raw)) continue;
    const sentence = raw.replace(/[.!?]+$/, '');
    const q = match(ctx, s.start, sentence);
    if (q) out.push(q);
  }
  return out;
}

function match(ctx: SpeakerContext, base: number, sentence: string): QuoteRecord | null {
  const forms: [RegExpMatchArray | null, boolean][] = [
    [sentence.match(QUOTED_AS), true],
    [sentence.match(SAID_THAT), false],
    [sentence.match(CLAUSE_FIRST), false],
    [sentence.match(CLAUSE_FIRST_INVERTED), false],
    [sentence.match(SAID_PLAIN), false],
  ];
  for (const [m, quotedAs] of forms) {
    if (!m) continue;
    const g = m.groups!;
    const spAt = base + m.index! + indexOfGroup(m, 'sp');
    const speaker = resolveSpeaker(ctx, spAt, spAt + g.sp!.length, spAt);
    if (!speaker?.named) continue;
    let clause = g.clause!.replace(DATELINE, (d) => ' '.repeat(d.length));
    let clauseAt = base + m.index! + indexOfGroup(m, 'clause');
    const trailing = clause.match(TRAILING_CHANNEL);
    if (trailing) clause = clause.slice(0, trailing.index);
    const lead = clause.match(/^\s+/)?.[0].length ?? 0;
    clause = clause.trim();
    clauseAt += lead;
    if (clause.split(/\s+/).length < MIN_CLAUSE_WORDS) continue;
    // Channels are searched in the words around the clause, never inside it.
    const rel = clauseAt - base;
    const around = sentence.slice(0, rel) + ' '.repeat(clause.length) + sentence.slice(rel + clause.length);
    const via = findChannels(ctx, base, around, speaker.name);
    return { text: clause, span: { start: clauseAt, end: clauseAt + clause.length }, speaker: speaker.name, via };
  }
  return null;
}

/** Offset of a named group within the match (groups are found left to right, so search after the previous ones). */
function indexOfGroup(m: RegExpMatchArray, name: 'sp' | 'clause'): number {
  const whole = m[0];
  const g = m.groups!;
  if (name === 'sp') {
    const after = g.via ? whole.indexOf(g.via) + g.via.length : g.clause && whole.startsWith(g.clause) ? g.clause.length : 0;
    return whole.indexOf(g.sp!, after);
  }
  if (whole.startsWith(g.clause!)) return 0;
  const spEnd = whole.indexOf(g.sp!) + g.sp!.length;
  return whole.indexOf(g.clause!, spEnd);
}
