/**
 * New clusters -> ids, keeping ids stable as clusters grow: each previous id goes to the new cluster
 * holding most of its articles; a cluster that receives several keeps the oldest (merging keeps
 * the older id); a cluster that receives none gets a fresh id. Pure.
 */
export interface IdAssignment {
  /** One id per group, in group order; null where a fresh id is needed. */
  readonly ids: (string | null)[];
  /** Previous ids no group kept. */
  readonly dropped: string[];
}

export function assignIds(groups: readonly (readonly string[])[], previous: ReadonlyMap<string, string | null>): IdAssignment {
  const overlap = new Map<string, number[]>();
  groups.forEach((members, g) => {
    for (const m of members) {
      const p = previous.get(m);
      if (!p) continue;
      const counts = overlap.get(p) ?? overlap.set(p, new Array<number>(groups.length).fill(0)).get(p)!;
      counts[g]!++;
    }
  });
  const ids: (string | null)[] = groups.map(() => null);
  const dropped: string[] = [];
  for (const p of [...overlap.keys()].sort(byAge)) {
    const counts = overlap.get(p)!;
    const home = counts.indexOf(Math.max(...counts));
    if (ids[home] === null) ids[home] = p;
    else dropped.push(p);
  }
  return { ids, dropped };
}

/** Oldest first: "e3" before "e12". */
export const byAge = (a: string, b: string): number => Number(a.replace(/^\D+/, '')) - Number(b.replace(/^\D+/, '')) || a.localeCompare(b);
