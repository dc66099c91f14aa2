/**
 * The matcher a run screens with: built from the store's current lists by the match service, with
 * the run's dataset scope, threshold, algorithm and results per row, and the list versions the
 * run records.
 */
import { resolve } from 'node:path';
import { algorithmFor, type MatcherTools, type MatchOptions } from '../../core/matching/index.js';
import { DatasetNotFoundError } from '../../core/screening/index.js';
import { unknownNameMessage } from '../../core/suggest/index.js';
import type { Store } from '../../store/index.js';
import {
  type Catalog,
  HOW_TO_LOAD,
  MatchService,
  matchOptions,
  NoListsLoaded,
  requireLists,
  type SplitSource,
  sharedSnapshot,
  snapshotPath,
} from '../matching/index.js';
import { startMatchPool } from './match-pool.js';
import { inThreadMatcher, type RowMatcher } from './row-matcher.js';

export const ALL_DATASETS = 'default';

export interface MatchSettings {
  dataset: string;
  threshold: number;
  algorithm: string;
  limit: number;
}

export interface MatchSetup {
  matcher: RowMatcher;
  versions: Record<string, number>;
}

/** Where workers find the store, and how many to start (0: match in this thread). */
export interface PoolSettings {
  db: string;
  workers: number;
}

/** What a screen and a rescreen request both say about a run. */
export interface SharedRequest {
  output?: string | null;
  report?: string | null;
  dataset?: string;
  threshold?: number;
  algorithm?: string;
  limit?: number;
}

/** The run parameters every kind of run shares, with their defaults in one place. */
export function sharedParams(request: SharedRequest) {
  return {
    output: request.output ? resolve(request.output) : null,
    report: request.report ? resolve(request.report) : null,
    dataset: request.dataset ?? 'default',
    threshold: request.threshold ?? 0.7,
    algorithm: canonicalAlgorithm(request.algorithm ?? 'best'),
    limit: request.limit ?? 5,
  };
}

/** The algorithm's own name ("best" is dossier-v1, a yente name its nearest), or a MatchInputError. */
export function canonicalAlgorithm(name: string): string {
  return algorithmFor(name).choice.name;
}

/**
 * Fail before the index is built when the dataset is not there, or no list is (NoListsLoaded:
 * a run over no list would report every row clear).
 */
export async function checkDataset(store: Store, dataset: string): Promise<string[]> {
  const known = (await store.datasets()).map((d) => d.dataset);
  if (known.length === 0) {
    throw new NoListsLoaded(
      `no sanctions list is loaded, so nothing can be screened: ${HOW_TO_LOAD}`,
    );
  }
  if (dataset !== ALL_DATASETS && !known.includes(dataset)) {
    throw new DatasetNotFoundError(unknownNameMessage('dataset', dataset, known, 'loaded'));
  }
  return known;
}

/**
 * A run's settings as a match request, checked against the index the run screens with. Without
 * one (a rescreen's matcher holds only the changed entities), every entity the matcher holds.
 */
export function runMatchOptions(settings: MatchSettings, catalog: Catalog | null): MatchOptions {
  const { limit, threshold } = settings;
  const algorithm = canonicalAlgorithm(settings.algorithm);
  const dataset = catalog ? settings.dataset : ALL_DATASETS;
  return matchOptions(catalog ?? { datasets: [] }, { dataset, limit, threshold, algorithm });
}

function scoped(indexed: Record<string, number>, dataset: string): Record<string, number> {
  return dataset === ALL_DATASETS ? { ...indexed } : { [dataset]: indexed[dataset]! };
}

/**
 * Match with a service's index (the server's), built already or waited for. The run holds on to
 * the matcher it starts with, so that the service swapping in a newer index does not change the
 * lists half-way through a run.
 */
async function fromService(service: MatchService, settings: MatchSettings): Promise<MatchSetup> {
  if (!service.ready) await service.refresh();
  const { matcher, catalog } = service;
  requireLists(catalog!);
  const indexed = catalog!.indexed;
  if (settings.dataset !== ALL_DATASETS && !Object.hasOwn(indexed, settings.dataset)) {
    throw new DatasetNotFoundError(
      `dataset "${settings.dataset}" is not in the index yet; it is once the index is refreshed`,
    );
  }
  const rowMatcher = inThreadMatcher(matcher, runMatchOptions(settings, catalog!));
  return { matcher: rowMatcher, versions: scoped(indexed, settings.dataset) };
}

export async function prepareMatching(
  store: Store,
  tools: MatcherTools,
  settings: MatchSettings,
  pool: PoolSettings | null = null,
  service?: MatchService,
  splits?: SplitSource,
): Promise<MatchSetup> {
  canonicalAlgorithm(settings.algorithm);
  await checkDataset(store, settings.dataset);
  if (service) return fromService(service, settings);
  if (pool && pool.workers > 0) {
    // One copy of the index in shared memory, loaded (or built and saved) here once.
    const snapshot = await sharedSnapshot(store, tools, pool.db);
    const started = await startMatchPool(pool.db, settings, pool.workers, snapshot);
    return { matcher: started.matcher, versions: scoped(started.indexed, settings.dataset) };
  }
  const snapshot = pool ? snapshotPath(pool.db) : null;
  return fromService(new MatchService(store, tools, { snapshot, splits }), settings);
}
