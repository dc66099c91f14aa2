/** The shapes of the API's answers the workbench reads (docs/api.md). */

export type Properties = Record<string, unknown[]>;

export interface EntityJson {
  id: string;
  caption: string;
  schema: string;
  properties: Properties;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string;
  last_seen: string;
  last_change: string;
  score?: number;
  designation?: DesignationJson;
}

export interface DesignationJson {
  id: string;
  rule: string;
  members: { id: string; dataset: string; caption?: string }[];
  links: { entities: [string, string]; kind: string; label: string; value: string }[];
  /** Property → value → the datasets that give it. */
  values: Record<string, Record<string, string[]>>;
}

export interface FacetValue {
  name: string;
  label: string;
  count: number;
}

export interface SearchAnswer {
  limit: number;
  offset: number;
  total: { value: number; relation: 'eq' | 'gte' };
  results: EntityJson[];
  facets: Record<string, { label: string; values: FacetValue[] }>;
}

export interface DatasetJson {
  name: string;
  title: string;
  version: string;
  updated_at: string;
  published: string | null;
  entity_count: number;
  children?: string[];
}

export interface CatalogAnswer {
  datasets: DatasetJson[];
}

export type Role = 'read' | 'screen' | 'admin';

export interface SessionAnswer {
  /** What the caller may do: the key's role, or admin for anyone on an open server. */
  role: Role;
  key: { id: string; name: string | null } | null;
  require_keys: boolean;
}

export type JobStatus = 'queued' | 'running' | 'finished' | 'failed' | 'cancelled' | 'interrupted';

export interface JobJson {
  id: string;
  status: JobStatus;
  by: string;
  via: 'api' | 'cli';
  input_format: string;
  started_at: string | null;
  finished_at: string | null;
  rows_done: number;
  hits: number;
  suppressed: number;
  issues: number;
  list_versions: Record<string, number>;
  dataset: string;
  threshold: number;
  columns: Record<string, string>;
  error: string | null;
  problems?: { row: number; message: string; screened: boolean }[];
}

export interface Explanation {
  score: number;
  detail: string;
  query?: string;
  candidate?: string;
  weight: number;
}

/** One line of `/screen/jobs/{id}/results`. */
export interface HitJson {
  row: number;
  key?: string;
  entity_id: string;
  caption: string;
  score: number;
  explanations: Record<string, Explanation>;
  datasets: string[];
}

export type DecisionKind = 'match' | 'false-positive' | 'escalate';

export interface DecisionJson {
  id: number;
  run_id: string;
  row: number;
  key: string | null;
  entity_id: string;
  decision: DecisionKind;
  reason: string;
  by: string;
  decided_at: string;
}
