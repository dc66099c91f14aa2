/**
 * The designations of an index: built from the same entity stream as the matcher (parties give
 * their own keys, sanctions and identity documents give their holder's), clustered once per
 * build, then looked up by entity ID when results are merged.
 */
import type { FtmEntity } from '../model/index.js';
import {
  type Cluster,
  type Clustering,
  clusterParties,
  type Party,
  type SplitPair,
} from './cluster.js';
import { adjunctKeys, type KeyKind, ownKeys, type StrongKey } from './keys.js';

/** What the matcher asks of the designations: the cluster an entity belongs to, if any. */
export interface DesignationLookup {
  clusterOf(entityId: string): Cluster | undefined;
}

export interface DesignationStats {
  /** Designations with entries on two or more lists. */
  clusters: number;
  /** The entries in those designations. */
  merged: number;
  /** Clusters by how many members they have. */
  sizes: Record<number, number>;
  /** Links by the kind of key. */
  links: Partial<Record<KeyKind, number>>;
  refused: Clustering['refused']['length'];
  ambiguous: number;
}

export class Designations implements DesignationLookup {
  private readonly byId = new Map<string, Cluster>();

  /**
   * `parties` are plain data (IDs, schemata, datasets, keys): a persisted index can keep them and
   * cluster them again (`new Designations(parties, clusterParties(parties, splits))`) without the
   * entity stream they were read from.
   */
  constructor(
    readonly parties: readonly Party[],
    readonly clustering: Clustering,
  ) {
    for (const cluster of clustering.clusters) {
      for (const id of cluster.members) this.byId.set(id, cluster);
    }
  }

  get clusters(): readonly Cluster[] {
    return this.clustering.clusters;
  }

  /** The same parties clustered again under other splits: a reviewer's decision without a rebuild. */
  resplit(splits: Iterable<SplitPair>): Designations {
    return new Designations(this.parties, clusterParties(this.parties, splits));
  }

  clusterOf(entityId: string): Cluster | undefined {
    return this.byId.get(entityId);
  }

  stats(): DesignationStats {
    const sizes: Record<number, number> = {};
    const links: Partial<Record<KeyKind, number>> = {};
    for (const c of this.clusters) {
      sizes[c.members.length] = (sizes[c.members.length] ?? 0) + 1;
      for (const l of c.links) links[l.kind] = (links[l.kind] ?? 0) + 1;
    }
    return {
      clusters: this.clusters.length,
      merged: this.byId.size,
      sizes,
      links,
      refused: this.clustering.refused.length,
      ambiguous: this.clustering.ambiguous,
    };
  }
}

/**
 * Collects keys entity by entity, in any order: a sanction may come before or after its party.
 *
 * @example
 * ```ts
 * const builder = new DesignationsBuilder();
 * for (const entity of entities) builder.add(entity, isScreened(entity.schema));
 * const designations = builder.finish(splits);
 * designations.clusterOf('unsc-6908234')?.members; // ['gb-hmt-7021', 'unsc-6908234']
 * ```
 */
export class DesignationsBuilder {
  private readonly parties = new Map<string, Omit<Party, 'keys'> & { keys: StrongKey[] }>();
  private readonly held = new Map<string, StrongKey[]>();

  /** A screened party gives its own keys; any other entity may give keys to the party it names. */
  add(entity: FtmEntity, screened: boolean): void {
    if (screened) {
      const { id, schema, datasets } = entity;
      this.parties.set(id, { id, schema, datasets, keys: ownKeys(entity) });
      return;
    }
    for (const { holder, key } of adjunctKeys(entity)) {
      const list = this.held.get(holder);
      if (list) list.push(key);
      else this.held.set(holder, [key]);
    }
  }

  finish(splits: Iterable<SplitPair> = []): Designations {
    const parties: Party[] = [];
    for (const party of this.parties.values()) {
      const held = this.held.get(party.id) ?? [];
      if (party.keys.length + held.length === 0) continue;
      parties.push({ ...party, keys: [...party.keys, ...held] });
    }
    return new Designations(parties, clusterParties(parties, splits));
  }
}
