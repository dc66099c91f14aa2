/**
 * `POST /match/{dataset}`: yente's batch query-by-example. Every query of the batch is checked
 * before any is scored, and a caller's mistake in one query refuses the whole batch with 400.
 */
import {
  type ListVersionJson,
  type PreparedMatch,
  type QueryResponseJson,
  prepareMatch,
  queryResponseJson,
  screenedLists,
} from '../../app/matching/index.js';
import { type NetworkService, partyExposureIn } from '../../app/network/index.js';
import { checkAlgorithm, type EntityExample, MatchInputError } from '../../core/matching/index.js';
import type { Handler } from '../context.js';
import { readyIndex } from '../context.js';
import { BadRequest } from '../errors.js';
import { json, readJson } from '../http.js';
import { parseParams } from '../params.js';
import { MATCH_QUERY } from '../schemas/index.js';
import { givenParams, recordScreening } from '../screening-record.js';
import { filterRequest, ignoredJson, ignoredParams } from './filters.js';
import { parseMatchBody } from './match-body.js';

function matchOne(
  plan: PreparedMatch,
  lists: ListVersionJson[],
  key: string,
  example: EntityExample,
) {
  try {
    return queryResponseJson(example, plan.run(example), lists);
  } catch (error) {
    if (error instanceof MatchInputError) throw new BadRequest(`queries.${key}: ${error.message}`);
    throw error;
  }
}

/**
 * Exposure beside the scores: a lookup per result in arrays computed once per graph revision, so
 * that the match stays cheap. Only candidates (and queries, by their `id`) that are graph nodes.
 */
async function addExposure(
  network: NetworkService,
  queries: [string, EntityExample][],
  responses: Record<string, QueryResponseJson>,
) {
  const snapshot = await network.snapshot();
  if (!snapshot.hasOwnership) return;
  for (const [key, example] of queries) {
    const response = responses[key]!;
    const own = example.id ? partyExposureIn(snapshot, example.id) : null;
    if (own) response.exposure = own;
    for (const result of response.results) {
      const exposure = partyExposureIn(snapshot, result.id);
      if (exposure) result.exposure = exposure;
    }
  }
}

export const matchRoute: Handler = async (deps, ctx) => {
  const params = parseParams(ctx.query, MATCH_QUERY);
  const body = parseMatchBody(await readJson(ctx.req, deps.config.maxBodyBytes));
  const { queries, weights } = body;
  const index = readyIndex(deps);
  const plan = prepareMatch(index, {
    ...filterRequest(ctx.captures[0]!, params),
    limit: params.limit,
    threshold: params.threshold,
    cutoff: params.cutoff,
    algorithm: params.algorithm,
    excludeEntityIds: params.exclude_entity_ids,
    weights,
    config: body.config,
    ignored: ignoredParams(params),
  });
  // Refuse the whole batch for a wrong algorithm or weight, before any query is scored.
  checkAlgorithm(plan.options.algorithm, plan.options.weights);
  // Object.fromEntries defines each key as an own property, so a key like "__proto__" is safe.
  const lists = screenedLists(index.catalog, plan.options.datasets);
  const responses = Object.fromEntries(
    queries.map(([key, example]) => [key, matchOne(plan, lists, key, example)]),
  );
  await recordScreening(deps, ctx, {
    kind: 'match',
    dataset: ctx.captures[0]!,
    scope: plan.options.datasets,
    catalog: index.catalog,
    algorithm: plan.algorithm.name,
    threshold: params.threshold,
    limit: params.limit,
    params: givenParams(ctx.query),
    weights,
    queries: Object.fromEntries(Object.entries(responses).map(([k, r]) => [k, r.query])),
    results: Object.fromEntries(
      Object.entries(responses).map(([k, r]) => [
        k,
        r.results.map((result) => ({ id: result.id, score: result.score })),
      ]),
    ),
  });
  if (deps.network) await addExposure(deps.network, queries, responses);
  // yente's answer is {responses, limit}; its clients read those and pass over the rest.
  const answer = {
    responses,
    limit: params.limit,
    algorithm: plan.algorithm,
    ...ignoredJson(plan),
  };
  return json(answer, 200, { 'x-batch-size': String(queries.length) });
};
