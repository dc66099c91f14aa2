/**
 * What the entity page reads beside the entity (GET /entities/{id}/history, /exposure, /relations,
 * /decisions), with the shapes of the answers. Kept with the view: no other view reads them.
 */
import { request } from '../../api/client.js';

export interface PropValue {
  prop: string;
  value: string;
}

export interface SeenJson {
  dataset: string;
  version: number;
  loaded_at: string;
}

export interface TimelineEntry {
  dataset: string;
  version: number;
  loaded_at: string;
  published: string | null;
  change: 'added' | 'removed' | 'modified';
  props: string[];
  added: PropValue[] | null;
  removed: PropValue[] | null;
}

export interface HistoryAnswer {
  entity: string;
  first_seen: SeenJson | null;
  last_seen: SeenJson | null;
  datasets: { dataset: string; current: number; present: boolean; versions: number[] }[];
  timeline: TimelineEntry[];
}

/** Where an edge comes from: a list's statement, or a document's mention. */
export type EdgeSource =
  | { kind: 'statement'; dataset: string; statementId: string }
  | { kind: 'mention'; caseName: string; documentId: string; mentionId: string };

export interface ChainEdge {
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
  provenance: EdgeSource;
}

export interface JurisdictionExposure {
  jurisdiction: 'us' | 'eu' | 'uk';
  exposed: boolean | null;
  status: string;
  share: number | null;
  range: { low: number; high: number };
  listed: boolean;
  controlled: boolean;
  chains: { edges: ChainEdge[] }[];
}

export interface ExposureAnswer {
  entity: string;
  state: 'computed' | 'no_ownership_data' | 'not_in_network';
  detail: string;
  node: string | null;
  caption: string | null;
  jurisdictions: Record<'us' | 'eu' | 'uk', JurisdictionExposure> | null;
}

export interface Relation {
  node: string;
  entity_id: string | null;
  caption: string;
  schema: string;
  direction: 'out' | 'in';
  percentage: number | null;
  percentage_low: number | null;
  percentage_high: number | null;
  start_date: string | null;
  end_date: string | null;
  source: EdgeSource;
}

export interface RelationsAnswer {
  entity: string;
  node: string | null;
  groups: { type: string; total: number; relations: Relation[] }[];
}

export interface EntityDecision {
  id: number;
  run_id: string;
  run_kind: string | null;
  row: number;
  key: string | null;
  query: { schema: string; names: string[] } | null;
  score: number | null;
  decision: string;
  reason: string;
  by: string;
  decided_at: string;
}

export interface DecisionsAnswer {
  entity: string;
  screening: boolean;
  decisions: EntityDecision[];
}

async function read<T>(id: string, part: string): Promise<T> {
  const response = await request(`/entities/${encodeURIComponent(id)}/${part}`);
  return (await response.json()) as T;
}

export const entityHistory = (id: string) => read<HistoryAnswer>(id, 'history');
export const entityExposure = (id: string) => read<ExposureAnswer>(id, 'exposure');
export const entityRelations = (id: string) => read<RelationsAnswer>(id, 'relations');
export const entityDecisions = (id: string) => read<DecisionsAnswer>(id, 'decisions');
