/**
 * Where each value of an entity comes from: the lists that give it (per value when the entity is
 * one designation across lists, else the entity's own lists), each with the version loaded.
 */
import type { DatasetJson, EntityJson } from '../../api/types.js';

export interface ValueRow {
  prop: string;
  value: string;
  sources: { dataset: string; version: string | null }[];
}

/** Property names of identifiers, shown in their own section as well as with the properties. */
export const IDENTIFIER_PROPS = new Set([
  'passportNumber',
  'idNumber',
  'innCode',
  'ogrnCode',
  'kppCode',
  'okpoCode',
  'registrationNumber',
  'taxNumber',
  'vatCode',
  'imoNumber',
  'mmsi',
  'leiCode',
  'swiftBic',
  'uscCode',
  'dunsCode',
  'bikCode',
  'npiCode',
  'callSign',
  'number',
]);

/** Properties holding the text of the entry, not facts: shown, but not as provenance rows. */
const SKIPPED = new Set(['topics']);

export function isNested(value: unknown): value is EntityJson {
  return typeof value === 'object' && value !== null && 'schema' in value && 'id' in value;
}

/** A label for a property name: "birthDate" → "Birth date". */
export function propLabel(prop: string): string {
  const words = prop.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function versionOf(datasets: readonly DatasetJson[], name: string): string | null {
  return datasets.find((d) => d.name === name)?.version ?? null;
}

/** Every plain value of the entity with its sources, property by property. */
export function valueRows(entity: EntityJson, datasets: readonly DatasetJson[]): ValueRow[] {
  const rows: ValueRow[] = [];
  const merged = entity.designation?.values ?? {};
  for (const [prop, values] of Object.entries(entity.properties)) {
    if (SKIPPED.has(prop)) continue;
    for (const value of values) {
      if (typeof value !== 'string') continue;
      const lists = merged[prop]?.[value] ?? entity.datasets;
      const sources = lists.map((dataset) => ({ dataset, version: versionOf(datasets, dataset) }));
      rows.push({ prop, value, sources });
    }
  }
  return rows;
}

/** The adjacent entities inlined in the answer, by the property that names them. */
export function adjacent(entity: EntityJson): { prop: string; entity: EntityJson }[] {
  const out: { prop: string; entity: EntityJson }[] = [];
  for (const [prop, values] of Object.entries(entity.properties)) {
    for (const value of values) if (isNested(value)) out.push({ prop, entity: value });
  }
  return out;
}

export function stringValues(entity: EntityJson, prop: string): string[] {
  return (entity.properties[prop] ?? []).filter((v): v is string => typeof v === 'string');
}
