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
const BEFORE_QUOTED_AS = new RegExp(`(?<via>${SP})\\s+(?:${ADVERB}\\s+)?(?:quoted|cited)\\s+(?<sp>${SP})\\s+as\\s+(?:saying|telling\\s+[^,"“”]{1,40}|warning|stating|declaring)\\b[^"“”«»]*$`, 'u');
const BEFORE_SAID = new RegExp(`(?:^|[,;]\\s+|\\s(?:and|but|as|while|when)\\s+)(?<sp>${SP})${APPOSITIVE},?\\s+(?:${ADVERB}\\s+)?${SPEECH_VERB}\\b(?<mid>[^"“”«».!?]{0,90}?)(?:\\s+that)?\\s*[,:]?\\s*$`, 'u');
const BEFORE_PARTIAL = new RegExp(`(?:^|[,;]\\s+)(?<sp>${SP})${APPOSITIVE},?\\s+(?:${ADVERB}\\s+)?${PARTIAL_VERB}\\b[^"“”«»]*$`, 'u');
const SAYING = /,\s+saying\b[^"“”«»]*$/;
const SENTENCE_LIKE = /[.!?…]$/;

export interface Attributed {
  readonly record: QuoteRecord;
  readonly named: boolean;
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
    const beforeFrom = Math.max(sentenceStart(seg.open), prevSeg && prevSeg.paragraph === seg.paragraph ? prevSeg.close : 0);
    const before = text.slice(beforeFrom, seg.open);
    const nextSeg = segments[i + 1];
    const afterTo = Math.min(sentenceEnd(Math.min(seg.close, text.length - 1)), nextSeg && nextSeg.paragraph === seg.paragraph ? nextSeg.open : text.length, paragraphText(seg.paragraph).end);
    const after = seg.closed ? text.slice(seg.close, Math.max(afterTo, seg.close)) : '';
    // The rest of the sentence past any later quotes: a channel often closes a sentence of several
    // partial quotes ('Kim called it "A" and ordered "B", according to KCNA').
    const tailEnd = seg.closed ? Math.min(sentenceEnd(Math.min(seg.close, text.length - 1)), paragraphText(seg.paragraph).end) : seg.close;
    const tail = blankQuotes(text, seg.close, Math.max(tailEnd, seg.close), segments);
    let speaker: Resolved | null = null;
    let via: string[] = [];
    let found = false;

    const a = after.match(AFTER_SPEAKER_FIRST) ?? after.match(AFTER_VERB_FIRST) ?? after.match(AFTER_DASH);
    if (a) {
      const spAt = seg.close + a.index! + a[0].indexOf(a.groups!.sp!);
      const app = a.groups!.app;
      const appEnd = app ? seg.close + a.index! + a[0].indexOf(app, a[0].indexOf(a.groups!.sp!) + a.groups!.sp!.length) + app.length : spAt + a.groups!.sp!.length;
      speaker = resolveSpeaker(ctx, spAt, spAt + a.groups!.sp!.length, seg.open, appEnd);
      if (speaker) {
        found = true;
        const restAt = seg.close + a.index! + a[0].length - a.groups!.rest!.length;
        via = findChannels(ctx, restAt, a.groups!.rest!, speaker.name);
        addChannels(via, findChannels(ctx, seg.close, tail, speaker.name));
      }
    }
    if (!found) {
      const b = before.match(BEFORE_QUOTED_AS);
      if (b) {
        const spAt = beforeFrom + b.index! + b[0].indexOf(b.groups!.sp!, b.groups!.via!.length);
        speaker = resolveSpeaker(ctx, spAt, spAt + b.groups!.sp!.length, seg.open);
        if (speaker) {
          found = true;
          via = findChannels(ctx, beforeFrom, before, speaker.name);
          addChannels(via, findChannels(ctx, seg.close, tail, speaker.name));
        }
      }
    }
    if (!found) {
      const b = before.match(BEFORE_SAID) ?? before.match(BEFORE_PARTIAL);
      if (b) {
        const spAt = beforeFrom + b.index! + b[0].indexOf(b.groups!.sp!);
        const app = b.groups!.app;
        const appEnd = app ? beforeFrom + b.index! + b[0].indexOf(app, b[0].indexOf(b.groups!.sp!) + b.groups!.sp!.length) + app.length : spAt + b.groups!.sp!.length;
        speaker = resolveSpeaker(ctx, spAt, spAt + b.groups!.sp!.length, seg.open, appEnd);
        if (speaker) {
          found = true;
          via = findChannels(ctx, spAt + b.groups!.sp!.length, text.slice(spAt + b.groups!.sp!.length, seg.open), speaker.name);
          // The rest of the sentence after the quote may name the channel: 'Kim said: "…", KCNA reported.'
          addChannels(via, findChannels(ctx, seg.close, tail, speaker.name));
        }
      }
    }
    if (!found && SAYING.test(before)) {
      // "X congratulated Y, saying she looked forward to "…"": the first person named in the sentence said it.
      const subject = ctx.mentions.find((m) => m.type === 'person' && m.span.start >= beforeFrom && m.span.end <= seg.open);
      if (subject) {
        speaker = { name: subject.name, named: true };
        found = true;
      }
    }
    if (!found && previous && continues(text, previous.segment, seg, paragraphText)) {
      speaker = previous.speaker;
      via = previous.via;
      found = speaker !== null;
    }
    const quoted = text.slice(seg.start, seg.end);
    if (!found && !(quoted.split(/\s+/).length >= 4 && SENTENCE_LIKE.test(quoted))) return;
    out.push({ text: quoted, span: { start: seg.start, end: seg.end }, speaker: speaker?.name ?? null, via });
    previous = { speaker, via, segment: seg };
  });
  return out;
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

/** A segment continues the previous quote when it is in the same paragraph, or opens the next paragraph after an unclosed or paragraph-final quote. */
function continues(text: string, prev: QuoteSegment, seg: QuoteSegment, paragraphText: (p: number) => { start: number; end: number }): boolean {
  if (prev.paragraph === seg.paragraph) return true;
  if (seg.paragraph !== prev.paragraph + 1) return false;
  const para = paragraphText(seg.paragraph);
  if (text.slice(para.start, seg.open).trim() !== '') return false;
  if (!prev.closed) return true;
  // '"…," he said.\n\n"…"': the previous paragraph ended with its attributed quote.
  const prevPara = paragraphText(prev.paragraph);
  return text.slice(prev.close, prevPara.end).trim().split(/\s+/).length <= 8;
}
