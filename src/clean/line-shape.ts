/** Small predicates about the shape of a line of text, shared by the cleaners. */

const DATE_ONLY = /^(?:(?:published|posted|updated|last updated|date|first published|modified)\s*:?\s*)?(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})(?:[,\s|·-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2}|Z)?)?(?:\s*\|?\s*(?:updated|last updated)\s*:?.*)?(?:\s*[|·•-]\s*\d+\s*min(?:ute)?s?\.?\s*read)?$/i;

/** A line that is only a date (and maybe a time), possibly labelled "Published:" or "Updated:". */
export const isDateOnlyLine = (text: string): boolean => text.length <= 120 && DATE_ONLY.test(text.trim());

/** Reads as prose: several words and a sentence-ending mark, or long enough to be a paragraph. */
export function looksLikeSentence(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (words >= 25) return true;
  return words >= 5 && /[.!?…]["'”’)\]]?$|[.!?…]\s*["'”’]$/.test(text) && /[a-z]/.test(text);
}

/** Lower-cased, punctuation- and space-collapsed form, for comparing repeated lines. */
export const normalizeForCompare = (text: string): string =>
  text.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
