/**
 * One article -> its claims: every sentence that states a figure (one claim per quantity) or,
 * without a figure, an explicit calendar date ("signed in June 2023"). Each claim carries what is
 * measured (`about`), who the sentence credits (`attributedTo`) and the date it is about (`when`,
 * from the date mentions inside the sentence — never the publication date by default).
 */
import type { ClaimRecord, DateMention, DateValue, EntityMention, QuoteRecord } from '../../types.js';
import type { NlpDoc } from '../nlp/read-text.js';
import { findQuantities } from './quantities.js';
import { datelineLength } from '../nlp/dateline.js';
import { aboutOf } from './about.js';
import { attributionOf } from './attribution.js';
import type { SpeakerContext } from '../quotes/speaker.js';

/** A date mention makes a figure-less sentence a claim only when it names a month or a year, not just "on Friday". */
const EXPLICIT_DATE = /\b(?:1[89]\d\d|20\d\d|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** Cheap pre-check: no digit and no number word, no quantity. */
const MAY_HOLD_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|twice|double)\b/i;

export function findClaims(doc: NlpDoc, mentions: readonly EntityMention[], quotes: readonly QuoteRecord[], dates: readonly DateMention[]): ClaimRecord[] {
  const text = doc.text;
  const ctx: SpeakerContext = { text, mentions, insideQuote: () => false };
  const out: ClaimRecord[] = [];
  // A dateline's date ("SEOUL, March 6 (Wire) -") is when the story was filed, not a dated statement.
  const dateline = datelineLength(text);
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    const inSentence = dates.filter((d) => d.span.start >= s.start && d.span.end <= s.end);
    const excluded = (start: number, end: number): boolean => inSentence.some((d) => start < d.span.end && end > d.span.start);
    const found = MAY_HOLD_FIGURE.test(sentence) ? findQuantities(doc, s.first, s.last, excluded) : [];
    let previousAbout: string | null = null;
    for (const q of found) {
      const at = doc.tokens[q.first]!.start;
      let about = aboutOf(doc, s.first, s.last, q);
      // "up 12.5% from a year earlier" after a figure measures the same thing as that figure.
      if (previousAbout && (about === q.quantity.unit || about === 'figure')) about = previousAbout;
      previousAbout = about;
      out.push({
        sentence,
        span: { start: s.start, end: s.end },
        about,
        quantity: q.quantity,
        when: nearestDate(inSentence, at),
        attributedTo: attributionOf(ctx, s.start, sentence, at, quotes),
      });
    }
    if (found.length === 0) {
      const date = inSentence.find((d) => EXPLICIT_DATE.test(d.text) && d.value.start !== null && d.span.start >= dateline);
      if (date && s.last - s.first >= 4) {
        out.push({ sentence, span: { start: s.start, end: s.end }, about: eventPhrase(doc, s.first, s.last), quantity: null, when: date.value, attributedTo: attributionOf(ctx, s.start, sentence, date.span.start, quotes) });
      }
    }
  }
  return out;
}

function nearestDate(dates: readonly DateMention[], at: number): DateValue | null {
  let best: DateMention | null = null;
  for (const d of dates) if (!best || Math.abs(d.span.start - at) < Math.abs(best.span.start - at)) best = d;
  return best?.value ?? null;
}

/** For a dated statement: its main verb and object, e.g. "treaty signed". */
function eventPhrase(doc: NlpDoc, first: number, last: number): string {
  const words: string[] = [];
  for (let k = first; k <= last && words.length < 4; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'VERB' && !['said', 'says', 'told', 'added'].includes(t.lower)) words.push(t.lower);
  }
  return words.join(' ');
}
