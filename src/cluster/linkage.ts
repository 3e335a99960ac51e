/**
 * Average-linkage agglomerative clustering (UPGMA) with a stopping threshold: repeatedly merges the
 * two clusters with the highest mean pairwise similarity while it is at least `threshold`. The
 * result depends only on the similarities, not on the order items are listed in (exact ties aside,
 * broken by index). Each cluster remembers its most similar neighbour; a merged cluster's
 * similarity to k lies between the two parts', so only rows whose neighbour was merged need a
 * rescan: about O(n^2) in practice, O(n^2) memory. Regions are capped in size. Pure.
 */
export function averageLinkage(sim: readonly (readonly number[])[], threshold: number): number[][] {
  const n = sim.length;
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const s = sim.map((row) => Float64Array.from(row));
  const nn = new Int32Array(n).fill(-1);
  const nnSim = new Float64Array(n).fill(-Infinity);
  const rescan = (i: number): void => {
    nn[i] = -1;
    nnSim[i] = -Infinity;
    const row = s[i]!;
    for (let j = 0; j < n; j++) {
      if (j !== i && members[j] && row[j]! > nnSim[i]!) {
        nnSim[i] = row[j]!;
        nn[i] = j;
      }
    }
  };
  for (let i = 0; i < n; i++) rescan(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < n; i++) if (members[i] && nn[i]! >= 0 && (bi < 0 || nnSim[i]! > nnSim[bi]!)) bi = i;
    if (bi < 0 || nnSim[bi]! < threshold) break;
    let bj = nn[bi]!;
    if (bj < bi) [bi, bj] = [bj, bi];
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
    for (let k = 0; k < n; k++) if (members[k] && (k === bi || nn[k] === bi || nn[k] === bj)) rescan(k);
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((x, y) => x - y));
}
