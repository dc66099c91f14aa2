/**
 * The network's services: loading network files and the lists' relations into the graph, and a
 * view of a party's neighbours.
 *
 * @example
 * ```ts
 * const dossier = openDossier({ db: 'dossier.db' });
 * const summary = await ingestNetwork(dossier, { file: 'owners.csv', format: 'ownership-csv', dataset: 'owners' });
 * const view = await networkOf(dossier.graph, 'ofac-46431');
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
  type NeighbourGroup,
  NodeNotFound,
  type NetworkView,
  networkCounts,
  networkOf,
} from './network-view.js';
