/**
 * Text -> tokens with character offsets, sentences and paragraphs, via wink-nlp.
 * wink-nlp (with wink-eng-lite-web-model) was chosen over compromise for speed and because it
 * keeps every whitespace run, so offsets into the body are exact; see scripts/eval/compare-nlp.ts.
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { Model } from 'wink-nlp';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, NUM, PUNCT, ...). */
  readonly pos: string;
  /** wink token type: word, number, punctuation, currency, symbol, ... */
  readonly kind: string;
  readonly lemma: string;
  /** Index of its sentence in NlpDoc.sentences. */
  readonly sentence: number;
  /** Whitespace before it (within the body). */
  readonly spaceBefore: string;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Token index range, `last` inclusive. */
  readonly first: number;
  readonly last: number;
  readonly paragraph: number;
}

export interface NlpDoc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

// The model is read-only after loading and readDoc keeps no state between documents, so one
// instance is shared. It is loaded on first use (~120 ms), so commands that never read text (list,
// show, export) do not pay for it. Only sentence boundaries and POS tags are used: the default
// pipe's entity, negation and sentiment steps would cost time for nothing.
const require = createRequire(import.meta.url);
let loaded: ReturnType<typeof winkNLP> | null = null;
const wink = (): ReturnType<typeof winkNLP> =>
  (loaded ??= (require('wink-nlp') as typeof winkNLP)(require('wink-eng-lite-web-model') as Model, ['sbd', 'pos']));

/** Reads a body into tokens and sentences. Offsets are into `text`; whitespace tokens are dropped. */
export function readText(text: string): NlpDoc {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const bySourceIndex: number[] = [];
  let offset = 0;
  let paragraph = 0;
  const all = doc.tokens();
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  const kinds = all.out(its.type) as string[];
  // The typings declare lemma with an extra addons parameter that `out` does supply.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const raw = values.map((text, i) => ({ text, pos: pos[i]!, kind: kinds[i]!, lemma: lemmas[i]!, space: spaces[i]! }));
  const paragraphOf: number[] = [];
  for (const r of raw) {
    offset += r.space.length;
    const start = offset;
    offset += r.text.length;
    if (r.pos === 'SPACE' || r.text.trim() === '') {
      if (/\n\s*\n/.test(r.space + r.text)) paragraph++;
      bySourceIndex.push(-1);
      continue;
    }
    if (/\n\s*\n/.test(r.space)) paragraph++;
    bySourceIndex.push(tokens.length);
    paragraphOf.push(paragraph);
    tokens.push({ text: r.text, lower: r.text.toLowerCase(), start, end: offset, pos: r.pos, kind: r.kind, lemma: r.lemma, sentence: -1, spaceBefore: r.space });
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of spans) {
    // Map wink's token range onto the kept tokens, then split at paragraph breaks (a headline has no full stop).
    const kept = [];
    for (let i = a; i <= b; i++) if (bySourceIndex[i]! >= 0) kept.push(bySourceIndex[i]!);
    let from = 0;
    for (let k = 1; k <= kept.length; k++) {
      if (k === kept.length || paragraphOf[kept[k]!] !== paragraphOf[kept[k - 1]!]) {
        const first = kept[from]!;
        const last = kept[k - 1]!;
        sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, first, last, paragraph: paragraphOf[first]! });
        from = k;
      }
    }
  }
  sentences.forEach((s, i) => {
    for (let t = s.first; t <= s.last; t++) (tokens[t] as { sentence: number }).sentence = i;
  });
  return { text, tokens, sentences };
}

/** The body text of tokens first..last inclusive. */
export const tokenText = (doc: NlpDoc, first: number, last: number): string => doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);
