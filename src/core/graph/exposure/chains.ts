/**
 * The chains behind a finding: every simple path of holdings (and, under the EU and UK rules,
 * control edges) from a listed party down to the entity, through parties that are themselves
 * exposed or possibly so. A chain stops at the first listed party met going up. Paths can be many
 * in a dense network, so they are capped; the share is reported separately and does not depend on
 * the chains shown.
 */
import type { Chain, ExposureResult, Jurisdiction } from './types.js';

export interface ChainLimits {
  /** At most this many chains (default 20). */
  maxChains?: number;
  /** At most this many edges in a chain (default 8). */
  maxDepth?: number;
}

export function chainsTo(
  result: ExposureResult,
  node: number,
  jurisdiction: Jurisdiction,
  limits: ChainLimits = {},
): Chain[] {
  const { graph, listed, ownership, control } = result.input;
  const inSet = result[jurisdiction].chainSet;
  const useControl = jurisdiction !== 'us' && control !== undefined;
  const maxChains = limits.maxChains ?? 20;
  const maxDepth = limits.maxDepth ?? 8;
  const chains: Chain[] = [];
  const onPath = new Set<number>([node]);
  // Edges from the entity upwards; a chain is reported from the listed party down.
  const upward: number[] = [];
  const walk = (x: number) => {
    for (let s = graph.in.offsets[x]!; s < graph.in.offsets[x + 1]!; s++) {
      if (chains.length >= maxChains) return;
      const u = graph.in.nodes[s]!;
      const e = graph.in.edges[s]!;
      const relevant = ownership[e] === 1 || (useControl && control[e] === 1);
      if (!relevant || !inSet[u] || onPath.has(u)) continue;
      upward.push(e);
      if (listed[u]) chains.push({ edges: [...upward].reverse() });
      else if (upward.length < maxDepth) {
        onPath.add(u);
        walk(u);
        onPath.delete(u);
      }
      upward.pop();
    }
  };
  walk(node);
  return chains;
}
