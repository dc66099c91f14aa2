/**
 * The network's services (issue 12): loading network files and the lists' relations into the graph;
 * sanctions exposure under the US, EU and UK rules with the chain behind each finding, every exposed
 * party, paths and neighbourhoods. One service per dossier (`dossier.network()`), shared by the
 * command line, the server, screening and trade flags.
 *
 * @example
 * ```ts
 * const dossier = openDossier({ db: 'dossier.db' });
 * await ingestNetwork(dossier, { file: 'owners.csv', format: 'ownership-csv', dataset: 'owners' });
 * const report = await dossier.network().exposure('ofac-46431', 'us'); // {exposed, share, chains...}
 * const paths = await findPaths(dossier.network(), dossier.graph, { from: 'a', to: 'b', hops: 3 });
 * ```
 */
export {
  ingestNetwork,
  isNetworkFormat,
  NETWORK_FORMATS,
  type NetworkIngestRequest,
  type NetworkIngestSummary,
} from './ingest.js';
export { graphFromList, type ListGraphSummary } from './ingest-lists.js';
export {
  nameKey,
  type PartyQuery,
  partyResolver,
  type ResolvedParty,
} from './party-resolver.js';
export {
  type NeighbourGroup,
  NodeNotFound,
  type NetworkView,
  networkCounts,
  networkOf,
} from './network-view.js';
export { NetworkInputError, NetworkNodeNotFound } from './errors.js';
export {
  checkDate,
  checkRelations,
  type ExploreGroup,
  type ExploreNode,
  exploreNeighbours,
  heldAt,
  MAX_NEIGHBOURS,
  MAX_OWNER_DEPTH,
  type NeighboursAnswer,
  type OwnerBranch,
  type OwnersAnswer,
  type OwnerTree,
  ownersTree,
} from './explore.js';
export {
  checkHops,
  DEFAULT_HOPS,
  findPaths,
  MAX_HOPS,
  type NeighbourhoodGroup,
  neighbourhood,
  type PathJson,
  type PathsReport,
} from './paths.js';
export type { EdgeJson, NodeJson } from './render.js';
export {
  checkJurisdiction,
  type ExposureReport,
  type ExposureSummary,
  type NetworkDeps,
  NetworkService,
  type PartyExposure,
  partyExposureIn,
} from './service.js';
export { buildSnapshot, type NetworkSnapshot } from './snapshot.js';
