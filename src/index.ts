/**
 * Dossier as a library: open the stores and services with `openDossier`, read lists with the
 * sources, run the command line with `main`.
 *
 * @example
 * ```ts
 * import { openDossier } from 'dossier';
 * const dossier = openDossier({ db: 'dossier.db' });
 * console.log(await dossier.lists.datasets());
 * await dossier.close();
 * ```
 */
export {
  type Dossier,
  type DossierOptions,
  ingest,
  type MatchRequest,
  NoListsLoaded,
  openDossier,
  prepareMatch,
  queryResponseJson,
  screenedLists,
} from './app/index.js';
export { main } from './cli/index.js';
export { detectSource, SOURCES, sourceByFormat } from './sources/index.js';
