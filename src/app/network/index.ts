/**
 * The network as a service (issue 12): sanctions exposure under the US, EU and UK rules with the
 * chain behind each finding, every exposed party, paths and neighbourhoods. One service per
 * dossier (`dossier.network()`), shared by the command line, the server, screening and trade flags.
 *
 * @example
 * ```ts
 * const network = dossier.network();
 * const report = await network.exposure('ofac-46431', 'us'); // {exposed, share, chains...}
 * const flags = await network.partyExposure('acme-llc');     // {us, eu, uk} or null
 * const paths = await findPaths(network, dossier.graph, { from: 'a', to: 'b', hops: 3 });
 * ```
 */
export { NetworkInputError, NetworkNodeNotFound } from './errors.js';
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
