/**
 * Wire services and photo agencies a page credits: "(AP)", "Reuters/Kim Hong-Ji", "Photo: X/Yonhap",
 * "AFP via Getty Images", "© 2026 The Associated Press", "according to Reuters".
 *
 * One scan per text finds every agency name; only then is the text around each name checked for a
 * credit position. (An agency's name alone is no credit: "the AP exam", "Reuters is a company".)
 */
import { AGENCY_CASED_ALTERNATION, canonicalAgency } from '../clean/agencies.js';

/**
 * Every agency name as a page may write it when it credits one: as listed, or in capitals ("REUTERS/").
 * Case-sensitive and without Unicode classes: several times faster than a case-insensitive scan,
 * and it runs over every paragraph of every page.
 */
const ANY_AGENCY = new RegExp(
  `(?<![A-Za-z0-9\u00c0-\u024f])(?:${AGENCY_CASED_ALTERNATION})(?![A-Za-z0-9\u00c0-\u024f])`,
  'g',
);
/** How much text before and after a name is read for its context, characters. */
const BEFORE_CHARS = 70;
const AFTER_CHARS = 30;

/** Where an agency name stands when it is credited. `before` ends at the name; `after` starts after it. */
const CREDIT_CONTEXTS: readonly { readonly before?: RegExp; readonly after?: RegExp; readonly major?: boolean }[] = [
  { before: /\(\s*$/, after: /^\s*(?:\)|[/,;]|photos?\b)/i }, // dateline "(Yonhap) --", "(AP Photo/...)"
  { after: /^\s*(?:photos?|images?|pictures?|video|graphics?|photograph)\b/i }, // "AP Photo", "Yonhap photo"
  { after: /^\s+via\s+getty\b/i }, // "AFP via Getty Images"
  { before: /\b(?:photo|photos|image|picture|video|credit|credits|source|sources|via|courtesy(?: of)?|photograph|graphic)\s*[:/|]?\s*(?:by\s+)?(?:[\p{L}.' -]{0,40}\/\s*)?$/iu },
  { after: /^\s*\/\s*\p{Lu}/u }, // "Reuters/Kim Hong-Ji"
  { before: /[\p{L}.]\s*\/\s*$/u }, // "Jane Roe/AFP"
  { before: /(?:^|[—–-]\s*|\bby\s+(?:the\s+)?)$/i, after: /^\s*(?:$|[.,)])/, major: true }, // "— Reuters", "By The Associated Press"
  { before: /\b(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:the\s+)?$/i },
  { before: /\b(?:according to|told|reported by|said in a statement to|quoted by|cited by|in an interview with)\s+(?:the\s+)?$/i, major: true },
];

/** Agencies credited often enough that a bare "— Reuters" or "told Reuters" is a credit. */
const MAJOR = new Set(['AP', 'Reuters', 'AFP', 'Yonhap', 'Xinhua', 'Kyodo', 'KCNA', 'dpa', 'EFE', 'ANSA', 'TASS', 'Interfax', 'Bloomberg', 'PA', 'CP', 'AAP', 'PTI', 'ANI', 'Anadolu', 'UPI']);

/** Patterns match case-insensitively ("REUTERS/", "Photo:"), but the agency itself must be written as a name:
 *  capitalised ("Reuters") or in capitals ("AP"), never as a lower-case word ("ap", "via"); "dpa" is written so. */
function writtenLikeAName(written: string): boolean {
  if (written === 'dpa') return true;
  if (written === written.toUpperCase()) return /\p{Lu}/u.test(written);
  return written.length > 3 && written.split(/\s+/).every((w) => /^[\p{Lu}\d-]|^(?:of|the|de)$/u.test(w));
}

/** Canonical agency names credited in the given texts, in first-seen order. */
export function findCredits(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    ANY_AGENCY.lastIndex = 0;
    for (let m = ANY_AGENCY.exec(text); m; m = ANY_AGENCY.exec(text)) {
      const written = m[0];
      const canonical = canonicalAgency(written);
      if (!canonical || found.includes(canonical) || !writtenLikeAName(written)) continue;
      // A cut-off window starts with a marker, so that "^" in a context means the start of the text only.
      const before = (m.index > BEFORE_CHARS ? '\u0001' : '') + text.slice(Math.max(0, m.index - BEFORE_CHARS), m.index);
      const after = text.slice(m.index + written.length, m.index + written.length + AFTER_CHARS);
      const credited = CREDIT_CONTEXTS.some((c) => (!c.major || MAJOR.has(canonical)) && (!c.before || c.before.test(before)) && (!c.after || c.after.test(after)));
      if (credited) found.push(canonical);
    }
  }
  return found;
}

/** The agency a byline's organisation names ("Associated Press" -> "AP"), or null. */
export const agencyOf = (org: string | null): string | null => (org ? canonicalAgency(org) : null);
