/**
 * The W3C Reconciliation Service API (v0.2), what OpenRefine speaks: `GET /reconcile[/{dataset}]`
 * is the service manifest, `POST` answers a batch of queries with candidates scored 0 to 100 by the
 * same matcher as `/match`. A query's properties (`birthDate`, `country`, ...) are FollowTheMoney
 * properties of its type, and count in the score as they do in `/match`.
 */
import type { IncomingMessage } from 'node:http';
import {
  DEFAULT_SCOPE,
  type PreparedMatch,
  prepareMatch,
  UnknownDataset,
} from '../../app/matching/index.js';
import { ANY_SCHEMA, MatchInputError, type ScoredEntity } from '../../core/matching/index.js';
import { model } from '../../core/model/index.js';
import type { AppDeps, Handler } from '../context.js';
import { readyIndex } from '../context.js';
import { BadRequest } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { NO_QUERY, RECONCILE_QUERY } from '../schemas/index.js';
import { givenParams, recordScreening } from '../screening-record.js';
import { propertyFor, reconResult } from './reconcile-render.js';
import { parseBatch, type ReconQuery, readBatch } from './reconcile-body.js';

/** OpenRefine reads the manifest from the browser, so it must be readable across origins. */
const CORS = { 'access-control-allow-origin': '*' };
const DEFAULT_TYPES = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel'];
/**
 * An untyped query is screened as any kind of party (Thing), as `/search` and `dossier match`
 * without a schema are: each candidate is scored as its own kind, so a person keeps the person
 * features and a vessel is not left out.
 */
const ANY_PARTY = [ANY_SCHEMA];
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/** Where clients reach this server: the configured public URL, else the Host they used. */
function baseUrl(deps: AppDeps, req: IncomingMessage): string {
  if (deps.config.publicUrl) return deps.config.publicUrl;
  const host = req.headers.host;
  if (host && HOST.test(host)) return `http://${host}`;
  const { localAddress = '127.0.0.1', localPort } = req.socket;
  return `http://${localAddress.includes(':') ? `[${localAddress}]` : localAddress}:${localPort}`;
}

export function manifest(base: string, dataset: string) {
  return {
    versions: ['0.2'],
    name: `Dossier sanctions screening (${dataset})`,
    identifierSpace: `${base}/entities/`,
    schemaSpace: 'https://followthemoney.tech/explorer/schemata/',
    defaultTypes: DEFAULT_TYPES.map((id) => ({ id, name: model.schemata[id]!.label })),
    view: { url: `${base}/entities/{{id}}` },
  };
}

export const manifestRoute: Handler = async (deps, ctx) => {
  if (ctx.query.has('queries')) {
    throw new BadRequest('send reconciliation queries with POST (form field "queries" or JSON)');
  }
  if (ctx.query.has('callback')) {
    throw new BadRequest('JSONP ("callback") is not supported; the manifest is served with CORS');
  }
  parseParams(ctx.query, NO_QUERY);
  const dataset = ctx.captures[0] ?? DEFAULT_SCOPE;
  const known = (await deps.store.datasets()).map((d) => d.dataset);
  if (dataset !== DEFAULT_SCOPE && !known.includes(dataset)) {
    throw new UnknownDataset(dataset, known);
  }
  return json(manifest(baseUrl(deps, ctx.req), dataset), 200, CORS);
};

/** The first of the query's properties that `schema` does not have, if any. */
function unknownProperty(schema: string, q: ReconQuery): string | undefined {
  return q.properties.find(({ pid }) => !propertyFor(schema, pid))?.pid;
}

function example(schema: string, q: ReconQuery) {
  const properties: Record<string, string[]> = { name: [q.query] };
  for (const { pid, values } of q.properties) {
    const prop = propertyFor(schema, pid)!;
    properties[prop] = [...(properties[prop] ?? []), ...values];
  }
  return { schema, properties };
}

/** One example per type; without a type, one per kind of party that has the properties. */
function examples(key: string, q: ReconQuery) {
  for (const schema of q.types) {
    const pid = unknownProperty(schema, q);
    if (pid) throw new BadRequest(`${key}: type ${schema} has no property "${pid}"`);
  }
  const fitting = (list: string[]) => list.filter((s) => !unknownProperty(s, q));
  const schemata = q.types.length > 0 ? q.types : fitting(ANY_PARTY);
  if (schemata.length === 0) {
    const pids = q.properties.map((p) => p.pid).join(', ');
    throw new BadRequest(`${key}: no type has all of the properties ${pids}; give a "type"`);
  }
  return schemata.map((s) => example(s, q));
}

/** The best candidates over the query's types (or any party), best first, each entity once. */
function reconcileOne(plan: PreparedMatch, key: string, q: ReconQuery) {
  const best = new Map<string, ScoredEntity>();
  for (const ex of examples(key, q)) {
    try {
      for (const r of plan.run(ex, q.limit).results) {
        if ((best.get(r.entity.id)?.score ?? -1) < r.score) best.set(r.entity.id, r);
      }
    } catch (error) {
      if (error instanceof MatchInputError) throw new BadRequest(`${key}: ${error.message}`);
      throw error;
    }
  }
  const ranked = [...best.values()].sort(
    (a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id),
  );
  return { result: ranked.slice(0, q.limit).map(reconResult) };
}

export const reconcileRoute: Handler = async (deps, ctx) => {
  const params = parseParams(ctx.query, RECONCILE_QUERY);
  const batch = parseBatch(await readBatch(ctx.req, deps.config.maxBodyBytes));
  const index = readyIndex(deps);
  // Each query says how many candidates it wants: the limit here is replaced by the query's.
  const plan = prepareMatch(index, {
    dataset: ctx.captures[0] ?? DEFAULT_SCOPE,
    limit: 1,
    threshold: params.threshold,
    algorithm: params.algorithm,
  });
  const answers = Object.fromEntries(batch.map(([key, q]) => [key, reconcileOne(plan, key, q)]));
  await recordScreening(deps, ctx, {
    kind: 'reconcile',
    dataset: ctx.captures[0] ?? DEFAULT_SCOPE,
    scope: plan.options.datasets,
    catalog: index.catalog,
    algorithm: plan.algorithm.name,
    threshold: params.threshold,
    params: givenParams(ctx.query),
    queries: Object.fromEntries(batch),
    // Scores as answered: 0 to 100.
    results: Object.fromEntries(
      Object.entries(answers).map(([k, a]) => [
        k,
        a.result.map((r) => ({ id: r.id, score: r.score })),
      ]),
    ),
  });
  return json(answers, 200, { ...CORS, 'x-batch-size': String(batch.length) });
};
