/**
 * One entity per designation. Entries of several lists that are the same designation (a UN
 * reference number another list cites, the same IMO number, LEI, BIC, INN, OGRN or USCC, the
 * same passport or national ID number from the same country) are clustered when the index is
 * built, and a match result shows a cluster as one entity with every list and every value, the
 * rule's evidence beside it. Two entries of one list, incompatible schemata (a Person and a
 * Vessel) and pairs a reviewer split are never merged.
 *
 * @example
 * ```ts
 * import { clusterParties } from '../designations/index.js';
 *
 * const key = { kind: 'unsc', value: 'QDi.006', country: null, raw: 'QI.A.6.01' } as const;
 * const { clusters } = clusterParties([
 *   { id: 'unsc-1', schema: 'Person', datasets: ['un'], keys: [key] },
 *   { id: 'gb-hmt-2', schema: 'Person', datasets: ['uk'], keys: [key] },
 * ]);
 * clusters[0]!.members; // ['gb-hmt-2', 'unsc-1']
 * clusters[0]!.links;   // [{ entities: ['gb-hmt-2', 'unsc-1'], kind: 'unsc', value: 'QDi.006' }]
 * clusterParties([...], [['gb-hmt-2', 'unsc-1']]).clusters; // [] — a reviewer split them
 * ```
 */
export {
  type Cluster,
  type Clustering,
  clusterParties,
  type Link,
  type Party,
  type Refusal,
  type SplitPair,
} from './cluster.js';
export {
  adjunctKeys,
  type HeldKey,
  KEY_KINDS,
  KEY_LABELS,
  type KeyKind,
  ownKeys,
  type StrongKey,
} from './keys.js';
export {
  type DesignationEvidence,
  type DesignationMember,
  type MemberResult,
  mergeMembers,
} from './merge.js';
export {
  type DesignationLookup,
  Designations,
  DesignationsBuilder,
  type DesignationStats,
} from './table.js';
export { canonicalUnRef } from './un-refs.js';
