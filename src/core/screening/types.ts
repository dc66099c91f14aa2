/** The shapes screening passes between its core, its services and its store. */
import type { EntityExample, Explanation } from '../matching/index.js';

/** A listed entity that scored at or above the threshold for a row. */
export interface Hit {
  /** The input's line (CSV, JSONL) or sheet row (XLSX); a portfolio number in a rescreen. */
  row: number;
  /**
   * What the row is known by across runs: the customer ID, or `line:<n>` (./identity.ts). A
   * rescreen gives the key the party last had. Null on runs made before rows had keys.
   */
  key?: string | null;
  partyKey: string;
  entityId: string;
  caption: string;
  schema: string;
  score: number;
  explanations: Record<string, Explanation>;
  datasets: string[];
  /** The entity's content digest when it was hit, which decisions are tied to. */
  entityDigest: string;
  /**
   * The entity's sanctions exposure through ownership when the run was made, by jurisdiction, as
   * `/match` gives it; absent when the entity is no graph node, the network holds no ownership,
   * or the hit was stored before hits carried it.
   */
  exposure?: HitExposure | null;
}

/** One jurisdiction's finding; shares are fractions of one (0.5 is half). */
export interface ExposureFinding {
  exposed: boolean | null;
  /** listed, exposed, not-exposed, possibly or unknown (core/graph's ExposureStatus). */
  status: string;
  share: number | null;
  range?: { low: number; high: number };
  controlled?: boolean;
}

/** Exposure by jurisdiction (`us`, `eu`, `uk`). */
export type HitExposure = Record<string, ExposureFinding>;

/** One chain of holdings from a listed party down to the row's party. */
export interface ExposureChain {
  /** Node ids, the listed party first, the row's party last. */
  nodes: string[];
  captions: string[];
  /** The edges between them, in order: the id (its source is `dossier exposure`'s) and share. */
  edges: { id: string; share: number | null }[];
}

/**
 * The row's own party is a node of the ownership graph and is exposed (or listed, or cannot be
 * cleared): a flag of the row itself, never a hit, since no list entry matched its name.
 */
export interface RowExposure {
  row: number;
  key?: string | null;
  /** The graph node the row stands for. */
  node: string;
  caption: string;
  /** How the row was found to be that node: its ID, an identifier, or its name and country. */
  resolvedBy: 'id' | 'identifier' | 'name';
  exposure: HitExposure;
  /** The chains behind each jurisdiction's finding that is not a clear (a few at most). */
  chains: Record<string, ExposureChain[]>;
}

/** A row that could not be screened (`screened: false`) or was screened with values left out. */
export interface RowIssue {
  row: number;
  message: string;
  screened: boolean;
}

export interface ScreenedRow {
  row: number;
  /** The row's key (./identity.ts). */
  key?: string | null;
  partyKey: string;
  example: EntityExample;
  hits: Hit[];
  /** Hits held back by a false-positive decision on the same, unchanged entry. */
  suppressed: { hit: Hit; decisionId: number }[];
  /** The row's own party exposed through ownership (./types.ts RowExposure); absent when not. */
  exposure?: RowExposure | null;
}

/** What is committed at once: rows, issues and the cursor (the last input row in the batch). */
export interface Batch {
  /** Rows screened (a rescreen keeps only those with hits). */
  rows: ScreenedRow[];
  issues: RowIssue[];
  cursor: number;
  /** How many rows were screened, kept or not. */
  screened: number;
  /** Rows keyed by their line although the file has a customer ID column (no or a repeated ID). */
  unkeyed?: number;
}

export type RunKind = 'screen' | 'rescreen';
/**
 * `queued`: accepted by the API, waiting for its turn; it has no list versions yet.
 * `cancelled`: a job stopped over the API before it finished (`DELETE /screen/jobs/{id}`); the
 * rows it committed stay, and it is never resumed.
 */
export type RunStatus = 'queued' | 'running' | 'finished' | 'failed' | 'cancelled';

/** The settings a run was made with, kept so that a resumed run uses the same ones. */
export interface RunParams {
  inputFormat: string | null;
  output: string | null;
  report: string | null;
  dataset: string;
  threshold: number;
  algorithm: string;
  limit: number;
  map: string[];
  /** `--id-column`: the customer ID column named by the caller, overriding detection. */
  idColumn?: string | null;
  /** The customer ID column used (detected or named); null when the file has none. */
  usedIdColumn?: string | null;
  /** Columns as detected (header → target), for the report. */
  columns?: Record<string, string>;
  ignoredColumns?: string[];
  /** `api` for a job submitted over HTTP, which the server resumes after a restart. */
  via?: 'api';
  /** Rescreens: what was compared, per dataset. */
  changes?: Record<string, { from: number | null; to: number; mode: string; entities: number }>;
}

export interface RunInfo {
  id: string;
  kind: RunKind;
  input: string;
  inputSha256: string | null;
  params: RunParams;
  versions: Record<string, number>;
  actor: string;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  /** Why a failed run failed. */
  error: string | null;
  /** When a job's uploaded input was deleted (`DELETE /screen/jobs/{id}`); null while it is kept. */
  inputRemovedAt: string | null;
  pid: number | null;
  cursor: number;
  outBytes: number;
  rowsDone: number;
  hits: number;
  suppressed: number;
  issues: number;
  /** Rows keyed by their line for want of a (unique) customer ID. */
  unkeyed: number;
}
