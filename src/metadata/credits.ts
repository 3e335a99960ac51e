/** Wire services and photo agencies credited by a page: "(AP)", "Reuters/...", "Photo: Yonhap", "AFP via Getty Images". */

/** Canonical short name by every way pages write it. Longest forms first so "Associated Press" wins over "AP". */
const AGENCIES: readonly (readonly [canonical: string, forms: readonly string[]])[] = [
  ['AP', ['Associated Press', 'AP']],
  ['Reuters', ['Reuters', 'Thomson Reuters']],
  ['AFP', ['Agence France-Presse', 'Agence France Presse', 'AFP']],
  ['Yonhap', ['Yonhap News Agency', 'Yonhap']],
  ['KCNA', ['Korean Central News Agency', 'KCNA']],
  ['Xinhua', ['Xinhua News Agency', 'Xinhua']],
  ['Kyodo', ['Kyodo News', 'Kyodo']],
  ['EPA', ['European Pressphoto Agency', 'EPA-EFE', 'EPA']],
  ['EFE', ['EFE']],
  ['dpa', ['Deutsche Presse-Agentur', 'dpa']],
  ['ANSA', ['ANSA']],
  ['Getty Images', ['Getty Images']],
  ['PA', ['Press Association', 'PA Media']],
  ['UPI', ['United Press International', 'UPI']],
  ['Bloomberg', ['Bloomberg News']],
  ['TASS', ['TASS']],
  ['ANI', ['Asian News International', 'ANI']],
  ['PTI', ['Press Trust of India', 'PTI']],
  ['CP', ['The Canadian Press', 'Canadian Press']],
  ['AAP', ['Australian Associated Press', 'AAP']],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORM_TO_CANONICAL = new Map(AGENCIES.flatMap(([canonical, forms]) => forms.map((f) => [f.toLowerCase(), canonical] as const)));
const ALL_FORMS = AGENCIES.flatMap(([, forms]) => forms).sort((a, b) => b.length - a.length).map(escape).join('|');
/** Short acronyms are credits only in credit positions; long names anywhere in a credit context. */
const CREDIT_CONTEXTS: readonly RegExp[] = [
  new RegExp(`\\((?<a>${ALL_FORMS})\\)`, 'giu'), // dateline "(AP) —", "(Yonhap)"
  new RegExp(`\\b(?<a>${ALL_FORMS})\\s*(?:photo|images?|pictures?|video|graphic)s?\\b`, 'giu'), // "AP Photo"
  new RegExp(`\\b(?:photo|image|picture|video|credit|source|via|courtesy(?: of)?)\\s*[:/|]?\\s*(?:by\\s+)?(?:[\\p{L}.' -]{0,40}/\\s*)?(?<a>${ALL_FORMS})\\b`, 'giu'),
  new RegExp(`\\b(?<a>${ALL_FORMS})\\s*/\\s*[\\p{Lu}][\\p{L}.' -]{1,40}`, 'giu'), // "Reuters/Kim Hong-Ji"
  new RegExp(`[\\p{L}.]+\\s*/\\s*(?<a>${ALL_FORMS})\\b`, 'giu'), // "Jane Doe/AFP"
  new RegExp(`(?:^|[—–-]\\s*|\\bby\\s+)(?<a>Associated Press|Reuters|Agence France-Presse|Yonhap News Agency|Yonhap|AFP|AP)\\s*(?:$|[.,)])`, 'gimu'),
  new RegExp(`\\b(?:©|copyright)\\s*(?:\\d{4}\\s*)?(?:the\\s+)?(?<a>${ALL_FORMS})\\b`, 'giu'),
  new RegExp(`\\b(?:according to|told|reported by|said in a statement to|quoted by|cited by)\\s+(?:the\\s+)?(?<a>Associated Press|Reuters|Agence France-Presse|Yonhap(?: News Agency)?|Xinhua|Kyodo(?: News)?)\\b`, 'giu'),
];

/** Patterns match case-insensitively ("REUTERS/", "Photo:"), but the agency itself must be written as a name:
 *  capitalised ("Reuters") or in capitals ("AP"), never as a lower-case word ("ap", "via"). */
function writtenLikeAName(written: string): boolean {
  if (written === written.toUpperCase()) return true;
  return written.length > 3 && /^\p{Lu}/u.test(written) && FORM_TO_CANONICAL.has(written.toLowerCase()) && written.split(/\s+/).every((w) => /^[\p{Lu}\d-]|^(?:of|the|de)$/u.test(w));
}

/** Canonical agency names credited in the given texts, in first-seen order. */
export function findCredits(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const pattern of CREDIT_CONTEXTS) {
      pattern.lastIndex = 0;
      for (const m of text.matchAll(pattern)) {
        const written = m.groups!.a!;
        const canonical = FORM_TO_CANONICAL.get(written.toLowerCase());
        if (canonical && writtenLikeAName(written) && !found.includes(canonical)) found.push(canonical);
      }
    }
  }
  return found;
}
