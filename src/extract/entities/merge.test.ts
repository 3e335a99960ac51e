import { describe, expect, it } from 'vitest';
import { mergeGroups, type KnownEntity, type MentionGroup } from './merge.js';

/** Merges groups one by one through an in-memory key index, as the store-backed pass does. */
function mergeAll(groups: readonly MentionGroup[]): string[] {
  const entities = new Map<string, KnownEntity>();
  const index = new Map<string, Set<string>>();
  let n = 0;
  return groups.map((g) => {
    const r = mergeGroups([g], (keys) => [...new Set(keys.flatMap((k) => [...(index.get(k) ?? [])]))].map((id) => entities.get(id)!), () => `n${++n}`);
    for (const e of r.changed) entities.set(e.id, e);
    for (const k of r.keys) (index.get(k.key) ?? index.set(k.key, new Set()).get(k.key)!).add(k.entity);
    return r.assignments[0]!;
  });
}

const person = (name: string, ...texts: string[]): MentionGroup => ({ name, type: 'person', texts: [name, ...texts] });
const org = (name: string, ...texts: string[]): MentionGroup => ({ name, type: 'organization', texts: [name, ...texts] });

describe('mergeGroups', () => {
  it.each([
    { name: 'spelling variants of a name', groups: [person('Kim Jong Un', 'Kim'), person('Kim Jong-un')] },
    { name: 'family name first', groups: [person('Fumio Kishida'), person('Kishida Fumio')] },
    { name: 'accents', groups: [person('Zoltán Ferencz'), person('Zoltan Ferencz')] },
    { name: 'acronym and expansion', groups: [org('Korean Central News Agency', 'KCNA'), org('KCNA')] },
    { name: 'expansion found through initials', groups: [org('KCNA'), org('Korean Central News Agency')] },
    { name: 'misspelled acronym of four letters', groups: [org('KCNA'), org('KNCA')] },
    { name: 'legal suffix', groups: [org('Yonhap News Agency'), org('Yonhap')] },
  ])('merges: $name', ({ groups }) => {
    const ids = mergeAll(groups);
    expect(new Set(ids).size).toBe(1);
  });

  it.each([
    { name: 'two people sharing a surname', groups: [person('Kim Jong Un', 'Kim'), person('Kim Yo Jong', 'Kim')] },
    { name: 'a lone surname', groups: [person('Kim Jong Un'), person('Kim')] },
    { name: 'three-letter acronyms one edit apart', groups: [org('International Energy Agency', 'IEA'), org('IAEA')] },
    { name: 'a person and an organisation with the same name', groups: [person('Lena Varga'), org('Lena Varga')] },
  ])('keeps apart: $name', ({ groups }) => {
    const ids = mergeAll(groups);
    expect(new Set(ids).size).toBe(groups.length);
  });

  it('names an entity by the expansion rather than the acronym', () => {
    const r = mergeGroups([org('KCNA'), org('Korean Central News Agency')], () => [], () => 'n1');
    expect(r.changed[0]!.name).toBe('Korean Central News Agency');
  });
});
