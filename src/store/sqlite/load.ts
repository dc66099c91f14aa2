/**
 * A load into SQLite: one transaction that builds a new dataset version, then records what changed
 * against the previous version and prunes versions older than that one.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { EntityRecord, LoadMeta, LoadSession, VersionInfo } from '../types.js';
import { recordChanges } from './changes.js';

/** Versions kept per dataset: the current one and the one before, so `diff` can show both. */
const KEEP_VERSIONS = 2;

function digestOf(entity: EntityRecord): string {
  const keys = entity.statements.map((s) => `${s.prop}\u0000${s.value}\u0000${s.lang ?? ''}`);
  keys.sort();
  return createHash('sha1').update(entity.schema).update(keys.join('\u0001')).digest('hex');
}

export class SqliteLoad implements LoadSession {
  private open = true;
  private readonly insertStatement: Database.Statement;
  private readonly upsertEntity: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly meta: LoadMeta,
    readonly version: number,
    private readonly previous: number | null,
    readonly loadedAt: string,
  ) {
    this.insertStatement = db.prepare(
      `INSERT INTO statements (entity_id, dataset, version, schema, prop, value, lang,
         original_value, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The same ID twice in one load merges: the digest of the merge is the digest of both parts.
    this.upsertEntity = db.prepare(
      `INSERT INTO entities (dataset, version, entity_id, schema, target, digest)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (dataset, version, entity_id) DO UPDATE SET
         target = max(target, excluded.target), digest = digest || excluded.digest`,
    );
    if (meta.incremental && previous !== null) this.copyPrevious();
  }

  /** A delta starts from the previous version: copy it, then apply the delta's records. */
  private copyPrevious() {
    const { dataset } = this.meta;
    this.db
      .prepare(
        `INSERT INTO entities (dataset, version, entity_id, schema, target, digest)
         SELECT dataset, ?, entity_id, schema, target, digest FROM entities
         WHERE dataset = ? AND version = ?`,
      )
      .run(this.version, dataset, this.previous);
    this.db
      .prepare(
        `INSERT INTO statements (entity_id, dataset, version, schema, prop, value, lang,
           original_value, first_seen, last_seen)
         SELECT entity_id, dataset, ?, schema, prop, value, lang, original_value, first_seen, ?
         FROM statements WHERE dataset = ? AND version = ?`,
      )
      .run(this.version, this.loadedAt, dataset, this.previous);
  }

  private assertOpen() {
    if (!this.open) throw new Error('this load has already been committed or aborted');
  }

  write(entity: EntityRecord): void {
    this.assertOpen();
    const { dataset } = this.meta;
    if (this.meta.incremental) this.remove(entity.id);
    for (const s of entity.statements) {
      this.insertStatement.run(
        s.entityId,
        dataset,
        this.version,
        s.schema,
        s.prop,
        s.value,
        s.lang,
        s.originalValue,
        this.loadedAt,
        this.loadedAt,
      );
    }
    this.upsertEntity.run(
      dataset,
      this.version,
      entity.id,
      entity.schema,
      entity.target ? 1 : 0,
      digestOf(entity),
    );
  }

  remove(entityId: string): void {
    this.assertOpen();
    const args = [this.meta.dataset, this.version, entityId];
    this.db
      .prepare('DELETE FROM entities WHERE dataset = ? AND version = ? AND entity_id = ?')
      .run(...args);
    this.db
      .prepare('DELETE FROM statements WHERE dataset = ? AND version = ? AND entity_id = ?')
      .run(...args);
  }

  async commit(): Promise<VersionInfo> {
    this.assertOpen();
    try {
      if (this.previous !== null) this.carryFirstSeen();
      const info = this.recordVersion();
      if (this.previous !== null)
        recordChanges(this.db, this.meta.dataset, this.previous, this.version);
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

  /** A value seen in the previous version keeps the time it was first seen. */
  private carryFirstSeen() {
    this.db
      .prepare(
        `UPDATE statements SET first_seen = old.first_seen
         FROM statements AS old
         WHERE statements.dataset = :dataset AND statements.version = :version
           AND old.entity_id = statements.entity_id AND old.dataset = :dataset
           AND old.version = :previous AND old.prop = statements.prop
           AND old.value = statements.value AND old.lang IS statements.lang`,
      )
      .run({ dataset: this.meta.dataset, version: this.version, previous: this.previous });
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
      format: this.meta.format,
      sourceFiles: this.meta.sourceFiles,
      entities: rows.reduce((sum, r) => sum + r.n, 0),
      targets: rows.reduce((sum, r) => sum + r.targets, 0),
      schemata,
    };
    this.db
      .prepare(
        `INSERT INTO versions (dataset, version, loaded_at, format, source_files, entities,
           targets, schemata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        dataset,
        this.version,
        this.loadedAt,
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
    for (const table of ['entities', 'statements']) {
      this.db
        .prepare(`DELETE FROM ${table} WHERE dataset = ? AND version < ?`)
        .run(this.meta.dataset, oldest);
    }
  }
}
