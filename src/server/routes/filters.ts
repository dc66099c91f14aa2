/** The filters `/match` and `/search` share, with yente's parameter names and formats. */
import type { MatchRequest, PreparedMatch } from '../../app/matching/index.js';
import { unknownSchemaMessage } from '../../core/matching/index.js';
import { schemaNamed } from '../../core/model/index.js';
import { BadRequest } from '../errors.js';
import type { Params } from '../params.js';
import type { FILTER_QUERY } from '../schemas/index.js';

export type FilterParams = Params<typeof FILTER_QUERY>;

/** A misspelt schema would exclude nothing without a word: refuse it instead. */
export function schemaNames(param: string, names: readonly string[]): Set<string> {
  for (const name of names) {
    if (!schemaNamed(name)) throw new BadRequest(`${param}: ${unknownSchemaMessage(name)}`);
  }
  return new Set(names);
}

/**
 * A `changed_since` the pattern lets through but no calendar has (`9999-99-99`, `2024-02-30`,
 * `T25`) would filter against a nonsense bound without a word: refuse it.
 */
function checkedSince<T extends string | null | undefined>(value: T): T {
  if (value === undefined || value === null) return value;
  const [day, time = ''] = value.split('T');
  const [y, m, d] = day!.split('-').map(Number) as [number, number, number];
  const [hour = 0, minute = 0, second = 0] = time ? time.split(':').map(Number) : [];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real || hour > 23 || minute > 59 || second > 59) {
    throw new BadRequest(`changed_since: ${JSON.stringify(value)} is not a real date or time`);
  }
  return value;
}

/** The filters as the matching service reads them; it checks them against the index. */
export function filterRequest(dataset: string, params: FilterParams) {
  return {
    dataset,
    includeDatasets: params.include_dataset,
    excludeDatasets: params.exclude_dataset,
    excludeSchemata: params.exclude_schema,
    topics: params.topics,
    changedSince: checkedSince(params.changed_since),
  } satisfies Partial<MatchRequest>;
}

/**
 * yente parameters Dossier takes but cannot honour, with the reason the answer gives. A yente
 * client sends them without a second thought; refusing them would break it, and ignoring them
 * without a word would let it believe they applied. None of them narrows a screening result:
 * leaving one out can only return more candidates, never hide one.
 */
const IGNORED: Record<string, { reason: string; honoured?: unknown }> = {
  fuzzy: {
    reason: 'names are always compared across spellings and scripts; q has no query syntax',
    honoured: false,
  },
  simple: { reason: 'q is a name, not a query with a syntax', honoured: false },
  filter: { reason: 'property filters are not supported: read the properties of the results' },
  sort: { reason: 'results are sorted by score, best first' },
  filter_op: {
    reason: 'the values of one filter always match any of them (OR)',
    honoured: 'OR',
  },
};

/** The parameters given that Dossier does not honour, by name, with the reason. */
export function ignoredParams(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { reason, honoured }] of Object.entries(IGNORED)) {
    const value = params[name];
    if (value === null || value === undefined || value === honoured) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[name] = reason;
  }
  return out;
}

/** `ignored` for an answer, only when something was: a plain request keeps yente's shape. */
export function ignoredJson(plan: Pick<PreparedMatch, 'ignored'>) {
  return Object.keys(plan.ignored).length > 0 ? { ignored: plan.ignored } : {};
}
