/**
 * Sentences without quote marks that report what a named speaker said:
 *   Kim said (on Friday) that CLAUSE. / Kim told Yonhap that CLAUSE. / Kim said CLAUSE.
 *   CLAUSE, Kim said. / CLAUSE, said Kim.  /  KCNA quoted Kim as saying (that) CLAUSE.
 * Only named speakers (a person or organisation, or a pronoun or title resolved to one) count:
 * "officials said" is an attribution for claims, not a quote.
 */
import type { QuoteRecord } from '../../types.js';
import { DATELINE } from '../nlp/dateline.js';
import { ADVERB, APPOSITIVE, SPEECH_VERB, findChannels, resolveSpeaker, type SpeakerContext } from './speaker.js';

const SP = `[^,;:!?"“”«»\\n]{1,70}?`;
const LEAD = `\\s*(?:(?:But|And|However|Meanwhile|Separately|Later|Earlier|Still|Also|Yet)\\s*,?\\s+|(?:On|In|At|During|Late|Early|Last|This|Speaking|Asked|Earlier|Later|Addressing|Writing)\\b[^,]{0,60},\\s+)?`;
/** Words between the verb and "that" ("told reporters on Monday"); a finite verb there means "that" opens a later clause ("said it would recall pens after finding that …"). */
const MID = `(?:(?!\\b(?:would|will|could|should|can|may|might|must|had|has|have|was|were|is|are)\\b)[^.;!?]){0,80}?`;
const SAID_THAT = new RegExp(`^${LEAD}(?<sp>${SP})${APPOSITIVE},?\\s+(?:${ADVERB}\\s+)?(?<verb>${SPEECH_VERB})\\b(?<mid>${MID})\\s+that\\s+(?<clause>.+)$`, 'u');
const WHEN = '(?:\\s+(?:on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year)))?';
const SAID_PLAIN = new RegExp(`^${LEAD}(?<sp>${SP})${APPOSITIVE},?\\s+(?:${ADVERB}\\s+)?(?<verb>said|says|warned|insisted|argued|claimed|stressed|added|predicted)${WHEN}\\s+(?<clause>(?!that\\b|on\\b|in\\b|at\\b(?!\\s+least)|during\\b|it\\s+was\\b|nothing\\b|so\\b|no\\b|yes\\b|\\S+\\s+(?:not\\s+)?to\\s)[\\p{Ll}\\p{Lu}\\d].+)$`, 'u');
const TOLD_PLAIN = new RegExp(`^${LEAD}(?<sp>${SP})${APPOSITIVE},?\\s+(?:${ADVERB}\\s+)?(?<verb>told|tells)\\s+(?<mid>reporters|journalists|lawmakers|parliament|the\\s+\\w+|[\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+){0,3})${WHEN}\\s+(?<clause>(?!that\\b)(?:the|a|an|it|he|she|they|we|his|her|its|their|there|this|no|all|some|[\\p{Lu}\\d])\\S*\\s.+)$`, 'u');
/** Passive: "Kim was quoted by KCNA as saying (that) CLAUSE"; the channel follows the speaker. */
const QUOTED_BY = new RegExp(`^${LEAD}(?<sp>${SP})${APPOSITIVE},?\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:quoted|cited)\\s+by\\s+(?<by>${SP})\\s+as\\s+saying\\s+(?:that\\s+)?(?<clause>.+)$`, 'u');
const QUOTED_AS = new RegExp(`^${LEAD}(?<via>${SP})\\s+(?:${ADVERB}\\s+)?(?:quoted|cited)\\s+(?<sp>${SP})\\s+as\\s+saying\\s+(?:that\\s+)?(?<clause>.+)$`, 'u');
const CLAUSE_FIRST = new RegExp(`^(?<clause>[^"“”]+?),\\s+(?<sp>${SP})\\s+(?:${ADVERB}\\s+)?(?<verb>${SPEECH_VERB})\\b(?<rest>[^"“”]*)$`, 'u');
const CLAUSE_FIRST_INVERTED = new RegExp(`^(?<clause>[^"“”]+?),\\s+(?<verb>said|says|added)\\s+(?<sp>${SP})(?<rest>(?:,[^"“”]*)?)$`, 'u');
const TRAILING_CHANNEL = /,\s+(?:according to [^,]+|(?:the |an? )?[^,]{2,40} (?:reported|said|quoted \w+))\s*$/i;
/** Cheap pre-check: a sentence without any speech verb cannot be reported speech. */
const HAS_SPEECH_WORD = new RegExp(`\\b(?:${SPEECH_VERB.slice(3, -1)}|quoted|cited)\\b`, 'i');
/** A reported clause shorter than this many words is a fragment ("so", "nothing"), not speech. */
const MIN_CLAUSE_WORDS = 4;

export function findReportedSpeech(ctx: SpeakerContext, sentences: readonly { start: number; end: number }[]): QuoteRecord[] {
  const out: QuoteRecord[] = [];
  for (const s of sentences) {
    const raw = ctx.text.slice(s.start, s.end);
    // A sentence holding a quote (any marks, 'single' ones too) is attributed through the quote.
    if (/["“”«»]/.test(raw) || /^[‘']/.test(raw) || !HAS_SPEECH_WORD.test(raw) || ctx.overlapsQuote?.(s.start, s.end)) continue;
    // A dateline opening the first sentence ("TOKYO (Wire) - ") is not part of what was said or who said it.
    const sentence = raw.replace(/[.!?]+$/, '').replace(DATELINE, (d) => ' '.repeat(d.length)).replace(/^\s+/, (w) => w);
    const q = match(ctx, s.start, sentence);
    if (q) out.push(q);
  }
  return out;
}

function match(ctx: SpeakerContext, base: number, sentence: string): QuoteRecord | null {
  const forms: [RegExpMatchArray | null, boolean][] = [
    [sentence.match(QUOTED_BY), true],
    [sentence.match(QUOTED_AS), true],
    [sentence.match(SAID_THAT), false],
    [sentence.match(CLAUSE_FIRST), false],
    [sentence.match(CLAUSE_FIRST_INVERTED), false],
    [sentence.match(SAID_PLAIN), false],
    [sentence.match(TOLD_PLAIN), false],
  ];
  for (const [m, quotedAs] of forms) {
    if (!m) continue;
    const g = m.groups!;
    const spOffset = indexOfGroup(m, 'sp');
    const spAt = base + m.index! + spOffset;
    const appEnd = g.app ? base + m.index! + m[0].indexOf(g.app, spOffset + g.sp!.length) + g.app.length : spAt + g.sp!.length;
    const speaker = resolveSpeaker(ctx, spAt, spAt + g.sp!.length, spAt, appEnd);
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
