/**
 * Who a sentence credits for what it states: the speaker of a quote holding the figure, "according
 * to X", "X said (that) …", "…, X said". Named sources come back as their in-article canonical name,
 * unnamed ones as written ("South Korean officials", "the defence ministry"); null when the outlet
 * states the fact itself.
 */
import type { EntityMention, QuoteRecord } from '../../types.js';
import { ADVERB, nearestPerson, type SpeakerContext } from '../quotes/speaker.js';

const VERB = '(?:said|says|say|told|tells|reported|reports|estimated|estimates|announced|announces|stated|confirmed|claimed|claims|added|noted|warned|predicted|projected|forecast|calculated|counted|showed|shows|revealed|disclosed|found|put|puts)';
const SRC = `[^,;:"“”«»\\n]{2,80}?`;
const ACCORDING_TO = new RegExp(`according to (?<src>${SRC})(?=\\s*(?:$|[,.;]|\\s(?:on|in|at|which|who|released|published)\\b))`, 'iu');
const TRAILING = new RegExp(`,\\s+(?<src>${SRC})\\s+(?:${ADVERB}\\s+)?${VERB}\\b[^,"“”]*(?:,[^"“”]*)?[.!?]?\\s*$`, 'u');
const TRAILING_INVERTED = new RegExp(`,\\s+(?:said|says|according to)\\s+(?<src>(?:[^,;:"“”«»\\s\\d]+\\s?){1,6}?)\\s*[.!?]?\\s*$`, 'u');
const LEADING = new RegExp(`^(?:(?:But|And|However|Meanwhile|Separately|Earlier|Later|Also|On \\w+|In a [^,]{1,40})\\s*,?\\s+)?(?<src>${SRC})\\s+(?:${ADVERB}\\s+)?${VERB}\\b(?:[^.;"“”]{0,60}?\\s+that\\b|\\s+(?:on \\w+\\s+)?(?=\\p{Ll}))`, 'u');
const NOT_SOURCES = /^(?:it|this|that|there|which|who|what|they|we|i|you|the report|the figures?|the data|the number|the total|the survey|the study|the count)$/i;

export function attributionOf(ctx: SpeakerContext, sentenceStart: number, sentence: string, figureAt: number, quotes: readonly QuoteRecord[]): string | null {
  const quote = quotes.find((q) => figureAt >= q.span.start && figureAt < q.span.end);
  if (quote) return quote.speaker;
  for (const re of [ACCORDING_TO, TRAILING_INVERTED, TRAILING, LEADING]) {
    const m = sentence.match(re);
    if (!m) continue;
    const src = m.groups!.src!;
    const at = sentenceStart + m.index! + m[0].indexOf(src);
    if (re === LEADING && at + src.length > figureAt) continue;
    const named = resolveSource(ctx, at, at + src.length, src);
    if (named) return named;
  }
  return null;
}

function resolveSource(ctx: SpeakerContext, start: number, end: number, phrase: string): string | null {
  const trimmed = phrase.trim();
  if (NOT_SOURCES.test(trimmed) || /^\d/.test(trimmed)) return null;
  if (/^(?:he|she)$/i.test(trimmed)) return nearestPerson(ctx, start)?.name ?? null;
  const inside = ctx.mentions.filter((m) => m.span.start >= start && m.span.end <= end);
  const person = inside.find((m) => m.type === 'person');
  // "a spokesman for the Unification Ministry" -> the ministry; a person's name wins over an organisation.
  if (person) return person.name;
  const org = inside.find((m) => m.type === 'organization');
  const phraseStart = start + phrase.indexOf(trimmed);
  if (org && (wholePhraseIsName(trimmed, org) || (org.span.start === phraseStart && org.span.end === phraseStart + trimmed.length))) return org.name;
  if (trimmed.split(/\s+/).length > 8) return null;
  return trimmed;
}

/** "KCNA" or "the Defence Ministry" name the organisation; "Defence Ministry officials" is a group within it, kept as written. */
const wholePhraseIsName = (phrase: string, m: EntityMention): boolean => phrase.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '') === m.text || /^(?:a |an |the )?(?:spokes(?:man|woman|person)|statement|official|representative)\s+(?:for|from|of)\s+/i.test(phrase);
