/** Word-level normalisation shared by the relation, timeline and brief stages: tokens -> Porter stems. */
import { stemmer } from 'stemmer';

/** Function words and reporting verbs that say nothing about *what* is measured. */
const STOPWORDS = new Set(
  `a an the of in on at to for from by with and or but as is are was were be been being has have had it its this that these
  those there their they them he she his her we our you your i not no than then so such into over under about up down out
  more less most least some any all each per via also said says say according told reported report reports would will could
  can may might should did do does new after before since during while when which who whom what where why how just only
  nearly almost around roughly approximately some least number total amount figure level count
  rose rise rises risen rising fell fall falls fallen falling climbed climb climbs edged edge reached reach reaches
  stood stand stands stayed stay stays remained remain remains slowed slow eased ease increased increase decreased decrease
  jumped jump dropped drop declined decline grew grow grows soared plunged hit hits put puts only just record
  year years month months week weeks day days last next ago today yesterday tomorrow percent pct cent
  january february march april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Lower-cased word tokens, in order. */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((t) => t.replace(/['’]s$/, ''));
}

/**
 * Stems that news uses for one concept, mapped to one: casualty counts, the most common figures in
 * the news, are written as "killed", "dead", "deaths", "death toll", "died"... Kept short on purpose:
 * only words that never measure anything else.
 */
const CONCEPTS: Record<string, string> = {
  death: 'kill', dead: 'kill', die: 'kill', di: 'kill', fatal: 'kill', toll: 'kill',
  wound: 'injur', hurt: 'injur',
  jobless: 'unemploy',
  creat: 'ad', gain: 'ad',
  hous: 'home', dwell: 'home',
};

/** Porter stems of the content words of `text` (no stopwords, no pure numbers), synonyms folded. */
export function contentStems(text: string): string[] {
  return tokens(text)
    .filter((t) => !STOPWORDS.has(t) && !/^\d/.test(t))
    .map((t) => {
      const s = stemmer(t);
      return CONCEPTS[s] ?? s;
    });
}

export const stemSet = (text: string): Set<string> => new Set(contentStems(text));

/** |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** |a ∩ b| / min(|a|, |b|): 1 when one set holds the other. 0 when either is empty. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Whitespace-collapsed, quote-normalised, lower-cased text: equal for copies of one sentence. */
export const normText = (text: string): string =>
  text.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
