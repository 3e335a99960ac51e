/**
 * The part of a claim's sentence that states its figure: the sentence without its dateline
 * ("HALVIK, Jan. 12 (NWS) --"), cut at commas, semicolons, dashes and "and", keeping the clause that
 * holds the number (or the date, for a claim without a quantity). Two figures in one sentence
 * ("20,000 in 2025, up from 16,500 in 2024") then each keep their own words.
 */
import type { Claim } from '../types.js';

const DATELINE = /^\s*[A-Z][A-Z .'-]+,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-)\s*/;
/** Breaks between clauses; a comma inside a number ("20,412") is not one. */
const CLAUSE_BREAK = /\s*(?:[,;:](?=\s)|\s[-–—]{1,2}\s|\band\b|\bbut\b|\bwhile\b)\s*/;
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** The sentence without a leading dateline. */
export const stripDateline = (sentence: string): string => sentence.replace(DATELINE, '');

/** "Port managers said only 1,200 workers joined" -> "only 1,200 workers joined": the framing names the source, not the measure. */
const REPORTED = /^.*?\b(?:said|says|say|told|reported|reports|estimated?|estimates|believes?|believed|announced|according to [^,]+)\b(?:\s+that)?\s+(?=.*\d)/i;

export function claimClause(c: Pick<Claim, 'sentence' | 'quantity' | 'when'>): string {
  return unframe(pickClause(c));
}

const unframe = (clause: string): string => clause.replace(REPORTED, '');

function pickClause(c: Pick<Claim, 'sentence' | 'quantity' | 'when'>): string {
  const sentence = stripDateline(c.sentence);
  const clauses = sentence.split(CLAUSE_BREAK).filter((x) => x.trim() !== '');
  if (clauses.length <= 1) return sentence;
  if (c.quantity) {
    const wanted = [1, 1e3, 1e6, 1e9, 1e12].map((s) => c.quantity!.value / s);
    const hit = clauses.find((cl) => [...cl.matchAll(NUMBER)].some((m) => wanted.some((w) => Math.abs(Number(m[0].replace(/,/g, '')) - w) < 1e-9 * Math.max(1, w))));
    return hit ?? sentence;
  }
  // A dated statement: the clause holding the date's words, else its year.
  const text = c.when?.text;
  const year = c.when?.start?.slice(0, 4);
  return (text && clauses.find((cl) => cl.includes(text))) || (year && clauses.find((cl) => cl.includes(year))) || sentence;
}

/**
 * Name-like words of a clause, lower-cased: capitalised words that do not open the sentence, plus
 * the opening word when the article names it elsewhere too. They tell "Norby port handled 12,000"
 * from "Halvik port handled 20,000" when entity recognition has not typed the names.
 */
export function clauseNames(clause: string, sentence: string, bodyNames: ReadonlySet<string>): Set<string> {
  const opening = stripDateline(sentence).trimStart();
  const out = new Set<string>();
  for (const m of clause.matchAll(/\b[A-Z][\p{L}'’-]+/gu)) {
    const word = m[0].replace(/['’]s$/, '').toLowerCase();
    if (NOT_NAMES.has(word)) continue;
    // A capital at the start of the sentence proves nothing ("Nearby", "Officials") unless the article uses the word as a name.
    const opensSentence = clause.slice(0, m.index).trim() === '' && opening.startsWith(clause.trimStart());
    if (opensSentence && !bodyNames.has(word)) continue;
    out.add(word);
  }
  return out;
}

/** Capitalised words an article uses past the start of a sentence, by count: its recurring names. */
export function bodyNameCounts(body: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/(?<=[\p{Ll}\d,;:)] +)[A-Z][\p{L}'’-]+/gu)) {
    const word = m[0].replace(/['’]s$/, '').toLowerCase();
    if (NOT_NAMES.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Capitalised words that are not names: calendar words and words often capitalised in news copy. */
export const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'i', 'the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr',
]);
