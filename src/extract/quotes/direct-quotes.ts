/**
 * Quoted segments -> QuoteRecords. For each segment the attribution is looked for, in order:
 *   1. right after it:  "…," Kim said / "…," said Kim / "…" – Kim
 *   2. right before it: Kim said: "…" / KCNA quoted Kim as saying, "…" / Kim said, "…" (second half of a split quote)
 *   3. earlier in its sentence, for partial quotes: Kim called the launch "a great success".
 *   4. the quote before it, for continuations (multi-paragraph quotes, a quote paragraph after an attributed one).
 * An unattributed segment is kept only when it reads as a full quoted sentence.
 */
import type { QuoteRecord } from '../../types.js';
import type { QuoteSegment } from './quote-marks.js';
import { ADVERB, APPOSITIVE, PARTIAL_VERB, SPEECH_VERB, findChannels, resolveSpeaker, type Resolved, type SpeakerContext } from './speaker.js';

/** A speaker phrase: a name, a pronoun or a short noun phrase; no clause punctuation or quote marks. */
const SP = `[^,.;:!?"“”«»‘’\\n]{1,70}?`;
const AFTER_SPEAKER_FIRST = new RegExp(`^\\s*[,]?\\s*(?<sp>${SP})${APPOSITIVE},?\\s+(?:${ADVERB}\\s+)?(?<rest>${SPEECH_VERB}\\b[^"“”«»]*)`, 'u');
const AFTER_VERB_FIRST = new RegExp(`^\\s*[,]?\\s*(?:${ADVERB}\\s+)?${SPEECH_VERB}\\s+(?<sp>${SP})(?=\\s*(?:$|[,.;:!?]|\\s(?:on|in|at|of|from|for|with|who|whose|during|late|early|last|this|according|after|before|when|while|as)\\b))(?<rest>[^"“”«»]*)`, 'u');
const AFTER_DASH = /^\s*[–—]\s*(?<sp>[^,.;:!?"“”\n]{1,60}?)(?=\s*(?:$|[,.;!?(]))(?<rest>[^"“”«»]*)/u;
const BEFORE_QUOTED_BY = new RegExp(`(?:^|[,;]\\s+)(?<sp>${SP})${APPOSITIVE},?\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:quoted|cited)\\s+by\\s+(?<by>${SP})\\s+as\\s+(?:saying|telling\\s+[^,"“”]{1,40}|warning|stating|declaring)\\b[^"“”«»]*$`, 'u');
const BEFORE_QUOTED_AS = new RegExp(`(?<via>${SP})\\s+(?:${ADVERB}\\s+)?(?:quoted|cited)\\s+(?<sp>${SP})\\s+as\\s+(?:saying|telling\\s+[^,"“”]{1,40}|warning|stating|declaring)\\b[^"“”«»]*$`, 'u');
const BEFORE_SAID = new RegExp(`(?:^|[,;]\\s+|\\s(?:and|but|as|while|when)\\s+)(?<sp>${SP})${APPOSITIVE},?\\s+(?:${ADVERB}\\s+)?${SPEECH_VERB}\\b(?<mid>[^"“”«».!?]{0,90}?)(?:\\s+that)?\\s*[,:]?\\s*$`, 'u');
const BEFORE_PARTIAL = new RegExp(`(?:^|[,;]\\s+)(?<sp>${SP})${APPOSITIVE},?\\s+(?:${ADVERB}\\s+)?${PARTIAL_VERB}\\b[^"“”«»]*$`, 'u');
const SAYING = /,\s+(?:saying|calling|describing|adding|warning|insisting|vowing|urging|noting|declaring|branding|dubbing|hailing)\b[^"“”«»]*$/;
const SENTENCE_LIKE = /[.!?…]$/;

export interface Attributed {
  readonly record: QuoteRecord;
  readonly named: boolean;
}

/** A speaker found for a segment, with where its phrase is (channels are searched around it). */
interface Attribution {
  readonly speaker: Resolved;
  readonly start: number;
  readonly end: number;
}

/** `sentenceStart(offset)` and `sentenceEnd(offset)` give the bounds of the sentence holding an offset. */
export function attributeQuotes(
  ctx: SpeakerContext,
  segments: readonly QuoteSegment[],
  sentenceStart: (offset: number) => number,
  sentenceEnd: (offset: number) => number,
  paragraphText: (paragraph: number) => { start: number; end: number },
): QuoteRecord[] {
  const { text } = ctx;
  const out: QuoteRecord[] = [];
  let previous: { speaker: Resolved | null; via: string[]; segment: QuoteSegment } | null = null;
  segments.forEach((seg, i) => {
    const prevSeg = segments[i - 1];
    const sentenceFrom = sentenceStart(seg.open);
    const beforeFrom = Math.max(sentenceFrom, prevSeg && prevSeg.paragraph === seg.paragraph ? prevSeg.close : 0);
    const before = text.slice(beforeFrom, seg.open);
    const nextSeg = segments[i + 1];
    const para = paragraphText(seg.paragraph);
    const afterTo = Math.min(sentenceEnd(Math.min(seg.close, text.length - 1)), nextSeg && nextSeg.paragraph === seg.paragraph ? nextSeg.open : text.length, para.end);
    const after = seg.closed ? text.slice(seg.close, Math.max(afterTo, seg.close)) : '';
    const sentenceTo = seg.closed ? Math.max(seg.close, Math.min(sentenceEnd(Math.min(seg.close, text.length - 1)), para.end)) : seg.close;

    const afterward = seg.closed ? attributionAfter(ctx, seg, after) : null;
    const earlier = attributionBefore(ctx, seg, beforeFrom, before);
    // A partial quote inside a sentence whose subject already speaks belongs to that subject; an
    // outlet named after it is the channel ('X called it "a battle", state media reported').
    const partial = /[\p{L}\p{N}]/u.test(text.slice(Math.max(sentenceFrom, para.start), seg.open));
    const chosen = partial && earlier ? earlier : afterward ?? earlier;
    let speaker: Resolved | null = chosen?.speaker ?? null;
    // '"… closely." Mr Alvik was cited by …': a quote ending its own sentence stops the channel search, unless its attribution follows.
    const endsSentence = /[.!?…]$/.test(text.slice(seg.start, seg.end)) && chosen !== afterward;
    let via: string[] = chosen ? sentenceChannels(ctx, segments, Math.max(sentenceFrom, para.start), endsSentence ? seg.close : sentenceTo, chosen) : [];
    let found = chosen !== null;

    if (!found && previous && continues(text, previous.segment, seg, paragraphText)) {
      speaker = previous.speaker;
      via = previous.via;
      found = speaker !== null;
    }
    if (!found) {
      // '"The river did not rise." / That is how Emil Sorensen describes the night': named right after.
      const named = namedAfterwards(ctx, seg, sentenceEnd);
      if (named) {
        speaker = named;
        found = true;
      }
    }
    const quoted = text.slice(seg.start, seg.end);
    if (!found && !(quoted.split(/\s+/).length >= 4 && SENTENCE_LIKE.test(quoted))) return;
    out.push({ text: quoted, span: { start: seg.start, end: seg.end }, speaker: speaker?.name ?? null, via });
    previous = { speaker, via, segment: seg };
  });
  return out;
}

/** '"…," Kim said' / '"…," said Kim' / '"…" – Kim': the attribution right after the closing mark. */
function attributionAfter(ctx: SpeakerContext, seg: QuoteSegment, after: string): Attribution | null {
  const a = after.match(AFTER_SPEAKER_FIRST) ?? after.match(AFTER_VERB_FIRST) ?? after.match(AFTER_DASH);
  if (!a) return null;
  const spAt = seg.close + a.index! + a[0].indexOf(a.groups!.sp!);
  const spEnd = spAt + a.groups!.sp!.length;
  const app = a.groups!.app;
  const appEnd = app ? seg.close + a.index! + a[0].indexOf(app, a[0].indexOf(a.groups!.sp!) + a.groups!.sp!.length) + app.length : spEnd;
  let speaker = resolveSpeaker(ctx, spAt, spEnd, seg.open, appEnd);
  // 'said the service's director, Ingrid Halvorsen': a title, then the person's name in apposition.
  if (speaker && !speaker.named) {
    const named = ctx.mentions.find((m) => m.type === 'person' && m.span.start > spEnd && /^,\s*$/.test(ctx.text.slice(spEnd, m.span.start)));
    if (named) speaker = { name: named.name, named: true };
  }
  return speaker ? { speaker, start: spAt, end: Math.max(appEnd, spEnd) } : null;
}

/** 'KCNA quoted Kim as saying: "…"' / 'Kim said: "…"' / 'Kim called it "…"' / '…, saying "…"': the attribution before the opening mark. */
function attributionBefore(ctx: SpeakerContext, seg: QuoteSegment, beforeFrom: number, before: string): Attribution | null {
  const passive = before.match(BEFORE_QUOTED_BY);
  if (passive) {
    // "Kim was quoted by KCNA as saying": the speaker comes first, the channel after "by".
    const spAt = beforeFrom + passive.index! + passive[0].indexOf(passive.groups!.sp!);
    const speaker = resolveSpeaker(ctx, spAt, spAt + passive.groups!.sp!.length, seg.open);
    if (speaker) return { speaker, start: spAt, end: spAt + passive.groups!.sp!.length };
  }
  const q = before.match(BEFORE_QUOTED_AS);
  if (q) {
    const spAt = beforeFrom + q.index! + q[0].indexOf(q.groups!.sp!, q.groups!.via!.length);
    const speaker = resolveSpeaker(ctx, spAt, spAt + q.groups!.sp!.length, seg.open);
    if (speaker) return { speaker, start: spAt, end: spAt + q.groups!.sp!.length };
  }
  const b = before.match(BEFORE_SAID) ?? before.match(BEFORE_PARTIAL);
  if (b) {
    const spAt = beforeFrom + b.index! + b[0].indexOf(b.groups!.sp!);
    const spEnd = spAt + b.groups!.sp!.length;
    const app = b.groups!.app;
    const appEnd = app ? beforeFrom + b.index! + b[0].indexOf(app, b[0].indexOf(b.groups!.sp!) + b.groups!.sp!.length) + app.length : spEnd;
    const speaker = resolveSpeaker(ctx, spAt, spEnd, seg.open, appEnd);
    if (speaker) return { speaker, start: spAt, end: Math.max(appEnd, spEnd) };
  }
  if (SAYING.test(before)) {
    // "X congratulated Y, saying she looked forward to "…"", "X ordered …, calling it "…"": the first person named in the sentence said it.
    // A name in brackets is a dateline's wire ("SEOUL (Harbour Wire) -"), not the subject.
    const subject = ctx.mentions.find((m) => m.type === 'person' && m.span.start >= beforeFrom && m.span.end <= seg.open && ctx.text[m.span.start - 1] !== '(');
    if (subject) return { speaker: { name: subject.name, named: true }, start: subject.span.start, end: subject.span.end };
  }
  return null;
}

/**
 * Channels named anywhere in the quote's sentence outside quotes, nearest to the speaker first:
 * those after the speaker in reading order ('Kim said, according to KCNA, in remarks carried by
 * Rodong Sinmun'), then those before it from the nearest back ('According to Yonhap, KCNA quoted Kim').
 */
function sentenceChannels(ctx: SpeakerContext, segments: readonly QuoteSegment[], from: number, to: number, at: Attribution): string[] {
  const name = at.speaker.name;
  const afterFrom = Math.min(Math.max(at.end, from), to);
  const beforeTo = Math.max(Math.min(at.start, to), from);
  const after = findChannels(ctx, afterFrom, blankQuotes(ctx.text, afterFrom, to, segments), name);
  const before = findChannels(ctx, from, blankQuotes(ctx.text, from, beforeTo, segments), name).reverse();
  const via: string[] = [];
  addChannels(via, after);
  addChannels(via, before);
  return via;
}

/** An unattributed quote followed by 'That is how X describes…', 'So says X', 'Those were the words of X'. */
const NAMED_AFTER = /^\s*(?:(?:that|this)\s+(?:is|was)\s+how|so\s+(?:says|said)|(?:those|these|such)\s+(?:are|were)\s+the\s+words\s+of|that\s+(?:is|was)\s+the\s+(?:verdict|view|message|warning)\s+(?:of|from))\b/i;
function namedAfterwards(ctx: SpeakerContext, seg: QuoteSegment, sentenceEnd: (offset: number) => number): Resolved | null {
  if (!seg.closed) return null;
  const rest = ctx.text.slice(seg.close);
  const lead = rest.match(/^[\s,.]*/)![0].length;
  if (!NAMED_AFTER.test(rest.slice(lead))) return null;
  const from = seg.close + lead;
  const to = sentenceEnd(from);
  const person = ctx.mentions.find((m) => m.type === 'person' && m.span.start >= from && m.span.end <= to);
  return person ? { name: person.name, named: true } : null;
}

/** Appends channels not yet in the chain, keeping the chain's order. */
function addChannels(via: string[], more: readonly string[]): void {
  for (const v of more) if (!via.includes(v)) via.push(v);
}

/** text[from, to) with every quoted segment inside it blanked out, offsets kept: channels are never words inside a quote. */
function blankQuotes(text: string, from: number, to: number, segments: readonly QuoteSegment[]): string {
  let out = text.slice(from, to);
  for (const s of segments) {
    if (s.close <= from || s.open >= to) continue;
    const a = Math.max(s.open, from) - from;
    const b = Math.min(s.close, to) - from;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** A short paragraph that only asks a question, without quote marks. */
const isQuestion = (text: string, para: { start: number; end: number }): boolean => {
  const p = text.slice(para.start, para.end).trim();
  return p.endsWith('?') && !/["“”«»]/.test(p) && p.split(/\s+/).length <= QUESTION_MAX_WORDS;
};
/** An interviewer's question is one short sentence; longer paragraphs are reporting. */
const QUESTION_MAX_WORDS = 30;

/** A segment continues the previous quote when it is in the same paragraph, or opens the next paragraph after an unclosed or paragraph-final quote. */
function continues(text: string, prev: QuoteSegment, seg: QuoteSegment, paragraphText: (p: number) => { start: number; end: number }): boolean {
  if (prev.paragraph === seg.paragraph) return true;
  // Interview layout: the interviewer's questions stand between the answers ('Why build on water?').
  for (let p = prev.paragraph + 1; p < seg.paragraph; p++) if (!isQuestion(text, paragraphText(p))) return false;
  const para = paragraphText(seg.paragraph);
  if (text.slice(para.start, seg.open).trim() !== '') return false;
  if (!prev.closed) return seg.paragraph === prev.paragraph + 1;
  // '"…," he said.\n\n"…"': the previous paragraph ended with its attributed quote.
  const prevPara = paragraphText(prev.paragraph);
  return text.slice(prev.close, prevPara.end).trim().split(/\s+/).length <= 8;
}
