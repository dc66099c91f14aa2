/**
 * The designation a listed entry belongs to, for `GET /entities/{id}`: the entry itself stays the
 * answer (yente's shape), and the designation beside it shows its members on other lists, the
 * keys that linked them and every merged value with its lists, as merged match results show it.
 * Any member's ID finds the same designation.
 */
import type { DesignationLookup } from '../../core/designations/index.js';
import { mergeMembers } from '../../core/designations/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import type { Store } from '../../store/index.js';
import { DESIGNATION_RULE, type DesignationJson } from './render.js';
import { KEY_LABELS } from '../../core/designations/index.js';

/** A member as an entity answer lists it: no score, there is no query. */
export interface EntityDesignationMember {
  id: string;
  schema: string;
  caption: string;
  datasets: string[];
}

export interface EntityDesignationJson extends Omit<DesignationJson, 'members'> {
  members: EntityDesignationMember[];
}

/** Null when the entry is on one list only (or the index is not built yet). */
export async function entityDesignation(
  store: Pick<Store, 'entity'>,
  lookup: DesignationLookup | null,
  entity: FtmEntity,
): Promise<EntityDesignationJson | null> {
  const cluster = lookup?.clusterOf(entity.id);
  if (!cluster) return null;
  // The entry asked for first; the others in the cluster's order. One removed from the lists
  // since the index was built is left out.
  const members = [{ entity, score: 0, match: false }];
  for (const id of cluster.members) {
    if (id === entity.id) continue;
    const member = await store.entity(id);
    if (member) members.push({ entity: member, score: 0, match: false });
  }
  if (members.length < 2) return null;
  const { evidence } = mergeMembers(cluster, members);
  return {
    id: evidence.id,
    rule: DESIGNATION_RULE,
    members: evidence.members.map(({ id, schema, caption, datasets }) => ({
      id,
      schema,
      caption,
      datasets,
    })),
    links: evidence.links.map((l) => ({ ...l, label: KEY_LABELS[l.kind] })),
    conflicts: evidence.conflicts,
    values: evidence.values,
  };
}
