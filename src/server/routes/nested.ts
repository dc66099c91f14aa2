/**
 * An entity with its adjacent entities inlined, as yente answers `/entities/{id}?nested=true`:
 * each entity-typed property holds the entity it names instead of its ID (an address, a vessel's
 * owner), and the entities that name this one appear under the reverse property (a person's
 * `sanctions`, `identification`, `unknownLinkTo`). One level deep: adjacent entities keep IDs.
 */
import { type FtmEntity, propertyType, reversePropertyName } from '../../core/model/index.js';
import type { Store } from '../../store/index.js';
import { type EntityJson, entityJson } from '../../app/matching/index.js';

/** At most this many adjacent entities are inlined: a party's links are few, a list's are not. */
export const MAX_ADJACENT = 200;

export interface NestedEntityJson extends Omit<EntityJson, 'properties'> {
  properties: Record<string, (string | EntityJson)[]>;
}

interface Adjacency {
  referring(id: string): readonly string[];
}

function entityProperties(entity: FtmEntity) {
  const out: { name: string; values: string[]; reverse: string | null }[] = [];
  for (const [name, values] of Object.entries(entity.properties)) {
    if (propertyType(entity.schema, name) !== 'entity') continue;
    out.push({ name, values, reverse: reversePropertyName(entity.schema, name) });
  }
  return out;
}

export async function nestedEntity(
  store: Store,
  adjacency: Adjacency,
  entity: FtmEntity,
): Promise<NestedEntityJson> {
  const root: NestedEntityJson = entityJson(entity);
  const properties: NestedEntityJson['properties'] = { ...root.properties };
  let budget = MAX_ADJACENT;
  // What this entity names: the ID becomes the entity, or stays an ID if it is not loaded.
  for (const { name, values } of entityProperties(entity)) {
    const inlined: (string | EntityJson)[] = [];
    for (const id of values) {
      const adjacent = budget > 0 ? await store.entity(id) : null;
      if (adjacent) budget--;
      inlined.push(adjacent ? entityJson(adjacent) : id);
    }
    properties[name] = inlined;
  }
  // What names this entity, under the reverse of the property that names it.
  for (const id of adjacency.referring(entity.id)) {
    if (budget <= 0) break;
    const source = await store.entity(id);
    if (!source) continue;
    budget--;
    for (const { values, reverse } of entityProperties(source)) {
      if (reverse === null || !values.includes(entity.id)) continue;
      const list = properties[reverse] ?? [];
      list.push(entityJson(source));
      properties[reverse] = list;
    }
  }
  return { ...root, properties };
}
