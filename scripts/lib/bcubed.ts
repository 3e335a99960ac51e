/** Clustering scores against gold labels: BCubed and pairwise precision/recall/F1 (same definitions as ../shared/tools/score-clusters.py). */
export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** `pred` and `gold` map the same items to cluster labels. */
export function bcubed(pred: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Prf {
  const byPred = invert(pred);
  const byGold = invert(gold);
  let p = 0;
  let r = 0;
  for (const [item, g] of gold) {
    const samePred = byPred.get(pred.get(item)!)!;
    const sameGold = byGold.get(g)!;
    let both = 0;
    for (const x of samePred) if (gold.get(x) === g) both++;
    p += both / samePred.length;
    r += both / sameGold.length;
  }
  const n = gold.size || 1;
  return { p: p / n, r: r / n, f1: f1(p / n, r / n) };
}

/** Pairwise P/R/F1 over all item pairs, counted per cluster in O(n + clusters^2)-ish time. */
export function pairwise(pred: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Prf {
  const pairs = (m: Map<string, string[]>): number => [...m.values()].reduce((s, xs) => s + (xs.length * (xs.length - 1)) / 2, 0);
  const joint = new Map<string, string[]>();
  for (const [item, g] of gold) {
    const key = `${pred.get(item)}\u0000${g}`;
    (joint.get(key) ?? joint.set(key, []).get(key)!).push(item);
  }
  const tp = pairs(joint);
  const predPairs = pairs(invert(pred));
  const goldPairs = pairs(invert(gold));
  const p = predPairs ? tp / predPairs : 1;
  const r = goldPairs ? tp / goldPairs : 1;
  return { p, r, f1: f1(p, r) };
}

function invert(m: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [item, c] of m) (out.get(c) ?? out.set(c, []).get(c)!).push(item);
  return out;
}

export const fmt = (x: Prf): string => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;
