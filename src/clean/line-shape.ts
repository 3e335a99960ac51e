/**
 * Small predicates about the shape of one line of text, shared by the cleaners and the metadata
 * stage. Every regex is built once, here; the predicates are pure and cheap (they run on every
 * line of every page).
 */
import { AGENCY_CASED_ALTERNATION } from './agencies.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A full calendar date as pages write it: ISO, numeric, "May 3, 2026", "3 May 2026", with an optional weekday. */
export const FULL_DATE_SOURCE = `(?:${WEEKDAY},?\\s+)?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2}(?!\\d))|${MONTH}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4})`;
const FULL_DATE = new RegExp(FULL_DATE_SOURCE, 'i');
const HAS_DIGIT = /\d/;
const FULL_DATE_G = new RegExp(FULL_DATE_SOURCE, 'gi');
/** What may surround a date on a date line: a time, a zone, keywords, separators. */
const TIME = /\b\d{1,2}(?:\s*[:.]\s*\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])/gi;
const DATE_LINE_WORDS = /\b(?:published|posted|updated|last|modified|first|date[ds]?|on|at|and|edited|created|filed|revised|released|issued|time|gmt|utc)\b|[|·•:,\-–—()[\]+/]|\d{1,2}\s*min(?:ute)?s?\s*read|\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago/gi;
/** Time zones are written in capitals ("KST", "EDT", "GMT+9"); matched case-sensitively so "port" is not one. */
const TIME_ZONE = /\b(?:[A-Z]{1,4}T|UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?\b/g;
/** A wire's name may share the date line: "Reuters Sep 18, 2013, 02:16PM IST". */
const AGENCY_NAME = new RegExp(`\\b(?:${AGENCY_CASED_ALTERNATION})\\b`, 'g');
const UPDATED_KEY = /\b(?:updated|modified|revised|edited)\b/i;
const PUBLISHED_KEY = /\b(?:published|posted|first published|date[d]?|filed|created|released|issued)\b/i;

/** How a date line presents its date: as the publication date, an update, or bare. */
export type DateLineKind = 'published' | 'updated' | 'bare';

/**
 * A line that holds a full date and nothing but times, zones, separators and keywords like
 * "Published", "Updated", "date": "Published: May 4, 2026 9:15 a.m. | Updated 10:02",
 * "date 2026-06-01", "16 September 2013 Last updated at 12:42 GMT". Null for any other line.
 */
export function dateLineKind(text: string): DateLineKind | null {
  if (text.length > 140 || !HAS_DIGIT.test(text) || !FULL_DATE.test(text)) return null;
  const rest = text.replace(FULL_DATE_G, ' ').replace(TIME, ' ').replace(TIME_ZONE, ' ').replace(AGENCY_NAME, ' ').replace(DATE_LINE_WORDS, ' ').replace(/\s+/g, '');
  if (rest !== '') return null;
  const lead = text.slice(0, Math.max(0, text.search(FULL_DATE)));
  if (PUBLISHED_KEY.test(lead)) return 'published';
  if (UPDATED_KEY.test(lead)) return 'updated';
  return PUBLISHED_KEY.test(text) ? 'published' : 'bare';
}

/** A line that is only a date (and maybe a time), possibly labelled "Published:" or "Updated:". */
export const isDateOnlyLine = (text: string): boolean => dateLineKind(text) !== null;

/** True when the line states a full calendar date anywhere. */
export const hasFullDate = (text: string): boolean => HAS_DIGIT.test(text) && FULL_DATE.test(text);

/** "3 hours ago", "Yesterday", "2 days ago", "Just now": how lists date other stories. */
export const RELATIVE_AGE = /^(?:\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?)\s+ago|yesterday|just now|today)$/i;

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/** Reads as prose: several words and a sentence-ending mark, or long enough to be a paragraph. */
export function looksLikeSentence(text: string): boolean {
  const words = countWords(text);
  if (words >= 25) return true;
  return words >= 5 && SENTENCE_END.test(text) && /[a-z]/.test(text);
}

/**
 * Ends like a sentence or a quote (`"No," he said.`, `"Enough."`, `Why now?`), however short:
 * the shape of a one-line paragraph, which a menu item or a headline does not have.
 */
export function readsAsText(text: string): boolean {
  return SENTENCE_END.test(text) && /\p{Ll}/u.test(text) && !/^\W*\p{Lu}?\p{Ll}{0,12}\.?$/u.test(text);
}

/**
 * Sentence case and six words or more, without an end mark: the article's last sentence with its
 * period lost (or a page cut mid-sentence), rather than a headline, which is short or in title case.
 */
export function isUnpunctuatedSentence(text: string): boolean {
  const words = text.split(' ');
  // "Tags: a, b" and "Home | News" are labels and menus: a colon among the first words, or any bar.
  if (words.length < 6 || text.includes('|') || /^(?:\S+\s+){0,2}\S+:/.test(text) || !/^[\p{Lu}\d"“']/u.test(text)) return false;
  const capitalised = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised < (words.length - 1) / 2;
}

/** Could be a headline: 3-30 words, not too long, no final period or colon. */
export function isTitleLike(text: string): boolean {
  const words = countWords(text);
  return words >= 3 && words <= 30 && text.length <= 200 && !/[.:,;]["'”’)\]]*$/.test(text) && /\p{L}/u.test(text);
}

/** A list item: "- text", "• text", "* text", "1. text", "a) text". */
export const isListItem = (text: string): boolean => /^(?:[-–•*▪◦·]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)\S/.test(text);

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** ASCII and general punctuation, symbols and spaces: what comparing two lines ignores. (Not \p{P}: a
 *  Unicode property class is several times slower, and this runs on every short line of every page.) */
const NOT_WORD = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

/** Lower-cased, punctuation- and space-collapsed form, for comparing repeated lines. */
export const normalizeForCompare = (text: string): string => text.toLowerCase().replace(NOT_WORD, ' ').trim();
