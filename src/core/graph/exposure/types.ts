/**
 * What the exposure rules read and what they give back (issue 12). The rules run on the CSR graph
 * (../csr.ts) with per-node and per-edge masks prepared by the caller, so that the core knows
 * nothing of lists, topics or dates: which nodes are sanctioned, which edges are holdings in force,
 * which confer control, and which holdings are joint.
 */
import type { CsrGraph } from '../csr.js';

export type Jurisdiction = 'us' | 'eu' | 'uk';
export const JURISDICTIONS: readonly Jurisdiction[] = ['us', 'eu', 'uk'];

export interface ExposureInput {
  graph: CsrGraph;
  /** Per node: 1 when the node is a sanctioned (listed) party. */
  listed: Uint8Array;
  /** Per edge: 1 when the edge is a holding (shares or votes) to count. */
  ownership: Uint8Array;
  /** Per edge: 1 when the edge confers control (the right to appoint the board, directorship). */
  control?: Uint8Array;
  /**
   * Per edge: a group number for holdings held jointly or under an arrangement (UK Sch. 1 para 3),
   * -1 for none. Holdings of one group into one entity are added and count for every member.
   */
  jointGroup?: Int32Array;
}

/**
 * A node's standing under one rule. `unknown` and `possibly` both mean "cannot say": `unknown` when a
 * holding with no share known could tip it, `possibly` when only ranged shares do.
 */
export type ExposureStatus = 'listed' | 'exposed' | 'not-exposed' | 'possibly' | 'unknown';

/** Codes of ExposureStatus in the per-node arrays. */
export const STATUS_CODES: readonly ExposureStatus[] = [
  'not-exposed',
  'exposed',
  'possibly',
  'unknown',
  'listed',
];
export const NOT_EXPOSED = 0;
export const EXPOSED = 1;
export const POSSIBLY = 2;
export const UNKNOWN = 3;
export const LISTED = 4;

/** One jurisdiction's answer for every node. */
export interface RuleResult {
  status: Uint8Array;
  /**
   * The share held by sanctioned owners: the aggregate (US, EU) or the largest single person's
   * holding, direct and through vehicles it owns (UK). `low` counts only owners surely sanctioned
   * with the least share each may hold; `high` the owners possibly sanctioned with the most.
   */
  low: Float64Array;
  high: Float64Array;
  /**
   * Per node: 1 when control brought the node in: a separate finding under the EU rule, part of
   * exposure under the UK rule (where ownership falls short), never under the US rule (FAQ 398).
   */
  controlled: Uint8Array;
  /** Per node: 1 when the node is in the set from which chains are drawn (surely or possibly). */
  chainSet: Uint8Array;
}

export interface ExposureResult {
  input: ExposureInput;
  us: RuleResult;
  eu: RuleResult;
  uk: RuleResult;
}

/** One node's finding under one rule. */
export interface Finding {
  node: number;
  jurisdiction: Jurisdiction;
  status: ExposureStatus;
  /** true, false, or null when the shares known cannot decide it. */
  exposed: boolean | null;
  /** Control without the ownership threshold (EU: a separate finding; UK: exposure; US: none). */
  controlled: boolean;
  listed: boolean;
  /** The share in percent when it is known exactly; null when only a range is. */
  share: number | null;
  range: { low: number; high: number };
}

/** A chain of edges from a sanctioned party down to the entity, in that order. */
export interface Chain {
  edges: number[];
}
