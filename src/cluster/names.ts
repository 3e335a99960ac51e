/**
 * Capitalised names in a body -> lower-cased name tokens with counts ("Christopher Kenyon Simpson"
 * gives christopher, kenyon, simpson), the "who" and "where" of an article. A heuristic that
 * needs no model: a capitalised word counts when it is not a function word, a month or a weekday,
 * and — at the start of a sentence, where every word is capitalised — only when the article never
 * writes it in lower case. Pure.
 */
import { eng } from 'stopword';

const NOT_NAMES = new Set<string>([
  ...eng,
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'but', 'and', 'or', 'if', 'so', 'yet', 'then', 'now', 'today', 'yesterday', 'tomorrow',
]);

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const WORD = /[\p{L}][\p{L}\p{N}]*(?:['’][\p{L}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/;

/** Name tokens of a body with their counts. */
export function nameTokens(body: string): Map<string, number> {
  const lower = new Set<string>();
  for (const m of body.matchAll(WORD)) if (!CAPITALISED.test(m[0])) lower.add(m[0].toLowerCase());
  const out = new Map<string, number>();
  for (const sentence of body.match(SENTENCE) ?? []) {
    let first = true;
    for (const m of sentence.matchAll(WORD)) {
      const word = m[0];
      const key = word.toLowerCase().replace(POSSESSIVE, '');
      const wasFirst = first;
      first = false;
      if (!CAPITALISED.test(word) || key.length < 2 || NOT_NAMES.has(key)) continue;
      if (wasFirst && lower.has(key)) continue;
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}
