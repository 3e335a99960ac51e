/**
 * Tokens -> capitalised name runs ("Korean Central News Agency", "Park Ji-hoon", "KCNA"), each
 * split into the role words in front of it and the name itself. Sentence-initial words, honorifics,
 * nationality and role words are peeled off here; typing and coreference come later.
 */
import type { NlpDoc, Token } from '../nlp/read-text.js';
import { HONORIFICS, NATIONALITIES, NOT_NAMES, ORG_HEADS, ORG_STARTS, ROLE_HEADS, ROLE_MODIFIERS } from './gazetteer.js';

export interface NameRun {
  /** Token range of the name itself, `last` inclusive. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** The name as written, without a possessive "'s". */
  readonly text: string;
  /** Lowercase role heads written before or around the name ("minister", "leader", "mr"). */
  readonly roles: readonly string[];
  /** An honorific or role stood right before the name: strong evidence of a person. */
  readonly titled: boolean;
}

/** Lowercase particles allowed inside a name when a capitalised word follows ("Bank of Korea", "Ursula von der Leyen"). */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'van', 'von', 'der', 'den', 'al', 'bin', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'y']);
const POSSESSIVE = /['’]s$/;

const isCapWord = (t: Token): boolean => (t.kind === 'word' || t.kind === 'number' && /[A-Za-z]/.test(t.text)) && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}\.?$/u.test(t.text.replace(POSSESSIVE, '')) || isInitial(t);
/** "J." in "John J. Smith". */
const isInitial = (t: Token): boolean => /^\p{Lu}\.$/u.test(t.text);
const joinsWithoutSpace = (doc: NlpDoc, i: number): boolean => doc.tokens[i]!.spaceBefore === '' && doc.tokens[i + 1]?.spaceBefore === '';

/** Finds every capitalised run in the document. Runs never cross sentences. */
export function findNameRuns(doc: NlpDoc): NameRun[] {
  const runs: NameRun[] = [];
  const titleCase = titleCaseSentences(doc);
  const { tokens } = doc;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCapWord(t) || titleCase.has(t.sentence)) { i++; continue; }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (!next || next.sentence !== t.sentence || POSSESSIVE.test(tokens[j]!.text)) break;
      // Hyphenated parts written without spaces: "Ji-hoon", "Jong-un".
      if ((next.text === '-' || next.text === '‑') && joinsWithoutSpace(doc, j + 1) && tokens[j + 2] && /^\p{L}/u.test(tokens[j + 2]!.text)) { j += 2; continue; }
      if (isCapWord(next)) { j++; continue; }
      // Several particles in a row: "Annelies van der Berg", "Ursula von der Leyen".
      if (NAME_PARTICLES.has(next.lower) && NAME_PARTICLES.has(tokens[j + 2]?.lower ?? '') && tokens[j + 3] && isCapWord(tokens[j + 3]!) && tokens[j + 3]!.sentence === t.sentence) { j += 3; continue; }
      if (CONNECTORS.has(next.lower) && tokens[j + 2] && isCapWord(tokens[j + 2]!) && tokens[j + 2]!.sentence === t.sentence && joinsAcross(tokens, i, j, next.lower)) {
        // "the" may follow "of" inside a name: "Bank of the Ryukyus".
        j += 2;
        continue;
      }
      if (next.lower === 'of' && tokens[j + 2]?.lower === 'the' && tokens[j + 3] && isCapWord(tokens[j + 3]!) && joinsAcross(tokens, i, j, 'of')) { j += 3; continue; }
      break;
    }
    runs.push(...peel(doc, i, j));
    i = j + 1;
  }
  return runs;
}

