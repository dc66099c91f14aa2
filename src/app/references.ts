/**
 * Who refers to whom: for each entity, the entities whose entity-typed properties name it (the
 * sanctions, identifications and links that point at a listed party). The store keeps entities,
 * not this reverse direction, so it is gathered while the match index is built and swapped in
 * with it; `/entities/{id}` uses it to inline an entity's adjacent entities as yente does.
 */
import { type FtmEntity, propertyType } from '../core/model/index.js';

export class ReferenceIndex {
  /** Over `sources` (target → referring IDs), as `sources()` gave them: a snapshot's. */
  constructor(private readonly sources = new Map<string, string[]>()) {}

  /** Target → the IDs referring to it, for a snapshot. */
  get all(): ReadonlyMap<string, readonly string[]> {
    return this.sources;
  }

  /** Record what this entity refers to. */
  add(entity: FtmEntity): void {
    for (const [prop, values] of Object.entries(entity.properties)) {
      if (propertyType(entity.schema, prop) !== 'entity') continue;
      for (const target of values) {
        if (target === entity.id) continue;
        const list = this.sources.get(target);
        if (!list) this.sources.set(target, [entity.id]);
        else if (list[list.length - 1] !== entity.id) list.push(entity.id);
      }
    }
  }

  /** The IDs of the entities that refer to this one, in the order the store gave them. */
  referring(id: string): readonly string[] {
    return this.sources.get(id) ?? [];
  }
}
