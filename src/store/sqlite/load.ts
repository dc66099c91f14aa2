/**
 * A load into SQLite: one transaction that builds a new dataset version, then records what changed
 * against the previous version and prunes versions older than that one.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { BASE_PROP } from '../../core/model/index.js';
import type { EntityRecord, LoadMeta, LoadSession, VersionInfo } from '../types.js';
import { recordChanges } from './changes.js';
import { type PackedStatement, valueKey } from './rows.js';

/** Versions kept per dataset: the current one and the one before, so `diff` can show both. */
const KEEP_VERSIONS = 2;

/** A digest of what an entity states (schema and values), to tell changed entities apart. */
function digestOf(schema: string, packed: PackedStatement[]): string {
  const keys = packed.map((p) => valueKey(p[0], p[1], p[2]));
  keys.sort();
  return createHash('sha1').update(schema).update(keys.join('\u0001')).digest('hex');
}

export class SqliteLoad implements LoadSession {
  private open = true;
  private readonly upsert: Database.Statement;
  private readonly selectPrevious: Database.Statement;
  private readonly deleteEntity: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly meta: LoadMeta,
    readonly version: number,
    readonly previous: VersionInfo | null,
    readonly loadedAt: string,
  ) {
    // The same ID twice in one load merges both parts.
    this.upsert = db.prepare(
      `INSERT INTO entities (dataset, version, entity_id, schema, target, digest, statements)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (dataset, version, entity_id) DO UPDATE SET
         target = max(target, excluded.target),
         digest = digest || excluded.digest,
         statements = (SELECT json_group_array(json(value)) FROM (
           SELECT value FROM json_each(entities.statements)
           UNION ALL SELECT value FROM json_each(excluded.statements)))`,
    );
    this.selectPrevious = db.prepare(
      'SELECT statements FROM entities WHERE dataset = ? AND version = ? AND entity_id = ?',
    );
    this.deleteEntity = db.prepare(
      'DELETE FROM entities WHERE dataset = ? AND version = ? AND entity_id = ?',
    );
    if (meta.incremental && previous !== null) this.copyPrevious();
  }

  /** A delta starts from the previous version: copy it, then apply the delta's records. */
  private copyPrevious() {
    this.db
      .prepare(
        `INSERT INTO entities (dataset, version, entity_id, schema, target, digest, statements)
         SELECT dataset, ?, entity_id, schema, target, digest, statements FROM entities
         WHERE dataset = ? AND version = ?`,
      )
      .run(this.version, this.meta.dataset, this.previous?.version);
  }

  private assertOpen() {
    if (!this.open) throw new Error('this load has already been committed or aborted');
  }

  /** When each value was first seen: in an earlier version if it was there, else now. */
  private firstSeenOf(entityId: string): Map<string, string | null> | null {
    if (this.previous === null) return null;
    const row = this.selectPrevious.get(this.meta.dataset, this.previous.version, entityId) as
      | { statements: string }
      | undefined;
    if (!row) return null;
    const seen = new Map<string, string | null>();
    for (const p of JSON.parse(row.statements) as PackedStatement[]) {
      seen.set(valueKey(p[0], p[1], p[2]), p[4]);
    }
    return seen;
  }

  write(entity: EntityRecord): void {
    this.assertOpen();
    const { dataset } = this.meta;
    if (this.meta.incremental) this.remove(entity.id);
    const earlier = this.firstSeenOf(entity.id);
    const packed: PackedStatement[] = [];
    for (const s of entity.statements) {
      if (s.prop === BASE_PROP) continue;
      const first = earlier?.get(valueKey(s.prop, s.value, s.lang)) ?? this.loadedAt;
      packed.push([s.prop, s.value, s.lang, s.originalValue, first, this.loadedAt]);
    }
    this.upsert.run(
      dataset,
      this.version,
      entity.id,
      entity.schema,
      entity.target ? 1 : 0,
      digestOf(entity.schema, packed),
      JSON.stringify(packed),
    );
  }

  remove(entityId: string): void {
    this.assertOpen();
    this.deleteEntity.run(this.meta.dataset, this.version, entityId);
  }

  async commit(
    check?: (next: VersionInfo, previous: VersionInfo | null) => void,
  ): Promise<VersionInfo> {
    this.assertOpen();
    try {
      const info = this.recordVersion();
      check?.(info, this.previous);
      if (this.previous !== null) {
        recordChanges(this.db, this.meta.dataset, this.previous.version, this.version);
      }
      this.prune();
      this.db.exec('COMMIT');
      this.open = false;
      return info;
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  async abort(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  private recordVersion(): VersionInfo {
    const { dataset } = this.meta;
    const rows = this.db
      .prepare(
        `SELECT schema, count(*) AS n, sum(target) AS targets FROM entities
         WHERE dataset = ? AND version = ? GROUP BY schema ORDER BY schema`,
      )
      .all(dataset, this.version) as { schema: string; n: number; targets: number }[];
    const schemata: Record<string, number> = {};
    for (const row of rows) schemata[row.schema] = row.n;
    const info: VersionInfo = {
      dataset,
      version: this.version,
      loadedAt: this.loadedAt,
      published: this.meta.published ?? null,
      format: this.meta.format,
      sourceFiles: this.meta.sourceFiles,
      entities: rows.reduce((sum, r) => sum + r.n, 0),
      targets: rows.reduce((sum, r) => sum + r.targets, 0),
      schemata,
    };
    this.db
      .prepare(
        `INSERT INTO versions (dataset, version, loaded_at, published, format, source_files,
           entities, targets, schemata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        dataset,
        this.version,
        this.loadedAt,
        info.published,
        info.format,
        JSON.stringify(info.sourceFiles),
        info.entities,
        info.targets,
        JSON.stringify(schemata),
      );
    return info;
  }

  private prune() {
    const oldest = this.version - KEEP_VERSIONS + 1;
    this.db
      .prepare('DELETE FROM entities WHERE dataset = ? AND version < ?')
      .run(this.meta.dataset, oldest);
  }
}
