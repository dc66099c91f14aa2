/** Row shapes of the screening tables and their conversion to the screening types. */
import type { EntityExample, Explanation } from '../../core/matching/index.js';
import type { DecisionInfo } from './types.js';
import type { DecisionKind, DecisionRef } from '../../core/screening/index.js';
import type {
  Hit,
  HitExposure,
  RowIssue,
  RunInfo,
  RunKind,
  RunParams,
  RunStatus,
} from '../../core/screening/index.js';

export interface RunRow {
  id: string;
  kind: string;
  input: string;
  input_sha256: string | null;
  params: string;
  versions: string;
  actor: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  error: string | null;
  input_removed_at: string | null;
  pid: number | null;
  cursor: number;
  out_bytes: number;
  rows_done: number;
  hits: number;
  suppressed: number;
  issues: number;
  unkeyed?: number;
}

export function toRun(row: RunRow): RunInfo {
  return {
    id: row.id,
    kind: row.kind as RunKind,
    input: row.input,
    inputSha256: row.input_sha256,
    params: JSON.parse(row.params) as RunParams,
    versions: JSON.parse(row.versions) as Record<string, number>,
    actor: row.actor,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status as RunStatus,
    error: row.error ?? null,
    inputRemovedAt: row.input_removed_at ?? null,
    pid: row.pid,
    cursor: row.cursor,
    outBytes: row.out_bytes,
    rowsDone: row.rows_done,
    hits: row.hits,
    suppressed: row.suppressed,
    issues: row.issues,
    unkeyed: row.unkeyed ?? 0,
  };
}

export interface HitRow {
  run_id: string;
  row: number;
  entity_id: string;
  party_key: string;
  caption: string;
  schema: string;
  score: number;
  explanations: string;
  datasets: string;
  entity_digest: string;
  suppressed_by: number | null;
  row_key?: string | null;
  /** JSON; NULL (or no column, in a file not yet upgraded) for no exposure. */
  exposure?: string | null;
}

export function toHit(row: HitRow): Hit {
  const hit: Hit = {
    row: row.row,
    key: row.row_key ?? null,
    partyKey: row.party_key,
    entityId: row.entity_id,
    caption: row.caption,
    schema: row.schema,
    score: row.score,
    explanations: JSON.parse(row.explanations) as Record<string, Explanation>,
    datasets: JSON.parse(row.datasets) as string[],
    entityDigest: row.entity_digest,
  };
  if (row.exposure) hit.exposure = JSON.parse(row.exposure) as HitExposure;
  return hit;
}

export function toIssue(row: { row: number; message: string; screened: number }): RowIssue {
  return { row: row.row, message: row.message, screened: row.screened === 1 };
}

export interface DecisionRow {
  id: number;
  run_id: string;
  row: number;
  party_key: string;
  entity_id: string;
  entity_digest: string;
  decision: string;
  reason: string;
  actor: string;
  decided_at: string;
  row_key?: string | null;
}

export function toDecisionInfo(row: DecisionRow): DecisionInfo {
  return {
    id: row.id,
    runId: row.run_id,
    row: row.row,
    key: row.row_key ?? null,
    partyKey: row.party_key,
    entityId: row.entity_id,
    entityDigest: row.entity_digest,
    decision: row.decision as DecisionKind,
    reason: row.reason,
    actor: row.actor,
    decidedAt: row.decided_at,
  };
}

export function toDecisionRef(row: DecisionRow): DecisionRef {
  return {
    id: row.id,
    partyKey: row.party_key,
    entityId: row.entity_id,
    entityDigest: row.entity_digest,
    decision: row.decision as DecisionKind,
  };
}

export function toParty(row: { schema: string; properties: string }): EntityExample {
  return { schema: row.schema, properties: JSON.parse(row.properties) as Record<string, string[]> };
}
