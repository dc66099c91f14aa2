/**
 * Matching: multilingual, explainable comparison of an example entity against listed parties.
 *
 * @example
 * ```ts
 * const matcher = new Matcher(entries, tools);
 * const { results } = matcher.match(
 *   { schema: 'Person', properties: { name: ['Vladimir Putin'], birthDate: ['1952-10-07'] } },
 *   { limit: 5, threshold: 0.7, algorithm: 'best', datasets: null, excludeSchemata: new Set(),
 *     topics: new Set(), changedSince: null, excludeEntityIds: new Set() },
 * );
 * ```
 */
export { DOSSIER_V1 } from './algorithm.js';
export type { IndexedEntity } from './candidate-index.js';
export {
  algorithmFor,
  algorithmInfos,
  checkAlgorithm,
  DEFAULT_ALGORITHM,
  Matcher,
  MatcherBuilder,
  type MatcherTools,
  SCREENED_SCHEMATA,
  scorePair,
} from './matcher.js';
export { ANY_SCHEMA, anyPropertyType } from './kinds.js';
export { jaroWinkler } from './similarity.js';
export {
  decodeSnapshot,
  encodeSnapshot,
  SNAPSHOT_FORMAT,
  type SnapshotCodec,
  SnapshotUnusable,
  snapshotKey,
} from './snapshot.js';
export { defaultTools } from './tools.js';
export type { NameForm, NameFormTools } from './name-forms.js';
/** The folding of name tokens into keys, for searches that must meet the index's keys. */
export { foldKey, PARTICLE_KEYS } from './name-rules.js';
export { OFAC_ALGORITHM, ofacNameScore } from './ofac.js';
export { matchOptionsWith } from './options.js';
export { MatchInputError, unknownSchemaMessage } from './query.js';
export {
  type AlgorithmChoice,
  chooseAlgorithm,
  type Tuning,
  tuneAlgorithm,
  YENTE_ALGORITHM_NAMES,
} from './yente-algorithms.js';
export type {
  AlgorithmInfo,
  EntityExample,
  Explanation,
  MatchOptions,
  MatchOutcome,
  ScoredEntity,
  WeightOverrides,
} from './types.js';
