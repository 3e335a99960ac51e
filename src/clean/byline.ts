/**
 * Reads a byline line: "By JANE DOE and JOHN ROE, Associated Press", "Jane Doe, Reuters",
 * "Posted by Ana Ruiz on May 3, 2026", "Reporting by Lee Park; Editing by Tom Hu".
 * Returns the names as written (the metadata stage normalises case), the organisation or role
 * after them, and any date text on the same line. Null when the line is not a byline.
 */
import { canonicalAgency } from './agencies.js';
import { hasFullDate } from './line-shape.js';

export interface Byline {
  /** Person names as written, e.g. ["JANE DOE", "John Roe"]. Empty for "By Staff" or "By The Associated Press". */
  readonly names: readonly string[];
  /** What follows the names: an agency, outlet or role ("Associated Press", "Staff Writer"), or null. */
  readonly org: string | null;
  /** Date text on the same line ("May 3, 2026"), or null. */
  readonly date: string | null;
}

const BY_PREFIX = /^(?:(?:(?:written|reported|story|words|text|report|posted|published|compiled|photos? and words|reporting)\s+by|by)\b\s*:?\s*|(?:text|words|author|authors|byline|reporters?|writer|story)\s*:\s*|reporter\s+(?=\p{Lu}))/iu;
/** A cheap first look: the words a byline can start with (the full patterns are below). */
const BYLINE_START = /^[-–—\s(]*(?:by|written|reported|story|words|text|report|posted|published|compiled|photos?|reporting|additional|author|authors|byline|reporters?|writer)\b/i;
/** What a byline may carry besides names: "(jane@x.example)", "@janedoe", " in Travel" (a blog's category). */
const BYLINE_EXTRAS = /\s*\([^)]*@[^)]*\)|\s+@[\w.]+|\s+in\s+[\p{Lu}][\p{L}&]*(?:\s+[\p{Lu}&][\p{L}]*){0,2}$/gu;
/** "Reporting by X; Additional reporting by Y; Editing by Z": only the reporters are authors. */
const REPORTING_BY = /^[-–—\s]*\(?\s*(?:additional\s+)?reporting by\s+(?<names>[^;)]+)(?:;.*)?\)?$/i;
/** Pieces of a byline line: "By X | Outlet | May 3, 2026", "By X — Staff Writer". */
const SEGMENT_SEPARATOR = /\s+[|·•—–-]\s+|\s*[|·•]\s*/;
const DATE_TAIL = /\s+(?:on|at|published|posted|updated)\b.*$|,?\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}).*$/iu;
const NAME_SPLIT = /\s*(?:,|;|\band\b|&)\s*/i;
/** One person's name: 1-5 words, each capitalised, in capitals, an initial, or a particle. */
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.(?:[\p{Lu}]\.)*|van|von|de|der|den|da|di|del|la|le|du|bin|al|el|ibn|dos|das)$/u;
/** Words that make a byline part a desk, role or organisation rather than a person. */
const ROLE_WORDS = /\b(?:staff|reporters?|correspondents?|editors?|writers?|desk|team|agency|agencies|news|wire|press|bureau|contributors?|columnist|newsroom|service|media|times|herald|post|daily|journal|gazette|tribune|online|radio|television|tv|senior|chief|special|photographer)\b/i;

export function parseByline(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 160 || (/[.!?]$/.test(text) && text.split(' ').length > 6)) return null;
  if (!BYLINE_START.test(text) && !/[,|]/.test(text)) return null; // neither "By ..." nor "Name, Agency": most lines
  const reporting = REPORTING_BY.exec(text);
  if (reporting) {
    const names = splitNames(reporting.groups!.names!);
    return names.length ? { names, org: null, date: null } : null;
  }
  const prefixed = BY_PREFIX.exec(text);
  if (prefixed) return readAfterPrefix(text.slice(prefixed[0].length).replace(BYLINE_EXTRAS, ''));
  // No "By": only "Jane Doe, Reuters" or "Jane Doe | Associated Press" with a known agency is a byline.
  const m = /^(?<names>[^,|]{3,60})\s*[,|]\s*(?<org>[^,|]{2,40})$/.exec(text);
  if (!m || !canonicalAgency(m.groups!.org!)) return null;
  const names = splitNames(m.groups!.names!);
  return names.length ? { names, org: m.groups!.org!.trim(), date: null } : null;
}

function readAfterPrefix(rest: string): Byline | null {
  let date: string | null = null;
  let body = rest;
  if (hasFullDate(body)) {
    const tail = DATE_TAIL.exec(body);
    if (tail) {
      date = tail[0].replace(/^[\s,]+/, '');
      body = body.slice(0, tail.index);
    }
  }
  const segments = body.split(SEGMENT_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  const first = segments.shift() ?? '';
  const otherSegments = segments.filter((s) => !hasFullDate(s));
  if (!date) date = segments.find(hasFullDate) ?? null;
  // "JANE DOE, Associated Press": the last comma part is an organisation or role when it is not a person.
  const parts = first.split(/\s*,\s*/);
  let org: string | null = otherSegments[0] ?? null;
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (splitNames(last).length === last.split(NAME_SPLIT).filter(Boolean).length) break; // "Lee Park & Tom Hu": more names
    // "By Tuesday, the fire had spread": a lower-case clause is a sentence, not an organisation.
    if (!canonicalAgency(last) && !ROLE_WORDS.test(last) && !isTitleCase(last)) return null;
    org = org ?? last;
    parts.pop();
  }
  const joined = parts.join(', ');
  if (canonicalAgency(joined) || (/^the\s/i.test(joined) && isTitleCase(joined))) return { names: [], org: joined, date };
  const names = splitNames(joined);
  if (names.length === 0 && !org && !ROLE_WORDS.test(joined)) return null;
  return { names, org: org ?? (names.length === 0 ? joined : null), date };
}

function splitNames(text: string): string[] {
  const parts = text.split(NAME_SPLIT).map((s) => s.trim()).filter(Boolean);
  // Bylines come in any case: "jean-luc o'neil" is judged as "Jean-Luc O'Neil" (and kept as written).
  return parts.filter((p) => isPersonName(p === p.toLowerCase() ? lowerCaseName(p) : p) && !ROLE_WORDS.test(p) && !canonicalAgency(p));
}

/** A name written in lower case, capitalised for judging; "" (no name) when it holds common words ("the end of the week"). */
const lowerCaseName = (text: string): string => (COMMON_WORDS.test(text) ? '' : capitalise(text));
const COMMON_WORDS = /\b(?:the|a|an|of|to|in|on|at|for|with|from|and|or|is|was|has|had|will|this|that|end|week|day|year|time|our|my|your)\b/;
const capitalise = (text: string): string => text.replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

/** "Halvik Herald", "Staff Writer", "The Korea Times": every word capitalised except small joining words. */
const isTitleCase = (text: string): boolean =>
  text.split(/\s+/).length <= 6 && text.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|for|de|la|du)$/.test(w));

export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 5) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  // A single word is a name only in a byline context ("By Madonna") when it is not a common word in capitals.
  return words.some((w) => /\p{L}{2,}/u.test(w));
}
