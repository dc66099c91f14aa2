/**
 * Facets of a search, in yente's shape: for countries, topics and datasets, how many of the
 * results (all of them, not only the page) carry each value, most frequent first, with labels a
 * reader understands ("Russia" for `ru`, "Sanctioned entity" for `sanction`).
 */
import type { FtmEntity } from '../../core/model/index.js';
import { model, propertyType } from '../../core/model/index.js';
import { lookupTable } from '../../core/normalise/index.js';
import { BadRequest } from '../errors.js';

export interface FacetValue {
  name: string;
  label: string;
  count: number;
}

export interface Facet {
  label: string;
  values: FacetValue[];
}

type Extract = (entity: FtmEntity) => Iterable<string>;

function typedValues(entity: FtmEntity, type: string): Set<string> {
  const out = new Set<string>();
  for (const [prop, values] of Object.entries(entity.properties)) {
    if (propertyType(entity.schema, prop) === type) for (const v of values) out.add(v);
  }
  return out;
}

function typeLabels(type: string): (value: string) => string {
  const labels = model.getType(type).values;
  return (value) => labels.get(value) ?? value;
}

const FACETS = lookupTable<{ label: string; values: Extract; labelOf: (v: string) => string }>({
  countries: {
    label: 'Countries',
    values: (e) => typedValues(e, 'country'),
    labelOf: typeLabels('country'),
  },
  topics: { label: 'Topics', values: (e) => typedValues(e, 'topic'), labelOf: typeLabels('topic') },
  datasets: { label: 'Data sources', values: (e) => new Set(e.datasets), labelOf: (v) => v },
  schema: { label: 'Types', values: (e) => [e.schema], labelOf: schemaLabel },
});

function schemaLabel(name: string): string {
  return model.getSchema(name)?.label ?? name;
}

export const DEFAULT_FACETS = ['countries', 'topics', 'datasets'];

/** yente's other facets (yente/routers/search.py `Facet`): taken, not counted, and reported. */
const YENTE_ONLY = new Set(['identifiers', 'genders']);

/**
 * Check the facet names a client asked for: the ones counted, and the ones of yente's that are
 * not (reported as ignored). An unknown name is a 400, not an empty facet.
 */
export function facetNames(names: readonly string[]): { counted: string[]; ignored: string[] } {
  const asked = names.length > 0 ? names : DEFAULT_FACETS;
  const counted = new Set<string>();
  const ignored = new Set<string>();
  for (const name of asked) {
    if (FACETS[name]) counted.add(name);
    else if (YENTE_ONLY.has(name)) ignored.add(name);
    else {
      const known = [...Object.keys(FACETS), ...YENTE_ONLY].join(', ');
      throw new BadRequest(`facets: unknown facet "${name}"; known: ${known}`);
    }
  }
  return { counted: [...counted], ignored: [...ignored] };
}

/** Count each facet's values over the entities. */
export function facetsOf(entities: readonly FtmEntity[], names: readonly string[]) {
  const out: Record<string, Facet> = {};
  for (const name of names) {
    const facet = FACETS[name]!;
    const counts = new Map<string, number>();
    for (const entity of entities) {
      for (const value of facet.values(entity)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const values = [...counts]
      .map(([value, count]) => ({ name: value, label: facet.labelOf(value), count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    out[name] = { label: facet.label, values };
  }
  return out;
}
