/**
 * `GET /search/{dataset}`: yente's search, answered by the matcher. The text becomes the name of an
 * example entity, scored with no threshold, so that search and screening rank alike. It finds names
 * (and aliases), not words in other properties.
 */
import { entityJson, type PreparedMatch, prepareMatch } from '../../app/matching/index.js';
import { DEFAULT_ALGORITHM, type ScoredEntity } from '../../core/matching/index.js';
import { propertyType } from '../../core/model/index.js';
import type { Handler } from '../context.js';
import { readyIndex } from '../context.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { SEARCH_QUERY } from '../schemas/index.js';
import { facetNames, facetsOf } from './facets.js';
import { filterRequest, ignoredJson, ignoredParams, schemaNames } from './filters.js';

/** The matcher scores at most this many candidates per query: search pages within them. */
const MAX_CANDIDATES = 500;

/** Results ranked at least, so that facets and the total say more than the page does. */
const FACET_RESULTS = 25;

function hasCountry(result: ScoredEntity, countries: ReadonlySet<string>): boolean {
  const { schema, properties } = result.entity;
  for (const [prop, values] of Object.entries(properties)) {
    if (propertyType(schema, prop) !== 'country') continue;
    if (values.some((v) => countries.has(v))) return true;
  }
  return false;
}

/**
 * The schema's candidates, best first, with the count of those that scored at all. Thing (the
 * default) is one query of any kind: each candidate is scored against the name read as a person or
 * as an organisation, as fits it, so that a name finds the same entities whatever kind it is.
 */
function rank(plan: PreparedMatch, q: string, schema: string, keep: (r: ScoredEntity) => boolean) {
  const outcome = plan.run({ schema, properties: { name: [q] } });
  let results: ScoredEntity[] = outcome.results.filter((r) => r.score > 0);
  // Whether results with evidence were left out: more candidates scored than were kept.
  const more = outcome.total > results.length;
  results = results.filter(keep);
  results.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
  return { results, total: results.length, relation: more ? 'gte' : 'eq' };
}

/** The filters applied to scored results: yente's countries and (deprecated) target. */
function resultFilter(countries: ReadonlySet<string>, target: boolean | null) {
  if (countries.size === 0 && target === null) return null;
  return (r: ScoredEntity) =>
    (countries.size === 0 || hasCountry(r, countries)) &&
    (target === null || (r.entity.target ?? false) === target);
}

/**
 * yente's `datasets` filter (for facets) narrows the scope as `include_dataset` does: every other
 * loaded dataset is excluded, so that it combines with `include_dataset` as an intersection.
 */
function excludeDatasets(loaded: readonly string[], exclude: string[], datasets: string[]) {
  if (datasets.length === 0) return exclude;
  return [...exclude, ...loaded.filter((d) => !datasets.includes(d))];
}

export const searchRoute: Handler = (deps, ctx) => {
  const params = parseParams(ctx.query, SEARCH_QUERY);
  const q = params.q.trim();
  schemaNames('schema', [params.schema]);
  const facets = facetNames(params.facets);
  const index = readyIndex(deps);
  const countries = new Set(params.countries.map((c) => c.toLowerCase()));
  const keep = resultFilter(countries, params.target);
  const ignored = ignoredParams(params);
  if (facets.ignored.length > 0) {
    ignored.facets = `not counted: ${facets.ignored.join(', ')}`;
  }
  const plan = prepareMatch(index, {
    ...filterRequest(ctx.captures[0]!, params),
    excludeDatasets: excludeDatasets(
      index.catalog.datasets.map((d) => d.dataset),
      params.exclude_dataset,
      params.datasets,
    ),
    // Total and facets count the best results with evidence, at least FACET_RESULTS of them:
    // more than a page says, without scoring the whole list for a one-word query (the
    // total's relation is then "gte"). Filters on results apply after scoring: they take them all.
    limit: keep
      ? MAX_CANDIDATES
      : Math.min(MAX_CANDIDATES, Math.max(FACET_RESULTS, params.offset + params.limit)),
    // Counts every candidate with any evidence, but not those that scored nothing.
    threshold: Number.MIN_VALUE,
    algorithm: DEFAULT_ALGORITHM,
    ignored,
  });
  const { results, total, relation } = rank(plan, q, params.schema, keep ?? (() => true));
  const page = results.slice(params.offset, params.offset + params.limit);
  return json({
    limit: params.limit,
    offset: params.offset,
    total: { value: total, relation },
    results: page.map((r) => ({ ...entityJson(r.entity), score: r.score })),
    facets: facetsOf(
      results.map((r) => r.entity),
      facets.counted,
    ),
    ...ignoredJson(plan),
  });
};