/** Name particles always join; "of", "for", "and" only inside names that start like an organisation or place ("Bank of Korea", not "Park Ji-hoon of Seoul National University"). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'bin', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'y']);
const OF_STARTS = new Set([...ORG_STARTS, ...ORG_HEADS, 'sea', 'gulf', 'bay', 'isle', 'island', 'islands', 'republic', 'kingdom', 'democratic', 'city', 'port', 'province', 'museum', 'chamber', 'school', 'college', 'strait', 'straits', 'cape', 'lake', 'mount', 'secretary', 'chief', 'chiefs']);
function joinsAcross(tokens: readonly Token[], runStart: number, before: number, connector: string): boolean {
  // "&" only ever joins the parts of one name: "Harlow & Finch", "Marks & Spencer".
  if (NAME_PARTICLES.has(connector) || connector === '&') return true;
  // The word before the connector decides: "Institute of", "Bank of", "Chiefs of"; "and" continues a name already joined by "of".
  for (let k = runStart; k <= before; k++) {
    const w = tokens[k]!.lower;
    if (OF_STARTS.has(w) && (k === before || connector === 'and' || connector === '&')) return true;
    if (connector !== 'of' && connector !== 'for' && w === 'of') return true;
  }
  return false;
}

/** Strips sentence-initial function words, honorifics, nationality and role words; splits off an organisation before a role; [] when no name is left. */
function peel(doc: NlpDoc, first: number, last: number): NameRun[] {
  const { tokens } = doc;
  const roles: string[] = [];
  let titled = false;
  let prefix: { first: number; last: number } | null = null;
  let a = first;
  // "Korean Central News Agency", "Ministry of Defence": leading nationality and role words belong to an organisation's name.
  let orgLike = ORG_HEADS.has(tokens[last]!.lower.replace(POSSESSIVE, ''));
  for (let k = first; k <= last && !orgLike; k++) if (tokens[k]!.lower === 'of') orgLike = true;
  const sentenceStart = (k: number): boolean => k === doc.sentences[tokens[k]!.sentence]!.first || /^["“‘'(]$/.test(tokens[k - 1]?.text ?? '') && k - 1 === doc.sentences[tokens[k]!.sentence]!.first;
  while (a <= last) {
    const w = tokens[a]!.lower.replace(POSSESSIVE, '');
    const two = a < last ? `${w} ${tokens[a + 1]!.lower}` : '';
    // Honorifics first: "Mr Obuya, 58, said" opens a sentence with a titled name.
    if (HONORIFICS.has(w) && a < last) { roles.push(w.replace(/\.$/, '')); titled = true; a++; continue; }
    if (a === first && sentenceStart(a) && NOT_NAMES.has(w)) { a++; continue; }
    if (HONORIFICS.has(w)) { roles.push(w.replace(/\.$/, '')); titled = true; a++; continue; }
    if (orgLike) break;
    if (NATIONALITIES.has(two) && a + 1 < last) { a += 2; continue; }
    if (NATIONALITIES.has(w) && a < last) { a++; continue; }
    if (ROLE_MODIFIERS.has(w) && a < last && isRolePrefix(tokens, a, last)) { a++; continue; }
    if (ROLE_HEADS.has(w) && a < last) { roles.push(w); titled = true; a++; continue; }
    // "Postman Derek Oyelaran": an occupation capitalised only because it opens the sentence.
    // The same word written in lower case elsewhere in the article is a common noun too ("passengers … Passenger Chloe Banks").
    if (a === first && sentenceStart(a) && last - a >= 2 && (OCCUPATION_SUFFIX.test(w) || usedInLowerCase(doc, w))) { roles.push(w); titled = true; a++; continue; }
    break;
  }
  if (a > last) return [];
  if (!orgLike) {
    // A role word inside the run separates an organisation from a person: "IAEA Director General Rafael Montes".
    for (let k = last - 1; k > a; k--) {
      if (!ROLE_HEADS.has(tokens[k]!.lower)) continue;
      let m = k;
      while (m > a && (ROLE_MODIFIERS.has(tokens[m - 1]!.lower) || ROLE_HEADS.has(tokens[m - 1]!.lower))) m--;
      roles.push(tokens[k]!.lower);
      titled = true;
      if (m > a) prefix = { first: a, last: m - 1 };
      a = k + 1;
      break;
    }
  }
  let b = last;
  // A trailing connector cannot end a name.
  while (b > a && CONNECTORS.has(tokens[b]!.lower)) b--;
  // Roles written just before the run in lower case: "North Korean leader Kim Jong Un".
  const before = tokens[first - 1];
  if (before && ROLE_HEADS.has(before.lower) && before.sentence === tokens[first]!.sentence) { roles.push(before.lower); titled = true; }
  const start = tokens[a]!.start;
  const end = tokens[b]!.end - (POSSESSIVE.test(tokens[b]!.text) ? 2 : 0);
  const run = { first: a, last: b, start, end, text: doc.text.slice(start, end), roles, titled };
  if (!prefix) return [run];
  const p = { first: prefix.first, last: prefix.last, start: tokens[prefix.first]!.start, end: tokens[prefix.last]!.end, roles: [], titled: false };
  return [{ ...p, text: doc.text.slice(p.start, p.end) }, run];
}

/** Endings of occupation nouns ("postman", "shopkeeper", "florist", "teenager"); first names rarely end so. */
const OCCUPATION_SUFFIX = /(?:man|woman|ist|ician|keeper|maker|worker|owner|holder|seller|dealer|driver|fighter|master|writer|player|ager|agent|tender|grapher)$/;

/** The word, or its plural, occurs in lower case somewhere in the body. */
function usedInLowerCase(doc: NlpDoc, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${word.replace(/[^\p{L}-]/gu, '')}(?:s|es)?(?![\\p{L}])`, 'u').test(doc.text);
}

/** Only modifiers followed (through more modifiers) by a role head count: "Foreign Minister", not "Foreign Affairs". */
function isRolePrefix(tokens: readonly Token[], a: number, last: number): boolean {
  let k = a;
  while (k < last && (ROLE_MODIFIERS.has(tokens[k]!.lower) || NATIONALITIES.has(tokens[k]!.lower))) k++;
  return k < last && ROLE_HEADS.has(tokens[k]!.lower);
}

/** Headline-style sentences ("Leader Oversees New Missile Test") would turn every word into a name. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'vs']);
function titleCaseSentences(doc: NlpDoc): Set<number> {
  const out = new Set<number>();
  doc.sentences.forEach((s, i) => {
    let caps = 0;
    for (let t = s.first; t <= s.last; t++) {
      const tok = doc.tokens[t]!;
      if (tok.kind !== 'word') continue;
      if (/^\p{Lu}/u.test(tok.text)) caps++;
      else if (!MINOR_WORDS.has(tok.lower)) return;
    }
    if (caps >= 4) out.add(i);
  });
  return out;
}
