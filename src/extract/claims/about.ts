/**
 * What a figure measures, as a short lowercase noun phrase: "20,000 containers were shipped" ->
 * "containers shipped", "exports rose 12.5%" -> "exports", "2,000 tonnes of rice" -> "rice delivered".
 */
import type { NlpDoc, Token } from '../nlp/read-text.js';
import type { FoundQuantity } from './quantities.js';
import { MEASURE_NOUNS } from './quantities.js';

const NON_COUNT_UNITS = new Set(['percent', 'percentage points', 'times']);
const DROP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'all', 'total', 'of']);
/** Lemmas of verbs that report rather than state what happened. */
export const SPEECH = new Set(['say', 'tell', 'report', 'estimate', 'announce', 'state', 'confirm', 'claim', 'add', 'note', 'warn', 'predict', 'accord']);
const MAX_WORDS = 5;

export function aboutOf(doc: NlpDoc, sFirst: number, sLast: number, q: FoundQuantity): string {
  const { tokens } = doc;
  const unit = q.quantity.unit;
  const countNoun = q.unitToken >= 0 && unit !== null && !NON_COUNT_UNITS.has(unit) && /^\p{Ll}/u.test(unit);
  if (countNoun) {
    let noun = tokens[q.unitToken]!.lower;
    let nounAt = q.last;
    if (MEASURE_NOUNS.has(noun) && tokens[q.unitToken + 1]?.lower === 'of') {
      for (let k = q.unitToken + 2; k <= sLast && k < q.unitToken + 5; k++) if (tokens[k]!.pos === 'NOUN') { noun = tokens[k]!.lower; nounAt = k; break; }
    }
    const verb = verbAfter(tokens, nounAt + 1, sLast) ?? verbBefore(tokens, q.first - 1, sFirst);
    return verb ? `${noun} ${participle(verb)}` : noun;
  }
  // "40% of the summer flow", "a third of the budget": the share is of what follows "of".
  if (tokens[q.last + 1]?.lower === 'of') {
    const share = nounPhraseAfter(tokens, q.last + 1, sLast);
    if (share) return share;
  }
  const verbAt = verbIndexBefore(tokens, q.first - 1, sFirst);
  const np = verbAt >= 0 ? nounPhraseBefore(tokens, verbAt - 1, sFirst) : '';
  if (np) return np;
  const after = nounPhraseAfter(tokens, q.last + 1, sLast);
  return after || predicateAfter(tokens, q.last + 1, sLast) || (unit ?? 'figure');
}

function verbAfter(tokens: readonly Token[], from: number, sLast: number): Token | null {
  for (let k = from; k <= sLast && k < from + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !SPEECH.has(t.lemma)) return t;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return null;
  }
  return null;
}

function verbBefore(tokens: readonly Token[], from: number, sFirst: number): Token | null {
  for (let k = from; k >= sFirst && k > from - 4; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !SPEECH.has(t.lemma)) return t;
    if (!['ADV', 'ADP', 'DET', 'ADJ', 'PART'].includes(t.pos)) return null;
  }
  return null;
}

function verbIndexBefore(tokens: readonly Token[], from: number, sFirst: number): number {
  for (let k = from; k >= sFirst; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !SPEECH.has(t.lemma)) return k;
    if (t.pos === 'PUNCT' && t.text !== '-') return -1;
  }
  return -1;
}

function nounPhraseBefore(tokens: readonly Token[], from: number, sFirst: number): string {
  const words: string[] = [];
  for (let k = from; k >= sFirst; k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'ADV' && words.length === 0) continue;
    if (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos) || t.lower === 'of' || /^['’]s$/.test(t.text)) { words.unshift(t.lower); continue; }
    break;
  }
  return tidy(words);
}

function nounPhraseAfter(tokens: readonly Token[], from: number, sLast: number): string {
  const words: string[] = [];
  let k = from;
  if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'in') k++;
  for (; k <= sLast; k++) {
    const t = tokens[k]!;
    if (['NOUN', 'ADJ'].includes(t.pos) || (t.pos === 'DET' && words.length === 0)) words.push(t.lower);
    // "the river's summer flow": a possessor is part of the phrase when a noun follows it.
    else if ((t.pos === 'PROPN' || /^['’]s$/.test(t.text)) && tokens[k + 1] && (/^['’]s$/.test(tokens[k + 1]!.text) || /^['’]s$/.test(t.text))) words.push(t.lower);
    else break;
  }
  return tidy(words);
}

/** "2,000 were left homeless" -> "left homeless": a bare figure is described by what it did or became. */
function predicateAfter(tokens: readonly Token[], from: number, sLast: number): string {
  let k = from;
  while (k <= sLast && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || SPEECH.has(verb.lemma) || k === from && from <= sLast && tokens[from - 1]?.pos === 'ADP') return '';
  const words = [verb.lower];
  for (let j = k + 1; j <= sLast && words.length < 3; j++) {
    const t = tokens[j]!;
    if (t.pos === 'ADJ' || t.pos === 'NOUN') words.push(t.lower);
    else break;
  }
  return words.join(' ');
}

function tidy(words: string[]): string {
  const kept = words.filter((w, i) => !DROP.has(w) || (w === 'of' && i > 0)).join(' ').replace(/\s+(['’]s)\b/g, '$1').replace(/^of\s+|\s+of$/g, '');
  return kept.split(/\s+/).slice(-MAX_WORDS).join(' ');
}

/** "produced" stays, "produces" / "producing" -> "produced". */
function participle(t: Token): string {
  if (/(?:ed|en|wn|lt|ught|ade|old|ent|id|ot|un|ung|one)$/.test(t.lower) && !/ing$/.test(t.lower)) return t.lower;
  const lemma = t.lemma;
  return lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
}
