/**
 * One article's names -> EntityMentions with an in-article canonical name. Passes, in order:
 *   1. capitalised runs with role words peeled off (name-runs.ts), typed (type-name.ts)
 *   2. acronyms defined in brackets ("Korean Central News Agency (KCNA)")
 *   3. coreference: full-name variants, surnames ("Kim", "Mr Kim"), acronyms and their misspellings
 *   4. role descriptors referring back ("the leader", "the minister")
 * Order matters: surnames and descriptors only resolve to people named by the earlier passes.
 */
import type { EntityMention, EntityType } from '../../types.js';
import type { NlpDoc } from '../nlp/read-text.js';
import { findNameRuns, type NameRun } from './name-runs.js';
import { typeName } from './type-name.js';
import { acronymOf, editDistanceAtMost1, initialsOf, nameKey, nameWords } from './alias-keys.js';
import { findDescriptors, findAppositiveRoles, findOrgDescriptors } from './descriptors.js';

interface Canon {
  readonly name: string;
  type: EntityType;
  readonly words: readonly string[];
  readonly roles: Set<string>;
  /** Acronyms this organisation is known by in the article. */
  readonly acronyms: Set<string>;
}

/** Every name mention in the body, in text order, each with its in-article canonical name and type. */
export function findEntities(doc: NlpDoc): EntityMention[] {
  const runs = findNameRuns(doc);
  const hints = runs.map((r) => typeName(r, doc));
  const defined = bracketAcronyms(runs, doc);
  const canons: Canon[] = [];
  const byKey = new Map<string, Canon>();
  const assigned: (Canon | null)[] = runs.map(() => null);

  // Pass A: multi-word and list-typed names found the canon; single words wait for pass B.
  const acronymFor = new Map<NameRun, string>([...defined].map(([a, r]) => [r, a]));
  runs.forEach((run, i) => {
    const hint = hints[i]!;
    if (hint.type === null) return;
    const words = nameWords(run.text);
    const acr = acronymOf(run.text);
    // A lone titled surname ("Mr Park") may be someone already named in full: pass B decides.
    if (words.length < 2 && (!hint.sure || (hint.type === 'person' && run.titled)) && !acr) return;
    if (acr) {
      const expansionRun = defined.get(acr);
      const found = (expansionRun ? assigned[runs.indexOf(expansionRun)] : null) ?? findByAcronym(canons, acr);
      if (found) {
        found.acronyms.add(acr);
        return void (assigned[i] = found);
      }
    }
    const key = nameKey(run.text);
    const ownAcronym = acronymFor.get(run);
    let canon = byKey.get(key)
      ?? (ownAcronym ? byKey.get(ownAcronym) : undefined)
      ?? (words.length >= 2 && hint.type === 'person' ? samePersonReordered(canons, words) ?? longerNameEndingIn(canons, words) : undefined);
    if (!canon) {
      canon = { name: run.text.replace(/['’]s$/u, ''), type: hint.type, words, roles: new Set(), acronyms: new Set() };
      canons.push(canon);
      byKey.set(key, canon);
    }
    if (acr) canon.acronyms.add(acr);
    if (ownAcronym) canon.acronyms.add(ownAcronym);
    for (const role of run.roles) canon.roles.add(role);
    assigned[i] = canon;
  });

  // Pass B: single words resolve to a person or organisation named in the article, else keep a listed/cued type.
  runs.forEach((run, i) => {
    if (assigned[i] || hints[i]!.type === null) return;
    const word = nameKey(run.text);
    const person = nearestPerson(canons, word, run, runs, assigned);
    if (person) return void (assigned[i] = person);
    const hint = hints[i]!;
    if (hint.type === 'other') return;
    const key = nameKey(run.text);
    let canon = byKey.get(key);
    if (!canon) {
      canon = { name: run.text.replace(/['’]s$/u, ''), type: hint.type!, words: [word], roles: new Set(run.roles), acronyms: new Set() };
      canons.push(canon);
      byKey.set(key, canon);
    }
    assigned[i] = canon;
  });

  findAppositiveRoles(doc, runs, assigned);
  const mentions: EntityMention[] = [];
  runs.forEach((run, i) => {
    const c = assigned[i];
    if (c) mentions.push({ name: c.name, type: c.type, text: run.text, span: { start: run.start, end: run.end } });
  });
  mentions.push(...findDescriptors(doc, mentions, canons));
  mentions.sort((a, b) => a.span.start - b.span.start);
  mentions.push(...findOrgDescriptors(doc, mentions));
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

export type { Canon };

/** "Korean Central News Agency (KCNA)" and "KCNA (Korean Central News Agency)": acronym -> the run it abbreviates. */
function bracketAcronyms(runs: readonly NameRun[], doc: NlpDoc): Map<string, NameRun> {
  const out = new Map<string, NameRun>();
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i]!;
    const b = runs[i + 1]!;
    if (doc.tokens[a.last + 1]?.text !== '(' || b.first !== a.last + 2 || doc.tokens[b.last + 1]?.text !== ')') continue;
    const [long, short] = acronymOf(b.text) ? [a, b] : acronymOf(a.text) ? [b, a] : [null, null];
    if (!long || !short) continue;
    const acr = acronymOf(short.text)!;
    const initials = initialsOf(long.text);
    if (initials && editDistanceAtMost1(initials, acr) <= 1) out.set(acr, long);
  }
  return out;
}

/** An organisation whose acronym (or initials) is this acronym or one edit from it ("KNCA" for "KCNA"). */
function findByAcronym(canons: readonly Canon[], acr: string): Canon | undefined {
  for (const c of canons) {
    if (c.type !== 'organization') continue;
    const known = [...c.acronyms, initialsOf(c.name)].filter((x): x is string => !!x);
    if (known.includes(acr)) return c;
    if (acr.length >= 4 && known.some((k) => k.length >= 4 && editDistanceAtMost1(k, acr) === 1)) return c;
  }
  return undefined;
}

/** "Fumio Kishida" and "Kishida Fumio" are one person; nothing looser (two Kims stay apart). */
function samePersonReordered(canons: readonly Canon[], words: readonly string[]): Canon | undefined {
  const sorted = [...words].sort().join(' ');
  return canons.find((c) => c.type === 'person' && c.words.length === words.length && [...c.words].sort().join(' ') === sorted);
}

/** "Van der Berg" after "Annelies van der Berg": a surname of several words refers back to the full name. */
function longerNameEndingIn(canons: readonly Canon[], words: readonly string[]): Canon | undefined {
  const tail = words.join(' ');
  const fits = canons.filter((c) => c.type === 'person' && c.words.length > words.length && c.words.slice(-words.length).join(' ') === tail);
  return fits.length === 1 ? fits[0] : undefined;
}

/** The person whose first or last name this word is; the most recently mentioned one when several share it. */
function nearestPerson(canons: readonly Canon[], word: string, run: NameRun, runs: readonly NameRun[], assigned: readonly (Canon | null)[]): Canon | undefined {
  const fits = canons.filter((c) => c.type === 'person' && c.words.length >= 2 && (c.words[0] === word || c.words.at(-1) === word || nameKey(c.words.slice(1).join('')) === word));
  if (fits.length === 0) {
    // A short form of one person's first name: "Stan" for "Stanley Briggs", "Bernie" for "Bernard Tolley".
    const stem = word.length >= 5 ? word.replace(/(?:ie|y)$/, '') : word;
    const short = canons.filter((c) => c.type === 'person' && c.words.length >= 2 && stem.length >= 3 && c.words[0]!.length > stem.length && c.words[0]!.startsWith(stem));
    return short.length === 1 ? short[0] : undefined;
  }
  if (fits.length === 1) return fits[0];
  let best: Canon | undefined;
  for (let k = 0; k < runs.length && runs[k]!.start < run.start; k++) if (assigned[k] && fits.includes(assigned[k]!)) best = assigned[k]!;
  return best ?? fits[0];
}
