/**
 * News wires and photo agencies, by every way pages write them. Shared by the cleaners (a caption
 * ends with an agency credit) and the metadata stage (which agencies a page credits).
 */

/** Canonical short name and the forms pages use. Longest forms are matched first, so "Associated Press" wins over "AP". */
export const AGENCIES: readonly (readonly [canonical: string, forms: readonly string[]])[] = [
  ['AP', ['Associated Press', 'AP']],
  ['Reuters', ['Thomson Reuters', 'Reuters']],
  ['AFP', ['Agence France-Presse', 'Agence France Presse', 'AFP']],
  ['Yonhap', ['Yonhap News Agency', 'Yonhap News', 'Yonhap']],
  ['KCNA', ['Korean Central News Agency', 'KCNA']],
  ['Xinhua', ['Xinhua News Agency', 'Xinhua']],
  ['Kyodo', ['Kyodo News', 'Kyodo']],
  ['EPA', ['European Pressphoto Agency', 'EPA-EFE', 'EPA']],
  ['EFE', ['EFE']],
  ['dpa', ['Deutsche Presse-Agentur', 'dpa']],
  ['ANSA', ['ANSA']],
  ['Getty Images', ['Getty Images', 'Getty']],
  ['PA', ['Press Association', 'PA Media', 'PA Wire']],
  ['UPI', ['United Press International', 'UPI']],
  ['Bloomberg', ['Bloomberg News']],
  ['TASS', ['TASS']],
  ['Interfax', ['Interfax']],
  ['ANI', ['Asian News International', 'ANI']],
  ['PTI', ['Press Trust of India', 'PTI']],
  ['CP', ['The Canadian Press', 'Canadian Press']],
  ['AAP', ['Australian Associated Press', 'AAP']],
  ['NTB', ['NTB']],
  ['TT', ['TT News Agency']],
  ['ANP', ['ANP']],
  ['Anadolu', ['Anadolu Agency', 'Anadolu']],
  ['IRNA', ['IRNA']],
  ['Bernama', ['Bernama']],
  ['Antara', ['Antara']],
  ['CNA', ['Central News Agency']],
  ['NHK', ['NHK']],
];

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every written form as the agency writes it or in capitals ("Reuters", "REUTERS", "dpa", "DPA"),
 * longest first, for case-sensitive regexes: an agency credit keeps the agency's own casing, so a
 * word that only spells like one ("ePA" in a German paragraph, "ap" in a URL) is no credit.
 */
export const AGENCY_CASED_ALTERNATION = [...new Set(AGENCIES.flatMap(([, forms]) => forms.flatMap((f) => [f, f.toUpperCase()])))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

const FORM_TO_CANONICAL = new Map(AGENCIES.flatMap(([canonical, forms]) => forms.map((f) => [f.toLowerCase(), canonical] as const)));

/** The canonical name of an agency as written ("ASSOCIATED PRESS" -> "AP"), or null when it is none. */
export function canonicalAgency(written: string): string | null {
  return FORM_TO_CANONICAL.get(written.trim().replace(/^the\s+/i, '').toLowerCase()) ?? null;
}
