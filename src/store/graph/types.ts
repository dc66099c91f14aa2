/**
 * The network store, as any backend sees it (issue 12): parties as nodes and the relations between
 * them as typed, directed edges. Every edge carries exactly one source, a list statement or a
 * document mention, because an exposure finding is only as good as the chain of sources behind it;
 * two sources asserting the same holding are two edges, so conflicting claims stand side by side.
 * The store answers local questions (a node's neighbours, the edges of a type); whole-graph work
 * (the 50% rule, paths) runs on compact arrays built from `streamNodes` and `streamEdges`.
 */

export interface GraphNode {
  id: string;
  /** FollowTheMoney schema: `Company`, `Person`, `Vessel`, `LegalEntity`... */
  schema: string;
  caption: string;
  /** The list the node comes from, and its entity id there; null for a party found in documents. */
  dataset: string | null;
  entityId: string | null;
}

export const EDGE_TYPES = [
  'ownership',
  'directorship',
  'employment',
  'membership',
  'representation',
  'family',
  'associate',
  'linked',
  'payment',
  'shipment',
] as const;

export type EdgeType = (typeof EDGE_TYPES)[number];

/** Where an edge was asserted: a statement of a loaded list, or a mention in a case's document. */
export type Provenance =
  | { kind: 'statement'; dataset: string; statementId: string }
  | { kind: 'mention'; caseName: string; documentId: string; mentionId: string };

export interface GraphEdge {
  id: string;
  type: EdgeType;
  /** Owner, director, payer, shipper: the edge points from the actor to what it acts on. */
  source: string;
  target: string;
  /** An exact share in percent (0-100), or null when only a range or nothing is known. */
  percentage: number | null;
  /** A range such as "25-50%": a missing share is unknown, never 0. */
  percentageLow: number | null;
  percentageHigh: number | null;
  /** ISO dates, possibly partial (`2022`, `2022-03`). */
  startDate: string | null;
  endDate: string | null;
  /** Payments and shipments. */
  amount: number | null;
  currency: string | null;
  provenance: Provenance;
  /** Anything else the source says (role, shares, HS code...), each with its values. */
  properties: Record<string, string[]>;
}

/** An edge as written: every field beyond the essentials may be left out. */
export type EdgeInput = Pick<GraphEdge, 'id' | 'type' | 'source' | 'target' | 'provenance'> &
  Partial<Omit<GraphEdge, 'id' | 'type' | 'source' | 'target' | 'provenance'>>;

export type NodeInput = Pick<GraphNode, 'id' | 'schema' | 'caption'> &
  Partial<Pick<GraphNode, 'dataset' | 'entityId'>>;

export type Direction = 'out' | 'in' | 'both';

export interface NeighbourQuery {
  direction?: Direction;
  /** Only these relation types; all when absent. */
  types?: readonly EdgeType[];
  /** At most this many neighbours returned (default 20); `total` says how many there are. */
  limit?: number;
}

export interface Neighbour {
  edge: GraphEdge;
  /** The node at the other end of the edge. */
  node: GraphNode;
  direction: 'out' | 'in';
}

export interface Neighbourhood {
  neighbours: Neighbour[];
  /** Every matching edge, so that a display can say "and 240 more". */
  total: number;
}

export interface EdgePage {
  /** In id order. */
  edges: GraphEdge[];
  /** The id to pass as `after` for the next page; null after the last. */
  next: string | null;
}

export interface GraphCounts {
  nodes: number;
  edges: number;
  byType: Partial<Record<EdgeType, number>>;
}

export interface GraphStore {
  /**
   * Writes nodes, then edges, in one transaction: a node or an edge with an id already stored is
   * replaced; an edge whose ends are in neither the batch nor the store, or any invalid value,
   * fails the whole batch and nothing is written.
   */
  upsert(batch: { nodes?: readonly NodeInput[]; edges?: readonly EdgeInput[] }): Promise<void>;
  getNode(id: string): Promise<GraphNode | null>;
  getEdge(id: string): Promise<GraphEdge | null>;
  /** Ordered by edge type, then the other node's id, then the edge id. */
  neighbours(id: string, query?: NeighbourQuery): Promise<Neighbourhood>;
  edgesByType(type: EdgeType, page?: { after?: string; limit?: number }): Promise<EdgePage>;
  /** Every node in id order, read in batches, never all in memory. */
  streamNodes(): AsyncIterable<GraphNode>;
  /** Every edge in id order, read in batches. */
  streamEdges(): AsyncIterable<GraphEdge>;
  /**
   * A token that changes whenever the graph may have changed, through this store or any other
   * process writing the same file: what whole-graph arrays built from the streams are cached by.
   */
  revision(): Promise<string>;
  /**
   * Removes the edges asserted by a list (to reload it) or by a case's documents (one, or all of
   * the case's when no document is named); nodes stay. Returns how many edges went.
   */
  removeEdgesFrom(
    source: { dataset: string } | { caseName: string; documentId?: string },
  ): Promise<number>;
  /**
   * Replaces a list's edges in one transaction: removes every edge the dataset asserted, then
   * writes the batch as `upsert` does. A batch that fails leaves the previous edges in place, so
   * that a failed reload never leaves a dataset half loaded. Returns how many edges went.
   */
  replaceEdgesFrom(
    source: { dataset: string },
    batch: { nodes?: readonly NodeInput[]; edges?: readonly EdgeInput[] },
  ): Promise<number>;
  counts(): Promise<GraphCounts>;
  close(): Promise<void>;
}
