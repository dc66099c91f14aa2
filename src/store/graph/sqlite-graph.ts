/**
 * The graph store on SQLite, on a connection of its own (see ../sqlite/connection.ts). A batch is
 * one transaction. Streams read in id-ordered pages rather than holding a cursor open, because
 * better-sqlite3 refuses other statements on a connection while an iterator is open, and a caller
 * building arrays from a million nodes awaits between batches.
 */
import { openSqlite, type SqliteDatabase } from '../sqlite/index.js';
import { migrate } from '../sqlite/index.js';
import { InvalidGraphData } from './errors.js';
import {
  EDGE_COLUMNS,
  type EdgeRow,
  edgeRow,
  type NodeRow,
  nodeRow,
  toEdge,
  toNode,
} from './rows.js';
import { GRAPH_SCHEMA } from './schema.js';
import type {
  EdgeInput,
  EdgePage,
  EdgeType,
  GraphCounts,
  GraphEdge,
  GraphNode,
  GraphStore,
  NeighbourQuery,
  Neighbourhood,
  NodeInput,
} from './types.js';

const STREAM_BATCH = 2000;
const DEFAULT_NEIGHBOURS = 20;

function checkLimit(limit: number, what: string): number {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new InvalidGraphData(`${what} is a whole number of 0 or more, not ${limit}`);
  }
  return limit;
}

/** The edges at one end of a node, filtered by type; `@types` is a JSON array or null for all. */
const SIDE = (end: 'source' | 'target', dir: 'out' | 'in') => `
  SELECT ${EDGE_COLUMNS}, '${dir}' AS dir, ${end === 'source' ? 'target' : 'source'} AS other
  FROM graph_edges WHERE ${end} = @id
    AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))`;

export class SqliteGraphStore implements GraphStore {
  private readonly conn: SqliteDatabase;

  constructor(path: string) {
    this.conn = openSqlite(path);
    migrate(this.conn, GRAPH_SCHEMA);
  }

  private get db(): SqliteDatabase {
    if (!this.conn.open) throw new Error('the graph store is closed');
    return this.conn;
  }

  async upsert(batch: { nodes?: readonly NodeInput[]; edges?: readonly EdgeInput[] }) {
    this.writer(batch)();
  }

  async replaceEdgesFrom(
    source: { dataset: string },
    batch: { nodes?: readonly NodeInput[]; edges?: readonly EdgeInput[] },
  ): Promise<number> {
    const write = this.writer(batch);
    const remove = this.db.prepare('DELETE FROM graph_edges WHERE prov_dataset = ?');
    return this.db.transaction(() => {
      const removed = remove.run(source.dataset).changes;
      write();
      return removed;
    })();
  }

  /** The batch checked and converted (a bad value throws before anything is written), as a transaction. */
  private writer(batch: { nodes?: readonly NodeInput[]; edges?: readonly EdgeInput[] }) {
    const nodes = (batch.nodes ?? []).map(nodeRow);
    const edges = (batch.edges ?? []).map(edgeRow);
    const db = this.db;
    const putNode = db.prepare(
      `INSERT INTO graph_nodes (id, schema, caption, dataset, entity_id)
       VALUES (@id, @schema, @caption, @dataset, @entity_id)
       ON CONFLICT (id) DO UPDATE SET schema = excluded.schema, caption = excluded.caption,
         dataset = excluded.dataset, entity_id = excluded.entity_id`,
    );
    const hasNode = db.prepare('SELECT 1 FROM graph_nodes WHERE id = ?').pluck();
    const columns = EDGE_COLUMNS.split(',').map((c) => c.trim());
    const putEdge = db.prepare(
      `INSERT INTO graph_edges (${EDGE_COLUMNS}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${columns
         .filter((c) => c !== 'id')
         .map((c) => `${c} = excluded.${c}`)
         .join(', ')}`,
    );
    // A transaction nests as a savepoint, so the same writer serves upsert and replace.
    return db.transaction(() => {
      for (const node of nodes) putNode.run(node);
      for (const edge of edges) {
        for (const end of [edge.source, edge.target]) {
          if (!hasNode.get(end)) {
            throw new InvalidGraphData(`edge ${edge.id} points at node "${end}", which is unknown`);
          }
        }
        putEdge.run(edge);
      }
    });
  }

  async getNode(id: string): Promise<GraphNode | null> {
    const row = this.db.prepare('SELECT * FROM graph_nodes WHERE id = ?').get(id) as
      | NodeRow
      | undefined;
    return row ? toNode(row) : null;
  }

