/**
 * The network as a display explores it (the web view, GET /network/...): a party's neighbours by
 * relation type, capped per type with how many more there are, optionally as of a date; and the
 * ownership tree above a party with the share on each edge and cycles marked rather than followed.
 * Every node carries whether it is listed and its exposure under each rule, so that a display can
 * highlight them without asking again; every edge carries its source.
 */
import { EDGE_TYPES, type EdgeType, type GraphEdge } from '../../store/graph/index.js';
import { NetworkInputError } from './errors.js';
import { type EdgeJson, edgeJson, nodeJson } from './render.js';
import { type NetworkService, type PartyExposure, partyExposureIn } from './service.js';
import type { NetworkSnapshot } from './snapshot.js';

export interface ExploreNode {
  id: string;
  name: string;
  schema: string;
  entityId: string | null;
  listed: boolean;
  /** Exposure as of today under each rule; null when the network holds no ownership at all. */
  exposure: PartyExposure | null;
}

export interface ExploreGroup {
  type: EdgeType;
  /** Every neighbour of this type (in force at `at`, when given). */
  total: number;
  shown: number;
  /** How many more there are than shown ("and 240 more"). */
  more: number;
}

export interface NeighboursAnswer {
  entity: string;
  at: string | null;
  centre: ExploreNode;
  /** The centre first, then each neighbour once. */
  nodes: ExploreNode[];
  edges: EdgeJson[];
  groups: ExploreGroup[];
}

export const MAX_NEIGHBOURS = 200;
/** How many edges of one type are read to filter them by date; past it, the rest count as "more". */
const DATE_SCAN = 20_000;
export const MAX_OWNER_DEPTH = 8;
/** The tree stops growing past this many edges: a display could not show more anyway. */
export const MAX_TREE_EDGES = 500;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function checkDate(at: string | null | undefined): string | null {
  if (at === null || at === undefined || at === '') return null;
  if (!DATE.test(at)) throw new NetworkInputError(`a date is YYYY-MM-DD, not "${at}"`);
  return at;
}

export function checkRelations(values: readonly string[]): EdgeType[] | null {
  const types = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (types.length === 0) return null;
  for (const t of types) {
    if (!(EDGE_TYPES as readonly string[]).includes(t)) {
      throw new NetworkInputError(`a relation is one of ${EDGE_TYPES.join(', ')}, not "${t}"`);
    }
  }
  return [...new Set(types)] as EdgeType[];
}

/**
 * Whether an edge held on a day: begun by then and not ended before it. Partial dates (`2022`,
 * `2022-03`) compare on their own length, so a holding that ended "2020" still held on 2020-06-01.
 */
export function heldAt(edge: Pick<GraphEdge, 'startDate' | 'endDate'>, at: string): boolean {
  const { startDate: start, endDate: end } = edge;
  if (start && start > at.slice(0, start.length)) return false;
  return !end || end >= at.slice(0, end.length);
}

export function exploreNode(snapshot: NetworkSnapshot, node: number): ExploreNode {
  const base = nodeJson(snapshot, node);
  return {
    id: base.id,
    name: base.caption,
    schema: base.schema,
    entityId: base.entityId,
    listed: base.listed,
    exposure: partyExposureIn(snapshot, base.id),
  };
}

