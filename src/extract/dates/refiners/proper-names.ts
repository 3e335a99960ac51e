/**
 * Month and weekday names that are not dates: "they march", "Theresa May", "Good Friday",
 * "Black Friday", "the Sunday Times", "April Ryan". News capitalises a month or weekday that is a
 * date; a capitalised word right before it (other than a date word) makes it part of a name, and
 * so does a capitalised word right after a bare name that no preposition introduces.
 */
import type { Refiner } from 'chrono-node';

const NAME_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\.?/i;
const BARE_NAME = /^(?:on\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

/** Capitalised words that may stand before a date (sentence-initial prepositions and date words). */
const DATE_LEAD = new Set(
  (
    'in on by since until till from through during before after between and or to of last next this early late mid ' +
    'the each every starting beginning ending around about circa as at for throughout over also but then so only even ' +
    'back again until that since until updated published posted dated monday tuesday wednesday thursday friday saturday ' +
    'sunday january february march april may june july august september october november december today yesterday ' +
    'tomorrow tonight sometime come'
  ).split(' '),
);
/** "May" alone is a month only after a date word: "in May", "until May", "March and May". */
const MAY_LEAD = /(?:\b(?:in|since|by|until|till|through|from|to|of|early|late|last|next|this|during|before|after|mid|end|beginning)[\s-]+|\bmid-|\b(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?:and|or|to)\s+)$/i;

/** Lower-case words after which a bare name followed by a capital is still a date: "in June Apple...". */
const PREPOSITION = /\b(?:in|on|since|by|until|till|from|through|during|before|after|between|of|last|next|this|early|late|mid)[\s-]+$/i;

export const properNamesRefiner: Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      const m = NAME_WORD.exec(r.text);
      if (!m) return true;
      if (!/^\p{Lu}/u.test(m[1]!)) return false; // "march", "may"
      if (m.index > 0 && !/^on\s+$/i.test(r.text.slice(0, m.index))) return true; // "last Friday", "3 June"
      const before = context.text.slice(Math.max(0, r.index - 40), r.index);
      if (/^May$/.test(r.text) && !MAY_LEAD.test(before)) return false;
      const prev = /([\p{L}][\p{L}'’.-]*)\s+$/u.exec(before)?.[1];
      if (prev && /^\p{Lu}/u.test(prev) && !/['’]s$/.test(prev) && !endsSentence(prev) && !DATE_LEAD.has(prev.toLowerCase())) return false;
      if (BARE_NAME.test(r.text)) {
        const next = /^\s+([\p{L}]+)/u.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 30))?.[1];
        if (next && /^\p{Lu}/u.test(next) && !PREPOSITION.test(before) && !/^on\s/i.test(r.text) && !NAME_WORD.test(next)) return false;
      }
      return true;
    }),
};

/** Titles whose full stop does not end a sentence ("Mr. May"). */
const TITLE = /^(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Capt|Lt|Col|Sgt|Rev|Sr|Jr)\.$/;
const endsSentence = (word: string): boolean => /[.!?]$/.test(word) && !TITLE.test(word);
