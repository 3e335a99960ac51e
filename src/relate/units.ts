/**
 * Unit normalisation: "million dollars" -> { key: "usd", scale: 1e6 }. Two claims measure in the
 * same unit only when their keys are equal; the scale multiplies the value.
 */
import { contentStems } from './words.js';

export interface NormalUnit {
  /** Comparable key: "usd", "%", "pp", or the unit's content stems joined ("worker", "contain"). Null for no unit. */
  readonly key: string | null;
  /** Multiplier the unit carries ("billion dollars" -> 1e9). */
  readonly scale: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
};

/** Spellings of one unit, by the key they map to. Matched on the whole remaining unit text. */
const SYNONYMS: readonly (readonly [string, RegExp])[] = [
  ['%', /^(?:%|percent|per cent|pct|percentage)$/],
  ['pp', /^(?:percentage points?|pp|points?)$/],
  ['usd', /^(?:\$|us\$|usd|dollars?|us dollars?|u\.s\. dollars?)$/],
  ['eur', /^(?:€|eur|euros?)$/],
  ['gbp', /^(?:£|gbp|pounds? sterling|sterling)$/],
  ['jpy', /^(?:¥|jpy|yen)$/],
  ['tonne', /^(?:t|tonnes?|tons?|metric tons?|metric tonnes?)$/],
  ['km', /^(?:km|kilometres?|kilometers?)$/],
  // Counts of people however they are called; "workers" stays apart (a subset, and a different measure).
  ['peopl', /^(?:people|persons?|individuals?|residents?|inhabitants?|villagers?|civilians?)$/],
];

export function normalizeUnit(unit: string | null | undefined): NormalUnit {
  if (unit === null || unit === undefined) return { key: null, scale: 1 };
  let words = unit.toLowerCase().replace(/[()]/g, ' ').trim().split(/\s+/).filter((w) => w !== '' && w !== 'the' && w !== 'of');
  let scale = 1;
  // Scale words may sit anywhere in the unit ("billion dollars", "dollars (bn)", "million tonnes").
  words = words.filter((w) => {
    const s = SCALES[w];
    if (s === undefined || words.length === 1) return true;
    scale *= s;
    return false;
  });
  if (words.length === 1 && SCALES[words[0]!] !== undefined && words[0]!.length > 2) return { key: null, scale: SCALES[words[0]!]! };
  const text = words.join(' ');
  if (text === '') return { key: null, scale };
  for (const [key, re] of SYNONYMS) if (re.test(text)) return { key, scale };
  const stems = contentStems(text);
  return { key: stems.length > 0 ? stems.join(' ') : text, scale };
}
