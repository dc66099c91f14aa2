/**
 * The embedded store: one SQLite file (better-sqlite3), in WAL mode so that readers keep seeing
 * the current version while a load writes the next one.
 */
import { assembleEntity, type FtmEntity, type Statement } from '../../core/model/index.js';
import type {
  ChangeKind,
  DatasetDiff,
  EntityHistory,
  LoadMeta,
  LoadSession,
  Store,
  VersionInfo,
} from '../types.js';
import { entityHistory } from './history.js';
import { SqliteLoad } from './load.js';
import { type EntityRow, toVersion, unpackStatements, type VersionRow } from './rows.js';
import { openSqlite, type SqliteDatabase } from './connection.js';
import { migrate } from './migrate.js';
import { listsSchema } from './schema.js';

/** The current version of each dataset, as a subquery usable in joins. */
const CURRENT = `SELECT dataset, max(version) AS version FROM versions GROUP BY dataset`;

export class SqliteStore implements Store {
  private readonly db: SqliteDatabase;

  constructor(path: string) {
    this.db = openSqlite(path);
    migrate(this.db, listsSchema);
  }

  async beginLoad(meta: LoadMeta): Promise<LoadSession> {
    // IMMEDIATE takes the write lock now, so two loads cannot interleave.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const row = this.db
        .prepare('SELECT * FROM versions WHERE dataset = ? ORDER BY version DESC LIMIT 1')
        .get(meta.dataset) as VersionRow | undefined;
      const previous = row ? toVersion(row) : null;
      const loadedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      return new SqliteLoad(this.db, meta, (previous?.version ?? 0) + 1, previous, loadedAt);
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async datasets(): Promise<VersionInfo[]> {
    const rows = this.db
      .prepare(
        `SELECT v.* FROM versions v JOIN (${CURRENT}) c
           ON c.dataset = v.dataset AND c.version = v.version ORDER BY v.dataset`,
      )
      .all() as VersionRow[];
    return rows.map(toVersion);
  }

  /** The current rows of an entity, one per dataset that has it. */
  private entityRows(id: string): EntityRow[] {
    return this.db
      .prepare(
        `SELECT e.* FROM entities e JOIN (${CURRENT}) c
           ON c.dataset = e.dataset AND c.version = e.version
         WHERE e.entity_id = ? ORDER BY e.dataset`,
      )
      .all(id) as EntityRow[];
  }

  async statements(id: string): Promise<Statement[]> {
    return this.entityRows(id).flatMap(unpackStatements);
  }

  async entity(id: string): Promise<FtmEntity | null> {
    const rows = this.entityRows(id);
    if (rows.length === 0) return null;
    const target = rows.some((r) => r.target === 1);
    return { ...assembleEntity(rows.flatMap(unpackStatements)), target };
  }

  async diff(dataset: string): Promise<DatasetDiff | null> {
    const current = this.db
      .prepare('SELECT max(version) AS v FROM versions WHERE dataset = ?')
      .get(dataset) as { v: number | null };
    if (current.v === null) return null;
    const rows = this.db
      .prepare(
        `SELECT entity_id, schema, change, props, previous FROM changes
         WHERE dataset = ? AND version = ? ORDER BY change, entity_id`,
      )
      .all(dataset, current.v) as {
      entity_id: string;
      schema: string;
      change: ChangeKind;
      props: string;
      previous: number;
    }[];
    const previous = this.db
      .prepare('SELECT max(version) AS v FROM versions WHERE dataset = ? AND version < ?')
      .get(dataset, current.v) as { v: number | null };
    return {
      dataset,
      from: previous.v,
      to: current.v,
      changes: rows.map((r) => ({
        entityId: r.entity_id,
        schema: r.schema,
        change: r.change,
        props: JSON.parse(r.props) as string[],
      })),
    };
  }

  async history(id: string): Promise<EntityHistory[]> {
    return entityHistory(this.db, id);
  }

  async *exportEntities(dataset: string): AsyncIterable<FtmEntity> {
    const current = this.db
      .prepare('SELECT max(version) AS v FROM versions WHERE dataset = ?')
      .get(dataset) as { v: number | null };
    if (current.v === null) return;
    const rows = this.db
      .prepare('SELECT * FROM entities WHERE dataset = ? AND version = ? ORDER BY entity_id')
      .iterate(dataset, current.v) as IterableIterator<EntityRow>;
    for (const row of rows) {
      yield { ...assembleEntity(unpackStatements(row)), target: row.target === 1 };
    }
  }

  async *allEntities(schemata?: readonly string[]): AsyncIterable<FtmEntity> {
    // One pass in ID order over the current rows; an entity is complete when the ID changes.
    const only = schemata ? `WHERE e.schema IN (SELECT value FROM json_each(?))` : '';
    // Walk the ID index, leaving only the datasets of one ID to sort: sorting the whole table
    // first held the event loop for 150 ms or more before the first row (issue 14, finding 8).
    const rows = this.db
      .prepare(
        `SELECT e.* FROM entities e INDEXED BY entities_by_id JOIN (${CURRENT}) c
           ON c.dataset = e.dataset AND c.version = e.version
         ${only} ORDER BY e.entity_id, e.dataset`,
      )
      .iterate(...(schemata ? [JSON.stringify(schemata)] : [])) as IterableIterator<EntityRow>;
    let batch: Statement[] = [];
    let target = false;
    for (const row of rows) {
      if (batch.length > 0 && batch[0]!.entityId !== row.entity_id) {
        yield { ...assembleEntity(batch), target };
        batch = [];
        target = false;
      }
      batch.push(...unpackStatements(row));
      target ||= row.target === 1;
    }
    if (batch.length > 0) yield { ...assembleEntity(batch), target };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
