/** Disjoint sets over string keys, with path halving. Used to group copies, sources and facts. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let p = this.parent.get(x);
    if (p === undefined) {
      this.parent.set(x, x);
      return x;
    }
    while (p !== x) {
      const gp = this.parent.get(p)!;
      this.parent.set(x, gp);
      x = p;
      p = this.parent.get(x)!;
    }
    return x;
  }

  has(x: string): boolean {
    return this.parent.has(x);
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key becomes the root, so the grouping does not depend on the order of unions.
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }

  /** Members grouped by root, for every key seen. */
  groups(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const x of this.parent.keys()) {
      const r = this.find(x);
      const g = out.get(r);
      if (g) g.push(x);
      else out.set(r, [x]);
    }
    return out;
  }
}
