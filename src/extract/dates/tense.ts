/**
 * Which way a date without a year (or a bare weekday) points, read from the words around it.
 * News mostly reports the past, so "past" is the default; a future cue ("will", "is scheduled to",
 * "expects", or a present-tense scheduling verb: "the trial begins", "the polls open") that is nearer
 * to the date than any past-tense verb makes it "future".
 */
export type Direction = 'past' | 'future';

const FUTURE =
  /\b(?:will|won't|shall|would|going to|set to|(?:forecast|predicted|likely|poised|due) to|(?:is|are) expected|could(?! not| have)|might(?! not| have)|scheduled|slated|due|expected to|expects?|expecting|anticipates?|plans? to|planned|planning to|intends? to|aims? to|is to|are to|to be (?:held|released|launched|published|delivered|opened)|upcoming|forthcoming|begins|starts|opens|reopens|closes|ends|meets|launches|resumes|expires|takes effect|takes place|kicks off|runs|lasts|arrives|returns|resume|reopen|begin|meet)\b|'ll\b/gi;
// Irregular past forms common in news; regular ones end in -ed ("announced", "reported").
const PAST =
  /\b(?:was|were|had|did|said|told|took|made|came|went|began|rose|fell|won|lost|sold|met|held|left|saw|gave|got|became|grew|flew|wrote|ran|struck|brought|bought|built|sent|spent|paid|kept|led|found|knew|fought|chose|drew|broke|spoke|stood|withdrew|[a-z]{2,}ed)\b/gi;
const PASSIVE_BE = /\b(?:be|been|being|is|are|am)\s+$/i;
/** A clause ends at a sentence end, a semicolon or a paragraph break. */
const CLAUSE_END = /[.!?;]\s|\n/g;
const BACK_CHARS = 160;
const AHEAD_CHARS = 100;

interface Cue {
  readonly direction: Direction;
  readonly at: number;
}

function cues(window: string): Cue[] {
  const found: Cue[] = [];
  for (const m of window.matchAll(FUTURE)) found.push({ direction: 'future', at: m.index + m[0].length });
  for (const m of window.matchAll(PAST)) {
    // "will be played", "is scheduled": a participle after a present or future "be" is no past tense.
    if (/ed$/i.test(m[0]) && PASSIVE_BE.test(window.slice(Math.max(0, m.index - 8), m.index))) continue;
    found.push({ direction: 'past', at: m.index + m[0].length });
  }
  // A future cue ending where a past one does ("scheduled") is the future reading.
  return found.sort((a, b) => a.at - b.at || (a.direction === 'future' ? 1 : -1));
}

/** The direction the text around [start, end) gives a date that does not say it. */
export function directionAt(text: string, start: number, end: number): Direction {
  let before = text.slice(Math.max(0, start - BACK_CHARS), start);
  const lastEnd = Array.from(before.matchAll(CLAUSE_END)).at(-1);
  if (lastEnd) before = before.slice(lastEnd.index + lastEnd[0].length);
  const back = cues(before).at(-1);
  if (back) return back.direction;
  // Nothing before the date in its clause ("On Friday, the board will vote"): read on.
  let after = text.slice(end, end + AHEAD_CHARS);
  const nextEnd = after.search(/[.!?;]\s|\n/);
  if (nextEnd >= 0) after = after.slice(0, nextEnd);
  return cues(after)[0]?.direction ?? 'past';
}
