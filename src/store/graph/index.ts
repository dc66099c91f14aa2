/**
 * The network (issue 12): parties and the typed, sourced relations between them, behind an
 * interface with a SQLite backend.
 *
 * @example
 * ```ts
 * const graph = openGraphStore('dossier.db');
 * await graph.upsert({ nodes, edges }); // one transaction
 * const { neighbours, total } = await graph.neighbours('ofac-46431', { types: ['ownership'] });
 * ```
 */
export { InvalidGraphData } from './errors.js';
export { SqliteGraphStore } from './sqlite-graph.js';
export type * from './types.js';
export { EDGE_TYPES } from './types.js';

import { SqliteGraphStore } from './sqlite-graph.js';
import type { GraphStore } from './types.js';
import { sqliteLocation } from '../sqlite/connection.js';

export function openGraphStore(location: string): GraphStore {
  return new SqliteGraphStore(sqliteLocation(location));
}
