/**
 * Average-linkage agglomerative clustering (UPGMA) with a stopping threshold: repeatedly merges the
 * two clusters with the highest mean pairwise similarity while it is at least `threshold`. The
 * result depends only on the similarities, not on the order items are listed in (ties aside,
 * which are broken by item index). O(n^3) time, O(n^2) memory: regions are capped in size. Pure.
 */
export function averageLinkage(sim: readonly (readonly number[])[], threshold: number): number[][] {
  const n = sim.length;
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const s = sim.map((row) => Float64Array.from(row));
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!members[i]) continue;
      const row = s[i]!;
      for (let j = i + 1; j < n; j++) {
        if (members[j] && row[j]! > best) {
          best = row[j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    const [a, b] = [members[bi]!, members[bj]!];
    // Lance-Williams update for average linkage: the merged cluster's mean similarity to k.
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === bi || k === bj) continue;
      const v = (s[bi]![k]! * a.length + s[bj]![k]! * b.length) / (a.length + b.length);
      s[bi]![k] = v;
      s[k]![bi] = v;
    }
    members[bi] = [...a, ...b];
    members[bj] = null;
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((x, y) => x - y));
}
