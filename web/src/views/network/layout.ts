/**
 * Deterministic layouts, so that the same graph is drawn the same way each time (and in the SVG
 * export): rings around the centre by distance for a neighbourhood, and levels above the party for
 * an ownership tree (owners above what they own). Coordinates have y pointing up, as sigma's do.
 */
import type { GraphModel } from './model.js';

export type Positions = Map<string, { x: number; y: number }>;

/** Each node's distance from the centre, edges taken in either direction (or only upward). */
function levels(model: GraphModel, upward: boolean): Map<string, number> {
  const level = new Map([[model.centre, 0]]);
  let frontier = [model.centre];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of model.edges.values()) {
        const other =
          e.target === id ? e.source : !upward && e.source === id ? e.target : undefined;
        if (other === undefined || level.has(other) || !model.nodes.has(other)) continue;
        level.set(other, level.get(id)! + 1);
        next.push(other);
      }
    }
    frontier = next.sort();
  }
  // Nodes not reached (a path's stray end) go on the outermost ring.
  const outer = Math.max(0, ...level.values()) + 1;
  for (const id of model.nodes.keys()) if (!level.has(id)) level.set(id, outer);
  return level;
}

function byLevel(level: Map<string, number>): string[][] {
  const rings: string[][] = [];
  for (const [id, k] of level) {
    rings[k] ??= [];
    rings[k].push(id);
  }
  return Array.from(rings, (ring) => (ring ?? []).sort());
}

/** The centre in the middle, each further ring one step out, nodes evenly round it. */
export function radialLayout(model: GraphModel): Positions {
  const positions: Positions = new Map();
  byLevel(levels(model, false)).forEach((ring, k) => {
    ring.forEach((id, i) => {
      // Each ring turned a little, so that spokes of successive rings do not line up.
      const angle = (2 * Math.PI * i) / ring.length + k * 0.35;
      positions.set(
        id,
        k === 0 ? { x: 0, y: 0 } : { x: k * Math.cos(angle), y: k * Math.sin(angle) },
      );
    });
  });
  return positions;
}

/** The party at the bottom, its owners a level up, their owners above them; each level centred. */
export function treeLayout(model: GraphModel): Positions {
  const positions: Positions = new Map();
  byLevel(levels(model, true)).forEach((ring, k) => {
    ring.forEach((id, i) => {
      positions.set(id, { x: i - (ring.length - 1) / 2, y: k });
    });
  });
  return positions;
}
