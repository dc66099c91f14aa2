/**
 * The graph store's errors, with stable codes for the CLI's exit codes and the server's statuses.
 */

/** A batch that would break the graph's invariants: an edge to nowhere, a share over 100%... */
export class InvalidGraphData extends Error {
  override readonly name = 'InvalidGraphData';
  readonly code = 'invalid_graph_data';
}