export async function exploreNeighbours(
  network: NetworkService,
  id: string,
  options: { types?: readonly EdgeType[] | null; limit?: number; at?: string | null } = {},
): Promise<NeighboursAnswer> {
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBOURS) {
    throw new NetworkInputError(`limit is a whole number from 1 to ${MAX_NEIGHBOURS}`);
  }
  const at = checkDate(options.at);
  const store = network.store;
  const snapshot = await network.snapshot();
  const centreNode = network.resolve(snapshot, id);
  const centre = exploreNode(snapshot, centreNode);
  const nodes = new Map<string, ExploreNode>([[centre.id, centre]]);
  const edges: EdgeJson[] = [];
  const groups: ExploreGroup[] = [];
  for (const type of options.types ?? EDGE_TYPES) {
    const first = await store.neighbours(centre.id, { types: [type], limit: at ? 0 : limit });
    if (first.total === 0) continue;
    let found = first.neighbours;
    let total = first.total;
    if (at) {
      const scanned = await store.neighbours(centre.id, {
        types: [type],
        limit: Math.min(first.total, DATE_SCAN),
      });
      found = scanned.neighbours.filter((n) => heldAt(n.edge, at));
      total = found.length + (first.total - scanned.neighbours.length);
      if (total === 0) continue;
    }
    const shown = found.slice(0, limit);
    for (const n of shown) {
      const index = snapshot.graph.indexOf(n.node.id);
      // A node written after the snapshot was taken is left out until the next one.
      if (index < 0) continue;
      if (!nodes.has(n.node.id)) nodes.set(n.node.id, exploreNode(snapshot, index));
      edges.push(edgeJson(snapshot, n.edge));
    }
    groups.push({ type, total, shown: shown.length, more: total - shown.length });
  }
  return { entity: id, at, centre, nodes: [...nodes.values()], edges, groups };
}

export interface OwnerBranch {
  edge: EdgeJson;
  owner: OwnerTree;
  /** The owner is already on the way down to the root: not followed again. */
  cycle: boolean;
}

export interface OwnerTree {
  node: ExploreNode;
  owners: OwnerBranch[];
  /** Owners not followed: past the depth, or past the tree's size limit. */
  more: number;
}

export interface OwnersAnswer {
  entity: string;
  depth: number;
  at: string | null;
  tree: OwnerTree;
  /** True when the size limit stopped the tree before the depth did. */
  truncated: boolean;
}

/** The owners above a party, level by level, each holding with its share and source. */
export async function ownersTree(
  network: NetworkService,
  id: string,
  options: { depth?: number; at?: string | null } = {},
): Promise<OwnersAnswer> {
  const depth = options.depth ?? 3;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_OWNER_DEPTH) {
    throw new NetworkInputError(`depth is a whole number from 1 to ${MAX_OWNER_DEPTH}`);
  }
  const at = checkDate(options.at);
  const store = network.store;
  const snapshot = await network.snapshot();
  const root = network.resolve(snapshot, id);
  let budget = MAX_TREE_EDGES;
  let truncated = false;
  async function grow(node: number, level: number, above: Set<string>): Promise<OwnerTree> {
    const tree: OwnerTree = { node: exploreNode(snapshot, node), owners: [], more: 0 };
    const query = { direction: 'in' as const, types: ['ownership' as const] };
    const { total } = await store.neighbours(tree.node.id, { ...query, limit: 0 });
    if (total === 0) return tree;
    if (level >= depth || budget <= 0) {
      if (budget <= 0) truncated = true;
      tree.more = total;
      return tree;
    }
    const take = Math.min(total, budget);
    const { neighbours } = await store.neighbours(tree.node.id, { ...query, limit: take });
    const held = at ? neighbours.filter((n) => heldAt(n.edge, at)) : neighbours;
    tree.more = total - neighbours.length;
    if (tree.more > 0) truncated = true;
    budget -= held.length;
    for (const n of held) {
      const index = snapshot.graph.indexOf(n.node.id);
      if (index < 0) continue;
      const cycle = above.has(n.node.id);
      const owner = cycle
        ? { node: exploreNode(snapshot, index), owners: [], more: 0 }
        : await grow(index, level + 1, new Set([...above, n.node.id]));
      tree.owners.push({ edge: edgeJson(snapshot, n.edge), owner, cycle });
    }
    return tree;
  }
  const rootId = snapshot.graph.nodeIds[root]!;
  const tree = await grow(root, 0, new Set([rootId]));
  return { entity: id, depth, at, tree, truncated };
}
