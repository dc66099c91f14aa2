/** Row shapes and their conversion to domain types. */
import type { Statement } from '../../core/model/index.js';
import { BASE_PROP } from '../../core/model/index.js';
import type { VersionInfo } from '../types.js';

/** One statement as stored inside an entity row: [prop, value, lang, original, first, last]. */
export type PackedStatement = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
];

export interface EntityRow {
  dataset: string;
  version: number;
  entity_id: string;
  schema: string;
  target: number;
  digest: string;
  statements: string;
}

export interface VersionRow {
  dataset: string;
  version: number;
  loaded_at: string;
  published: string | null;
  format: string;
  source_files: string;
  entities: number;
  targets: number;
  schemata: string;
}

export function packStatement(s: Statement): PackedStatement {
  return [s.prop, s.value, s.lang, s.originalValue, s.firstSeen, s.lastSeen];
}

/** The statements of an entity row; the base statement (prop "id") is implied by the row. */
export function unpackStatements(row: EntityRow): Statement[] {
  const packed = JSON.parse(row.statements) as PackedStatement[];
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  for (const p of packed) {
    if (p[4] && (!firstSeen || p[4] < firstSeen)) firstSeen = p[4];
    if (p[5] && (!lastSeen || p[5] > lastSeen)) lastSeen = p[5];
  }
  const base: Statement = {
    entityId: row.entity_id,
    schema: row.schema,
    prop: BASE_PROP,
    value: row.entity_id,
    dataset: row.dataset,
    lang: null,
    originalValue: null,
    firstSeen,
    lastSeen,
  };
  return [
    base,
    ...packed.map(([prop, value, lang, originalValue, firstSeen, lastSeen]) => ({
      entityId: row.entity_id,
      schema: row.schema,
      prop,
      value,
      dataset: row.dataset,
      lang,
      originalValue,
      firstSeen,
      lastSeen,
    })),
  ];
}

/** The key that says two statements state the same thing. */
export function valueKey(prop: string, value: string, lang: string | null): string {
  return `${prop}\u0000${value}\u0000${lang ?? ''}`;
}

export function toVersion(row: VersionRow): VersionInfo {
  return {
    dataset: row.dataset,
    version: row.version,
    loadedAt: row.loaded_at,
    published: row.published ?? null,
    format: row.format,
    sourceFiles: JSON.parse(row.source_files) as string[],
    entities: row.entities,
    targets: row.targets,
    schemata: JSON.parse(row.schemata) as Record<string, number>,
  };
}
