/**
 * An entity's first and last seen (the list versions it appears in) and the timeline of its
 * changes between list versions, from the list store's history (as `dossier diff` reads it, for
 * one entity across every dataset that has it).
 */
import { propertyType } from '../../core/model/index.js';
import { EntityNotFound } from './errors.js';
import type { EntityHistory, PropValue, Store } from '../../store/index.js';

export interface SeenJson {
  dataset: string;
  version: number;
  loaded_at: string;
}

export interface TimelineEntryJson {
  dataset: string;
  version: number;
  loaded_at: string;
  published: string | null;
  change: 'added' | 'removed' | 'modified';
  /** For a modified entity, the properties whose values changed. */
  props: string[];
  /** The values added and removed; null where the store no longer keeps both versions. */
  added: PropValue[] | null;
  removed: PropValue[] | null;
}

export interface EntityHistoryJson {
  entity: string;
  first_seen: SeenJson | null;
  last_seen: SeenJson | null;
  /** Per dataset: the versions the entity is in, and whether it is in the current one. */
  datasets: { dataset: string; current: number; present: boolean; versions: number[] }[];
  /** Every change, newest first. */
  timeline: TimelineEntryJson[];
}

/**
 * Values a reader can read: an entity-typed value (`addressEntity`) is the ID of another entity,
 * whose own value (`address`) is listed beside it; the property still counts as changed.
 */
function readable(schema: string | null, values: PropValue[] | undefined): PropValue[] | null {
  if (!values) return null;
  if (!schema) return values;
  return values.filter((v) => propertyType(schema, v.prop) !== 'entity');
}

export function historyJson(
  id: string,
  history: EntityHistory[],
  schema: string | null = null,
): EntityHistoryJson {
  const seen: SeenJson[] = [];
  const timeline: TimelineEntryJson[] = [];
  const datasets = history.map(({ dataset, versions }) => {
    for (const v of versions) {
      if (v.present) seen.push({ dataset, version: v.version, loaded_at: v.loadedAt });
      if (v.change === null) continue;
      timeline.push({
        dataset,
        version: v.version,
        loaded_at: v.loadedAt,
        published: v.published,
        change: v.change,
        props: v.props,
        added: readable(schema, v.values?.added),
        removed: readable(schema, v.values?.removed),
      });
    }
    const last = versions.at(-1);
    return {
      dataset,
      current: last?.version ?? 0,
      present: last?.present ?? false,
      versions: versions.filter((v) => v.present).map((v) => v.version),
    };
  });
  seen.sort((a, b) => a.loaded_at.localeCompare(b.loaded_at) || a.version - b.version);
  timeline.sort(
    (a, b) => b.loaded_at.localeCompare(a.loaded_at) || a.dataset.localeCompare(b.dataset),
  );
  return {
    entity: id,
    first_seen: seen[0] ?? null,
    last_seen: seen.at(-1) ?? null,
    datasets,
    timeline,
  };
}

export async function entityHistory(store: Store, id: string): Promise<EntityHistoryJson> {
  const history = await store.history(id);
  if (history.length === 0) throw new EntityNotFound(`no entity with ID ${id}`);
  const schema = (await store.entity(id))?.schema ?? null;
  return historyJson(id, history, schema);
}
