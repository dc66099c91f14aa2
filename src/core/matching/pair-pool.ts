/**
 * The possible pairs of the alignment being worked out, in objects reused from one alignment to
 * the next. A query aligns its name with some fifty forms of its candidates, and allocating the
 * pairs, their list and the sort's copy of it was a fifth of all a query allocated.
 */
import type { Pair } from './score.js';

export class PairPool {
  private readonly items: Pair[] = [];
  private size = 0;

  get count(): number {
    return this.size;
  }

  at(k: number): Pair {
    return this.items[k]!;
  }

  clear(): void {
    this.size = 0;
  }

  /** Add the pair of `n` tokens at `i` and `m` at `j`: on the query's side `i`, unless `swap`. */
  add(swap: boolean, i: number, n: number, j: number, m: number, sim: number): void {
    let pair = this.items[this.size];
    if (pair === undefined) {
      pair = { q: 0, qn: 0, c: 0, cn: 0, sim: 0 };
      this.items.push(pair);
    }
    pair.q = swap ? j : i;
    pair.qn = swap ? m : n;
    pair.c = swap ? i : j;
    pair.cn = swap ? n : m;
    pair.sim = sim;
    this.size++;
  }

  /** Hold copies of `pairs`, in order. */
  copyFrom(pairs: readonly Pair[]): void {
    this.clear();
    for (const p of pairs) this.add(false, p.q, p.qn, p.c, p.cn, p.sim);
  }

  /** The pairs held, as objects of their own that outlive the pool's next use. */
  copy(): Pair[] {
    return this.items.slice(0, this.size).map((p) => ({ ...p }));
  }

  /**
   * Best first; among equals, the pair that explains more tokens; otherwise in the order added.
   * An insertion sort: there are few pairs, and it sorts in place.
   */
  sort(): void {
    const items = this.items;
    for (let k = 1; k < this.size; k++) {
      const pair = items[k]!;
      let at = k;
      while (at > 0 && comesAfter(items[at - 1]!, pair)) {
        items[at] = items[at - 1]!;
        at--;
      }
      items[at] = pair;
    }
  }
}

function comesAfter(x: Pair, y: Pair): boolean {
  return y.sim - x.sim > 0 || (y.sim === x.sim && y.qn + y.cn > x.qn + x.cn);
}
