/**
 * A sentence's tokens -> the quantities it states: value, unit, bound (and max for ranges),
 * with the token range they cover. Figures that are dates, times, ages, ordinals or parts of
 * names ("Hwasong-18", "Resolution 2397") are not quantities.
 */
import type { Quantity, QuantityBound } from '../../types.js';
import type { NlpDoc, Token } from '../nlp/read-text.js';
import { SCALES, clean, parseFigure, parseFigureRange, parseNumberWord } from './numbers.js';

export interface FoundQuantity {
  readonly quantity: Quantity;
  /** Token range of the number (with its scale and unit), `last` inclusive. */
  readonly first: number;
  readonly last: number;
  /** Token index of the unit noun, or -1. */
  readonly unitToken: number;
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', won: 'KRW', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK',
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', krw: 'KRW', cny: 'CNY',
};
/** Bound phrases read right before a number, longest first. */
const BOUNDS: readonly [string, QuantityBound][] = [
  ['more than', 'over'], ['greater than', 'over'], ['in excess of', 'over'], ['upwards of', 'over'], ['over', 'over'], ['above', 'over'], ['exceeding', 'over'], ['topping', 'over'],
  ['less than', 'under'], ['fewer than', 'under'], ['under', 'under'], ['below', 'under'], ['short of', 'under'],
  ['up to', 'up_to'], ['as many as', 'up_to'], ['as much as', 'up_to'], ['at most', 'up_to'], ['no more than', 'up_to'], ['a maximum of', 'up_to'], ['as high as', 'up_to'],
  ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['a minimum of', 'at_least'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'], ['nearly', 'about'], ['almost', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['approx.', 'about'], ['circa', 'about'], ['just over', 'over'], ['just under', 'under'],
  ['well over', 'over'], ['some', 'about'],
];
const CHANGE_VERBS = new Set(['rose', 'fell', 'grew', 'increased', 'dropped', 'declined', 'climbed', 'jumped', 'surged', 'slumped', 'rising', 'falling', 'up', 'down', 'raised', 'cut', 'reduced', 'lowered']);
const AGE_GROUPS = new Set(['children', 'people', 'adults', 'kids', 'those', 'men', 'women', 'boys', 'girls', 'anyone', 'everyone', 'patients', 'residents', 'citizens', 'aged']);
const TIME_UNITS = /^(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centurie)s?$/;
/** Determiners and possessives before a number word make it refer, not count. */
const REFERRING = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'your', 'my', 'both', 'these', 'those']);
/** Measures written before the figure: "magnitude 6.8", "category 4". */
const PRE_UNITS = new Set(['magnitude', 'category', 'level', 'grade', 'force', 'size', 'number', 'rank']);
const PERCENT_WORDS = new Set(['percent', '%', 'pct']);
const DATE_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const TIME_AFTER = /^(?:a\.?m\.?|p\.?m\.?|am|pm|o'clock|gmt|utc|kst|jst|cet)$/i;
const DURATION_COMPOUND = /^(?:day|week|month|year|hour|minute|second|storey|story|point|member|nation|party)s?$/;
/** Nouns that are measures of something else: "2,000 tonnes of rice" measures rice. */
export const MEASURE_NOUNS = new Set(['tonnes', 'tons', 'tonne', 'ton', 'kilograms', 'kg', 'kilos', 'litres', 'liters', 'barrels', 'gallons', 'cubic', 'metres', 'meters', 'hectares', 'acres', 'km', 'kilometres', 'kilometers', 'miles', 'units', 'pieces', 'rounds', 'batches', 'shipments', 'containers', 'boxes', 'bags', 'sacks', 'cases', 'loads', 'square']);

export function findQuantities(doc: NlpDoc, first: number, last: number, excluded: (start: number, end: number) => boolean): FoundQuantity[] {
  const { tokens } = doc;
  const out: FoundQuantity[] = [];
  for (let i = first; i <= last; i++) {
    const found = readQuantity(doc, i, first, last);
    if (!found) continue;
    if (!excluded(tokens[found.numberAt]!.start, tokens[found.numberAt]!.end) && !isNotAQuantity(doc, found.numberAt, first, found.quantity)) out.push(found);
    i = Math.max(i, found.last);
  }
  return out;
}

interface Read extends FoundQuantity { readonly numberAt: number }

function readQuantity(doc: NlpDoc, i: number, sFirst: number, sLast: number): Read | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  let unit: string | null = null;
  let start = i;
  let k = i;
  if (CURRENCY_SYMBOLS[t.text] && tokens[i + 1] && tokens[i + 1]!.spaceBefore === '') {
    unit = CURRENCY_SYMBOLS[t.text]!;
    k = i + 1;
  }
  const numTok = tokens[k];
  if (!numTok || k > sLast) return null;
  let value: number | null = null;
  let max: number | undefined;
  let ratio = false;
  const range = parseFigureRange(numTok.text);
  if (range) [value, max] = range;
  else value = parseFigure(numTok.text) ?? (numTok.kind === 'word' ? parseNumberWord(numTok.text) : null);
  if (value === null && (numTok.lower === 'twice' || numTok.lower === 'double')) {
    if (numTok.lower === 'double' && tokens[k + 1]?.lower !== 'the') return null;
    value = 2;
    ratio = true;
  }
  if (value === null && numTok.lower === 'a' && tokens[k + 1]?.lower === 'dozen') { value = 12; k++; }
  if (value === null) return null;
  // "one" is a number only before a noun: not "one of", "one another", "the one".
  if (numTok.lower === 'one' && (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.pos !== 'NOUN' || tokens[k - 1]?.lower === 'the' || tokens[k - 1]?.lower === 'no')) return null;
  const numberAt = k;
  let end = k;
  // Scale words: "3.4 billion", "5bn", "1.2m", "four million".
  const scale = tokens[end + 1];
  if (scale && SCALES[scale.lower] !== undefined && end + 1 <= sLast && !(scale.lower === 'm' && scale.spaceBefore !== '') && !(scale.lower === 'b' && scale.spaceBefore !== '')) {
    value *= SCALES[scale.lower]!;
    if (max !== undefined) max *= SCALES[scale.lower]!;
    end++;
  }
  const afterScale = end;
  // Ranges written with words: "between 10 and 20", "10 to 20", "10 - 20". "rose from 10 to 20" is a change, not a range.
  const joiner = tokens[end + 1];
  const other = tokens[end + 2];
  let bound: QuantityBound = 'exact';
  if (max === undefined && joiner && other && end + 2 <= sLast) {
    const before = tokens[start - 1]?.lower ?? '';
    const rangeJoin = (joiner.lower === 'and' && before === 'between') || joiner.text === '-' || joiner.text === '–'
      || (joiner.lower === 'to' && before !== 'from' && before !== 'by' && !CHANGE_VERBS.has(before));
    // "between £8 million and £10 million": the second figure may repeat the currency sign.
    const skip = CURRENCY_SYMBOLS[other.text] && tokens[end + 3]?.spaceBefore === '' ? 1 : 0;
    const second = tokens[end + 2 + skip]!;
    let v2 = rangeJoin && second ? parseFigure(second.text) ?? (second.kind === 'word' ? parseNumberWord(second.text) : null) : null;
    if (v2 !== null) {
      let e = end + 2 + skip;
      const sc = tokens[e + 1];
      if (sc && SCALES[sc.lower] !== undefined && e + 1 <= sLast) {
        v2 *= SCALES[sc.lower]!;
        if (end === numberAt) value *= SCALES[sc.lower]!; // "3 to 4 million": the scale is written once
        e++;
      }
      if (value < v2) { max = v2; end = e; }
    }
  }
  if (max !== undefined) bound = 'range';
  // Unit after the number: %, percent, currency words, "times", or the noun phrase head.
  let unitToken = -1;
  const next = tokens[end + 1];
  if (next && end + 1 <= sLast) {
    if (PERCENT_WORDS.has(next.lower)) { unit = 'percent'; end++; unitToken = end; }
    else if (next.lower === 'per' && tokens[end + 2]?.lower === 'cent') { unit = 'percent'; end += 2; unitToken = end; }
    else if (next.lower === 'percentage' && tokens[end + 2]?.lower.startsWith('point')) { unit = 'percentage points'; end += 2; unitToken = end; }
    else if (!unit && CURRENCY_WORDS[next.lower] && !(next.lower === 'won' && tokens[end + 2]?.pos === 'DET')) { unit = CURRENCY_WORDS[next.lower]!; end++; unitToken = end; }
    else if (next.lower === 'times' || next.lower === 'fold' || /^-?fold$/.test(next.lower)) { unit = 'times'; ratio = true; end++; unitToken = end; }
    else if (!unit && next.spaceBefore === '' && /^\p{L}{1,4}$/u.test(next.text) && numTok.kind === 'number') { unit = next.lower; end++; unitToken = end; } // "15ft", "5km"
    else if (!unit) {
      const head = nounHead(tokens, end + 1, sLast);
      if (head >= 0) { unit = tokens[head]!.lower; end = head; unitToken = head; }
    }
  }
  if (ratio && !unit) unit = 'times';
  // "magnitude 6.8 earthquake": the measure is named before the figure.
  const before = tokens[start - 1];
  if (before && start - 1 >= sFirst && PRE_UNITS.has(before.lower) && !CURRENCY_SYMBOLS[tokens[start]!.text] && max === undefined) {
    unit = before.lower;
    unitToken = start - 1;
    start -= 1;
    end = afterScale;
  }
  // Bound words before the number (or before its currency symbol).
  const b = boundBefore(tokens, start, sFirst);
  // "children under five", "people over 65": an age band, not a quantity.
  if (b && (b.bound === 'under' || b.bound === 'over') && AGE_GROUPS.has(tokens[b.at - 1]?.lower ?? '') && !unit) return null;
  if (b && bound !== 'range') { bound = b.bound; start = b.at; }
  else if (b && b.bound === 'about') start = b.at;
  // "10 or more", "20,000 or so"
  if (bound === 'exact' && tokens[end + 1]?.lower === 'or' && ['more', 'above', 'over'].includes(tokens[end + 2]?.lower ?? '')) bound = 'at_least';
  const quantity: Quantity = { value: clean(value), unit, bound, ...(max !== undefined ? { max: clean(max) } : {}) };
  return { quantity, first: start, last: end, unitToken, numberAt };
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'offshore', 'inland', 'away', 'apart', 'ago', 'later', 'earlier']);

