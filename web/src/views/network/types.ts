/** The answers of GET /network/... as the view reads them (src/app/network/explore.ts, paths.ts). */

export interface ExposureJson {
  exposed: boolean | null;
  status: string;
  /** Held by listed owners, as a fraction of one. */
  share: number | null;
  range?: { low: number; high: number };
  controlled?: boolean;
}

export const JURISDICTIONS = ['us', 'eu', 'uk'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface NetworkNodeJson {
  id: string;
  name: string;
  schema: string;
  entityId: string | null;
  listed: boolean;
  exposure: Record<Jurisdiction, ExposureJson> | null;
}

export type ProvenanceJson =
  | { kind: 'statement'; dataset: string; statementId: string }
  | { kind: 'mention'; caseName: string; documentId: string; mentionId: string };

export interface NetworkEdgeJson {
  id: string;
  type: string;
  source: string;
  target: string;
  sourceCaption: string;
  targetCaption: string;
  percentage: number | null;
  percentageLow: number | null;
  percentageHigh: number | null;
  startDate: string | null;
  endDate: string | null;
  provenance: ProvenanceJson;
}

export interface NeighboursJson {
  entity: string;
  at: string | null;
  centre: NetworkNodeJson;
  nodes: NetworkNodeJson[];
  edges: NetworkEdgeJson[];
  groups: { type: string; total: number; shown: number; more: number }[];
}

export interface OwnerTreeJson {
  node: NetworkNodeJson;
  owners: { edge: NetworkEdgeJson; owner: OwnerTreeJson; cycle: boolean }[];
  more: number;
}

export interface OwnersJson {
  entity: string;
  depth: number;
  at: string | null;
  tree: OwnerTreeJson;
  truncated: boolean;
}

/** A node of a path: the listed flag only (paths come from the arrays, not the explorer). */
export interface PathNodeJson {
  id: string;
  schema: string;
  caption: string;
  entityId: string | null;
  listed: boolean;
}

export interface PathJson {
  hops: number;
  nodes: PathNodeJson[];
  edges: NetworkEdgeJson[];
}

export interface PathsJson {
  from: string;
  to: string | null;
  hops: number;
  shortest: PathJson | null;
  paths: PathJson[];
  truncated: boolean;
}

export const RELATIONS = [
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
