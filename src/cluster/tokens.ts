/** Words -> index terms: lower-cased, stop words dropped, Porter-stemmed. Pure. */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set<string>([
  ...eng,
  // Reporting verbs and news filler carry no event identity; the library list lacks them.
  'said', 'says', 'say', 'told', 'according', 'reported', 'report', 'reports', 'news', 'also', 'would', 'could', 'one', 'two',
  'new', 'year', 'years', 'people', 'time', 'last', 'first', 'just', 'like', 'get', 'got', 'many', 'much', 'since', 'still',
  'may', 'might', 'us', 'mr', 'mrs', 'ms', 'will', 'can', 'including', 'after', 'before', 'while', 'later', 'week', 'day',
]);

const WORD = /[\p{L}][\p{L}\p{N}]*(?:['’][\p{L}]+)*/gu;

/** Index terms of a text, in order, with repeats (for term frequencies). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Porter stemming is most of the cost of features; news vocabulary repeats, so stems are memoised (bounded). */
const STEMS = new Map<string, string>();
const MAX_STEMS = 200_000;

function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    s = stemmer(word);
    STEMS.set(word, s);
  }
  return s;
}
