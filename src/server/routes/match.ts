/**
 * `POST /match/{dataset}`: yente's batch query-by-example. Every query of the batch is checked
 * before any is scored, and a caller's mistake in one query refuses the whole batch with 400.
 */
import {
  checkAlgorithm,
  type EntityExample,
  MatchInputError,
  type Matcher,
  type MatchOptions,
} from '../../core/matching/index.js';
import type { Handler } from '../context.js';
import { readyIndex } from '../context.js';
import { BadRequest } from '../errors.js';
import { json, readJson } from '../http.js';
import { parseParams } from '../params.js';
import { MATCH_QUERY } from '../schemas/index.js';
import { queryResponseJson } from '../render.js';
import { givenParams, recordScreening } from '../screening-record.js';
import { filterOptions } from './filters.js';
import { parseMatchBody } from './match-body.js';

function matchOne(
  matcher: Matcher,
  key: string,
  example: EntityExample,
  options: MatchOptions,
  cutoff: number,
) {
  try {
    const outcome = matcher.match(example, options);
    const results = outcome.results.filter((r) => r.score > cutoff);
    return queryResponseJson(example, { results, total: outcome.total });
  } catch (error) {
    if (error instanceof MatchInputError) throw new BadRequest(`queries.${key}: ${error.message}`);
    throw error;
  }
}

export const matchRoute: Handler = async (deps, ctx) => {
  const params = parseParams(ctx.query, MATCH_QUERY);
  const { queries, weights } = parseMatchBody(await readJson(ctx.req, deps.config.maxBodyBytes));
  const { matcher, catalog } = readyIndex(deps);
  const options: MatchOptions = {
    ...filterOptions(catalog, ctx.captures[0]!, params),
    limit: params.limit,
    threshold: params.threshold,
    algorithm: params.algorithm,
    excludeEntityIds: new Set(params.exclude_entity_ids),
    weights,
  };
  try {
    checkAlgorithm(options.algorithm, weights);
  } catch (error) {
    if (error instanceof MatchInputError) throw new BadRequest(error.message);
    throw error;
  }
  const cutoff = Math.min(params.cutoff, params.threshold);
  // Object.fromEntries defines each key as an own property, so a key like "__proto__" is safe.
  const responses = Object.fromEntries(
    queries.map(([key, example]) => [key, matchOne(matcher, key, example, options, cutoff)]),
  );
  recordScreening(deps, ctx, {
    kind: 'match',
    dataset: ctx.captures[0]!,
    scope: options.datasets,
    catalog,
    algorithm: params.algorithm,
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
  return json({ responses, limit: params.limit }, 200, { 'x-batch-size': String(queries.length) });
};
