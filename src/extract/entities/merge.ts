/**
 * Cross-article alias merging, pure. Each article's mentions of one entity form a group; a group
 * joins an existing entity that shares a verified alias key, else founds a new one. Candidates are
 * found by key lookup (never all pairs), so the caller can keep entities in a store and memory
 * stays bounded. Conservative by design:
 *   - people merge only on a full name (two or more words), in either word order, never on a surname;
 *   - organisations and places merge on the same name, the name without a legal suffix, or an
 *     acronym and its expansion; a misspelled acronym ("KNCA") only when both have 4+ letters.
 */
import type { EntityType } from '../../types.js';
import { acronymOf, editDistanceAtMost1, fuzzyAcronymKeys, initialsOf, nameKey, nameWords } from './alias-keys.js';

export interface MentionGroup {
  readonly name: string;
  readonly type: EntityType;
  /** Surface texts of the group's mentions. */
  readonly texts: readonly string[];
}

export interface KnownEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
}

/** Legal and generic endings that do not change which organisation is meant: "Yonhap News Agency" = "Yonhap". */
const ORG_SUFFIX = /\s+(?:news agency|inc\.?|corp\.?|corporation|co\.?|ltd\.?|plc|group|company|holdings|ag|sa|gmbh|llc)$/i;
/** At most this many aliases are kept per entity (the most common names come first). */
export const MAX_ALIASES = 40;

/** Mention texts that are names, not descriptors ("the leader") or pronouns. */
export const nameTexts = (texts: readonly string[]): string[] => [...new Set(texts.filter((t) => /^\p{Lu}/u.test(t) && !/^(?:The|A|An)\s/u.test(t)))];

interface Keys {
  /** Exact keys: a shared one is enough (after the type check). */
  readonly exact: Set<string>;
  /** Acronyms, for the one-edit check behind the fuzzy keys. */
  readonly acronyms: Set<string>;
  /** Lookup-only keys for misspelled acronyms; a hit must pass the edit-distance check. */
  readonly fuzzy: Set<string>;
}

/** The keys a group (or an entity's aliases) is found under. */
export function keysOf(type: EntityType, names: readonly string[]): Keys {
  const exact = new Set<string>();
  const acronyms = new Set<string>();
  const fuzzy = new Set<string>();
  for (const text of names) {
    const words = nameWords(text);
    if (type === 'person') {
      // A single word is a surname or first name: never enough to merge people across articles.
      if (words.length < 2) continue;
      exact.add(`p:${words.join('')}`);
      exact.add(`ps:${[...words].sort().join(' ')}`);
      continue;
    }
    exact.add(`n:${nameKey(text)}`);
    const core = text.replace(ORG_SUFFIX, '');
    if (core !== text && core.trim() !== '') exact.add(`n:${nameKey(core)}`);
    const acr = acronymOf(text) ?? initialsOf(text);
    if (acr && acr.length >= 2) {
      exact.add(`a:${acr}`);
      acronyms.add(acr);
      if (acr.length >= 4) for (const k of fuzzyAcronymKeys(acr)) fuzzy.add(k);
    }
  }
  return { exact, acronyms, fuzzy };
}

export const lookupKeys = (k: Keys): string[] => [...k.exact, ...k.fuzzy];

const compatible = (a: EntityType, b: EntityType): boolean => a === b || a === 'other' || b === 'other' || (a !== 'person' && b !== 'person');

/** How strongly a group matches an entity: shared exact keys, or 0.5 for a one-edit acronym; 0 = no match. */
export function matchScore(group: Keys, groupType: EntityType, entity: KnownEntity): number {
  if (!compatible(groupType, entity.type)) return 0;
  const other = keysOf(entity.type === 'other' ? groupType : entity.type, nameTexts([entity.name, ...entity.aliases]));
  let shared = 0;
  for (const k of group.exact) if (other.exact.has(k)) shared++;
  if (shared > 0) return shared;
  for (const a of group.acronyms) for (const b of other.acronyms) if (a.length >= 4 && b.length >= 4 && editDistanceAtMost1(a, b) === 1) return 0.5;
  return 0;
}

export interface MergeResult {
  /** For each input group, in order, the id of the entity it belongs to. */
  readonly assignments: readonly string[];
  /** Entities created or changed (new aliases), to be written back. */
  readonly changed: readonly KnownEntity[];
  /** (key, entity id) pairs to index for later lookups. */
  readonly keys: readonly { readonly key: string; readonly entity: string }[];
}

/**
 * Assigns each group to an entity. `candidates(keys)` returns known entities indexed under any of
 * the keys; `newId()` gives an id for a new entity. Groups of this call are indexed as they go, so a
 * later group can join an entity founded by an earlier one.
 */
export function mergeGroups(groups: readonly MentionGroup[], candidates: (keys: readonly string[]) => readonly KnownEntity[], newId: () => string): MergeResult {
  const local = new Map<string, KnownEntity>();
  const localIndex = new Map<string, Set<string>>();
  const changed = new Map<string, KnownEntity>();
  const keyPairs: { key: string; entity: string }[] = [];
  const assignments: string[] = [];
  for (const g of groups) {
    const names = nameTexts([g.name, ...g.texts]);
    const keys = keysOf(g.type, names);
    const lookup = lookupKeys(keys);
    const pool = new Map<string, KnownEntity>();
    for (const e of candidates(lookup)) pool.set(e.id, changed.get(e.id) ?? e);
    for (const k of lookup) for (const id of localIndex.get(k) ?? []) pool.set(id, local.get(id)!);
    let best: KnownEntity | null = null;
    let bestScore = 0;
    for (const e of [...pool.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))) {
      const s = matchScore(keys, g.type, e);
      if (s > bestScore) { best = e; bestScore = s; }
    }
    const entity = best ? withAliases(best, g, names) : { id: newId(), name: preferredName(g.name, names), type: g.type, aliases: names.slice(0, MAX_ALIASES) };
    if (!best || entity !== best) {
      changed.set(entity.id, entity);
      local.set(entity.id, entity);
      for (const k of lookup) {
        (localIndex.get(k) ?? localIndex.set(k, new Set()).get(k)!).add(entity.id);
        keyPairs.push({ key: k, entity: entity.id });
      }
    }
    assignments.push(entity.id);
  }
  const seen = new Set<string>();
  const keys = keyPairs.filter((p) => !seen.has(`${p.key}\u0000${p.entity}`) && seen.add(`${p.key}\u0000${p.entity}`));
  return { assignments, changed: [...changed.values()], keys };
}

/** Adds the group's names to the entity's aliases; an acronym-only name gives way to an expansion. */
function withAliases(e: KnownEntity, g: MentionGroup, names: readonly string[]): KnownEntity {
  const fresh = names.filter((n) => !e.aliases.includes(n));
  const name = acronymOf(e.name) && !acronymOf(g.name) && initialsOf(g.name) ? g.name : e.name;
  const type = e.type === 'other' ? g.type : e.type;
  if (fresh.length === 0 && name === e.name && type === e.type) return e;
  return { ...e, name, type, aliases: [...e.aliases, ...fresh].slice(0, MAX_ALIASES) };
}

const preferredName = (name: string, names: readonly string[]): string => (acronymOf(name) ? names.find((n) => !acronymOf(n) && initialsOf(n)) ?? name : name);