/** The head noun of the phrase after a number: "20,000 shipping containers" -> containers, "40 square nautical miles" -> miles; -1 when none. */
function nounHead(tokens: readonly Token[], from: number, sLast: number): number {
  let head = -1;
  for (let k = from; k <= sLast && k < from + 5; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (DIRECTIONS.has(t.text)) break; // "300 km west of": the unit is km ("South Korean troops" is a name)
    if (head >= 0 && /ed$/.test(t.lower)) break; // "12 citizens abducted": a participle after the noun
    const nounLike = t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Ll}/u.test(t.text))
      // "2,100 sewage spills in": a plural the tagger read as a verb, with no object after it
      || (head >= 0 && t.pos === 'VERB' && /s$/.test(t.lower) && (!next || next.pos === 'ADP' || next.pos === 'PUNCT'));
    if (nounLike) { head = k; continue; }
    const modifier = t.pos === 'ADJ' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) || t.text === '-' || (t.pos === 'ADV' && (next?.pos === 'ADJ' || next?.pos === 'NOUN')) || (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && next?.pos === 'NOUN');
    if (modifier && head < 0) continue;
    break;
  }
  return head;
}

/** Longest phrases first: "no more than" before "more than". */
const BOUNDS_LONGEST_FIRST = [...BOUNDS].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

