/**
 * The store contract. Each backend (SQLite now, PostgreSQL later) implements it and passes the same
 * conformance tests. Methods are async so that a networked backend fits without changing callers.
 */
import type { FtmEntity, Statement } from '../core/model/index.js';

/** What a load carries about itself, recorded with the version it makes. */
export interface LoadMeta {
  dataset: string;
  format: string;
  sourceFiles: string[];
  /** True for delta files: the new version starts as a copy of the previous one. */
  incremental: boolean;
  /**
   * The day the list was published (YYYY-MM-DD), as the file states it or the user gave it;
   * null or absent when neither says.
   */
  published?: string | null;
}

/** One entity's statements as a loader produced them. */
export interface EntityRecord {
  id: string;
  schema: string;
  target: boolean;
  statements: Statement[];
}

export interface VersionInfo {
  dataset: string;
  version: number;
  loadedAt: string;
  /** The day the list was published (YYYY-MM-DD), or null when the load did not know it. */
  published: string | null;
  format: string;
  sourceFiles: string[];
  entities: number;
  targets: number;
  schemata: Record<string, number>;
}

export type ChangeKind = 'added' | 'removed' | 'modified';

export interface EntityChange {
  entityId: string;
  schema: string;
  change: ChangeKind;
  /** For modified entities, the properties whose values changed. */
  props: string[];
}

export interface DatasetDiff {
  dataset: string;
  from: number | null;
  to: number;
  changes: EntityChange[];
}

/** One version of a dataset in an entity's history: whether it was there and what changed. */
export interface EntityVersion {
  version: number;
  loadedAt: string;
  published: string | null;
  /** Whether the entity was in this version. */
  present: boolean;
  /** What changed from the dataset's previous version; null for an unchanged entity. */
  change: ChangeKind | null;
  /** For a modified entity, the properties whose values changed. */
  props: string[];
  /**
   * The values added and removed, for the versions whose rows are still kept (the current one and
   * the one before); null for older versions, of which only the changed properties are known.
   */
  values: { added: PropValue[]; removed: PropValue[] } | null;
}

export interface PropValue {
  prop: string;
  value: string;
}

/** An entity's history in one dataset, every version of the dataset oldest first. */
export interface EntityHistory {
  dataset: string;
  versions: EntityVersion[];
}

/** An open load: a new version that nobody sees until `commit`. */
export interface LoadSession {
  /** The version number this load will make. */
  readonly version: number;
  /** The time stamp recorded as first/last seen for values in this load. */
  readonly loadedAt: string;
  /** The dataset's current version as this load found it (read under the load's lock). */
  readonly previous: VersionInfo | null;
  write(entity: EntityRecord): void;
  remove(entityId: string): void;
  /**
   * Make the version current. `check` sees the new version's counts before anything is
   * committed: when it throws, the load is aborted and the previous version stays current.
   */
  commit(check?: (next: VersionInfo, previous: VersionInfo | null) => void): Promise<VersionInfo>;
  /** Discard the load; the previous version stays current. */
  abort(): Promise<void>;
}

export interface Store {
  beginLoad(meta: LoadMeta): Promise<LoadSession>;
  /** The current version of every dataset. */
  datasets(): Promise<VersionInfo[]>;
  /** An entity assembled from the current version of every dataset that has it. */
  entity(id: string): Promise<FtmEntity | null>;
  statements(id: string): Promise<Statement[]>;
  /** What changed between the last two versions of a dataset (null before the first load). */
  diff(dataset: string): Promise<DatasetDiff | null>;
  /**
   * An entity's history in every dataset that has it or had it in a version still recorded: the
   * versions it appears in and what changed, version by version. Empty for an unknown ID.
   */
  history(id: string): Promise<EntityHistory[]>;
  /**
   * Every current entity of every dataset, assembled across datasets, in ID order: what a search
   * index is built from. `schemata` limits it to entities of those schemata.
   */
  allEntities(schemata?: readonly string[]): AsyncIterable<FtmEntity>;
  /** The current entities of a dataset, one by one, in ID order. */
  exportEntities(dataset: string): AsyncIterable<FtmEntity>;
  close(): Promise<void>;
}
