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
import { aboutOf, SPEECH } from './about.js';
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
    const asides = datedAsides(doc, s.first, s.last, inSentence);
    let previousAbout: string | null = null;
    for (const q of found) {
      const at = doc.tokens[q.first]!.start;
      // A date inside a clause set off by commas belongs to that clause, not to a figure outside it.
      const own = asides.find((a) => at >= a.start && at < a.end);
      const dated = own ? inSentence.filter((d) => d.span.start >= own.start && d.span.end <= own.end) : inSentence.filter((d) => !asides.some((a) => d.span.start >= a.start && d.span.end <= a.end));
      let about = aboutOf(doc, s.first, s.last, q);
      // "up 12.5% from a year earlier" after a figure measures the same thing as that figure.
      if (previousAbout && (about === q.quantity.unit || about === 'figure')) about = previousAbout;
      previousAbout = about;
      out.push({
        sentence,
        span: { start: s.start, end: s.end },
        about,
        quantity: q.quantity,
        when: nearestDate(dated, at),
        attributedTo: attributionOf(ctx, s.start, sentence, at, quotes),
      });
    }
    // "The treaty, signed in June 2023, covers 12 dams": the aside states its own dated fact.
    for (const a of asides) {
      if (found.some((q) => doc.tokens[q.first]!.start >= a.start && doc.tokens[q.first]!.start < a.end)) continue;
      out.push({ sentence, span: { start: s.start, end: s.end }, about: a.about, quantity: null, when: a.date.value, attributedTo: attributionOf(ctx, s.start, sentence, a.date.span.start, quotes) });
    }
    if (found.length === 0 && asides.length === 0) {
      const date = inSentence.find((d) => EXPLICIT_DATE.test(d.text) && d.value.start !== null && d.span.start >= dateline && !(BARE_YEAR.test(d.text) && partOfName(text, d)));
      if (date && s.last - s.first >= 4) {
        out.push({ sentence, span: { start: s.start, end: s.end }, about: eventPhrase(doc, s.first, s.last), quantity: null, when: date.value, attributedTo: attributionOf(ctx, s.start, sentence, date.span.start, quotes) });
      }
    }
  }
  return out;
}

interface DatedAside {
  /** Character range of the clause between its commas. */
  readonly start: number;
  readonly end: number;
  readonly date: DateMention;
  /** What happened, e.g. "treaty signed". */
  readonly about: string;
}

const RELATIVE = new Set(['which', 'who', 'that']);
const BE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'been']);
/** Longest aside read as one clause, in tokens. */
const MAX_ASIDE = 14;

/**
 * Clauses set off by commas that start with a past participle or a relative pronoun and state a
 * month or a year: ", signed in June 2023," / ", which was founded in 2017,". Each is a dated fact
 * of its own about the noun before it.
 */
function datedAsides(doc: NlpDoc, first: number, last: number, dates: readonly DateMention[]): DatedAside[] {
  const { tokens } = doc;
  const out: DatedAside[] = [];
  for (let i = first + 1; i < last; i++) {
    if (tokens[i]!.text !== ',') continue;
    let v = i + 1;
    if (RELATIVE.has(tokens[v]!.lower)) v++;
    while (v <= last && BE.has(tokens[v]!.lower)) v++;
    const verb = tokens[v];
    if (!verb || verb.pos !== 'VERB' || verb.lower.endsWith('ing') || SPEECH.has(verb.lemma)) continue;
    let close = -1;
    for (let k = v + 1; k <= last && k <= i + MAX_ASIDE; k++) {
      if (tokens[k]!.text === ',') { close = k; break; }
      if (tokens[k]!.pos === 'PUNCT' && tokens[k]!.text !== '-') break;
    }
    if (close < 0) continue;
    const start = tokens[i]!.end;
    const end = tokens[close]!.start;
    // The date is introduced by a preposition ("in June 2023"), not part of a name (", named 2026 KX4,").
    const date = dates.find((d) => d.span.start >= start && d.span.end <= end && EXPLICIT_DATE.test(d.text) && d.value.start !== null && introduced(doc.text, d) && !partOfName(doc.text, d));
    if (!date) continue;
    let noun = '';
    for (let k = i - 1; k >= first; k--) if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') { noun = tokens[k]!.lower; break; }
    out.push({ start, end, date, about: noun ? `${noun} ${verb.lower}` : verb.lower });
    i = close - 1;
  }
  return out;
}

const DATE_PREPOSITION = /\b(?:in|on|by|since|during|until|last|early|late)\s*$|^(?:in|on|by|since|during|until|last|early|late)\b/i;

/** A year written alone ("2026") followed by a code ("2026 KX4") is part of a name, not a date. */
const BARE_YEAR = /^\d{4}$/;
const partOfName = (text: string, d: DateMention): boolean => BARE_YEAR.test(d.text) && /^\s+(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}\b/.test(text.slice(d.span.end, d.span.end + 12));
const introduced = (text: string, d: DateMention): boolean =>
  DATE_PREPOSITION.test(d.text) || DATE_PREPOSITION.test(text.slice(Math.max(0, d.span.start - 8), d.span.start));


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
