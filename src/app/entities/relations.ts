/**
 * An entity's relations in the network (ownership, directorship, "Linked To" and the others), per
 * relation type: how many, and the first few with the edge's share, dates and source. The list's
 * own links (sanctions, addresses, identity documents) come with the entity itself.
 */
import type { NetworkService } from '../network/service.js';
import type { Provenance } from '../../store/graph/index.js';

export interface RelationJson {
  /** The node at the other end, and the list entity it stands for, if any. */
  node: string;
  entity_id: string | null;
  caption: string;
  schema: string;
  /** out: this entity is the edge's source (owns, directs); in: the other end is. */
  direction: 'out' | 'in';
  percentage: number | null;
  percentage_low: number | null;
  percentage_high: number | null;
  start_date: string | null;
  end_date: string | null;
  source: Provenance;
}

export interface EntityRelationsJson {
  entity: string;
  /** The network node the entity is; null when it is none (then `groups` is empty). */
  node: string | null;
  groups: { type: string; total: number; relations: RelationJson[] }[];
}

export const RELATIONS_SHOWN = 5;

export async function entityRelations(
  network: NetworkService | undefined,
  id: string,
  limit = RELATIONS_SHOWN,
): Promise<EntityRelationsJson> {
  const view = network ? await network.neighbourGroups(id, limit) : null;
  if (!view) return { entity: id, node: null, groups: [] };
  const groups = view.groups.map(({ type, total, neighbours }) => ({
    type,
    total,
    relations: neighbours.map(({ edge, node, direction }) => ({
      node: node.id,
      entity_id: node.entityId ?? null,
      caption: node.caption,
      schema: node.schema,
      direction,
      percentage: edge.percentage,
      percentage_low: edge.percentageLow,
      percentage_high: edge.percentageHigh,
      start_date: edge.startDate,
      end_date: edge.endDate,
      source: edge.provenance,
    })),
  }));
  return { entity: id, node: view.node.id, groups };
}
