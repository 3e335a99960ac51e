/**
 * One article -> its quotes: quoted segments with their attribution (direct-quotes.ts), then
 * reported speech in sentences without quote marks (reported-speech.ts). Speakers are the
 * in-article canonical names of the entity mentions; channels are listed nearest first.
 */
import type { EntityMention, QuoteRecord } from '../../types.js';
import type { NlpDoc } from '../nlp/read-text.js';
import { findQuoteSegments, paragraphs } from './quote-marks.js';
import { attributeQuotes } from './direct-quotes.js';
import { findReportedSpeech } from './reported-speech.js';
import { genderOf } from './gender.js';
import type { SpeakerContext } from './speaker.js';

export function findQuotes(doc: NlpDoc, mentions: readonly EntityMention[]): QuoteRecord[] {
  const text = doc.text;
  const segments = findQuoteSegments(text);
  const insideQuote = (offset: number): boolean => segments.some((s) => offset >= s.open && offset < s.close);
  const overlapsQuote = (start: number, end: number): boolean => segments.some((s) => s.open < end && s.close > start);
  const ctx: SpeakerContext = { text, mentions, insideQuote, overlapsQuote, genders: genderOf(text, mentions, doc.sentences) };
  const paras = paragraphs(text);
  const sentenceAt = (offset: number) => doc.sentences.find((s) => offset >= s.start && offset < s.end) ?? doc.sentences.find((s) => s.start >= offset);
  const sentenceStart = (offset: number): number => {
    const s = sentenceAt(offset);
    return s && s.start <= offset ? s.start : paragraphOf(paras, offset).start;
  };
  const sentenceEnd = (offset: number): number => {
    // The sentence holding the first word after the closing mark: '"…," Kim said.' is one sentence for us even when the tagger split it.
    let k = offset;
    while (k < text.length && /[\s"”’'»,]/.test(text[k]!)) k++;
    const s = sentenceAt(k);
    return s ? s.end : text.length;
  };
  const direct = attributeQuotes(ctx, segments, sentenceStart, sentenceEnd, (p) => paras[p]!);
  const reported = findReportedSpeech(ctx, doc.sentences);
  return [...direct, ...reported].sort((a, b) => a.span.start - b.span.start);
}

function paragraphOf(paras: readonly { start: number; end: number }[], offset: number): { start: number; end: number } {
  return paras.find((p) => offset >= p.start && offset <= p.end) ?? { start: 0, end: 0 };
}
