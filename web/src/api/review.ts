/**
 * The API calls (and their answers' shapes) of the screening job's held-back hits and audit
 * records, and of the search across every case's documents. Kept beside client.ts, built on its
 * `request`, so that the views still never call fetch.
 */
import { queryString, request } from './client.js';
import type { DecisionJson, FacetValue, HitJson } from './types.js';

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  return (await request(path, init)).json() as Promise<T>;
}

/** A hit held back by an earlier false-positive decision, with that decision. */
export interface HeldHitJson extends HitJson {
  /** The decision; only its id when it has since been deleted from the store. */
  held_by: DecisionJson | { id: number };
}

export interface HeldAnswer {
  job: string;
  held: HeldHitJson[];
  truncated: boolean;
}

export const heldHits = (id: string) =>
  getJson<HeldAnswer>(`/screen/jobs/${encodeURIComponent(id)}/held`);

export interface JobAuditRecord {
  seq: number;
  at: string;
  kind: string;
  actor: string;
  prev: string;
  hash: string;
  pruned: boolean;
  /** The record's payload; a batch's counts instead of its rows; null once pruned. */
  payload: Record<string, unknown> | null;
}

export const jobAudit = (id: string) =>
  getJson<{ job: string; records: JobAuditRecord[] }>(
    `/screen/jobs/${encodeURIComponent(id)}/audit`,
  );

/** `GET /audit/verify` (admin): the whole chain checked. */
export interface AuditCheck {
  ok: boolean;
  records?: number;
  pruned?: number;
  head?: { seq: number; hash: string } | null;
  broken_at?: number;
  problem?: string;
  detail?: string;
}

export const verifyAudit = () => getJson<AuditCheck>('/audit/verify');

export interface SnippetJson {
  text: string;
  /** Where the snippet starts and ends in the page's text. */
  start: number;
  end: number;
  /** The highlighted spans, as offsets into the snippet's text. */
  highlights: [number, number][];
}

export interface DocumentHitJson {
  case: string;
  document_id: string;
  file_name: string;
  page: number;
  /** The matched spans in the page's stored text, end exclusive. */
  spans: [number, number][];
  snippets: SnippetJson[];
}

export interface DocumentSearchAnswer {
  query: string;
  limit: number;
  results: DocumentHitJson[];
  facets: { case: { label: string; values: FacetValue[] } };
}

export function searchDocuments(
  p: { q: string; cases?: string[]; limit?: number },
  signal?: AbortSignal,
): Promise<DocumentSearchAnswer> {
  const qs = queryString({ q: p.q, case: p.cases, limit: p.limit ?? 50 });
  return getJson(`/search/documents${qs}`, { signal });
}
