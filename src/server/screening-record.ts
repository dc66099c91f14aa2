/**
 * Screenings answered over HTTP (`POST /match`, `POST /reconcile`) go into the audit trail like
 * the command line's: who (the key), when, the queries, the list versions, the algorithm and
 * threshold, and each result's ID and score. One record a request, appended in one small
 * transaction before the answer is sent (WAL with synchronous=NORMAL: no disk flush per commit).
 */
import type { Catalog } from '../app/matching/index.js';
import { canonicalAlgorithm } from '../app/screening/index.js';
import { timestamp } from '../core/screening/index.js';
import { actorOf } from './actor.js';
import type { RequestContext, ServerDeps } from './context.js';

export interface ScreeningRecord {
  kind: 'match' | 'reconcile';
  /** The dataset in the path (`default` for every loaded one). */
  dataset: string;
  /** The datasets searched, null for all of them. */
  scope: ReadonlySet<string> | null;
  catalog: Catalog;
  algorithm: string;
  threshold: number;
  /** Results per query, when the request has one limit for all. */
  limit?: number;
  /** The query parameters as the request gave them (filters, cutoff...). */
  params: Record<string, string[]>;
  /** Feature weights the request replaced (they change the scores, so the record keeps them). */
  weights?: Readonly<Record<string, number>>;
  /** By the caller's keys: what was asked, and what came back. */
  queries: Record<string, unknown>;
  results: Record<string, { id: string; score: number }[]>;
}

/** The versions of the lists the request searched. */
function versionsOf(catalog: Catalog, scope: ReadonlySet<string> | null) {
  const all = Object.entries(catalog.indexed);
  return Object.fromEntries(scope ? all.filter(([d]) => scope.has(d)) : all);
}

/** Append the request's record; a server without a screening store records nothing. */
export async function recordScreening(
  deps: ServerDeps,
  ctx: RequestContext,
  r: ScreeningRecord,
): Promise<void> {
  if (!deps.screening) return;
  const payload = {
    dataset: r.dataset,
    versions: versionsOf(r.catalog, r.scope),
    algorithm: canonicalAlgorithm(r.algorithm),
    threshold: r.threshold,
    limit: r.limit,
    params: r.params,
    ...(r.weights ? { weights: r.weights } : {}),
    queries: r.queries,
    results: r.results,
  };
  const entry = { kind: r.kind, actor: actorOf(ctx.key), at: timestamp(), payload };
  await deps.screening.repo.appendAudit(entry);
}

/** The query parameters as given, each as its list of values. */
export function givenParams(query: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of new Set(query.keys())) out[name] = query.getAll(name);
  return out;
}