function boundBefore(tokens: readonly Token[], at: number, sFirst: number): { bound: QuantityBound; at: number } | null {
  for (const [phrase, bound] of BOUNDS_LONGEST_FIRST) {
    const words = phrase.split(' ');
    const from = at - words.length;
    if (from < sFirst) continue;
    if (words.every((w, j) => tokens[from + j]!.lower === w)) return { bound, at: from };
  }
  return null;
}

/** Dates, clock times, ages ("Ana Costa, 34,"), ordinals and numbers inside names are not quantities. */
function isNotAQuantity(doc: NlpDoc, k: number, sFirst: number, q: Quantity): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // A year, unless a plural count follows ("2025 soldiers"): "in 2023", "a 2025 survey".
  if (/^(?:1[89]|20)\d\d$/.test(t.text) && q.bound !== 'range' && !(q.unit && /s$/.test(q.unit)) && !q.unit?.match(/^[A-Z]{3}$/) && q.unit !== 'percent') return true;
  if (prev && DATE_WORDS.test(prev.text) && /^\d{1,2}$/.test(t.text)) return true; // "March 3"
  if (next && DATE_WORDS.test(next.text) && /^\d{1,2}$/.test(t.text)) return true; // "3 March"
  if (next && (TIME_AFTER.test(next.text) || next.text === ':')) return true;
  if (/^\d{1,2}:\d\d$/.test(t.text)) return true;
  if (prev && prev.text === ',' && (!next || [',', '.', ';'].includes(next.text)) && !q.unit && tokens[k - 2] && /^\p{Lu}/u.test(tokens[k - 2]!.text)) return true; // age: "Ana Costa, 34,"
  if (prev && (prev.text === '-' || prev.text === '‑') && prev.spaceBefore === '' && tokens[k - 2] && /^\p{Lu}/u.test(tokens[k - 2]!.text)) return true; // "Hwasong-18"
  if (prev && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && k - 1 > sFirst && !q.unit && prev.pos !== 'VERB') return true; // "Resolution 2397"
  if (next && (next.text === '-' || next.text === '‑') && next.spaceBefore === '' && tokens[k + 2] && DURATION_COMPOUND.test(tokens[k + 2]!.lower)) return true; // "two-day visit"
  if (q.unit && TIME_UNITS.test(q.unit)) return true; // durations: "six years in prison", "the next two weeks"
  if (t.kind === 'word' && prev && REFERRING.has(prev.lower)) return true; // "the two leaders", "our two countries"
  if (prev && (prev.text === '-' || prev.text === '‑') && prev.spaceBefore === '' && t.spaceBefore === '') return true; // "mum-of-three"
  if (next && /^(?:st|nd|rd|th)$/.test(next.lower) && next.spaceBefore === '') return true;
  if (prev && ['call', 'dial', 'ring', 'phone', 'text'].includes(prev.lower)) return true; // "call 999"
  if (t.lower === 'twice' && prev && ['think', 'thought', 'thinking'].includes(prev.lower)) return true; // "didn't think twice"
  return false;
}
