/** A chrono Parser from a pattern and an extract function (chrono hands `extract` the match at its absolute index). */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { endsWord, startsWord } from '../words.js';

export type Groups = Record<string, string | undefined>;

export function makeParser(pattern: RegExp, extract: (context: ParsingContext, match: RegExpExecArray, groups: Groups) => ParsingResult | null): Parser {
  if (pattern.global || pattern.sticky) throw new Error('chrono re-runs a parser pattern on substrings; it must not carry g or y');
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const m = match as RegExpExecArray;
      if (!startsWord(context.text, m.index) || !endsWord(context.text, m.index + m[0].length)) return null;
      return extract(context, m, m.groups ?? {});
    },
  };
}

/** True when the first letter is a capital: news writes month and weekday names that way; "march" and "may" are verbs. */
export const capitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
