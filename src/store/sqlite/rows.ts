/** Row shapes and their conversion to domain types. */
import type { Statement } from '../../core/model/index.js';
import type { VersionInfo } from '../types.js';

export interface StatementRow {
  entity_id: string;
  dataset: string;
  schema: string;
  prop: string;
  value: string;
  lang: string | null;
  original_value: string | null;
  first_seen: string | null;
  last_seen: string | null;
}

export interface VersionRow {
  dataset: string;
  version: number;
  loaded_at: string;
  format: string;
  source_files: string;
  entities: number;
  targets: number;
  schemata: string;
}

export function toStatement(row: StatementRow): Statement {
  return {
    entityId: row.entity_id,
    schema: row.schema,
    prop: row.prop,
    value: row.value,
    dataset: row.dataset,
    lang: row.lang,
    originalValue: row.original_value,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
  };
}

export function toVersion(row: VersionRow): VersionInfo {
  return {
    dataset: row.dataset,
    version: row.version,
    loadedAt: row.loaded_at,
    format: row.format,
    sourceFiles: JSON.parse(row.source_files) as string[],
    entities: row.entities,
    targets: row.targets,
    schemata: JSON.parse(row.schemata) as Record<string, number>,
  };
}
