/**
 * The service routes: catalog, algorithms, liveness and readiness, the OpenAPI description and a
 * front page. Constant bodies are serialised once, when the module loads.
 */
import {
  type Catalog,
  DEFAULT_SCOPE,
  notBuiltReason,
  rebuildFailedJson,
  requireLists,
  screenedLists,
} from '../../app/matching/index.js';
import {
  algorithmFor,
  algorithmInfos,
  DEFAULT_ALGORITHM,
  YENTE_ALGORITHM_NAMES,
} from '../../core/matching/index.js';
import type { VersionInfo } from '../../store/index.js';
import type { Handler } from '../context.js';
import { NotReady } from '../errors.js';
import { json, type Reply } from '../http.js';
import { OPENAPI } from '../openapi.js';
import { parseParams } from '../params.js';
import { NO_QUERY } from '../schemas/index.js';

const ALGORITHMS = json({
  algorithms: algorithmInfos().map((a) => ({
    name: a.name,
    description: a.description,
    docs: {
      name: a.name,
      version: a.version,
      description: a.description,
      config: {},
      features: Object.fromEntries(
        Object.entries(a.features).map(([name, f]) => [
          name,
          { description: f.description, coefficient: f.weight, url: null },
        ]),
      ),
    },
  })),
  default: DEFAULT_ALGORITHM,
  best: DEFAULT_ALGORITHM,
  // Not in yente's answer: the algorithm each of yente's names runs here.
  yente: Object.fromEntries(YENTE_ALGORITHM_NAMES.map((n) => [n, algorithmFor(n).choice.name])),
});
const OK = json({ status: 'ok' });
const OPENAPI_REPLY = json(OPENAPI);
const INDEX_REPLY: Reply = {
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dossier API</title></head>' +
    '<body><h1>Dossier API</h1><p>Sanctions screening with a yente-compatible API. ' +
    'The endpoints are described in <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>' +
    '<p>The web workbench (search, entities, screening review) is at <a href="/app/">/app/</a>.</p>' +
    '</body></html>',
};

/** A route whose reply never changes; it still refuses query parameters, as every route does. */
function constant(reply: Reply): Handler {
  return (_deps, ctx) => {
    parseParams(ctx.query, NO_QUERY);
    return reply;
  };
}

export const algorithmsRoute = constant(ALGORITHMS);
export const healthzRoute = constant(OK);
export const openapiRoute = constant(OPENAPI_REPLY);
export const indexRoute = constant(INDEX_REPLY);

/**
 * Ready once the index is built and holds lists to screen against: a server with no list would
 * answer every query "clear". The body names the list versions the index searches.
 */
export const readyzRoute: Handler = (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  const { catalog, failure } = deps.service;
  if (!catalog) throw new NotReady(notBuiltReason(failure));
  requireLists(catalog);
  const lists = screenedLists(catalog, null);
  // Still ready: the previous index screens, and says against which versions (see matching.md).
  if (failure) return json({ status: 'ok', lists, rebuild_failed: rebuildFailedJson(failure) });
  return json({ status: 'ok', lists });
};

function datasetJson(v: VersionInfo, indexed: number | undefined) {
  return {
    name: v.dataset,
    title: v.dataset,
    version: String(v.version),
    updated_at: v.loadedAt,
    // The day the list says it was published (null when the file did not say): Dossier's addition.
    published: v.published,
    entity_count: v.entities,
    target_count: v.targets,
    format: v.format,
    source_files: v.sourceFiles,
    index_version: indexed === undefined ? null : String(indexed),
    index_current: indexed === v.version,
    load: true,
  };
}

/** The catalog compares the store (what is loaded now) with the index (what is searched now). */
export function catalogJson(versions: VersionInfo[], catalog: Catalog | null) {
  const indexed = catalog?.indexed ?? {};
  const datasets = versions.map((v) =>
    datasetJson(v, Object.hasOwn(indexed, v.dataset) ? indexed[v.dataset] : undefined),
  );
  const outdated = datasets.filter((d) => !d.index_current).map((d) => d.name);
  const removed = Object.keys(indexed).filter((name) => !versions.some((v) => v.dataset === name));
  const stale = catalog === null || outdated.length > 0 || removed.length > 0;
  const collection = {
    name: DEFAULT_SCOPE,
    title: 'Every loaded dataset',
    children: datasets.map((d) => d.name),
    version: catalog?.builtAt ?? null,
    updated_at:
      versions
        .map((v) => v.loadedAt)
        .sort()
        .at(-1) ?? null,
    entity_count: datasets.reduce((sum, d) => sum + d.entity_count, 0),
    target_count: datasets.reduce((sum, d) => sum + d.target_count, 0),
    index_current: !stale,
    load: true,
  };
  const current = datasets.filter((d) => d.index_current).map((d) => d.name);
  return {
    datasets: [collection, ...datasets],
    current: stale ? current : [DEFAULT_SCOPE, ...current],
    outdated,
    index_stale: stale,
  };
}

export const catalogRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  return json(catalogJson(await deps.store.datasets(), deps.service.catalog));
};
