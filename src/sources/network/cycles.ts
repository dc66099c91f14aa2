/**
 * Cycles of whole holdings: A owns 100% of B and B owns 100% of A cannot both be true, and a
 * fixed point over them would say nothing useful. The holdings on such a cycle are found over the
 * whole batch (one row alone never shows one) as the 100% edges inside a strongly connected
 * component, so that every row of the cycle is reported, not only the one that closed it.
 */

export interface Holding {
  key: string;
  source: string;
  target: string;
  percentage: number | null;
}

/** The keys of the 100% holdings that lie on a cycle of 100% holdings. */
export function fullHoldingCycles(holdings: readonly Holding[]): Set<string> {
  const full = holdings.filter((h) => h.percentage === 100);
  const out = new Map<string, string[]>();
  const back = new Map<string, string[]>();
  for (const h of full) {
    out.set(h.source, [...(out.get(h.source) ?? []), h.target]);
    back.set(h.target, [...(back.get(h.target) ?? []), h.source]);
  }
  const component = components([...new Set([...out.keys(), ...back.keys()])], out, back);
  const onCycle = new Set<string>();
  for (const h of full) {
    if (component.get(h.source) === component.get(h.target)) onCycle.add(h.key);
  }
  return onCycle;
}

/** Kosaraju's two passes, iterative so that a long chain cannot overflow the stack. */
function components(
  nodes: string[],
  out: Map<string, string[]>,
  back: Map<string, string[]>,
): Map<string, number> {
  const order: string[] = [];
  const seen = new Set<string>();
  for (const start of nodes) {
    if (seen.has(start)) continue;
    seen.add(start);
    const stack: [string, number][] = [[start, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = (out.get(top[0]) ?? [])[top[1]++];
      if (next === undefined) {
        order.push(top[0]);
        stack.pop();
      } else if (!seen.has(next)) {
        seen.add(next);
        stack.push([next, 0]);
      }
    }
  }
  const component = new Map<string, number>();
  let count = 0;
  for (const start of order.reverse()) {
    if (component.has(start)) continue;
    const stack = [start];
    component.set(start, count);
    while (stack.length > 0) {
      for (const prev of back.get(stack.pop()!) ?? []) {
        if (!component.has(prev)) {
          component.set(prev, count);
          stack.push(prev);
        }
      }
    }
    count++;
  }
  return component;
}
