/**
 * The network as compact arrays for whole-graph computation (issue 12). Pure: built from any
 * iterables of nodes and edges, such as the graph store's id-ordered streams.
 */
export {
  type Adjacency,
  buildCsr,
  type CsrColumns,
  type CsrEdgeInput,
  type CsrGraph,
  csrFromColumns,
  neighboursOf,
} from './csr.js';
export {
  type EdgeFilter,
  type GraphPath,
  pathsToListed,
  shortestPath,
  simplePaths,
} from './paths.js';
