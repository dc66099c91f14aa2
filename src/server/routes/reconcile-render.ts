/**
 * Reconciliation shapes: a scored candidate as OpenRefine shows it, and the mapping from a query's
 * property ids to FollowTheMoney properties (by name or label, any case, with a few aliases).
 */
import { ANY_SCHEMA, SCREENED_SCHEMATA, type ScoredEntity } from '../../core/matching/index.js';
import { model, propertyType } from '../../core/model/index.js';
import { lookupTable } from '../../core/normalise/index.js';

const ALIASES = lookupTable({
  dob: 'birthDate',
  dateofbirth: 'birthDate',
  countries: 'country',
  imo: 'imoNumber',
});

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Per schema: folded property name or label → property name. */
const lookups = new Map<string, Map<string, string>>();

/** A query of any kind (Thing) may use the properties of every screened schema. */
function propertiesOf(schema: string) {
  const schemata = schema === ANY_SCHEMA ? SCREENED_SCHEMATA : [schema];
  return schemata.flatMap((s) => [...model.schemata[s]!.getProperties().values()]);
}

function lookupOf(schema: string): Map<string, string> {
  let lookup = lookups.get(schema);
  if (!lookup) {
    lookup = new Map();
    const properties = propertiesOf(schema);
    for (const prop of properties) lookup.set(fold(prop.label), prop.name);
    // Names win over labels that fold the same.
    for (const prop of properties) lookup.set(fold(prop.name), prop.name);
    lookups.set(schema, lookup);
  }
  return lookup;
}

/** The property of `schema` a client's pid means (`birthDate`, `Person:birthDate`, `dob`), or null. */
export function propertyFor(schema: string, pid: string): string | null {
  const bare = pid.includes(':') ? pid.slice(pid.lastIndexOf(':') + 1) : pid;
  const folded = fold(bare);
  const lookup = lookupOf(schema);
  const alias = ALIASES[folded];
  return lookup.get(folded) ?? (alias && lookup.has(fold(alias)) ? alias : null);
}

/** What a reviewer needs to tell candidates apart: type, birth dates, countries, lists. */
function describe(entity: ScoredEntity['entity']): string {
  const parts = [model.schemata[entity.schema]?.label ?? entity.schema];
  const born = entity.properties.birthDate ?? [];
  if (born.length > 0) parts.push(`born ${born.slice(0, 2).join(', ')}`);
  const countries = new Set<string>();
  for (const [prop, values] of Object.entries(entity.properties)) {
    if (propertyType(entity.schema, prop) === 'country') for (const v of values) countries.add(v);
  }
  if (countries.size > 0) parts.push([...countries].slice(0, 4).join(', '));
  if (entity.datasets.length > 0) parts.push(`lists: ${entity.datasets.join(', ')}`);
  return parts.join(' · ');
}

export function reconResult(r: ScoredEntity) {
  const { entity } = r;
  return {
    id: entity.id,
    name: entity.caption,
    score: Math.round(r.score * 10000) / 100,
    match: r.match,
    type: [{ id: entity.schema, name: model.schemata[entity.schema]?.label ?? entity.schema }],
    description: describe(entity),
  };
}
