/**
 * Opening Dossier: `openDossier({ db })` gives the stores and services every front end uses.
 *
 * @example
 * ```ts
 * const dossier = openDossier({ db: 'dossier.db' });
 * const service = await dossier.matching();
 * await service.refresh();
 * await dossier.close();
 * ```
 */
export { DatabaseNotFound } from './missing.js';
export { type Dossier, type DossierOptions, openDossier } from './open.js';
