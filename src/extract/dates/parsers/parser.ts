/**
 * A chrono Parser from a pattern and an extract function (chrono hands `extract` the match at its
 * absolute index). `trigger`, a cheap test for the parser's key words, lets a text without them skip
 * the full pattern: most articles hold no season, decade or fiscal year, and chrono runs every
 * parser's pattern over the whole text.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { endsWord, startsWord } from '../words.js';

const NEVER = /$.^/;

export type Groups = Record<string, string | undefined>;

export function makeParser(
  pattern: RegExp,
  extract: (context: ParsingContext, match: RegExpExecArray, groups: Groups) => ParsingResult | null,
  trigger?: RegExp,
): Parser {
  if (pattern.global || pattern.sticky || trigger?.global || trigger?.sticky) throw new Error('chrono re-runs a parser pattern on substrings; it must not carry g or y');
  return {
    pattern: (context) => (trigger && !trigger.test(context.text) ? NEVER : pattern),
    extract: (context, match) => {
      const m = match as RegExpExecArray;
      if (!startsWord(context.text, m.index) || !endsWord(context.text, m.index + m[0].length)) return null;
      return extract(context, m, m.groups ?? {});
    },
  };
}

/** True when the first letter is a capital: news writes month and weekday names that way; "march" and "may" are verbs. */
export const capitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
