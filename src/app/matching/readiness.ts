/**
 * Whether an index can screen, and which list versions an answer was screened against. An index
 * built from no list answers every query with nothing, which reads as "clear": the worst answer a
 * screening tool can give. So screening against it is refused with `NoListsLoaded` (HTTP 503,
 * exit code 4, `/readyz` not ready), and every answer names the list versions behind it.
 */
import { DossierError } from '../../core/errors/index.js';
import type { Catalog, IndexFailure } from './service.js';

/** Nothing to screen against: no list is loaded, or the lists loaded hold no party. */
export class NoListsLoaded extends DossierError {
  override readonly name = 'NoListsLoaded';
  readonly code = 'no_lists';
}

/** What a user runs to load lists, quoted by every refusal. */
export const HOW_TO_LOAD =
  'load them with "dossier update" (downloads the official lists) ' +
  'or "dossier ingest <file> --dataset <name>" (a list file you have)';

/** Why the index cannot screen, or null when it can. */
export function listsProblem(catalog: Pick<Catalog, 'datasets' | 'entities'>): string | null {
  if (catalog.datasets.length === 0) {
    return `no sanctions list is loaded, so nothing can be screened: ${HOW_TO_LOAD}`;
  }
  if (catalog.entities === 0) {
    const names = catalog.datasets.map((d) => d.dataset).join(', ');
    return `the loaded lists (${names}) hold no party to screen against, so nothing can be screened: ${HOW_TO_LOAD}`;
  }
  return null;
}

/** Throws NoListsLoaded unless the index holds at least one list with parties to screen. */
export function requireLists(catalog: Pick<Catalog, 'datasets' | 'entities'>): void {
  const problem = listsProblem(catalog);
  if (problem) throw new NoListsLoaded(problem);
}

/** A list version as answers show it (snake case, as yente's fields are). */
export interface ListVersionJson {
  dataset: string;
  version: number;
  /** When this version was loaded into Dossier (ISO 8601). */
  loaded_at: string;
}

/**
 * The list versions a request was screened against: those of the index, narrowed to the request's
 * dataset scope (null: every loaded list).
 */
export function screenedLists(
  catalog: Pick<Catalog, 'datasets'>,
  scope: ReadonlySet<string> | null,
): ListVersionJson[] {
  return catalog.datasets
    .filter((d) => scope === null || scope.has(d.dataset))
    .map((d) => ({ dataset: d.dataset, version: d.version, loaded_at: d.loadedAt }));
}

/** Why there is no index yet: still being built, or its build failed (and why). */
export function notBuiltReason(failure: IndexFailure | null): string {
  if (!failure) return 'the index is still being built; retry shortly';
  return (
    `the match index could not be built for ${failure.lists}: ${failure.message}; ` +
    'it is built again when the lists change (load a corrected version)'
  );
}

/** A failed rebuild as `/readyz` shows it while the previous index keeps answering. */
export function rebuildFailedJson(failure: IndexFailure) {
  return {
    lists: failure.lists,
    detail: `${failure.message}; answering from the lists above until the lists change`,
    at: failure.at,
  };
}