  async getEdge(id: string): Promise<GraphEdge | null> {
    const row = this.db.prepare(`SELECT ${EDGE_COLUMNS} FROM graph_edges WHERE id = ?`).get(id) as
      | EdgeRow
      | undefined;
    return row ? toEdge(row) : null;
  }

  async neighbours(id: string, query: NeighbourQuery = {}): Promise<Neighbourhood> {
    const direction = query.direction ?? 'both';
    const limit = checkLimit(query.limit ?? DEFAULT_NEIGHBOURS, 'a neighbour limit');
    const sides = [
      ...(direction === 'in' ? [] : [SIDE('source', 'out')]),
      ...(direction === 'out' ? [] : [SIDE('target', 'in')]),
    ].join(' UNION ALL ');
    const params = { id, types: query.types ? JSON.stringify(query.types) : null };
    const db = this.db;
    // One read transaction, so that the total counts the same edges the page was taken from.
    return db
      .transaction(() => {
        const total = db.prepare(`SELECT count(*) FROM (${sides})`).pluck().get(params) as number;
        const rows = db
          .prepare(`SELECT * FROM (${sides}) ORDER BY type, other, id, dir LIMIT @limit`)
          .all({ ...params, limit }) as (EdgeRow & { dir: 'out' | 'in'; other: string })[];
        const node = db.prepare('SELECT * FROM graph_nodes WHERE id = ?');
        const neighbours = rows.map((row) => ({
          edge: toEdge(row),
          node: toNode(node.get(row.other) as NodeRow),
          direction: row.dir,
        }));
        return { neighbours, total };
      })
      .deferred();
  }

  async edgesByType(type: EdgeType, page: { after?: string; limit?: number } = {}) {
    const limit = checkLimit(page.limit ?? 1000, 'a page size');
    const rows = this.db
      .prepare(
        `SELECT ${EDGE_COLUMNS} FROM graph_edges WHERE type = ? AND id > ? ORDER BY id LIMIT ?`,
      )
      .all(type, page.after ?? '', limit + 1) as EdgeRow[];
    const more = rows.length > limit;
    const edges = rows.slice(0, limit).map(toEdge);
    const result: EdgePage = { edges, next: more ? (edges.at(-1)?.id ?? null) : null };
    return result;
  }

  async *streamNodes(): AsyncIterable<GraphNode> {
    yield* this.stream('SELECT * FROM graph_nodes', (row: NodeRow) => toNode(row));
  }

  async *streamEdges(): AsyncIterable<GraphEdge> {
    yield* this.stream(`SELECT ${EDGE_COLUMNS} FROM graph_edges`, (row: EdgeRow) => toEdge(row));
  }

  async revision(): Promise<string> {
    // data_version moves when another connection commits; total_changes() counts this one's writes.
    const db = this.db;
    const other = db.pragma('data_version', { simple: true }) as number;
    const own = db.prepare('SELECT total_changes()').pluck().get() as number;
    return `${other}.${own}`;
  }

  private async *stream<R extends { id: string }, T>(select: string, convert: (row: R) => T) {
    let after = '';
    for (;;) {
      const rows = this.db
        .prepare(`${select} WHERE id > ? ORDER BY id LIMIT ?`)
        .all(after, STREAM_BATCH) as R[];
      for (const row of rows) yield convert(row);
      if (rows.length < STREAM_BATCH) return;
      after = rows.at(-1)!.id;
    }
  }

  async removeEdgesFrom(
    source: { dataset: string } | { caseName: string; documentId?: string },
  ): Promise<number> {
    if ('dataset' in source) {
      return this.db.prepare('DELETE FROM graph_edges WHERE prov_dataset = ?').run(source.dataset)
        .changes;
    }
    return this.db
      .prepare(
        `DELETE FROM graph_edges WHERE prov_case = @caseName
           AND (@documentId IS NULL OR prov_document = @documentId)`,
      )
      .run({ caseName: source.caseName, documentId: source.documentId ?? null }).changes;
  }

  async counts(): Promise<GraphCounts> {
    const db = this.db;
    const nodes = db.prepare('SELECT count(*) FROM graph_nodes').pluck().get() as number;
    const rows = db.prepare('SELECT type, count(*) AS n FROM graph_edges GROUP BY type').all() as {
      type: EdgeType;
      n: number;
    }[];
    const byType: GraphCounts['byType'] = {};
    let edges = 0;
    for (const row of rows) {
      byType[row.type] = row.n;
      edges += row.n;
    }
    return { nodes, edges, byType };
  }

  async close(): Promise<void> {
    if (this.conn.open) this.conn.close();
  }
}
