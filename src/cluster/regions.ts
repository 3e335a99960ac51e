/**
 * New articles and their links -> regions to re-cluster. A new article linked to an existing story
 * brings that whole story in (so its events can be re-formed), and new articles linked to each
 * other or to one story share a region. Links are taken strongest first, and a link that would
 * grow a region past `maxSize` articles is skipped: the cost of re-clustering stays bounded. Pure.
 */
export interface RegionLink {
  /** A new article. */
  readonly from: string;
  /** Another new article, or "story:<id>" for an existing story. */
  readonly to: string;
  readonly sim: number;
}

/** Groups of nodes (new article ids and "story:<id>" nodes); every new article is in exactly one. */
export function formRegions(newArticles: readonly string[], links: readonly RegionLink[], sizeOf: (node: string) => number, maxSize: number): string[][] {
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const find = (x: string): string => {
    if (!parent.has(x)) {
      parent.set(x, x);
      size.set(x, sizeOf(x));
    }
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const a of newArticles) find(a);
  const ordered = [...links].sort((a, b) => b.sim - a.sim || (a.from + a.to < b.from + b.to ? -1 : 1));
  for (const l of ordered) {
    const [ra, rb] = [find(l.from), find(l.to)];
    if (ra === rb) continue;
    const total = size.get(ra)! + size.get(rb)!;
    if (total > maxSize) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    size.set(keep, total);
  }
  const groups = new Map<string, string[]>();
  for (const node of parent.keys()) (groups.get(find(node)) ?? groups.set(find(node), []).get(find(node))!).push(node);
  return [...groups.values()].filter((g) => g.some((n) => !n.startsWith(STORY_NODE)));
}

export const STORY_NODE = 'story:';
